"""Serving while rebuilding: a concurrent read-only reader never sees a broken or half-built warehouse,
and a pipeline killed at any point leaves the last good warehouse served."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import duckdb
import pytest
from conftest import ROOT, copy_seed_warehouse, copy_seeds, run_pipeline

from dagster_project.soak import STATE_SQL, soak


def _state(warehouse):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(STATE_SQL).fetchone()
    finally:
        con.close()


def test_concurrent_reader_sees_only_published_states(tmp_path, dagster_instance):
    articles = copy_seeds(tmp_path / "articles")
    figures = soak(2, articles, tmp_path / "wh" / "warehouse.duckdb", dagster_instance)
    assert figures["reader_errors"] == 0, figures["error_samples"]
    assert figures["failed_builds"] == 0
    assert figures["facts_lost"] == 0, figures["unexpected_states"]
    assert figures["reader_queries"] > 20 and figures["states_seen"] >= 2


def _kill_at(marker: str, articles, warehouse, home) -> None:
    env = {
        **os.environ,
        "ARTICLES_DIR": str(articles),
        "WAREHOUSE_PATH": str(warehouse),
        "DAGSTER_HOME": str(home),
        "LOG_LEVEL": "DEBUG",
        "PYTHONUNBUFFERED": "1",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "dagster_project.cli", "--verbose"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    seen = []
    try:
        for line in proc.stdout:
            seen.append(line)
            if marker in line:
                break
        else:
            pytest.fail(f"marker {marker!r} never appeared:\n{''.join(seen[-20:])}")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@pytest.mark.parametrize(
    "marker",
    [
        'Started execution of step "raw__extracted_facts"',
        'Started execution of step "warehouse_dbt_models"',
        "ASSET_CHECK_EVALUATION",
    ],
    ids=["during-extraction", "during-dbt", "between-checks-and-publish"],
)
def test_sigkill_keeps_the_last_good_warehouse(tmp_path, dagster_instance, seed_build, marker):
    articles = copy_seeds(tmp_path / "articles")
    warehouse = copy_seed_warehouse(seed_build, tmp_path / "wh" / "warehouse.duckdb")
    good = _state(warehouse)
    (articles / "extra.txt").write_text(
        "North Korea has sent 3,000 engineers to Russia, officials said.\n", encoding="utf-8"
    )
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    _kill_at(marker, articles, warehouse, home)
    assert _state(warehouse) == good  # still the last good build, and it opens
    assert not (warehouse.parent / "warehouse.duckdb.wal").exists()
    result, summary = run_pipeline(articles, warehouse, dagster_instance)
    assert result.success and summary.published
    assert _state(warehouse) != good
    leftovers = sorted(p.name for p in (warehouse.parent / "warehouse.duckdb.parts" / "builds").iterdir())
    assert leftovers == [], leftovers  # the killed run's build was cleaned up
