"""Analyst corrections: a version-controlled CSV, its validation, and its load into ``raw``.

Plain Python (no Dagster). One row per correction; the dbt model ``int_facts_corrected`` applies
them before claims are built. A fact is addressed by what survives re-extraction: the article's
content hash, the evidence sentence's offsets, the fact type and the figure's position among the
facts of that type in that sentence (``figure_index``, 1-based, ordered by offset) — never by a
hash of extracted values.

Actions:
* ``reject`` — the fact is dropped from the marts;
* ``set`` — one field gets ``new_value`` (empty = null);
* ``add`` — a missing fact at the given key (evidence span, fact type, a ``figure_index`` of your
  choice), whose fields are given by ``set`` rows with the same key;
* ``map`` — every fact of ``fact_type`` whose ``field`` equals ``old_value`` gets ``new_value``
  (item, personnel type, project or claimant).
"""

from __future__ import annotations

import csv
import dataclasses
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from ..project import ROOT

DEFAULT_CORRECTIONS_PATH = ROOT / "corrections" / "corrections.csv"
COLUMNS = (
    "correction_id",
    "action",
    "article_id",
    "evidence_start",
    "evidence_end",
    "fact_type",
    "figure_index",
    "field",
    "old_value",
    "new_value",
    "corrected_by",
    "corrected_at",
    "note",
)
ACTIONS = ("reject", "set", "add", "map")
FACT_TYPES = ("shipment", "deployment", "infrastructure", "currency")
FACT_TABLE_TYPES = {
    "fct_shipments": "shipment",
    "fct_deployments": "deployment",
    "fct_infrastructure_specs": "infrastructure",
    "fct_currency_arrangements": "currency",
}
# Field names are those of the intermediate facts (headcount is `quantity` there, host is `destination_country`).
NUMBER_FIELDS = (
    "quantity",
    "quantity_low",
    "quantity_high",
    "value_number",
    "share_low",
    "share_high",
    "amount",
)
DATE_FIELDS = ("period_start", "period_end", "value_date")
TEXT_FIELDS = (
    "status",
    "claimed_by",
    "date_precision",
    "item",
    "item_category",
    "personnel_type",
    "origin_country",
    "destination_country",
    "location",
    "unit",
    "per_period",
    "project",
    "project_type",
    "attribute",
    "value_text",
    "currencies",
    "mechanism",
    "amount_currency",
)
SET_FIELDS = NUMBER_FIELDS + DATE_FIELDS + TEXT_FIELDS
MAP_FIELDS = ("item", "personnel_type", "project", "claimed_by")
STATUSES = ("reported", "planned", "possible")
PRECISIONS = ("day", "month", "quarter", "half", "year", "decade")
PERIODS = ("day", "week", "month", "year")
_ISO3 = re.compile(r"^[A-Z]{3}$")


class CorrectionError(ValueError):
    """A correction row that cannot be applied as written."""


@dataclass
class Correction:
    correction_id: str
    action: str
    corrected_by: str
    corrected_at: str
    note: str
    article_id: str = ""
    evidence_start: str = ""
    evidence_end: str = ""
    fact_type: str = ""
    figure_index: str = ""
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    problems: list[str] = dataclasses.field(default_factory=list, compare=False, repr=False)

    def row(self) -> dict[str, str]:
        return {c: getattr(self, c) for c in COLUMNS}


def corrections_path() -> Path:
    """CORRECTIONS_PATH, else the project's ``corrections/corrections.csv``."""
    value = os.environ.get("CORRECTIONS_PATH")
    return Path(value).expanduser().resolve() if value else DEFAULT_CORRECTIONS_PATH


def _check_value(name: str, value: str) -> str | None:
    if value == "":
        return None
    if name in NUMBER_FIELDS:
        try:
            float(value.replace(",", ""))
        except ValueError:
            return f"{name} must be a number, got {value!r}"
    elif name in DATE_FIELDS:
        try:
            date.fromisoformat(value)
        except ValueError:
            return f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}"
    elif name == "status" and value not in STATUSES:
        return f"status must be one of {', '.join(STATUSES)}"
    elif name == "date_precision" and value not in PRECISIONS:
        return f"date_precision must be one of {', '.join(PRECISIONS)}"
    elif name == "per_period" and value not in PERIODS:
        return f"per_period must be one of {', '.join(PERIODS)} (empty = cumulative)"
    elif name in ("origin_country", "destination_country") and not _ISO3.match(value):
        return f"{name} must be an ISO 3166-1 alpha-3 code (PRK, RUS, ...), got {value!r}"
    return None


def validate(c: Correction) -> list[str]:
    """Problems with one correction's own content (not whether its fact still exists)."""
    problems = []
    if not c.correction_id:
        problems.append("correction_id is empty")
    if c.action not in ACTIONS:
        problems.append(f"action must be one of {', '.join(ACTIONS)}, got {c.action!r}")
    if not c.corrected_by.strip():
        problems.append("corrected_by (who) is empty")
    if not c.note.strip():
        problems.append("note (why) is empty")
    try:
        datetime.fromisoformat(c.corrected_at)
    except ValueError:
        problems.append(f"corrected_at must be an ISO date or timestamp, got {c.corrected_at!r}")
    if c.fact_type not in FACT_TYPES:
        problems.append(f"fact_type must be one of {', '.join(FACT_TYPES)}")
    if c.action in ("reject", "set", "add"):
        if not re.fullmatch(r"[0-9a-f]{8,64}", c.article_id or ""):
            problems.append("article_id must be the article's content hash (dim_articles.article_id)")
        for name in ("evidence_start", "evidence_end", "figure_index"):
            if not (getattr(c, name) or "").isdigit():
                problems.append(f"{name} must be a non-negative integer")
        if (
            c.evidence_start.isdigit()
            and c.evidence_end.isdigit()
            and int(c.evidence_end) <= int(c.evidence_start)
        ):
            problems.append("evidence_end must be after evidence_start")
    if c.action == "set":
        if c.field not in SET_FIELDS:
            problems.append(f"field must be one of {', '.join(SET_FIELDS)}, got {c.field!r}")
        elif msg := _check_value(c.field, c.new_value):
            problems.append(msg)
    if c.action == "map":
        if c.field not in MAP_FIELDS:
            problems.append(f"a map changes one of {', '.join(MAP_FIELDS)}, got {c.field!r}")
        if not c.old_value or not c.new_value:
            problems.append("a map needs old_value and new_value")
    return problems


def read_corrections(path: Path) -> list[Correction]:
    """Every row of the CSV (missing file: none), each with its validation problems."""
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [
            c
            for c in ("correction_id", "action", "corrected_by", "corrected_at", "note")
            if c not in (reader.fieldnames or [])
        ]
        if missing:
            raise CorrectionError(f"{path}: missing columns {missing}")
        out = []
        for raw in reader:
            values = {c: (raw.get(c) or "").strip() for c in COLUMNS}
            c = Correction(**values)
            c.problems = validate(c)
            out.append(c)
    return out


def append_correction(path: Path, correction: Correction) -> None:
    """Append one validated row (the file and its header are created when missing)."""
    problems = validate(correction)
    existing = read_corrections(path)
    if any(e.correction_id == correction.correction_id for e in existing):
        problems.append(f"correction_id {correction.correction_id} already exists")
    if problems:
        raise CorrectionError("; ".join(problems))
    new = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        if new:
            writer.writeheader()
        writer.writerow(correction.row())


RAW_COLUMNS = (*COLUMNS, "row_number", "problems")


def write_raw(build: Path, corrections: list[Correction]) -> None:
    """Replace ``raw.analyst_corrections`` with the CSV's rows (all as text, problems joined)."""
    rows = [
        {**c.row(), "row_number": str(i + 2), "problems": "; ".join(c.problems) or None}
        for i, c in enumerate(corrections)
    ]
    frame = pd.DataFrame(rows, columns=list(RAW_COLUMNS), dtype=object)
    con = duckdb.connect(str(build))
    try:
        con.execute("CREATE SCHEMA IF NOT EXISTS raw")
        con.register("incoming", frame)
        casts = ", ".join(f'CAST("{c}" AS VARCHAR) AS "{c}"' for c in RAW_COLUMNS)
        con.execute(f"CREATE OR REPLACE TABLE raw.analyst_corrections AS SELECT {casts} FROM incoming")
        con.unregister("incoming")
    finally:
        con.close()
