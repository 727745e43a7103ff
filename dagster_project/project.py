"""Where things are: the project root, the dbt project, the expectations (no environment reads)."""

from __future__ import annotations

from pathlib import Path

from dagster_dbt import DbtProject

ROOT = Path(__file__).resolve().parents[1]
DBT_DIR = ROOT / "dbt"
DEFAULT_ARTICLES_DIR = ROOT / "seeds"
DEFAULT_WAREHOUSE_PATH = ROOT / "warehouse" / "warehouse.duckdb"

dbt_project = DbtProject(project_dir=DBT_DIR, profiles_dir=DBT_DIR, target_path=Path("target"))


def dbt_executable() -> str:
    """The dbt installed beside this Python (the project's virtual environment)."""
    import shutil
    import sys

    sibling = Path(sys.executable).parent / "dbt"
    return str(sibling) if sibling.exists() else (shutil.which("dbt") or "dbt")
