"""Dagster definitions: assets, checks, job, schedule, sensor and resources (configured at run time)."""

from __future__ import annotations

from dagster import Definitions, EnvVar, in_process_executor, load_asset_checks_from_modules
from dagster_dbt import DbtCliResource

from . import checks
from .assets.claims_inputs import raw_analyst_corrections, raw_article_near_duplicates
from .assets.dbt_models import warehouse_dbt_models
from .assets.publish import published_warehouse
from .assets.raw import raw_articles, raw_extracted_facts
from .automation import build_warehouse_job, daily_schedule, new_articles_sensor
from .project import dbt_executable, dbt_project
from .resources import ArticlesResource, WarehouseResource

defs = Definitions(
    assets=[
        raw_articles,
        raw_extracted_facts,
        raw_article_near_duplicates,
        raw_analyst_corrections,
        warehouse_dbt_models,
        published_warehouse,
    ],
    asset_checks=load_asset_checks_from_modules([checks]),
    jobs=[build_warehouse_job],
    schedules=[daily_schedule],
    sensors=[new_articles_sensor],
    executor=in_process_executor,
    resources={
        "articles": ArticlesResource(articles_dir=EnvVar("ARTICLES_DIR")),
        "warehouse": WarehouseResource(warehouse_path=EnvVar("WAREHOUSE_PATH")),
        "dbt": DbtCliResource(
            project_dir=dbt_project,
            profiles_dir=str(dbt_project.profiles_dir),
            dbt_executable=dbt_executable(),
        ),
    },
)
