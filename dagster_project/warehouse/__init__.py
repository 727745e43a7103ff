"""The warehouse file: raw-table writes, build-then-publish, the single-writer lock (no Dagster imports)."""
