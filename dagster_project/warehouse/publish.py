"""Build, check, then publish atomically.

A run works on a copy of the served warehouse in ``<warehouse dir>/.builds/building.duckdb``. Only
after every blocking check passed is it checkpointed, exported to Parquet and moved over
``WAREHOUSE_PATH`` with an atomic rename; ``warehouse/parquet`` is a symbolic link switched the
same way. A build that is not published is renamed ``failed-<run>.duckdb`` and kept for
inspection (only the newest failed build is kept); leftovers of killed runs are removed.
A file lock makes sure only one run writes at a time, inside or outside Dagster.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
from filelock import FileLock, Timeout

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
    def builds(self) -> Path:
        return self.directory / ".builds"

    @property
    def lock(self) -> Path:
        return self.directory / f".{self.served.name}.lock"

    @property
    def parquet(self) -> Path:
        return self.directory / PARQUET_LINK

    def build_file(self, run_id: str) -> Path:
        # One fixed name: only the lock holder builds, and a stable path lets dbt reuse its parse.
        return self.builds / "building.duckdb"

    def failed_file(self, run_id: str) -> Path:
        return self.builds / f"failed-{run_id}.duckdb"


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
    """Remove leftovers of killed runs and all but the newest failed builds. Call with the lock held."""
    removed: list[Path] = []
    if not paths.builds.exists():
        return removed
    failed = sorted(paths.builds.glob("failed-*.duckdb"), key=lambda p: p.stat().st_mtime, reverse=True)
    keep = set(failed[:keep_failed])
    for entry in paths.builds.iterdir():
        if entry in keep:
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    for old in paths.directory.glob(".parquet-*"):
        if paths.parquet.is_symlink() and paths.parquet.resolve() == old.resolve():
            continue
        shutil.rmtree(old, ignore_errors=True)
        removed.append(old)
    return removed


def prepare_build(paths: WarehousePaths, run_id: str) -> Path:
    """A fresh build file for ``run_id``, starting from a copy of the served warehouse."""
    paths.builds.mkdir(parents=True, exist_ok=True)
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
    parquet_dir = paths.directory / f".parquet-{run_id}"
    shutil.rmtree(parquet_dir, ignore_errors=True)
    parquet_dir.mkdir(parents=True)
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
    os.replace(build, paths.served)
    link_tmp = paths.directory / f".parquet-link-{run_id}"
    link_tmp.unlink(missing_ok=True)
    os.symlink(parquet_dir.name, link_tmp)
    if paths.parquet.exists() and not paths.parquet.is_symlink():
        shutil.rmtree(paths.parquet)
    os.replace(link_tmp, paths.parquet)
    for old in paths.directory.glob(".parquet-*"):
        if old.resolve() != parquet_dir.resolve() and not old.name.startswith(".parquet-link-"):
            shutil.rmtree(old, ignore_errors=True)
    return {
        "tables": tables,
        "seconds": round(time.monotonic() - started, 3),
        "parquet_dir": str(parquet_dir),
    }


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
