"""Writes the raw tables (articles, rejects, extracted facts) into a build file.

Article content only ever enters DuckDB as data (a registered DataFrame or bound parameters),
never as SQL text.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from ..extraction import FACT_COLUMNS

ARTICLE_COLUMNS = {
    "article_id": "VARCHAR",
    "source_path": "VARCHAR",
    "file_type": "VARCHAR",
    "encoding": "VARCHAR",
    "byte_size": "BIGINT",
    "title": "VARCHAR",
    "url": "VARCHAR",
    "outlet": "VARCHAR",
    "author": "VARCHAR",
    "published_date": "DATE",
    "published_date_source": "VARCHAR",
    "body_text": "VARCHAR",
    "is_opinion": "BOOLEAN",
    "warnings": "VARCHAR",
    "ingested_at": "TIMESTAMP",
}
REJECT_COLUMNS = {
    "source_path": "VARCHAR",
    "reason_code": "VARCHAR",
    "reason": "VARCHAR",
    "byte_size": "BIGINT",
    "detected_at": "TIMESTAMP",
}
_FACT_TYPES = {
    "evidence_start": "INTEGER",
    "evidence_end": "INTEGER",
    "anchor_start": "INTEGER",
    "anchor_end": "INTEGER",
    "period_start": "DATE",
    "period_end": "DATE",
    "value_date": "DATE",
    **{
        c: "DOUBLE"
        for c in (
            "quantity",
            "quantity_low",
            "quantity_high",
            "value_number",
            "equivalent_value",
            "share_low",
            "share_high",
            "amount",
        )
    },
}
FACT_TABLE_COLUMNS = {
    "article_id": "VARCHAR",
    **{c: _FACT_TYPES.get(c, "VARCHAR") for c in FACT_COLUMNS},
    "extractor_version": "VARCHAR",
}
LOG_COLUMNS = {
    "article_id": "VARCHAR",
    "extractor_version": "VARCHAR",
    "fact_count": "INTEGER",
    "extracted_at": "TIMESTAMP",
}


def _ddl(table: str, columns: dict[str, str]) -> str:
    return (
        f"CREATE TABLE IF NOT EXISTS raw.{table} ("
        + ", ".join(f'"{c}" {t}' for c, t in columns.items())
        + ")"
    )


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA IF NOT EXISTS raw")
    for table, columns in (
        ("articles", ARTICLE_COLUMNS),
        ("rejected_articles", REJECT_COLUMNS),
        ("extracted_facts", FACT_TABLE_COLUMNS),
        ("extraction_log", LOG_COLUMNS),
    ):
        con.execute(_ddl(table, columns))
        for column, data_type in columns.items():  # a warehouse written before a column was added
            con.execute(f'ALTER TABLE raw.{table} ADD COLUMN IF NOT EXISTS "{column}" {data_type}')
    return con


def _frame(rows: list[dict], columns: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.astype(object).where(frame.notna(), None)


def _replace(con, table: str, rows: list[dict], columns: dict[str, str]) -> None:
    frame = _frame(rows, columns)
    con.register("incoming", frame)
    casts = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in columns.items())
    con.execute(f"DELETE FROM raw.{table}")
    con.execute(f"INSERT INTO raw.{table} BY NAME SELECT {casts} FROM incoming")
    con.unregister("incoming")


def write_articles(path: Path, articles: list[dict], rejected: list[dict], now: datetime) -> dict:
    """Replace raw.articles and raw.rejected_articles; unchanged articles keep their first ingested_at."""
    con = connect(path)
    try:
        first_seen = dict(con.execute("SELECT article_id, ingested_at FROM raw.articles").fetchall())
        for row in articles:
            row["ingested_at"] = first_seen.get(row["article_id"], now)
        previous_rejects = {
            (p, r): t
            for p, r, t in con.execute(
                "SELECT source_path, reason_code, detected_at FROM raw.rejected_articles"
            ).fetchall()
        }
        for row in rejected:
            row["detected_at"] = previous_rejects.get((row["source_path"], row["reason_code"]), now)
        con.execute("BEGIN")
        _replace(con, "articles", articles, ARTICLE_COLUMNS)
        _replace(con, "rejected_articles", rejected, REJECT_COLUMNS)
        con.execute("COMMIT")
        return {"new_articles": sum(a["article_id"] not in first_seen for a in articles)}
    finally:
        con.close()


def read_articles(path: Path) -> list[tuple[str, str, object]]:
    con = connect(path)
    try:
        return con.execute(
            "SELECT article_id, body_text, published_date FROM raw.articles WHERE NOT is_opinion ORDER BY article_id"
        ).fetchall()
    finally:
        con.close()


def extracted_versions(path: Path) -> dict[str, str]:
    con = connect(path)
    try:
        return dict(con.execute("SELECT article_id, extractor_version FROM raw.extraction_log").fetchall())
    finally:
        con.close()


def write_facts(
    path: Path, keep_ids: set[str], fresh: dict[str, list[dict]], version: str, now: datetime
) -> None:
    """Drop facts of removed or re-extracted articles, then insert the fresh ones, in one transaction."""
    con = connect(path)
    try:
        con.execute("BEGIN")
        con.register("keep_ids", pd.DataFrame({"article_id": sorted(keep_ids)}, dtype=object))
        con.register("fresh_ids", pd.DataFrame({"article_id": sorted(fresh)}, dtype=object))
        for table in ("extracted_facts", "extraction_log"):
            con.execute(f"DELETE FROM raw.{table} WHERE article_id NOT IN (SELECT article_id FROM keep_ids)")
            con.execute(f"DELETE FROM raw.{table} WHERE article_id IN (SELECT article_id FROM fresh_ids)")
        facts = [
            {**fact, "article_id": aid, "extractor_version": version}
            for aid, rows in fresh.items()
            for fact in rows
        ]
        if facts:
            frame = _frame(facts, FACT_TABLE_COLUMNS)
            con.register("incoming", frame)
            casts = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in FACT_TABLE_COLUMNS.items())
            con.execute(f"INSERT INTO raw.extracted_facts BY NAME SELECT {casts} FROM incoming")
        log = [
            {"article_id": aid, "extractor_version": version, "fact_count": len(rows), "extracted_at": now}
            for aid, rows in fresh.items()
        ]
        if log:
            con.register("incoming_log", _frame(log, LOG_COLUMNS))
            con.execute("INSERT INTO raw.extraction_log SELECT * FROM incoming_log")
        con.execute("COMMIT")
    finally:
        con.close()
