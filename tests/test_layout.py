"""The owned folder: the project writes only into ``<warehouse>.parts/`` and never replaces what it did not create."""

from __future__ import annotations

import duckdb
import pytest

from dagster_project.warehouse import layout
from dagster_project.warehouse.publish import WarehousePaths, ensure_owned, prepare_build, publish


def _build(paths, run_id, rows):
    build = prepare_build(paths, run_id)
    con = duckdb.connect(str(build))
    con.execute("create schema if not exists raw")
    con.execute("create table if not exists raw.articles (article_id varchar)")
    con.execute("create schema if not exists marts")
    con.execute("create or replace table marts.t as select range as x from range(?)", [rows])
    con.close()
    return build


def test_user_parquet_folder_beside_the_warehouse_is_never_touched(tmp_path):
    user = tmp_path / "parquet"
    user.mkdir()
    (user / "mine.parquet").write_bytes(b"user data")
    paths = WarehousePaths(tmp_path / "warehouse.duckdb")
    publish(paths, _build(paths, "r1", 3), "r1")
    publish(paths, _build(paths, "r2", 4), "r2")
    assert (user / "mine.parquet").read_bytes() == b"user data" and not user.is_symlink()
    assert paths.parquet.is_symlink() and (paths.parquet / "t.parquet").exists()
    assert (paths.parts / layout.MARKER).is_file()
    assert sorted(p.name for p in paths.parts.glob("parquet-*")) == ["parquet-r2"]


def test_two_warehouses_in_one_folder_share_nothing(tmp_path):
    one, two = WarehousePaths(tmp_path / "a.duckdb"), WarehousePaths(tmp_path / "b.duckdb")
    publish(one, _build(one, "r1", 2), "r1")
    publish(two, _build(two, "r1", 5), "r1")
    assert {one.builds, one.parquet, one.lock, one.build_file("x")}.isdisjoint(
        {two.builds, two.parquet, two.lock, two.build_file("x")}
    )
    con = duckdb.connect()
    counts = [
        con.execute(f"select count(*) from read_parquet('{p.parquet / 't.parquet'}')").fetchone()[0]
        for p in (one, two)
    ]
    assert counts == [2, 5]


def test_refuses_paths_it_did_not_create(tmp_path):
    notes = tmp_path / "notes.duckdb"
    notes.write_text("my own notes, not a database", encoding="utf-8")
    with pytest.raises(layout.NotOwnedError, match="not a warehouse built by this project"):
        ensure_owned(WarehousePaths(notes))
    assert notes.read_text(encoding="utf-8").startswith("my own notes")
    stranger = tmp_path / "w.duckdb.parts"
    stranger.mkdir()
    (stranger / "keep.txt").write_text("x", encoding="utf-8")
    with pytest.raises(layout.NotOwnedError, match="not created by this project"):
        ensure_owned(WarehousePaths(tmp_path / "w.duckdb"))
    assert sorted(p.name for p in stranger.iterdir()) == ["keep.txt"]
    paths = WarehousePaths(tmp_path / "x.duckdb")
    parts = layout.parts_dir(paths.served)
    (parts / "report").mkdir()  # a real folder where the report link would go
    fresh = layout.staging_dir(parts, "report", "r1")
    with pytest.raises(layout.NotOwnedError, match="refusing to replace"):
        layout.publish_folder(parts, "report", fresh, "r1")


def test_report_folder_is_published_atomically(tmp_path):
    parts = layout.parts_dir(tmp_path / "w.duckdb")
    for run in ("r1", "r2"):
        fresh = layout.staging_dir(parts, "report", run)
        (fresh / "index.html").write_text(f"<p>{run}</p>", encoding="utf-8")
        layout.publish_folder(parts, "report", fresh, run)
    assert (layout.report_link(parts) / "index.html").read_text(encoding="utf-8") == "<p>r2</p>"
    assert sorted(p.name for p in parts.iterdir() if p.name.startswith("report")) == ["report", "report-r2"]


def test_old_layout_is_migrated_once_without_deleting_user_files(tmp_path):
    served = tmp_path / "warehouse.duckdb"
    con = duckdb.connect(str(served))
    con.execute("create schema raw; create table raw.articles (article_id varchar)")
    con.close()
    old_export = tmp_path / ".parquet-oldrun"
    old_export.mkdir()
    (old_export / "t.parquet").write_bytes(b"old")
    (tmp_path / "parquet").symlink_to(".parquet-oldrun")
    builds = tmp_path / ".builds"
    builds.mkdir()
    (builds / "building.duckdb").write_bytes(b"x")
    (builds / "failed-run7.duckdb").write_bytes(b"y")
    (builds / "my notes.txt").write_text("mine", encoding="utf-8")
    done = ensure_owned(WarehousePaths(served))
    assert done and not (tmp_path / "parquet").exists() and not old_export.exists()
    assert (tmp_path / "warehouse.duckdb.parts" / "builds" / "failed-run7.duckdb").read_bytes() == b"y"
    assert sorted(p.name for p in builds.iterdir()) == ["my notes.txt"]
    assert ensure_owned(WarehousePaths(served)) == []  # once


def test_dbt_artifacts_of_a_run_live_in_its_warehouse_folder(seed_build):
    """dbt's target and log folders are per warehouse: builds of two warehouses never share them."""
    import json

    target = layout.dbt_target_dir(layout.parts_dir(seed_build["warehouse"].resolve()))
    results = json.loads((target / "run_results.json").read_text(encoding="utf-8"))
    assert len(results["results"]) > 100 and all(
        r["status"] in ("success", "pass") for r in results["results"]
    )
    assert str(seed_build["warehouse"].resolve().parent) in results["args"]["vars"]["warehouse_path"]
    assert (target / "logs" / "dbt.log").stat().st_size > 0
