"""Runs the Great Expectations suites in ``expectations/`` against marts read into pandas.

GX 1.x cannot validate DuckDB through its SQL datasource, so each suite names a query (the mart
joined to what its cross-table rules need, plus derived boolean columns); the frame it returns is
validated with an ephemeral GX context. Failures name the offending rows by their id column.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import duckdb
import pandas as pd

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


@dataclass
class SuiteResult:
    suite: str
    success: bool
    evaluated: int
    rows: int
    failures: list[dict] = field(default_factory=list)

    def message(self) -> str:
        if self.success:
            return f"{self.suite}: {self.evaluated} expectations passed on {self.rows} rows"
        parts = [
            f"{f['expectation']}({f['column']}): rows {f['rows'][:10]} values {f['values'][:5]}"
            for f in self.failures
        ]
        return f"{self.suite}: {len(self.failures)} of {self.evaluated} expectations failed: " + "; ".join(
            parts
        )


def suite_names() -> list[str]:
    return sorted(p.stem for p in EXPECTATIONS_DIR.glob("*.json"))


def load_suite(name: str) -> dict:
    return json.loads((EXPECTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))


def frame_for(con: duckdb.DuckDBPyConnection, suite: dict) -> pd.DataFrame:
    meta = suite["meta"]
    query = meta["query"]
    derived = meta.get("derived") or {}
    if derived:
        extra = ", ".join(f"({expr}) as {name}" for name, expr in derived.items())
        query = f"select f.*, {extra} from ({query}) as f"
    return con.execute(query).df()


@lru_cache(maxsize=1)
def _context():
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    try:
        from great_expectations.data_context.types.base import ProgressBarsConfig

        context.variables.progress_bars = ProgressBarsConfig(globally=False)
    except Exception:  # noqa: BLE001 - progress bars are cosmetic
        pass
    return context


def validate_frame(suite: dict, frame: pd.DataFrame) -> SuiteResult:
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    context = _context()
    name = suite["name"]
    gx_suite = gx.ExpectationSuite(name=f"{name}_suite")
    for exp in suite["expectations"]:
        gx_suite.add_expectation_configuration(
            ExpectationConfiguration(type=exp["type"], kwargs=exp["kwargs"])
        )
    source_name = f"frames_{name}"
    try:
        source = context.data_sources.get(source_name)
    except Exception:  # noqa: BLE001 - first use
        source = context.data_sources.add_pandas(source_name)
    asset_name = "frame"
    try:
        asset = source.get_asset(asset_name)
    except Exception:  # noqa: BLE001 - first use
        asset = source.add_dataframe_asset(asset_name)
    try:
        batch_definition = asset.get_batch_definition("whole")
    except Exception:  # noqa: BLE001 - first use
        batch_definition = asset.add_batch_definition_whole_dataframe("whole")
    id_column = suite["meta"].get("id_column")
    frame = frame.reset_index(drop=True)
    batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
    result = batch.validate(gx_suite, result_format={"result_format": "COMPLETE"})
    failures = []
    for r in result.results:
        if r.success:
            continue
        kwargs = r.expectation_config.kwargs
        column = kwargs.get("column") or f"{kwargs.get('column_A')},{kwargs.get('column_B')}"
        indexes = r.result.get("unexpected_index_list") or []
        ids = [frame.loc[i, id_column] if isinstance(i, int) and id_column in frame else i for i in indexes]
        values = r.result.get("partial_unexpected_list") or r.result.get("unexpected_list") or []
        failures.append(
            {
                "expectation": r.expectation_config.type,
                "column": column,
                "rows": [str(v) for v in ids],
                "values": [str(v) for v in values],
            }
        )
    return SuiteResult(name, bool(result.success), len(result.results), len(frame), failures)


def run_suite(database: Path | str, name: str) -> SuiteResult:
    suite = load_suite(name)
    con = duckdb.connect(str(database), read_only=True)
    try:
        frame = frame_for(con, suite)
    finally:
        con.close()
    return validate_frame(suite, frame)
