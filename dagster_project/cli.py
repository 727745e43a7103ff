"""``make run``: build the warehouse from ARTICLES_DIR into WAREHOUSE_PATH and print a summary.

Runs the ``build_warehouse`` job in this process against the project's Dagster instance (so the
run shows in the UI), then reports articles read and rejected, facts per table, checks passed
and failed, and the wall time. Exits 1 when the run failed (a blocking check failed included).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import duckdb

from .project import DEFAULT_ARTICLES_DIR, DEFAULT_WAREHOUSE_PATH

FACT_TABLES = ("fct_shipments", "fct_deployments", "fct_infrastructure_specs", "fct_currency_arrangements")


def _counts(database: Path) -> dict:
    con = duckdb.connect(str(database), read_only=True)
    try:
        out = {"facts": {}}
        for table in FACT_TABLES:
            out["facts"][table] = con.execute(f"select count(*) from marts.{table}").fetchone()[0]
        out["articles"] = con.execute("select count(*) from marts.dim_articles").fetchone()[0]
        out["rejected"] = con.execute("select source_path, reason from marts.rejected_articles order by 1").fetchall()
        return out
    finally:
        con.close()


def run(articles_dir: str, warehouse_path: str) -> int:
    os.environ["ARTICLES_DIR"] = str(Path(articles_dir).resolve())
    os.environ["WAREHOUSE_PATH"] = str(Path(warehouse_path).resolve())
    from dagster import DagsterInstance

    from .definitions import defs
    from .warehouse.publish import WarehouseBusy, WarehousePaths

    started = time.monotonic()
    instance = DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()
    job = defs.resolve_job_def("build_warehouse")
    try:
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": os.environ.get("LOG_LEVEL", "INFO")}}}},
        )
    except WarehouseBusy as exc:
        print(f"warehouse busy: {exc}", file=sys.stderr)
        return 2
    elapsed = time.monotonic() - started
    paths = WarehousePaths(Path(os.environ["WAREHOUSE_PATH"]))
    evaluations = result.get_asset_check_evaluations()
    failed_checks = [e for e in evaluations if not e.passed]
    published = any(ev.asset_key is not None and ev.asset_key.path == ["warehouse", "published"]
                    for ev in result.get_asset_materialization_events())
    failed_build = paths.failed_file(result.run_id)
    source = paths.served if published else (failed_build if failed_build.exists() else None)
    print()
    print(f"Warehouse build {result.run_id}: {'SUCCESS' if result.success else 'FAILED'} in {elapsed:.1f} s wall time")
    print(f"  articles dir: {os.environ['ARTICLES_DIR']}")
    if source is not None:
        try:
            counts = _counts(source)
        except duckdb.Error as exc:
            counts = None
            print(f"  (could not read counts from {source}: {exc})")
        if counts:
            print(f"  articles read: {counts['articles']}, rejected: {len(counts['rejected'])}")
            for path, reason in counts["rejected"]:
                print(f"    - {path}: {reason}")
            print("  facts: " + ", ".join(f"{t} {n}" for t, n in counts["facts"].items()))
    print(f"  checks: {len(evaluations) - len(failed_checks)} passed, {len(failed_checks)} failed")
    for e in failed_checks:
        print(f"    - FAILED {e.asset_key.to_user_string()} / {e.check_name}: {(e.description or '')[:300]}")
    if published:
        print(f"  published: {paths.served} (Parquet: {paths.parquet})")
    else:
        where = f"; failed build kept at {failed_build}" if failed_build.exists() else ""
        print(f"  NOT published: the previous warehouse stays served{where}")
        for step in result.get_step_failure_events():
            print(f"    - step {step.step_key} failed: {step.event_specific_data.error.message.strip()[:300]}")
    return 0 if result.success and published else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles-dir", default=os.environ.get("ARTICLES_DIR") or str(DEFAULT_ARTICLES_DIR))
    parser.add_argument("--warehouse-path", default=os.environ.get("WAREHOUSE_PATH") or str(DEFAULT_WAREHOUSE_PATH))
    args = parser.parse_args(argv)
    return run(args.articles_dir, args.warehouse_path)


if __name__ == "__main__":
    sys.exit(main())
