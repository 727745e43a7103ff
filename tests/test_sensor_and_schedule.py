"""The new-articles sensor: a new or changed file triggers a run request; an unchanged folder does not."""

from __future__ import annotations

import os

from conftest import SEEDS
from dagster import RunRequest, SkipReason, build_sensor_context

from dagster_project.definitions import defs
from dagster_project.resources import ArticlesResource, ServedWarehouseResource


def _evaluate(folder, cursor, warehouse=None):
    sensor = defs.resolve_sensor_def("new_articles_sensor")
    warehouse = warehouse or folder.parent / "no-warehouse.duckdb"
    context = build_sensor_context(
        cursor=cursor,
        resources={
            "articles": ArticlesResource(articles_dir=str(folder)),
            "served_warehouse": ServedWarehouseResource(warehouse_path=str(warehouse)),
        },
    )
    result = sensor.evaluate_tick(context)
    return result, result.cursor


def test_sensor_requests_a_run_only_when_the_folder_changes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("North Korea sent 100 engineers to Russia.", encoding="utf-8")
    first, cursor = _evaluate(folder, None)
    assert len(first.run_requests) == 1 and isinstance(first.run_requests[0], RunRequest)

    unchanged, cursor2 = _evaluate(folder, cursor)
    assert unchanged.run_requests == [] and cursor2 == cursor
    assert unchanged.skip_message

    (folder / "b.md").write_text("Russia shipped 5,000 tonnes of wheat to North Korea.", encoding="utf-8")
    added, cursor3 = _evaluate(folder, cursor)
    assert len(added.run_requests) == 1 and cursor3 != cursor

    path = folder / "a.txt"
    path.write_text("North Korea sent 200 engineers to Russia.", encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10_000_000))
    changed, _ = _evaluate(folder, cursor3)
    assert len(changed.run_requests) == 1


def test_sensor_starts_no_run_over_the_folder_the_served_warehouse_was_built_from(seed_build, tmp_path):
    warehouse = seed_build["warehouse"]
    # A fresh instance (no cursor), as when the UI comes up over an unchanged, already built folder.
    fresh, cursor = _evaluate(SEEDS, None, warehouse)
    assert fresh.run_requests == [] and "built from this very folder" in fresh.skip_message
    assert cursor  # remembered, so the next tick is a plain "no change"
    # The same files in another folder were not what the served warehouse was built from.
    other = tmp_path / "other"
    other.mkdir()
    for path in SEEDS.iterdir():
        (other / path.name).write_bytes(path.read_bytes())
    elsewhere, _ = _evaluate(other, None, warehouse)
    assert len(elsewhere.run_requests) == 1


def test_schedule_targets_the_whole_job():
    schedule = defs.resolve_schedule_def("daily_warehouse_build")
    assert schedule.job_name == "build_warehouse"
    assert isinstance(SkipReason("x"), SkipReason)
