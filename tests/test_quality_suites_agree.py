"""The Great Expectations suites accept what the dbt models document.

A value list in a GX suite (``expectations/*.json``) narrower than the same column's dbt
``accepted_values`` fails a blocking asset check on data the warehouse is built to hold: a
publication date read from a wire dateline once failed every build of real articles this way.
The suites' normalised units must likewise cover every unit the conversion seed produces.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _accepted_values() -> dict[tuple[str, str], set]:
    out = {}
    for path in (ROOT / "dbt" / "models").rglob("*.yml"):
        for model in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("models", []):
            for column in model.get("columns", []):
                for test in column.get("data_tests", []):
                    if isinstance(test, dict) and "accepted_values" in test:
                        spec = test["accepted_values"]
                        out[(model["name"], column["name"])] = set(spec.get("arguments", spec)["values"])
    return out


def _gx_value_sets() -> dict[tuple[str, str], set]:
    out = {}
    for path in sorted((ROOT / "expectations").glob("*.json")):
        for e in json.loads(path.read_text(encoding="utf-8"))["expectations"]:
            if e["type"] == "expect_column_values_to_be_in_set":
                out[(path.stem, e["kwargs"]["column"])] = set(e["kwargs"]["value_set"])
    return out


def test_gx_value_sets_equal_the_documented_accepted_values():
    documented = _accepted_values()
    shared = {key: values for key, values in _gx_value_sets().items() if key in documented}
    assert len(shared) >= 10, sorted(shared)  # the suites and the models do overlap
    differ = {
        key: {"gx only": sorted(values - documented[key]), "dbt only": sorted(documented[key] - values)}
        for key, values in shared.items()
        if values != documented[key]
    }
    assert not differ, differ


def test_gx_normalized_units_cover_the_conversion_seed():
    with (ROOT / "dbt" / "seeds" / "unit_conversions.csv").open(encoding="utf-8") as handle:
        # a share is a shipment's unit; an infrastructure figure in percent is quarantined before the mart
        produced = {row["normalized_unit"] for row in csv.DictReader(handle) if row["dimension"] != "share"}
    allowed = _gx_value_sets()[("fct_infrastructure_specs", "normalized_unit")]
    assert produced - allowed == set()
