"""Real values from each seed article, end to end through the marts."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one(con, sql, params=()):
    rows = con.execute(sql, list(params)).fetchall()
    assert len(rows) == 1, rows
    return rows[0]


def test_every_seed_is_an_article(seed_con):
    paths = {r[0] for r in seed_con.execute("select source_path from marts.dim_articles").fetchall()}
    assert paths == {p.name for p in (ROOT / "seeds").iterdir()}
    assert seed_con.execute("select count(*) from marts.rejected_articles").fetchone()[0] == 0


def test_byline_becomes_published_date(seed_con):
    published, source, author = one(
        seed_con,
        "select published_date, published_date_source, author from marts.dim_articles where source_path like '002_%'",
    )
    assert (published, source, author) == (date(2025, 7, 14), "byline", "isabelle")
    # no date is guessed for articles without one
    assert (
        seed_con.execute("select count(*) from marts.dim_articles where published_date is null").fetchone()[0]
        == 3
    )


def test_body_text_is_cleaned(seed_con):
    (body,) = one(seed_con, "select body_text from marts.dim_articles where source_path like '000_%'")
    assert ".png" not in body and ".jpeg" not in body and "Latest news" not in body
    (body,) = one(seed_con, "select body_text from marts.dim_articles where source_path like '002_%'")
    assert "Sources for this article" not in body and "By isabelle" not in body
    (body,) = one(seed_con, "select body_text from marts.dim_articles where source_path like '001_%'")
    assert "|---|" not in body and "thefirearmblog" not in body


def _rate(currency: str, month: date) -> float:
    with open(ROOT / "dbt" / "seeds" / "exchange_rates_monthly.csv", encoding="utf-8") as handle:
        rows = [
            r
            for r in csv.DictReader(handle)
            if r["currency"] == currency and date.fromisoformat(r["rate_month"]) <= month
        ]
    return float(max(rows, key=lambda r: r["rate_month"])["usd_per_unit"])


def test_bridge_cost_converts_through_the_rate_table(seed_con):
    value, unit, normalized, normalized_unit, month, basis, stated = one(
        seed_con,
        "select value_number, unit, normalized_value, normalized_unit, fx_rate_month, fx_rate_basis, stated_equivalent_usd "
        "from marts.fct_infrastructure_specs where attribute = 'cost'",
    )
    assert (value, unit, normalized_unit) == (9e9, "RUB", "USD")
    assert basis == "latest_available"  # the article has no publication date
    assert abs(normalized - 9e9 * _rate("RUB", month)) < 1
    assert stated == 110e6


def test_bridge_specs(seed_con):
    rows = seed_con.execute(
        "select attribute, value_number, unit, normalized_value, normalized_unit, status from marts.fct_infrastructure_specs "
        "where value_number is not null order by attribute, value_number"
    ).fetchall()
    facts = {(a, v, u): (nv, nu, s) for a, v, u, nv, nu, s in rows}
    assert facts[("length", 4.7, "km")][:2] == (4700.0, "m")
    assert facts[("span", 1.0, "km")][:2] == (1000.0, "m")
    assert facts[("lanes", 5.0, "lanes")][2] == "planned"
    assert facts[("capacity", 300.0, "vehicles_per_day")][1] == "vehicles_per_day"
    assert facts[("annual_capacity", 109500.0, "vehicles_per_year")][1] == "vehicles_per_year"
    builder = one(
        seed_con, "select value_text from marts.fct_infrastructure_specs where attribute = 'builder'"
    )[0]
    assert builder == "TunnelYuzhStroy"
    completion = one(
        seed_con,
        "select value_date, status, claimed_by from marts.fct_infrastructure_specs where attribute = 'completion_date'",
    )
    assert completion == (date(2026, 6, 30), "planned", "Frontelligence Insight")


def test_engineers_deployment(seed_con):
    rows = seed_con.execute(
        "select origin_country, host_country, headcount, location, status from marts.fct_deployments "
        "where personnel_type = 'engineers' and headcount = 6000"
    ).fetchall()
    assert rows == [("PRK", "RUS", 6000.0, "Kursk", "reported")]  # headline, bullet and body: one fact


def test_shell_shipments(seed_con):
    rows = set(
        seed_con.execute(
            "select quantity, quantity_low, quantity_high, per_period, claimed_by from marts.fct_shipments "
            "where item = 'artillery_shell' and origin_country = 'PRK' and destination_country = 'RUS' and quantity is not null"
        ).fetchall()
    )
    assert (12e6, 12e6, 12e6, None, None) in rows
    assert (3e6, 3e6, None, None, "Pentagon") in rows
    assert (260000.0, None, 260000.0, "month", "Ukraine's Foreign Intelligence Service") in rows
    vague = one(
        seed_con,
        "select quantity, quantity_low, quantity_high from marts.fct_shipments where item = 'ballistic_missile' and quantity_low is not null",
    )
    assert vague == (None, 24.0, 99.0)


def test_currency_arrangements(seed_con):
    rows = set(
        seed_con.execute(
            "select mechanism, currencies, share_low, share_high from marts.fct_currency_arrangements"
        ).fetchall()
    )
    assert rows == {("direct_bank_settlement", "KPW,RUB", None, None), ("wage_remittance", None, 70.0, 90.0)}


def test_relative_dates_resolve_against_publication(seed_con):
    row = one(
        seed_con,
        "select period_start, period_end, date_precision from marts.fct_deployments where headcount_low = 10000",
    )
    assert row == (None, None, None)
    # articles without a publication date keep relative dates null
    assert (
        seed_con.execute(
            "select count(*) from marts.fct_currency_arrangements where mechanism = 'direct_bank_settlement' and period_start is null"
        ).fetchone()[0]
        == 1
    )


def test_evidence_offsets_slice_the_body(seed_con):
    bad = seed_con.execute("""
        select f.fact_id from (
            select fact_id, article_id, evidence_text, evidence_start, evidence_end from marts.fct_shipments
            union all select fact_id, article_id, evidence_text, evidence_start, evidence_end from marts.fct_deployments
            union all select fact_id, article_id, evidence_text, evidence_start, evidence_end from marts.fct_infrastructure_specs
            union all select fact_id, article_id, evidence_text, evidence_start, evidence_end from marts.fct_currency_arrangements
        ) f join marts.dim_articles a using (article_id)
        where substr(a.body_text, f.evidence_start + 1, f.evidence_end - f.evidence_start) <> f.evidence_text
    """).fetchall()
    assert bad == []


def test_parquet_export_matches_marts(seed_build, seed_con):
    parquet = seed_build["warehouse"].parent / "warehouse.duckdb.parts" / "parquet"
    assert parquet.is_symlink()
    for table in ("fct_shipments", "dim_articles", "rejected_articles"):
        path = parquet / f"{table}.parquet"
        assert (
            seed_con.execute(f"select count(*) from read_parquet('{path}')").fetchone()[0]
            == seed_con.execute(f"select count(*) from marts.{table}").fetchone()[0]
        )


def test_summary_reports_counts(seed_build, seed_con):
    summary = seed_build["summary"]
    assert summary.articles == 4 and summary.rejected == []
    assert (
        summary.facts["fct_shipments"]
        == seed_con.execute("select count(*) from marts.fct_shipments").fetchone()[0]
    )
    assert summary.checks_passed > 50 and summary.failed_checks == []
    text = "\n".join(summary.lines())
    assert "SUCCESS" in text and "facts: fct_shipments" in text
