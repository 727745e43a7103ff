"""Shared fixtures: real pipeline runs over real folders into temporary warehouses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
# Test runs do not pick up the analysts' corrections/corrections.csv (tests that need corrections set their own).
os.environ.setdefault("CORRECTIONS_PATH", str(ROOT / "tests" / "corrections_none.csv"))


def _ensure_manifest() -> None:
    manifest = ROOT / "dbt" / "target" / "manifest.json"
    if not manifest.exists():
        dbt = Path(sys.executable).parent / "dbt"
        subprocess.run([str(dbt), "parse", "--profiles-dir", ".", "--quiet"], cwd=ROOT / "dbt", check=True)


_ensure_manifest()


@pytest.fixture(scope="session")
def dagster_instance(tmp_path_factory):
    from dagster import DagsterInstance

    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    with DagsterInstance.local_temp(str(home)) as instance:
        yield instance


def run_pipeline(articles_dir: Path, warehouse_path: Path, instance):
    from dagster_project.cli import execute

    return execute(articles_dir, warehouse_path, instance=instance)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, dagster_instance):
    """One full materialization over the project's seeds into a temporary warehouse."""
    warehouse = tmp_path_factory.mktemp("seed_warehouse") / "warehouse.duckdb"
    result, summary = run_pipeline(SEEDS, warehouse, dagster_instance)
    assert result.success and summary.published, summary.lines()
    return {"warehouse": warehouse, "result": result, "summary": summary}


@pytest.fixture
def seed_con(seed_build):
    con = duckdb.connect(str(seed_build["warehouse"]), read_only=True)
    yield con
    con.close()


def copy_seed_warehouse(seed_build, target: Path) -> Path:
    """A copy of the seed build's served file at ``target``: a warehouse as a run over the seeds leaves it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(seed_build["warehouse"], target)
    return target


# Under pytest-xdist, the tests that take longest start first (longest-first keeps both workers busy
# to the end); everything else keeps its collection order.
SLOW_FIRST = (
    "test_serving.py",
    "test_idempotence_and_incremental.py",
    "test_dagster_ui_browser.py",
    "test_hardening_pipeline.py",
    "test_run_output.py",
    "test_superset_dashboard.py",
    "test_checks_fail.py",
    "test_claims_ledger.py",
)


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(SLOW_FIRST)))


def copy_seeds(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in SEEDS.iterdir():
        shutil.copy2(path, target / path.name)
    return target
