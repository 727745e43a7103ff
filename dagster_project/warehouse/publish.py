"""Build, check, then publish atomically.

A run works on a copy of the served warehouse in ``<warehouse>.parts/builds/building.duckdb`` (the
folder the project owns beside the file, see ``layout``). Only after every blocking check passed
is it checkpointed, exported to Parquet and moved over ``WAREHOUSE_PATH`` with an atomic rename;
``<warehouse>.parts/parquet`` is a symbolic link switched the same way. A build that is not
published is renamed ``failed-<run>.duckdb`` and kept for inspection (only the newest failed build
is kept); leftovers of killed runs are removed. A file lock makes sure only one run writes at a
time, inside or outside Dagster. The project never replaces a file or folder it did not create.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
from filelock import FileLock, Timeout

from . import layout
from .layout import NotOwnedError

PARQUET_LINK = "parquet"
# Storage version of the served file: DuckDB 1.4.x, 1.5.x (Metabase's and DBeaver's drivers) and 2.x open it.
READER_STORAGE_VERSION = "v1.4.0"


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse lock."""


@dataclass(frozen=True)
class WarehousePaths:
    served: Path

    @property
    def directory(self) -> Path:
        return self.served.parent

    @property
    def parts(self) -> Path:
        """``<warehouse>.parts/`` (not created here: ``layout.parts_dir`` creates it with its marker)."""
        return self.served.with_name(self.served.name + ".parts")

    @property
    def builds(self) -> Path:
        return self.parts / "builds"

    @property
    def lock(self) -> Path:
        return self.directory / f".{self.served.name}.lock"

    @property
    def parquet(self) -> Path:
        return layout.parquet_link(self.parts)

    @property
    def report(self) -> Path:
        return layout.report_link(self.parts)

    def build_file(self, run_id: str) -> Path:
        # One fixed name: only the lock holder builds, and a stable path lets dbt reuse its parse.
        return self.builds / "building.duckdb"

    def failed_file(self, run_id: str) -> Path:
        return self.builds / f"failed-{run_id}.duckdb"


def ensure_owned(paths: WarehousePaths) -> list[str]:
    """Create or check the owned folder, migrate the old layout once, and refuse a served path the
    project did not create (a folder, a link, or a file that is not a warehouse built here)."""
    served = paths.served
    if served.is_symlink() or (served.exists() and not served.is_file()):
        raise NotOwnedError(f"WAREHOUSE_PATH {served} is a folder or a link; refusing to replace it")
    fresh_parts = not paths.parts.exists()
    if served.exists() and fresh_parts and not _built_here(served):
        raise NotOwnedError(
            f"WAREHOUSE_PATH {served} exists and is not a warehouse built by this project; "
            "refusing to replace it (choose another path or move the file away)"
        )
    parts = layout.parts_dir(served)
    layout.builds_dir(parts)
    return layout.migrate_legacy(served, parts) if fresh_parts else []


def _built_here(path: Path) -> bool:
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return False
    try:
        return bool(
            con.execute(
                "select count(*) from information_schema.tables where table_schema = 'raw' and table_name = 'articles'"
            ).fetchone()[0]
        )
    except duckdb.Error:
        return False
    finally:
        con.close()


def acquire_lock(paths: WarehousePaths, timeout: float) -> FileLock:
    paths.directory.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(paths.lock), timeout=timeout)
    try:
        lock.acquire()
    except Timeout as exc:
        raise WarehouseBusy(
            f"another run is writing {paths.served} (lock {paths.lock} held for over {timeout:.0f} s); try again later"
        ) from exc
    return lock


def clean_stale_builds(paths: WarehousePaths, keep_failed: int = 1) -> list[Path]:
    """Remove leftovers of killed runs and all but the newest failed builds. Call with the lock held.

    Only the project's own names inside the owned folder are touched."""
    removed: list[Path] = []
    if not paths.builds.exists():
        return removed
    failed = sorted(paths.builds.glob("failed-*.duckdb"), key=lambda p: p.stat().st_mtime, reverse=True)
    keep = set(failed[:keep_failed])
    for entry in paths.builds.iterdir():
        if entry in keep or entry.with_suffix("") in keep:
            continue
        if not (entry.name.startswith(("building.duckdb", "failed-")) and entry.is_file()):
            continue
        entry.unlink(missing_ok=True)
        removed.append(entry)
    for name in (PARQUET_LINK, "report"):
        removed += layout.prune_folders(paths.parts, name)
    return removed


def prepare_build(paths: WarehousePaths, run_id: str) -> Path:
    """A fresh build file for ``run_id``, starting from a copy of the served warehouse."""
    ensure_owned(paths)
    build = paths.build_file(run_id)
    for leftover in (build, build.with_name(build.name + ".wal")):
        leftover.unlink(missing_ok=True)
    if paths.served.exists():
        shutil.copyfile(paths.served, build)
    ensure_reader_storage(build)
    return build


def _storage_version(con: duckdb.DuckDBPyConnection, database: str) -> str:
    tags = con.execute("select tags from duckdb_databases() where database_name = ?", [database]).fetchone()[
        0
    ]
    return str((tags or {}).get("storage_version", "")).rstrip("+")


def ensure_reader_storage(build: Path, version: str = READER_STORAGE_VERSION) -> str:
    """Make ``build`` use storage ``version`` so older readers open the published file.

    A new build file is created in that version (a database keeps the version it was created with, so
    every later write by DuckDB 2.x stays readable); a copy of a file written in a newer version is
    rewritten once with ``COPY FROM DATABASE``. Returns the storage version the build had before.
    """
    if not build.exists():
        duckdb.connect(str(build), config={"storage_compatibility_version": version}).close()
        return version
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH {_quote_path(build)} AS src (READ_ONLY)")
        before = _storage_version(con, "src")
        if before == version:
            return before
        converted = build.with_name(build.name + ".convert")
        converted.unlink(missing_ok=True)
        con.execute(f"ATTACH {_quote_path(converted)} AS dst (STORAGE_VERSION '{version}')")
        con.execute("COPY FROM DATABASE src TO dst")
        con.execute("DETACH dst")
        con.execute("DETACH src")
    finally:
        con.close()
    os.replace(converted, build)
    return before


def _quote_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def publish(paths: WarehousePaths, build: Path, run_id: str, schema: str = "marts") -> dict:
    """Checkpoint the build, export its marts to Parquet, then atomically serve both."""
    started = time.monotonic()
    parts = layout.parts_dir(paths.served)
    parquet_dir = layout.staging_dir(parts, PARQUET_LINK, run_id)
    con = duckdb.connect(str(build))
    try:
        tables = [
            row[0]
            for row in con.execute(
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE' order by 1",
                [schema],
            ).fetchall()
        ]
        for table in tables:
            target = parquet_dir / f"{table}.parquet"
            con.execute(f'COPY "{schema}"."{table}" TO {_quote_path(target)} (FORMAT parquet)')
        con.execute("CHECKPOINT")
    finally:
        con.close()
    wal = build.with_name(build.name + ".wal")
    if wal.exists():
        raise RuntimeError(f"build {build} still has a write-ahead log after checkpoint; not publishing")
    if paths.served.is_symlink() or (paths.served.exists() and not paths.served.is_file()):
        raise NotOwnedError(f"WAREHOUSE_PATH {paths.served} is a folder or a link; refusing to replace it")
    os.replace(build, paths.served)
    served_dir = layout.publish_folder(parts, PARQUET_LINK, parquet_dir, run_id)
    return {
        "tables": tables,
        "seconds": round(time.monotonic() - started, 3),
        "parquet_dir": str(served_dir),
    }


def served_article_ids(paths: WarehousePaths) -> set[str] | None:
    """Article ids of the served warehouse, or None when nothing is served yet."""
    if not paths.served.is_file():
        return None
    try:
        con = duckdb.connect(str(paths.served), read_only=True)
    except duckdb.Error:
        return None
    try:
        return {r[0] for r in con.execute("select article_id from marts.dim_articles").fetchall()}
    except duckdb.Error:
        return None
    finally:
        con.close()


def drop_guard(served: set[str] | None, built: set[str], max_drop_share: float) -> str | None:
    """Why publishing ``built`` over ``served`` needs explicit permission, or None when it does not."""
    if not served:
        return None
    dropped = len(served - built)
    if dropped / len(served) <= max_drop_share:
        return None
    return (
        f"this build would drop {dropped} of the {len(served)} served articles "
        f"({dropped / len(served):.0%}, over the {max_drop_share:.0%} limit); not published. "
        "If that is intended, rerun with --allow-large-drop (run config: "
        "ops.warehouse__published.config.allow_large_drop = true)"
    )


def keep_failed_build(paths: WarehousePaths, build: Path, run_id: str) -> Path | None:
    """Rename an unpublished build for inspection; returns its new path (None if nothing was built)."""
    if not build.exists():
        return None
    failed = paths.failed_file(run_id)
    os.replace(build, failed)
    wal = build.with_name(build.name + ".wal")
    if wal.exists():
        os.replace(wal, failed.with_name(failed.name + ".wal"))
    return failed
