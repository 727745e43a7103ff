"""Reruns change nothing; new articles are extracted alone; a new extractor version re-extracts all."""

from __future__ import annotations

import duckdb
from conftest import copy_seeds, run_pipeline

FACT_SQL = """
select 'shipment' as t, fact_id, article_id, status, evidence_start, item as key, quantity, quantity_low, quantity_high from marts.fct_shipments
union all select 'deployment', fact_id, article_id, status, evidence_start, personnel_type, headcount, headcount_low, headcount_high from marts.fct_deployments
union all select 'infrastructure', fact_id, article_id, status, evidence_start, attribute, value_number, normalized_value, null from marts.fct_infrastructure_specs
union all select 'currency', fact_id, article_id, status, evidence_start, mechanism, share_low, share_high, amount from marts.fct_currency_arrangements
order by 2
"""


def _facts(warehouse):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(FACT_SQL).fetchall(), con.execute(
            "select article_id, ingested_at from marts.dim_articles order by 1"
        ).fetchall()
    finally:
        con.close()


def _extraction_metadata(result):
    for event in result.get_asset_materialization_events():
        if event.asset_key.path == ["raw", "extracted_facts"]:
            return {k: v.value for k, v in event.event_specific_data.materialization.metadata.items()}
    raise AssertionError("raw/extracted_facts was not materialized")


def test_rerun_is_idempotent_and_incremental(tmp_path, dagster_instance, monkeypatch):
    articles = copy_seeds(tmp_path / "articles")
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    first, _ = run_pipeline(articles, warehouse, dagster_instance)
    facts_1, articles_1 = _facts(warehouse)
    assert first.success and len(facts_1) > 20
    assert _extraction_metadata(first)["articles_extracted"] == 4

    second, _ = run_pipeline(articles, warehouse, dagster_instance)
    facts_2, articles_2 = _facts(warehouse)
    assert facts_2 == facts_1  # same fact_ids, no duplicates
    assert articles_2 == articles_1  # first ingestion time kept
    meta = _extraction_metadata(second)
    assert (meta["articles_extracted"], meta["articles_reused"]) == (0, 4)

    # one new article: only it is extracted
    (articles / "new_article.txt").write_text(
        "North Korea has sent 2,500 troops to Russia's Belgorod region, South Korean intelligence said on Monday.\n",
        encoding="utf-8",
    )
    third, _ = run_pipeline(articles, warehouse, dagster_instance)
    meta = _extraction_metadata(third)
    assert (meta["articles_extracted"], meta["articles_reused"]) == (1, 4)
    facts_3, _ = _facts(warehouse)
    assert len(facts_3) == len(facts_1) + 1

    # a removed file's facts leave the warehouse
    (articles / "new_article.txt").unlink()
    run_pipeline(articles, warehouse, dagster_instance)
    assert _facts(warehouse)[0] == facts_1

    # a new extractor version re-extracts every article
    import dagster_project.assets.raw as raw_assets

    monkeypatch.setattr(raw_assets, "extractor_version", lambda: "test-version")
    fifth, _ = run_pipeline(articles, warehouse, dagster_instance)
    assert _extraction_metadata(fifth)["articles_extracted"] == 4
    assert _facts(warehouse)[0] == facts_1
