"""Helpers for tools that read the served warehouse (no Dagster imports)."""
