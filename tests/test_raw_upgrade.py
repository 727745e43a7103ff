"""A warehouse written before a fact column existed takes the new column on the next write."""

from __future__ import annotations

from datetime import datetime

import duckdb

from dagster_project.warehouse import raw_tables


def test_old_raw_table_gains_new_columns(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA raw")
    old = {
        k: v
        for k, v in raw_tables.FACT_TABLE_COLUMNS.items()
        if k not in ("claimant_type", "location_countries")
    }
    con.execute(raw_tables._ddl("extracted_facts", old))
    con.close()
    fact = {"fact_type": "shipment", "status": "reported", "claimed_by": "Yonhap", "claimant_type": "media"}
    raw_tables.write_facts(path, {"a1"}, {"a1": [fact]}, "v1", datetime(2025, 1, 1))
    con = duckdb.connect(str(path), read_only=True)
    row = con.execute(
        "SELECT claimed_by, claimant_type, status, article_id FROM raw.extracted_facts"
    ).fetchone()
    con.close()
    assert row == ("Yonhap", "media", "reported", "a1")
