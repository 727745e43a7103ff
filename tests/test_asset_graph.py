"""The asset graph: keys, lineage from the raw assets to every mart, checks, job, schedule and sensor."""

from __future__ import annotations

from pathlib import Path

from dagster import AssetKey

from dagster_project.definitions import defs

SNAPSHOT = Path(__file__).parent / "snapshots" / "asset_keys.txt"
MARTS = [
    "fct_shipments",
    "fct_deployments",
    "fct_infrastructure_specs",
    "fct_currency_arrangements",
    "dim_articles",
    "rejected_articles",
    "dim_countries",
    "dim_currencies",
]


def _graph():
    return defs.resolve_asset_graph()


def test_asset_keys_match_snapshot():
    keys = sorted(k.to_user_string() for k in _graph().get_all_asset_keys())
    assert keys == SNAPSHOT.read_text(encoding="utf-8").split(), (
        "update tests/snapshots/asset_keys.txt if this change is intended"
    )


def test_lineage_from_raw_assets_to_marts():
    graph = _graph()
    for mart in MARTS:
        upstream = graph.get(AssetKey(["marts", mart])).parent_keys
        seen, todo = set(), list(upstream)
        while todo:
            key = todo.pop()
            if key in seen:
                continue
            seen.add(key)
            todo.extend(graph.get(key).parent_keys)
        if mart.startswith("fct_") or mart == "dim_articles":
            assert AssetKey(["raw", "extracted_facts"]) in seen or mart == "dim_articles"
            assert AssetKey(["raw", "articles"]) in seen, mart
    assert (
        AssetKey(["raw", "rejected_articles"])
        in graph.get(AssetKey(["staging", "stg_rejected_articles"])).parent_keys
    )
    published = graph.get(AssetKey(["warehouse", "published"])).parent_keys
    assert {AssetKey(["marts", m]) for m in MARTS} <= set(published)


def test_checks_schedule_and_sensor_exist():
    graph = _graph()
    check_names = {key.name for key in graph.asset_check_keys}
    for mart in (
        "fct_shipments",
        "fct_deployments",
        "fct_infrastructure_specs",
        "fct_currency_arrangements",
        "dim_articles",
    ):
        assert f"gx_{mart}" in check_names
    assert "every_file_accounted_for" in check_names
    assert any(
        name.startswith(("accepted_values", "not_null", "unique")) for name in check_names
    )  # dbt tests
    assert defs.resolve_schedule_def("daily_warehouse_build").cron_schedule == "0 6 * * *"
    assert defs.resolve_sensor_def("new_articles_sensor") is not None
    job = defs.resolve_job_def("build_warehouse")
    assert job.executor_def.name == "in_process"


def test_claims_ledger_lineage():
    """Claims are built from the corrected facts, the near-duplicates and the corrections CSV; all are published."""
    graph = _graph()

    def ancestors(key):
        seen, todo = set(), list(graph.get(key).parent_keys)
        while todo:
            k = todo.pop()
            if k not in seen:
                seen.add(k)
                todo.extend(graph.get(k).parent_keys)
        return seen

    claims = ancestors(AssetKey(["marts", "fct_claims"]))
    for key in (
        ["raw", "article_near_duplicates"],
        ["raw", "analyst_corrections"],
        ["intermediate", "int_facts_corrected"],
        ["reference", "item_families"],
        ["reference", "project_aliases"],
    ):
        assert AssetKey(key) in claims, key
    assert AssetKey(["intermediate", "int_facts_corrected"]) in ancestors(
        AssetKey(["marts", "fct_shipments"])
    )
    published = graph.get(AssetKey(["warehouse", "published"])).parent_keys
    for mart in (
        "dim_measures",
        "fct_claims",
        "bridge_claim_facts",
        "fct_measure_timeline",
        "correction_log",
    ):
        assert AssetKey(["marts", mart]) in published, mart
