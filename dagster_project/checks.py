"""Asset checks: the Great Expectations suites (blocking) and the every-file-accounted-for rule."""

import os
from pathlib import Path

import duckdb
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetKey,
    MetadataValue,
    asset_check,
)

from .ingest.reader import SIDECAR_SUFFIX, display_path
from .quality.gx_suites import run_suite, suite_names
from .resources import ArticlesResource, WarehouseResource


def _gx_check(suite: str):
    @asset_check(
        asset=AssetKey(["marts", suite]),
        name=f"gx_{suite}",
        blocking=True,
        description=f"Great Expectations suite expectations/{suite}.json (units, dates, offsets, bounds).",
    )
    def _check(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
        result = run_suite(warehouse.build_path, suite)
        return AssetCheckResult(
            passed=result.success,
            severity=AssetCheckSeverity.ERROR,
            description=result.message()[:2000],
            metadata={
                "rows": result.rows,
                "expectations": result.evaluated,
                "failures": MetadataValue.json(result.failures[:20]),
            },
        )

    return _check


gx_checks = [_gx_check(name) for name in suite_names()]


@asset_check(
    asset=AssetKey(["marts", "dim_articles"]),
    name="every_file_accounted_for",
    blocking=True,
    description="Every file in ARTICLES_DIR is in dim_articles or rejected_articles (sidecars aside).",
)
def every_file_accounted_for(
    context: AssetCheckExecutionContext, articles: ArticlesResource, warehouse: WarehouseResource
) -> AssetCheckResult:
    root = articles.root
    files = set()
    if root.is_dir():
        # Everything that is not a folder, hidden entries and links included (links are not entered).
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            base = Path(dirpath)
            entries = [*filenames, *(d for d in dirnames if (base / d).is_symlink())]
            for name in entries:
                rel = display_path((base / name).relative_to(root).as_posix())
                if not rel.endswith(SIDECAR_SUFFIX):
                    files.add(rel)
    con = duckdb.connect(str(warehouse.build_path), read_only=True)
    try:
        known = {
            r[0]
            for r in con.execute(
                "select source_path from marts.dim_articles union select source_path from marts.rejected_articles"
            ).fetchall()
        }
    finally:
        con.close()
    missing = sorted(files - known)
    return AssetCheckResult(
        passed=not missing,
        metadata={"files": len(files), "missing": MetadataValue.json(missing[:50])},
        description=f"{len(missing)} file(s) missing: {missing[:10]}"
        if missing
        else f"all {len(files)} files accounted for",
    )


@asset_check(
    asset=AssetKey(["marts", "quarantined_facts"]),
    name="quarantine_report",
    blocking=False,
    description="Facts kept out of the fact marts by a row-level rule, with the rule and the reason (a warning, never blocking).",
)
def quarantine_report(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    con = duckdb.connect(str(warehouse.build_path), read_only=True)
    try:
        rows = con.execute(
            "select rule, fact_type, source_path, reason, evidence_text from marts.quarantined_facts order by rule, source_path"
        ).fetchall()
        by_rule = dict(
            con.execute("select rule, count(*) from marts.quarantined_facts group by 1").fetchall()
        )
    finally:
        con.close()
    table = "\n".join(
        ["| rule | fact type | file | reason | evidence |", "|---|---|---|---|---|"]
        + [f"| {r} | {t} | `{p}` | {why} | {ev[:120]} |" for r, t, p, why, ev in rows[:100]]
    )
    return AssetCheckResult(
        passed=not rows,
        severity=AssetCheckSeverity.WARN,
        description=f"{len(rows)} fact(s) quarantined: {by_rule}" if rows else "no fact quarantined",
        metadata={
            "quarantined": len(rows),
            "by_rule": MetadataValue.json(by_rule),
            "facts": MetadataValue.md(table),
        },
    )
