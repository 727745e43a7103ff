"""Which state of ARTICLES_DIR a warehouse was built from.

A fingerprint (hash of every file's relative path, size and modification time) is taken when the
folder is read and stored in the build as ``raw.source_folder``; the sensor compares the folder with
the fingerprint of the *served* warehouse, so a fresh Dagster instance (a UI started over an unchanged
folder) does not start a redundant run.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

import duckdb


def folder_fingerprint(root) -> str:
    """A hash of every file's relative path, size and modification time under ``root``."""
    digest = hashlib.sha256()
    if os.path.isdir(root):
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                try:
                    st = os.lstat(path)
                except OSError:
                    continue
                # names that are not valid UTF-8 arrive as surrogate escapes: hash their raw bytes
                digest.update(os.fsencode(os.path.relpath(path, root)))
                digest.update(f"\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def record(build: Path, root: Path, fingerprint: str, now: datetime) -> None:
    """Store the fingerprint of the folder this build was read from."""
    con = duckdb.connect(str(build))
    try:
        con.execute("CREATE SCHEMA IF NOT EXISTS raw")
        con.execute(
            "CREATE OR REPLACE TABLE raw.source_folder (articles_dir VARCHAR, fingerprint VARCHAR, read_at TIMESTAMP)"
        )
        con.execute("INSERT INTO raw.source_folder VALUES (?, ?, ?)", [str(root), fingerprint, now])
    finally:
        con.close()


def served_fingerprint(served: Path, root: Path) -> str | None:
    """The fingerprint the served warehouse was built from, if it was built from ``root``; else None."""
    if not served.exists():
        return None
    try:
        con = duckdb.connect(str(served), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = con.execute(
            "SELECT fingerprint FROM raw.source_folder WHERE articles_dir = ? LIMIT 1", [str(root)]
        ).fetchone()
    except duckdb.Error:
        return None
    finally:
        con.close()
    return row[0] if row else None
