"""The folder the project owns beside each warehouse: ``<warehouse>.parts/``.

Everything the project writes besides the served file itself lives there: build files
(``builds/``), dbt's target folder for its runs (``dbt-target/``: two warehouses built at the
same time never share dbt's artifacts), the Parquet export (``parquet``, a symbolic link switched atomically to a
``parquet-<run>`` folder) and the HTML report (``report``, switched the same way). The folder is
created on first use with a marker file; the project refuses to write into, or replace, a path
it did not create. Two warehouses in one folder have two ``.parts`` folders and share nothing.

``publish_folder(parts, name, fresh)`` is the one way to serve a freshly written folder: it moves
``fresh`` into the owned folder and switches the ``name`` link to it with an atomic rename.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

MARKER = ".rusdprk-warehouse-parts"
MARKER_TEXT = "This folder is created and managed by the rusdprk warehouse pipeline for {served}.\n"
LEGACY_BUILDS = ".builds"
LEGACY_PARQUET = "parquet"
_LEGACY_BUILD_NAMES = ("building.duckdb", "building.duckdb.wal")


class NotOwnedError(RuntimeError):
    """A path the project would write or replace was not created by the project."""


def parts_dir(served: Path) -> Path:
    """``<warehouse>.parts/`` beside ``served``, created with its marker on first use."""
    parts = served.with_name(served.name + ".parts")
    marker = parts / MARKER
    if parts.is_symlink() or (parts.exists() and not parts.is_dir()):
        raise NotOwnedError(f"{parts} exists and is not a folder created by this project; move it away")
    if parts.is_dir():
        if not marker.is_file():
            raise NotOwnedError(
                f"{parts} exists but was not created by this project (no {MARKER} marker); "
                "the project will not write into it: move it away or point WAREHOUSE_PATH elsewhere"
            )
        return parts
    parts.mkdir(parents=True)
    marker.write_text(MARKER_TEXT.format(served=served.name), encoding="utf-8")
    return parts


def builds_dir(parts: Path) -> Path:
    path = parts / "builds"
    path.mkdir(exist_ok=True)
    return path


def dbt_target_dir(parts: Path) -> Path:
    """dbt's ``--target-path`` for this warehouse's runs (compiled SQL, run results, partial parse)."""
    return parts / "dbt-target"


def parquet_link(parts: Path) -> Path:
    return parts / "parquet"


def report_link(parts: Path) -> Path:
    return parts / "report"


def staging_dir(parts: Path, name: str, run_id: str) -> Path:
    """An empty folder inside ``parts`` to write a new ``name`` into before ``publish_folder``."""
    path = parts / f".{name}-incoming-{run_id}"
    if path.exists():
        shutil.rmtree(path)
    path.mkdir()
    return path


def _owned_child(parts: Path, path: Path) -> bool:
    return path.parent == parts and (parts / MARKER).is_file()


def publish_folder(parts: Path, name: str, fresh: Path, run_id: str) -> Path:
    """Serve ``fresh`` as ``parts/name``: moved to ``parts/name-<run_id>``, then the link switched atomically.

    Refuses when ``parts/name`` is a real folder or file (not the link this function makes).
    Older ``name-*`` folders no longer linked are removed (they are the project's own).
    """
    if not (parts / MARKER).is_file():
        raise NotOwnedError(f"{parts} is not a folder owned by this project")
    link = parts / name
    if link.exists() and not link.is_symlink():
        raise NotOwnedError(f"{link} is not a link made by this project; refusing to replace it")
    target = parts / f"{name}-{run_id}"
    if target.exists():
        shutil.rmtree(target)
    os.replace(fresh, target)
    tmp = parts / f".{name}-link-{run_id}"
    tmp.unlink(missing_ok=True)
    os.symlink(target.name, tmp)
    os.replace(tmp, link)
    prune_folders(parts, name)
    return target


def prune_folders(parts: Path, name: str) -> list[Path]:
    """Remove ``name-*`` folders and incoming leftovers that the ``name`` link does not point to."""
    link = parts / name
    current = link.resolve() if link.is_symlink() else None
    removed = []
    for old in [*parts.glob(f"{name}-*"), *parts.glob(f".{name}-incoming-*"), *parts.glob(f".{name}-link-*")]:
        if current is not None and old.resolve() == current:
            continue
        if not _owned_child(parts, old):
            continue
        if old.is_symlink() or old.is_file():
            old.unlink(missing_ok=True)
        else:
            shutil.rmtree(old, ignore_errors=True)
        removed.append(old)
    return removed


def migrate_legacy(served: Path, parts: Path) -> list[str]:
    """Move the old layout (``.builds/``, a ``parquet`` link beside the file) out of the way, once.

    Only what the old layout certainly created is touched: the ``parquet`` link when it points to a
    ``.parquet-<run>`` folder (that folder is removed with it), ``.parquet-*`` folders, and the build
    files in ``.builds/`` (``building.duckdb``, ``failed-*.duckdb``), which move to ``parts/builds``.
    A real ``parquet`` folder and any other file are left alone. Returns what was done.
    """
    done: list[str] = []
    directory = served.parent
    legacy_link = directory / LEGACY_PARQUET
    if legacy_link.is_symlink() and os.readlink(legacy_link).startswith(".parquet-"):
        legacy_link.unlink()
        done.append(f"removed old link {legacy_link}")
    for old in directory.glob(".parquet-*"):
        if old.is_dir() and not old.is_symlink() and all(p.suffix == ".parquet" for p in old.iterdir()):
            shutil.rmtree(old)
            done.append(f"removed old export {old}")
        elif old.is_symlink() and old.name.startswith(".parquet-link-"):
            old.unlink()
    legacy_builds = directory / LEGACY_BUILDS
    if legacy_builds.is_dir() and not legacy_builds.is_symlink():
        target = builds_dir(parts)
        for entry in legacy_builds.iterdir():
            if entry.is_file() and (entry.name in _LEGACY_BUILD_NAMES or entry.name.startswith("failed-")):
                if entry.name.startswith("building"):
                    entry.unlink()
                else:
                    os.replace(entry, target / entry.name)
                done.append(f"moved old build file {entry.name}")
        try:
            legacy_builds.rmdir()
        except OSError:
            pass  # something else is in there: not ours, left alone
    return done
