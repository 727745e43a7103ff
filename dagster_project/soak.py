"""``make soak``: rebuild the warehouse again and again while a separate process reads it.

The reader (its own process, SQLAlchemy with duckdb-engine, read-only, a new connection per
query as a BI tool's pool would open) counts facts and articles in one statement, in a loop.
Meanwhile the pipeline rebuilds N times, adding or removing an article each time. At the end,
every state the reader saw must be one that a build published (nothing half-built, nothing lost),
and the reader must have had no errors.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import sys
import tempfile
import time
from pathlib import Path

STATE_SQL = """
select
    (select count(*) from marts.fct_shipments) + (select count(*) from marts.fct_deployments)
    + (select count(*) from marts.fct_infrastructure_specs) + (select count(*) from marts.fct_currency_arrangements) as facts,
    (select count(*) from marts.dim_articles) as articles
"""
EXTRA_ARTICLES = [
    "North Korea has sent {n},000 troops to Russia's Kursk region, officials said.",
    "Russia shipped {n}0,000 tonnes of wheat to North Korea last month, the ministry said.",
    "North Korea delivered {n} million artillery shells to Russia, according to the Pentagon.",
]


def reader_loop(warehouse: str, stop_file: str, out_file: str) -> None:
    """Query the served warehouse read-only until ``stop_file`` exists; write what was seen."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"duckdb:///{warehouse}", connect_args={"read_only": True}, poolclass=NullPool)
    seen: dict[str, int] = {}
    errors: list[str] = []
    queries = 0
    while not Path(stop_file).exists():
        try:
            with engine.connect() as con:
                facts, articles = con.execute(text(STATE_SQL)).one()
            key = f"{facts}/{articles}"
            seen[key] = seen.get(key, 0) + 1
        except Exception as exc:  # noqa: BLE001 - every failure is counted and reported
            errors.append(f"{type(exc).__name__}: {exc}"[:300])
        queries += 1
        time.sleep(0.02)
    Path(out_file).write_text(json.dumps({"queries": queries, "errors": errors, "seen": seen}))


def _state(warehouse: Path) -> str:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        facts, articles = con.execute(STATE_SQL).fetchone()
    finally:
        con.close()
    return f"{facts}/{articles}"


def soak(rebuilds: int, articles_dir: Path, warehouse: Path, instance) -> dict:
    """Run ``rebuilds`` builds with a concurrent reader; returns the figures."""
    from .cli import execute

    config = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
    _, first = execute(articles_dir, warehouse, instance=instance, run_config=config)
    if not first.published:
        raise RuntimeError("the first build did not publish: " + "; ".join(first.lines()))
    published = {_state(warehouse)}
    stop = warehouse.parent / "soak.stop"
    out = warehouse.parent / "soak.json"
    stop.unlink(missing_ok=True)
    reader = multiprocessing.get_context("spawn").Process(
        target=reader_loop, args=(str(warehouse), str(stop), str(out))
    )
    reader.start()
    time.sleep(1.0)
    failed_builds = 0
    try:
        for i in range(rebuilds):
            extra = articles_dir / f"soak_{i % 4}.txt"
            if extra.exists():
                extra.unlink()
            else:
                extra.write_text(
                    EXTRA_ARTICLES[i % len(EXTRA_ARTICLES)].format(n=i + 2) + "\n", encoding="utf-8"
                )
            _, summary = execute(articles_dir, warehouse, instance=instance, run_config=config)
            if summary.published:
                published.add(_state(warehouse))
            else:
                failed_builds += 1
    finally:
        stop.write_text("stop")
        reader.join(timeout=60)
    result = json.loads(out.read_text())
    unexpected = sorted(set(result["seen"]) - published)
    return {
        "rebuilds": rebuilds,
        "failed_builds": failed_builds,
        "reader_queries": result["queries"],
        "reader_errors": len(result["errors"]),
        "error_samples": result["errors"][:3],
        "states_seen": len(result["seen"]),
        "states_published": len(published),
        "facts_lost": len(unexpected),
        "unexpected_states": unexpected,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuilds", type=int, default=20)
    parser.add_argument("--articles-dir", type=Path, default=Path(__file__).resolve().parents[1] / "seeds")
    args = parser.parse_args(argv)
    from dagster import DagsterInstance

    work = Path(tempfile.mkdtemp(prefix="soak_"))
    try:
        articles = work / "articles"
        shutil.copytree(args.articles_dir, articles)
        home = work / "dagster_home"
        home.mkdir()
        (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
        with DagsterInstance.local_temp(str(home)) as instance:
            started = time.monotonic()
            figures = soak(args.rebuilds, articles, work / "warehouse" / "warehouse.duckdb", instance)
        figures["seconds"] = round(time.monotonic() - started, 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for key, value in figures.items():
        print(f"{key}: {value}")
    return (
        0
        if figures["reader_errors"] == 0 and figures["facts_lost"] == 0 and figures["failed_builds"] == 0
        else 1
    )


if __name__ == "__main__":
    sys.exit(main())
