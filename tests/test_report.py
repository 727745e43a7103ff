"""The static report written after publish: a self-contained folder opened from disk in headless
Chromium draws its charts without console errors, and a click opens the right evidence."""

from __future__ import annotations

import re

import duckdb
from browser import artifact, chromium_page

from dagster_project.report import report_link
from dagster_project.report.data import _overlap


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


def test_conflict_rule_is_interval_overlap():
    a = {"value_low": 10, "value_high": 20}
    assert _overlap(a, {"value_low": 15, "value_high": 30})
    assert not _overlap(a, {"value_low": 21, "value_high": 30})
    assert _overlap(a, {"value_low": None, "value_high": 10})  # "up to 10" meets 10–20


def test_report_never_replaces_a_folder_it_did_not_create(tmp_path):
    import pytest

    from dagster_project.report import publish_report
    from dagster_project.warehouse import layout

    served = tmp_path / "warehouse.duckdb"
    beside = tmp_path / "report"  # a user's folder beside the warehouse: outside the owned folder
    beside.mkdir()
    (beside / "notes.txt").write_text("mine", encoding="utf-8")
    inside = layout.parts_dir(served) / "report"  # a real folder where the project keeps its link
    inside.mkdir()
    (inside / "notes.txt").write_text("mine too", encoding="utf-8")
    with pytest.raises(layout.NotOwnedError):
        publish_report(served, "r1")
    assert (beside / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (inside / "notes.txt").read_text(encoding="utf-8") == "mine too"
    assert not list(layout.parts_dir(served).glob(".report-incoming-*"))
