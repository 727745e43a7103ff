"""The static report written after publish: a self-contained folder opened from disk in headless
Chromium draws its charts without console errors, and a click opens the right evidence."""

from __future__ import annotations

import re

import duckdb
from browser import artifact, chromium_page

from dagster_project.report import report_link
from dagster_project.report.data import load_bundle


def test_report_is_published_beside_the_warehouse_and_self_contained(seed_build):
    index = report_link(seed_build["warehouse"]) / "index.html"
    assert index.exists() and index.parent.is_symlink()
    assert seed_build["summary"].report == index
    assert f"report: {index}" in "\n".join(seed_build["summary"].lines())
    for path in index.parent.iterdir():
        text = path.read_text(encoding="utf-8")
        # Offline: nothing is loaded from the network.
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), path.name


def test_report_draws_charts_and_a_click_opens_the_right_evidence(seed_build):
    warehouse = seed_build["warehouse"]
    index = report_link(warehouse) / "index.html"
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        n_facts = sum(
            con.execute(f"select count(*) from marts.{t}").fetchone()[0]
            for t in (
                "fct_shipments",
                "fct_deployments",
                "fct_infrastructure_specs",
                "fct_currency_arrangements",
            )
        )
        with chromium_page() as page:
            page.goto(index.as_uri())
            page.wait_for_selector("body[data-ready=true]", timeout=30_000)
            assert f"{n_facts} facts" in page.inner_text("#summary")
            points = page.locator("svg .point")
            assert points.count() >= 3
            assert page.locator("#latest tbody tr").count() >= 3
            n_claims = con.execute("select count(*) from marts.fct_claims").fetchone()[0]
            assert page.locator("#claims tbody tr").count() == n_claims
            page.screenshot(path=artifact("report.png"), full_page=True)

            for locator in (points.nth(points.count() - 1), page.locator("#latest tbody tr").first):
                fact_id = locator.get_attribute("data-fact-id")
                locator.click()
                panel = page.locator("#evidence")
                assert panel.is_visible() and panel.get_attribute("data-fact-id") == fact_id
                row = con.execute(
                    """
                    select f.evidence_text, coalesce(f.claimed_by, 'unattributed'), f.status, a.body_text
                    from (select fact_id, article_id, evidence_text, claimed_by, status from marts.fct_shipments
                          union all select fact_id, article_id, evidence_text, claimed_by, status from marts.fct_deployments
                          union all select fact_id, article_id, evidence_text, claimed_by, status from marts.fct_infrastructure_specs
                          union all select fact_id, article_id, evidence_text, claimed_by, status from marts.fct_currency_arrangements) f
                    join marts.dim_articles a using (article_id) where f.fact_id = ?""",
                    [fact_id],
                ).fetchone()
                evidence, claimant, status, body = row
                assert page.inner_text("#ev-text mark") == evidence
                assert page.inner_text("#ev-text").replace("\n", "") == body.replace("\n", "")
                assert page.inner_text("[data-field=claimant]").startswith(claimant)
                assert page.inner_text("[data-field=status]") == status
            page.screenshot(path=artifact("report-evidence.png"), full_page=True)
            assert page.errors == []
    finally:
        con.close()


def test_report_shows_the_claims_ledger_of_the_warehouse(seed_build):
    """The report's claims, latest estimates and conflicts are the marts', not a second computation."""
    warehouse = seed_build["warehouse"]
    bundle = load_bundle(warehouse)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        claims = dict(con.execute("select claim_id, n_facts from marts.fct_claims").fetchall())
        bridge = con.execute("select claim_id, fact_id from marts.bridge_claim_facts").fetchall()
        latest = con.execute(
            """select measure_id, latest_claim_id from marts.fct_measure_timeline where latest_claim_id is not null
               qualify row_number() over (partition by measure_id order by month desc) = 1"""
        ).fetchall()
        n_conflict_months = con.execute(
            "select count(*) from marts.fct_measure_timeline where conflict"
        ).fetchone()[0]
    finally:
        con.close()
    assert len(claims) >= 10
    assert {c["claim_id"]: len(c["fact_ids"]) for c in bundle["claims"]} == claims
    facts = {f["fact_id"]: f for f in bundle["facts"]}
    assert all(facts[fact_id]["claim_id"] == claim_id for claim_id, fact_id in bridge)
    assert sorted((r["measure_id"], r["claim_id"]) for r in bundle["latest"]) == sorted(latest)
    assert len(bundle["conflicts"]) == n_conflict_months
