"""The job, its daily schedule, and the sensor that starts a run when articles are added or changed."""

import hashlib
import os

from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    RunRequest,
    ScheduleDefinition,
    SensorEvaluationContext,
    SkipReason,
    define_asset_job,
    in_process_executor,
    sensor,
)

from .resources import ArticlesResource

build_warehouse_job = define_asset_job(
    "build_warehouse",
    selection=AssetSelection.all(),
    executor_def=in_process_executor,
    description="Read ARTICLES_DIR, extract facts, build the dbt models, run every check, then publish atomically.",
    tags={"warehouse/writer": "true"},
)

daily_schedule = ScheduleDefinition(
    name="daily_warehouse_build",
    job=build_warehouse_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=DefaultScheduleStatus.RUNNING,
)


def folder_fingerprint(root) -> str:
    """A hash of every file's relative path, size and modification time under ``root``."""
    digest = hashlib.sha256()
    if os.path.isdir(root):
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                try:
                    st = os.lstat(path)
                except OSError:
                    continue
                digest.update(f"{os.path.relpath(path, root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@sensor(
    job=build_warehouse_job,
    minimum_interval_seconds=30,
    default_status=DefaultSensorStatus.RUNNING,
    description="Starts a build when files in ARTICLES_DIR are added, changed or removed.",
)
def new_articles_sensor(context: SensorEvaluationContext, articles: ArticlesResource):
    fingerprint = folder_fingerprint(articles.root)
    if context.cursor == fingerprint:
        return SkipReason("no change in ARTICLES_DIR")
    context.update_cursor(fingerprint)
    return RunRequest(run_key=fingerprint)
