"""Dagster resources: where the articles are, which warehouse file is served, and the run's build.

Configured at run time (``EnvVar("ARTICLES_DIR")``, ``EnvVar("WAREHOUSE_PATH")``); nothing is read
from the environment at import time. For the length of a run the resource holds the writer lock
and a private build file; when the run ends, an unpublished build is kept as ``failed-<run>``.
"""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dagster import ConfigurableResource, InitResourceContext
from pydantic import PrivateAttr

from .warehouse.publish import (
    WarehousePaths,
    acquire_lock,
    clean_stale_builds,
    ensure_owned,
    keep_failed_build,
    prepare_build,
)


class ArticlesResource(ConfigurableResource):
    """The folder of articles the pipeline reads (ARTICLES_DIR)."""

    articles_dir: str

    @property
    def root(self) -> Path:
        return Path(self.articles_dir).expanduser().resolve()


class ServedWarehouseResource(ConfigurableResource):
    """The served warehouse file only, for readers such as the sensor (no lock, no build)."""

    warehouse_path: str

    @property
    def served(self) -> Path:
        return Path(self.warehouse_path).expanduser().resolve()


class WarehouseResource(ConfigurableResource):
    """The served warehouse file and, for the length of a run, the writer lock and a private build file."""

    warehouse_path: str
    lock_timeout_seconds: float = 900.0

    _build_path: Path | None = PrivateAttr(default=None)
    _run_id: str | None = PrivateAttr(default=None)

    @property
    def paths(self) -> WarehousePaths:
        return WarehousePaths(Path(self.warehouse_path).expanduser().resolve())

    @property
    def build_path(self) -> Path:
        if self._build_path is None:
            raise RuntimeError("the warehouse build is only available inside a run")
        return self._build_path

    @property
    def run_id(self) -> str:
        return self._run_id or "adhoc"

    @contextmanager
    def yield_for_execution(self, context: InitResourceContext) -> Iterator["WarehouseResource"]:
        run = getattr(context, "run", None)
        run_id = (run.run_id if run is not None else uuid.uuid4().hex)[:36]
        paths = self.paths
        lock = acquire_lock(paths, self.lock_timeout_seconds)
        try:
            for step in ensure_owned(paths):
                if context.log:
                    context.log.info(f"migrated the old layout: {step}")
            removed = clean_stale_builds(paths)
            if removed and context.log:
                context.log.info(f"removed {len(removed)} stale build file(s): {[p.name for p in removed]}")
            self._run_id = run_id
            self._build_path = prepare_build(paths, run_id)
            yield self
        finally:
            try:
                if self._build_path is not None:
                    failed = keep_failed_build(paths, self._build_path, run_id)
                    if failed is not None and context.log:
                        context.log.warning(f"build not published; kept for inspection at {failed}")
            finally:
                lock.release()
