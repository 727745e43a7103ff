"""The Russia–North Korea cooperation warehouse: extraction package plus a thin Dagster layer."""
