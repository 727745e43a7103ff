"""Write the report folder and serve it atomically beside the warehouse.

The report is written to ``<warehouse dir>/.report-<run>/`` and then served through the symbolic
link ``<warehouse dir>/report`` (switched with an atomic rename, like ``parquet``); older
``.report-*`` folders, which only this module creates, are removed. A ``report`` that is a real
folder (not created by the project) is never touched: the report is then not linked.
"""

from __future__ import annotations

import json
import os
import shutil
from importlib import resources
from pathlib import Path

from .data import load_bundle

LINK = "report"
STATIC = ("index.html", "report.js", "report.css")


def report_link(warehouse: Path) -> Path:
    return Path(warehouse).resolve().parent / LINK


def write_folder(bundle: dict, target: Path) -> None:
    target.mkdir(parents=True)
    static = resources.files(__package__) / "static"
    for name in STATIC:
        (target / name).write_bytes((static / name).read_bytes())
    payload = json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    (target / "data.js").write_text(f"window.REPORT_DATA = {payload};\n", encoding="utf-8")


def publish_report(warehouse: Path, run_id: str) -> dict:
    """Build the report from the served warehouse; returns where it is and what it holds."""
    warehouse = Path(warehouse).resolve()
    directory = warehouse.parent
    link = report_link(warehouse)
    if link.exists() and not link.is_symlink():
        raise FileExistsError(f"{link} exists and was not created by this project; not replacing it")
    bundle = load_bundle(warehouse)
    folder = directory / f".report-{run_id}"
    shutil.rmtree(folder, ignore_errors=True)
    write_folder(bundle, folder)
    tmp = directory / f".report-link-{run_id}"
    tmp.unlink(missing_ok=True)
    os.symlink(folder.name, tmp)
    os.replace(tmp, link)
    for old in directory.glob(".report-*"):
        if old.is_dir() and not old.is_symlink() and old.resolve() != folder.resolve():
            shutil.rmtree(old, ignore_errors=True)
    return {
        "index": link / "index.html",
        "folder": folder,
        "facts": len(bundle["facts"]),
        "measures": len(bundle["measures"]),
        "conflicts": len(bundle["conflicts"]),
    }
