"""The public schema: every contract table and column exists with its type (read from information_schema)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

COMMON = {
    "fact_id": "VARCHAR",
    "article_id": "VARCHAR",
    "status": "VARCHAR",
    "claimed_by": "VARCHAR",
    "claimant_type": "VARCHAR",
    "evidence_text": "VARCHAR",
    "evidence_start": "INTEGER",
    "evidence_end": "INTEGER",
    "period_start": "DATE",
    "period_end": "DATE",
    "date_precision": "VARCHAR",
}
CONTRACT = {
    "fct_shipments": {
        **COMMON,
        "origin_country": "VARCHAR",
        "destination_country": "VARCHAR",
        "item": "VARCHAR",
        "item_category": "VARCHAR",
        "quantity": "DOUBLE",
        "quantity_low": "DOUBLE",
        "quantity_high": "DOUBLE",
        "unit": "VARCHAR",
        "per_period": "VARCHAR",
    },
    "fct_deployments": {
        **COMMON,
        "origin_country": "VARCHAR",
        "host_country": "VARCHAR",
        "personnel_type": "VARCHAR",
        "headcount": "DOUBLE",
        "headcount_low": "DOUBLE",
        "headcount_high": "DOUBLE",
        "location": "VARCHAR",
    },
    "fct_infrastructure_specs": {
        **COMMON,
        "project": "VARCHAR",
        "project_type": "VARCHAR",
        "location_countries": "VARCHAR",
        "attribute": "VARCHAR",
        "value_number": "DOUBLE",
        "value_text": "VARCHAR",
        "value_date": "DATE",
        "unit": "VARCHAR",
        "normalized_value": "DOUBLE",
        "normalized_unit": "VARCHAR",
    },
    "fct_currency_arrangements": {
        **COMMON,
        "currencies": "VARCHAR",
        "mechanism": "VARCHAR",
        "share_low": "DOUBLE",
        "share_high": "DOUBLE",
        "amount": "DOUBLE",
        "amount_currency": "VARCHAR",
    },
    "dim_articles": {
        "article_id": "VARCHAR",
        "source_path": "VARCHAR",
        "title": "VARCHAR",
        "url": "VARCHAR",
        "outlet": "VARCHAR",
        "author": "VARCHAR",
        "published_date": "DATE",
        "published_date_source": "VARCHAR",
        "body_text": "VARCHAR",
        "ingested_at": "TIMESTAMP",
    },
    "rejected_articles": {"source_path": "VARCHAR", "reason": "VARCHAR"},
}
CONTRACT_DOC = Path(__file__).resolve().parents[2] / "shared" / "docs" / "warehouse-contract.md"


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_contract_columns_and_types(seed_con, table):
    rows = seed_con.execute(
        "select column_name, data_type from information_schema.columns where table_schema = 'marts' and table_name = ?",
        [table],
    ).fetchall()
    actual = dict(rows)
    assert actual, f"marts.{table} is missing"
    for column, data_type in CONTRACT[table].items():
        assert column in actual, f"marts.{table}.{column} is missing"
        assert actual[column] == data_type, (
            f"marts.{table}.{column} is {actual[column]}, contract says {data_type}"
        )


def test_dim_countries_is_published(seed_con):
    codes = {r[0] for r in seed_con.execute("select iso3 from marts.dim_countries").fetchall()}
    assert {"PRK", "RUS", "KOR", "CHN", "UKR"} <= codes


@pytest.mark.skipif(not CONTRACT_DOC.exists(), reason="../shared/docs is not beside this checkout")
def test_embedded_contract_matches_the_shared_document():
    """The columns named in the contract document are the ones this test suite checks."""
    text = CONTRACT_DOC.read_text(encoding="utf-8")
    for table, columns in CONTRACT.items():
        if table == "dim_articles" or table == "rejected_articles":
            continue
        section = text.split(f"`marts.{table}`", 1)[1].split("###", 1)[0]
        named = set(re.findall(r"^\| ([a-z_, ]+) \|", section, re.M))
        names = {n.strip() for group in named for n in group.split(",")} - {"column"}
        assert names <= set(columns), f"{table}: {names - set(columns)} not checked"


SECOND_WAVE_COMMON = {"claimant_type": "VARCHAR", "corrected_by": "VARCHAR", "correction_note": "VARCHAR"}
SECOND_WAVE = {
    **{
        t: SECOND_WAVE_COMMON
        for t in ("fct_shipments", "fct_deployments", "fct_infrastructure_specs", "fct_currency_arrangements")
    },
    "dim_articles": {"duplicate_of": "VARCHAR", "similarity": "DOUBLE"},
    "dim_measures": {
        "measure_id": "VARCHAR",
        "label": "VARCHAR",
        "fact_type": "VARCHAR",
        "subject": "VARCHAR",
        "origin_country": "VARCHAR",
        "target_country": "VARCHAR",
        "per_period": "VARCHAR",
        "unit": "VARCHAR",
    },
    "fct_claims": {
        "claim_id": "VARCHAR",
        "measure_id": "VARCHAR",
        "claimed_by": "VARCHAR",
        "claimant_type": "VARCHAR",
        "as_of_date": "DATE",
        "as_of_precision": "VARCHAR",
        "value_low": "DOUBLE",
        "value": "DOUBLE",
        "value_high": "DOUBLE",
        "status": "VARCHAR",
        "n_articles": "INTEGER",
        "n_outlets": "INTEGER",
        "first_published": "DATE",
        "last_published": "DATE",
    },
    "bridge_claim_facts": {"claim_id": "VARCHAR", "fact_id": "VARCHAR"},
    "fct_measure_timeline": {
        "measure_id": "VARCHAR",
        "month": "DATE",
        "latest_value_low": "DOUBLE",
        "latest_value_high": "DOUBLE",
        "n_claims": "INTEGER",
        "conflict": "BOOLEAN",
    },
    "correction_log": {"correction_id": "VARCHAR", "applied": "BOOLEAN", "not_applied_reason": "VARCHAR"},
}


@pytest.mark.parametrize("table", sorted(SECOND_WAVE))
def test_second_wave_columns_and_types(seed_con, table):
    actual = dict(
        seed_con.execute(
            "select column_name, data_type from information_schema.columns where table_schema = 'marts' and table_name = ?",
            [table],
        ).fetchall()
    )
    assert actual, f"marts.{table} is missing"
    for column, data_type in SECOND_WAVE[table].items():
        assert actual.get(column) == data_type, (
            f"marts.{table}.{column}: {actual.get(column)}, want {data_type}"
        )
