"""Asset checks: the Great Expectations suites (blocking) and the every-file-accounted-for rule."""

import duckdb
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetKey,
    MetadataValue,
    asset_check,
)

from .ingest.reader import SIDECAR_SUFFIX
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
        for path in root.rglob("*"):
            if path.is_symlink() or path.is_file():
                rel = path.relative_to(root).as_posix()
                if not rel.endswith(SIDECAR_SUFFIX) and not any(
                    part.startswith(".") for part in path.relative_to(root).parts[:-1]
                ):
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
