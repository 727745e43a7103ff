"""The job, its daily schedule, and the sensor that starts a run when articles are added or changed."""

__all__ = ["build_warehouse_job", "daily_schedule", "folder_fingerprint", "new_articles_sensor"]

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

from .resources import ArticlesResource, ServedWarehouseResource
from .warehouse.source_state import folder_fingerprint, served_fingerprint

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


@sensor(
    job=build_warehouse_job,
    minimum_interval_seconds=30,
    default_status=DefaultSensorStatus.RUNNING,
    description="Starts a build when files in ARTICLES_DIR are added, changed or removed.",
)
def new_articles_sensor(
    context: SensorEvaluationContext, articles: ArticlesResource, served_warehouse: ServedWarehouseResource
):
    fingerprint = folder_fingerprint(articles.root)
    if context.cursor == fingerprint:
        return SkipReason("no change in ARTICLES_DIR")
    if served_fingerprint(served_warehouse.served, articles.root) == fingerprint:
        # Already built from this very folder (a fresh instance, e.g. the UI started over an unchanged
        # folder, or a `make run` since the last tick): nothing to do.
        context.update_cursor(fingerprint)
        return SkipReason("the served warehouse was built from this very folder")
    context.update_cursor(fingerprint)
    return RunRequest(run_key=fingerprint)
