"""What BI tools see: the served file opens in DuckDB 1.5.x, every mart and column carries its dbt
description as a comment, and SQLAlchemy inspection (duckdb-engine) works read-only on every mart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import duckdb
import pytest
import sqlalchemy as sa
import yaml
from conftest import ROOT

from dagster_project.warehouse.publish import READER_STORAGE_VERSION

READER_ENV = ROOT / ".venv" / "readers" / "duckdb15"
MARTS_YML = ROOT / "dbt" / "models" / "marts" / "_marts.yml"


def _documented_marts() -> dict[str, dict]:
    models = {}
    for path in sorted(MARTS_YML.parent.glob("*.yml")):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models", []):
            models[model["name"]] = model
    return models


def _marts(con) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'marts' order by 1"
        ).fetchall()
    ]


def _duckdb15_python() -> Path:
    """A separate environment with DuckDB 1.5.x (cached under the git-ignored .venv)."""
    python = READER_ENV / "bin" / "python"
    if not python.exists():
        uv = Path(sys.executable).parent / "uv"
        subprocess.run([str(uv), "venv", "-q", "--python", sys.executable, str(READER_ENV)], check=True)
        subprocess.run(
            [str(uv), "pip", "install", "-q", "--python", str(python), "duckdb==1.5.*"], check=True
        )
    return python


READ_EVERY_MART = """
import json, sys
import duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
marts = [r[0] for r in con.execute(
    "select table_name from duckdb_tables() where schema_name = 'marts' order by 1").fetchall()]
out = {"version": duckdb.__version__, "rows": {}, "comments": {}}
for table in marts:
    rows = con.execute(f'select * from marts."{table}"').fetchall()
    out["rows"][table] = len(rows)
out["comments"] = dict(con.execute(
    "select table_name, comment from duckdb_tables() where schema_name = 'marts'").fetchall())
print(json.dumps(out))
"""


def test_duckdb_15_reader_opens_the_served_file(seed_build, seed_con):
    python = _duckdb15_python()
    warehouse = seed_build["warehouse"]
    tags = seed_con.execute(
        "select tags from duckdb_databases() where database_name = current_database()"
    ).fetchone()[0]
    assert tags["storage_version"].rstrip("+") == READER_STORAGE_VERSION
    done = subprocess.run(
        [str(python), "-c", READ_EVERY_MART, str(warehouse)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["version"].startswith("1.5.")
    expected = {
        t: seed_con.execute(f'select count(*) from marts."{t}"').fetchone()[0] for t in _marts(seed_con)
    }
    assert set(expected) >= set(_documented_marts())
    assert seen["rows"] == expected
    assert sum(expected.values()) > 0
    assert seen["comments"]["fct_shipments"] == _documented_marts()["fct_shipments"]["description"]


def test_every_mart_and_column_carries_its_description(seed_con):
    documented = _documented_marts()
    tables = dict(
        seed_con.execute(
            "select table_name, comment from duckdb_tables() where schema_name = 'marts'"
        ).fetchall()
    )
    columns = {
        (t, c): comment
        for t, c, comment in seed_con.execute(
            "select table_name, column_name, comment from duckdb_columns() where schema_name = 'marts'"
        ).fetchall()
    }
    for name, model in documented.items():
        assert tables.get(name) == model["description"], name
        for column in model["columns"]:
            assert columns.get((name, column["name"])) == column["description"], (name, column["name"])
    missing = [key for key, comment in columns.items() if not comment]
    assert missing == []


def _catalog(warehouse: Path) -> tuple[list[str], dict[str, list[str]], int]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        marts = _marts(con)
        columns = {
            t: [
                r[0]
                for r in con.execute(
                    "select column_name from duckdb_columns() where schema_name = 'marts' "
                    "and table_name = ? order by column_index",
                    [t],
                ).fetchall()
            ]
            for t in marts
        }
        shipments = con.execute("select count(*) from marts.fct_shipments").fetchone()[0]
    finally:
        con.close()  # one configuration per file and process: close before SQLAlchemy connects
    return marts, columns, shipments


def test_sqlalchemy_inspection_read_only_on_every_mart(seed_build):
    documented = _documented_marts()
    marts, expected_columns, shipment_count = _catalog(seed_build["warehouse"])
    engine = sa.create_engine(
        f"duckdb+warehouse:///{seed_build['warehouse']}", connect_args={"read_only": True}
    )
    try:
        _inspect(engine, documented, marts, expected_columns, shipment_count)
    finally:
        engine.dispose()


def _inspect(engine, documented, marts, expected_columns, shipment_count):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duckdb-engine warns that it does not reflect indexes
        inspector = sa.inspect(engine)
        assert any(s.endswith("marts") for s in inspector.get_schema_names())
        assert sorted(inspector.get_table_names(schema="marts")) == marts
        for table in marts:
            columns = inspector.get_columns(table, schema="marts")
            assert [c["name"] for c in columns] == expected_columns[table]
            assert not any(isinstance(c["type"], sa.types.NullType) for c in columns), table
            if table in documented:
                by_name = {c["name"]: c["comment"] for c in columns}
                for column in documented[table]["columns"]:
                    assert by_name[column["name"]] == column["description"]
                comment = inspector.get_table_comment(table, schema="marts")["text"]
                assert comment == documented[table]["description"]
            pk = inspector.get_pk_constraint(table, schema="marts")
            declared = [
                c["columns"]
                for c in documented.get(table, {}).get("constraints", [])
                if c["type"] == "primary_key"
            ]
            assert pk["constrained_columns"] == (declared[0] if declared else []), table
            assert isinstance(inspector.get_foreign_keys(table, schema="marts"), list)
            reflected = sa.Table(table, sa.MetaData(), schema="marts", autoload_with=engine)
            assert [c.name for c in reflected.columns] == expected_columns[table]
        with engine.connect() as conn:
            shipments = sa.Table("fct_shipments", sa.MetaData(), schema="marts", autoload_with=conn)
            rows = conn.execute(sa.select(sa.func.count()).select_from(shipments)).scalar()
            assert rows == shipment_count > 0
            with pytest.raises(sa.exc.DBAPIError, match="read-only"):
                conn.execute(sa.text("create table marts.x as select 1"))


def test_plain_duckdb_engine_fails_where_the_project_dialect_works(seed_build):
    """Why the project registers its own dialect: stock duckdb-engine cannot reflect columns here."""
    engine = sa.create_engine(f"duckdb:///{seed_build['warehouse']}", connect_args={"read_only": True})
    try:
        with pytest.raises(sa.exc.DBAPIError):
            sa.inspect(engine).get_columns("fct_shipments", schema="marts")
    finally:
        engine.dispose()


def test_storage_version_is_kept_across_runs_and_old_files_are_converted(tmp_path):
    from dagster_project.warehouse.publish import ensure_reader_storage

    legacy = tmp_path / "legacy.duckdb"
    con = duckdb.connect(str(legacy), config={"storage_compatibility_version": "latest"})
    con.execute("create schema marts; create table marts.t as select 1 as a; comment on table marts.t is 'x'")
    con.close()
    before = ensure_reader_storage(legacy)
    assert before != READER_STORAGE_VERSION
    con = duckdb.connect(str(legacy), read_only=True)
    assert con.execute("select a from marts.t").fetchall() == [(1,)]
    assert con.execute("select comment from duckdb_tables() where table_name = 't'").fetchone()[0] == "x"
    con.close()
    assert ensure_reader_storage(legacy) == READER_STORAGE_VERSION
    assert not list(tmp_path.glob("*.convert"))
    assert os.path.exists(legacy)
