"""The new-articles sensor: a new or changed file triggers a run request; an unchanged folder does not."""

from __future__ import annotations

import os

from dagster import RunRequest, SkipReason, build_sensor_context

from dagster_project.definitions import defs
from dagster_project.resources import ArticlesResource


def _evaluate(folder, cursor):
    sensor = defs.resolve_sensor_def("new_articles_sensor")
    context = build_sensor_context(
        cursor=cursor, resources={"articles": ArticlesResource(articles_dir=str(folder))}
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


def test_schedule_targets_the_whole_job():
    schedule = defs.resolve_schedule_def("daily_warehouse_build")
    assert schedule.job_name == "build_warehouse"
    assert isinstance(SkipReason("x"), SkipReason)
