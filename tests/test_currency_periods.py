"""An amount paid per period keeps its period in the warehouse and is never one measure with a total."""

from __future__ import annotations

import duckdb
from conftest import run_pipeline


def test_amount_per_month_and_yearly_total_are_two_measures(tmp_path, dagster_instance):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "monthly.txt").write_text(
        "North Korean workers in Russia must hand over $100 a month of their wages to the state, officials said.\n",
        encoding="utf-8",
    )
    (articles / "total.txt").write_text(
        "Remittances from North Korean workers in Russia brought the state a total of $50 million in wages "
        "last year, officials said.\n",
        encoding="utf-8",
    )
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    result, summary = run_pipeline(articles, warehouse, dagster_instance)
    assert result.success and summary.published, summary.lines()
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute(
            """select f.amount, f.per_period, m.label, m.is_cumulative
               from marts.fct_currency_arrangements f
               join marts.bridge_claim_facts b using (fact_id)
               join marts.fct_claims c using (claim_id)
               join marts.dim_measures m using (measure_id)
               order by f.amount"""
        ).fetchall()
    finally:
        con.close()
    assert [(amount, period, cumulative) for amount, period, _, cumulative in rows] == [
        (100.0, "month", False),
        (50_000_000.0, None, True),
    ]
    assert rows[0][2] != rows[1][2] and "per month" in rows[0][2], rows
