"""``make run``: build the warehouse from ARTICLES_DIR into WAREHOUSE_PATH and print a summary.

Runs the ``build_warehouse`` job in this process against the project's Dagster instance (so the
run shows in the UI), then reports articles read and rejected, facts per table, checks passed
and failed, and the wall time. Exits 1 when the run failed or published nothing (a failed
blocking check included), 2 when another run holds the warehouse.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from . import run_output
from .project import DEFAULT_ARTICLES_DIR, DEFAULT_WAREHOUSE_PATH

FACT_TABLES = ("fct_shipments", "fct_deployments", "fct_infrastructure_specs", "fct_currency_arrangements")


@dataclass
class RunSummary:
    run_id: str
    success: bool
    published: bool
    seconds: float
    articles: int | None = None
    rejected: list[tuple[str, str]] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)
    checks_passed: int = 0
    failed_checks: list[tuple[str, str, str]] = field(default_factory=list)
    failed_steps: list[tuple[str, str]] = field(default_factory=list)
    failed_build: Path | None = None
    served: Path | None = None
    corrections_applied: int | None = None
    corrections_not_applied: list[tuple[str, str]] = field(default_factory=list)
    claims: int | None = None

    def lines(self) -> list[str]:
        out = [
            f"Warehouse build {self.run_id}: {'SUCCESS' if self.success and self.published else 'FAILED'} in {self.seconds:.1f} s wall time"
        ]
        if self.articles is not None:
            out.append(f"  articles read: {self.articles}, rejected: {len(self.rejected)}")
            out += [f"    - {path}: {reason}" for path, reason in self.rejected]
            out.append("  facts: " + ", ".join(f"{t} {n}" for t, n in self.facts.items()))
        if self.corrections_applied is not None:
            out.append(
                f"  claims: {self.claims}; analyst corrections: {self.corrections_applied} applied, "
                f"{len(self.corrections_not_applied)} no longer apply"
            )
            out += [f"    - WARNING correction {cid}: {why}" for cid, why in self.corrections_not_applied]
        out.append(f"  checks: {self.checks_passed} passed, {len(self.failed_checks)} failed")
        out += [f"    - FAILED {asset} / {name}: {text[:300]}" for asset, name, text in self.failed_checks]
        if self.published:
            out.append(f"  published: {self.served} (Parquet: {self.served.parent / 'parquet'})")
        else:
            kept = f"; failed build kept for inspection at {self.failed_build}" if self.failed_build else ""
            out.append(f"  NOT published: the previous warehouse stays served{kept}")
            out += [f"    - step {step} failed: {message[:300]}" for step, message in self.failed_steps]
        return out


def _counts(database: Path, summary: RunSummary) -> None:
    con = duckdb.connect(str(database), read_only=True)
    try:
        for table in FACT_TABLES:
            summary.facts[table] = con.execute(f"select count(*) from marts.{table}").fetchone()[0]
        summary.articles = con.execute("select count(*) from marts.dim_articles").fetchone()[0]
        summary.rejected = con.execute(
            "select source_path, reason from marts.rejected_articles order by 1"
        ).fetchall()
        _claims_counts(con, summary)
    finally:
        con.close()


def _claims_counts(con, summary: RunSummary) -> None:
    """Claims and analyst corrections (absent in warehouses built before the claims ledger)."""
    try:
        summary.claims = con.execute("select count(*) from marts.fct_claims").fetchone()[0]
        summary.corrections_applied = con.execute(
            "select count(*) from marts.correction_log where applied"
        ).fetchone()[0]
        summary.corrections_not_applied = con.execute(
            "select correction_id, not_applied_reason from marts.correction_log where not applied order by csv_row"
        ).fetchall()
    except duckdb.CatalogException:
        pass


def execute(
    articles_dir: str | os.PathLike,
    warehouse_path: str | os.PathLike,
    instance=None,
    run_config: dict | None = None,
    run_id: str | None = None,
    on_event=None,
):
    """Run the job; returns (ExecuteInProcessResult, RunSummary). ``on_event`` receives the run's events."""
    os.environ["ARTICLES_DIR"] = str(Path(articles_dir).resolve())
    os.environ["WAREHOUSE_PATH"] = str(Path(warehouse_path).resolve())
    from dagster import DagsterInstance

    from .definitions import defs
    from .warehouse.publish import WarehousePaths

    if instance is None:
        instance = DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()
    started = time.monotonic()
    if on_event is not None:
        run_id = run_id or str(uuid.uuid4())
        instance.add_event_listener(run_id, on_event)
    result = defs.resolve_job_def("build_warehouse").execute_in_process(
        instance=instance, raise_on_error=False, run_config=run_config or {}, run_id=run_id
    )
    paths = WarehousePaths(Path(os.environ["WAREHOUSE_PATH"]))
    published = any(
        ev.asset_key is not None and ev.asset_key.path == ["warehouse", "published"]
        for ev in result.get_asset_materialization_events()
    )
    evaluations = result.get_asset_check_evaluations()
    failed_build = paths.failed_file(result.run_id)
    summary = RunSummary(
        run_id=result.run_id,
        success=result.success,
        published=published,
        seconds=time.monotonic() - started,
        checks_passed=sum(e.passed for e in evaluations),
        failed_checks=[
            (e.asset_key.to_user_string(), e.check_name, e.description or "")
            for e in evaluations
            if not e.passed
        ],
        failed_steps=[
            (s.step_key, s.event_specific_data.error.message.strip())
            for s in result.get_step_failure_events()
        ],
        failed_build=failed_build if failed_build.exists() else None,
        served=paths.served,
    )
    source = paths.served if published else summary.failed_build
    if source is not None:
        try:
            _counts(source, summary)
        except duckdb.Error:
            pass
    return result, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles-dir", default=os.environ.get("ARTICLES_DIR") or str(DEFAULT_ARTICLES_DIR))
    parser.add_argument(
        "--warehouse-path", default=os.environ.get("WAREHOUSE_PATH") or str(DEFAULT_WAREHOUSE_PATH)
    )
    parser.add_argument(
        "--verbose", action="store_true", help="print the whole Dagster and dbt log instead of progress lines"
    )
    args = parser.parse_args(argv)
    from .warehouse.publish import WarehouseBusy

    log_level = os.environ.get("LOG_LEVEL", "INFO")
    run_config = {"loggers": {"console": {"config": {"log_level": log_level}}}}
    try:
        if args.verbose:
            _, summary = execute(args.articles_dir, args.warehouse_path, run_config=run_config)
            print()
        else:
            summary, log_path = _quiet_run(args.articles_dir, args.warehouse_path, run_config)
    except WarehouseBusy as exc:
        print(f"warehouse busy: {exc}", file=sys.stderr)
        return 2
    ok = summary.success and summary.published
    if not args.verbose:
        if not ok:
            print(f"--- last lines of the run's log ({log_path}) ---")
            print("\n".join(run_output.tail(log_path)))
            print("---")
        print(f"  full log (Dagster and dbt): {log_path}")
    print("\n".join(summary.lines()))
    return 0 if ok else 1


def _quiet_run(articles_dir, warehouse_path, run_config) -> tuple[RunSummary, Path]:
    """The run with its log in a file and one progress line per stage on the terminal."""
    run_id = str(uuid.uuid4())
    log_path = run_output.log_file_for(run_id)
    print(f"Building {warehouse_path} from {articles_dir} (run {run_id})", flush=True)
    with run_output.captured_output(log_path) as emit:
        progress = run_output.Progress(emit)
        _, summary = execute(
            articles_dir, warehouse_path, run_config=run_config, run_id=run_id, on_event=progress
        )
    return summary, log_path


if __name__ == "__main__":
    sys.exit(main())
