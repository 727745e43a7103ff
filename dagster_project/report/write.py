"""Write the report folder and serve it atomically in the project's owned folder.

The report is written to ``<warehouse>.parts/.report-incoming-<run>/``, then moved to
``<warehouse>.parts/report-<run>/`` and served through the symbolic link
``<warehouse>.parts/report``, switched with an atomic rename like the Parquet export
(``warehouse.layout.publish_folder``). A ``report`` that the project did not create is never
replaced: publishing then fails with a clear message.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from ..warehouse import layout
from .data import load_bundle

LINK = "report"
STATIC = ("index.html", "report.js", "report.css")


def report_link(warehouse: Path) -> Path:
    """``<warehouse>.parts/report``: the link the project switches to each new report."""
    return layout.report_link(layout.parts_dir(Path(warehouse).resolve()))


def write_folder(bundle: dict, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    static = resources.files(__package__) / "static"
    for name in STATIC:
        (target / name).write_bytes((static / name).read_bytes())
    payload = json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    (target / "data.js").write_text(f"window.REPORT_DATA = {payload};\n", encoding="utf-8")


def publish_report(warehouse: Path, run_id: str) -> dict:
    """Build the report from the served warehouse and serve it in the owned folder; says what it holds."""
    warehouse = Path(warehouse).resolve()
    parts = layout.parts_dir(warehouse)
    if layout.report_link(parts).exists() and not layout.report_link(parts).is_symlink():
        raise layout.NotOwnedError(
            f"{layout.report_link(parts)} was not created by this project; not replacing it"
        )
    bundle = load_bundle(warehouse)
    fresh = layout.staging_dir(parts, LINK, run_id)
    write_folder(bundle, fresh)
    folder = layout.publish_folder(parts, LINK, fresh, run_id)
    link = layout.report_link(parts)
    return {
        "index": link / "index.html",
        "folder": folder,
        "facts": len(bundle["facts"]),
        "measures": len(bundle["measures"]),
        "conflicts": len(bundle["conflicts"]),
    }
