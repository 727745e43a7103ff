"""Build-then-publish mechanics: atomic replacement, failed builds kept, stale builds cleaned, one writer."""

from __future__ import annotations

import os
import subprocess
import sys

import duckdb

from dagster_project.warehouse.publish import (
    WarehousePaths,
    acquire_lock,
    clean_stale_builds,
    keep_failed_build,
    prepare_build,
    publish,
)


def _make_build(paths, run_id, rows):
    build = prepare_build(paths, run_id)
    con = duckdb.connect(str(build))
    con.execute("create schema if not exists marts")
    con.execute("create or replace table marts.t as select range as x from range(?)", [rows])
    con.close()
    return build


def test_publish_replaces_the_served_file_and_parquet(tmp_path):
    paths = WarehousePaths(tmp_path / "warehouse.duckdb")
    publish(paths, _make_build(paths, "run1", 3), "run1")
    reader = duckdb.connect(str(paths.served), read_only=True)  # a reader holds the old file open
    publish(paths, _make_build(paths, "run2", 5), "run2")
    assert reader.execute("select count(*) from marts.t").fetchone()[0] == 3  # old snapshot, still consistent
    reader.close()
    con = duckdb.connect(str(paths.served), read_only=True)
    assert con.execute("select count(*) from marts.t").fetchone()[0] == 5
    assert (
        con.execute(f"select count(*) from read_parquet('{paths.parquet / 't.parquet'}')").fetchone()[0] == 5
    )
    con.close()
    assert not os.path.exists(str(paths.served) + ".wal")
    assert len(list(paths.parts.glob("parquet-*"))) == 1
    assert not list(tmp_path.glob(".parquet-*")) and not (tmp_path / "parquet").exists()


def test_failed_builds_are_kept_and_stale_ones_cleaned(tmp_path):
    paths = WarehousePaths(tmp_path / "warehouse.duckdb")
    kept = [keep_failed_build(paths, _make_build(paths, f"bad{i}", 1), f"bad{i}") for i in range(3)]
    os.utime(kept[2], (2e9, 2e9))
    _make_build(paths, "killed", 1)  # a run killed mid-way leaves its build behind
    removed = clean_stale_builds(paths)
    assert {p.name for p in removed} == {"failed-bad0.duckdb", "failed-bad1.duckdb", "building.duckdb"}
    assert [p.name for p in paths.builds.iterdir()] == ["failed-bad2.duckdb"]


def _second_writer(paths) -> subprocess.CompletedProcess:
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from dagster_project.warehouse.publish import WarehouseBusy, WarehousePaths, acquire_lock\n"
        "try:\n"
        f"    acquire_lock(WarehousePaths(Path({str(paths.served)!r})), timeout=0.5).release()\n"
        "except WarehouseBusy as exc:\n"
        "    print(exc)\n"
        "    sys.exit(3)\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def test_one_writer_at_a_time(tmp_path):
    paths = WarehousePaths(tmp_path / "warehouse.duckdb")
    lock = acquire_lock(paths, timeout=1)
    try:
        busy = _second_writer(paths)
        assert busy.returncode == 3 and "another run is writing" in busy.stdout
    finally:
        lock.release()
    assert _second_writer(paths).returncode == 0
