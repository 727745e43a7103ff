"""Dagster assets: raw tables from files, dbt models, and the publish step."""
