"""The claims ledger on written articles (tests/claims_articles, in our own words), with real pipeline runs.

Three runs into one warehouse: (1) no corrections; (2) corrections added with the `make correct` CLI
(reject, set a quantity, add a fact); (3) a new extractor version and one corrected article removed.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path
from unittest import mock

import duckdb
import pytest
from conftest import run_pipeline

from dagster_project.claims import correct
from dagster_project.claims.corrections import read_corrections

# One group under pytest-xdist: the module fixtures below build warehouses once.
pytestmark = pytest.mark.xdist_group("claims_ledger")

ARTICLES = Path(__file__).resolve().parent / "claims_articles"
SHELLS = "North Korean artillery shells to Russia, cumulative"
RATE = "North Korean artillery shells to Russia, per month"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory, dagster_instance):
    root = tmp_path_factory.mktemp("claims")
    articles = root / "articles"
    shutil.copytree(ARTICLES, articles)
    corrections = root / "corrections.csv"
    warehouse = root / "wh" / "warehouse.duckdb"
    previous = os.environ.get("CORRECTIONS_PATH")
    os.environ["CORRECTIONS_PATH"] = str(corrections)
    state = {"articles": articles, "corrections": corrections, "warehouse": warehouse, "runs": {}}
    try:
        result, summary = run_pipeline(articles, warehouse, dagster_instance)
        assert result.success and summary.published, summary.lines()
        state["runs"][1] = (summary, _snapshot(warehouse))
        yield state
    finally:
        if previous is None:
            os.environ.pop("CORRECTIONS_PATH", None)
        else:
            os.environ["CORRECTIONS_PATH"] = previous


def _snapshot(warehouse: Path) -> Path:
    copy = warehouse.with_name(f"snapshot-{len(list(warehouse.parent.glob('snapshot-*')))}.duckdb")
    shutil.copy2(warehouse, copy)
    return copy


def _q(path: Path, sql: str, params=None):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _claims(path: Path, label: str):
    return _q(
        path,
        "select c.claimed_by, c.as_of_date, c.value, c.status, c.n_articles, c.n_outlets, c.claimant_type "
        "from marts.fct_claims c join marts.dim_measures m using (measure_id) where m.label = ? "
        "order by c.as_of_date, c.claimed_by",
        [label],
    )


def _fact(path: Path, source: str, item: str, per_period: str | None = None):
    rows = _q(
        path,
        "select s.fact_id, s.quantity from marts.fct_shipments s join marts.dim_articles a using (article_id) "
        "where a.source_path = ? and s.item = ? and s.per_period is not distinct from ?",
        [source, item, per_period],
    )
    assert len(rows) == 1, rows
    return rows[0]


def test_syndicated_copies_are_marked_and_kept(ledger):
    wh = ledger["runs"][1][1]
    rows = dict(_q(wh, "select source_path, duplicate_of from marts.dim_articles"))
    ids = dict(_q(wh, "select source_path, article_id from marts.dim_articles"))
    assert rows["f_wire_outlet2.txt"] == ids["f_wire_outlet1.txt"]
    assert rows["f_wire_outlet1.txt"] is None
    # the restatement repeats one sentence of another article, not the story: not a near-duplicate
    assert rows["g_restatement_2025.txt"] is None and rows["a_nis_2023.txt"] is None
    (similarity,) = _q(
        wh, "select similarity from marts.dim_articles where source_path = 'f_wire_outlet2.txt'"
    )[0]
    assert 0.5 <= similarity < 1.0
    assert len(rows) == 10


def test_claims_of_the_shell_total(ledger):
    wh = ledger["runs"][1][1]
    claims = _claims(wh, SHELLS)
    by_claimant = {c[0]: c for c in claims}
    assert [c[0] for c in claims] == [
        "National Intelligence Service",
        "Ministry of Defence",
        "Pentagon",
        "Joint Chiefs of Staff",
        "Ukrainian military intelligence (HUR)",
    ]
    # restated by a later article with the same figure and as-of date: one claim, two articles
    nis = by_claimant["National Intelligence Service"]
    assert (str(nis[1]), nis[2], nis[4], nis[5], nis[6]) == ("2023-10-31", 1e6, 2, 2, "intelligence")
    # one wire story in two outlets: one claim, two outlets, dated by the original story
    hur = by_claimant["Ukrainian military intelligence (HUR)"]
    assert (str(hur[1]), hur[2], hur[4], hur[5]) == ("2025-02-10", 12e6, 2, 2)
    # two claimants with the same figure are two claims
    assert by_claimant["Pentagon"][2] == nis[2] == 1e6
    assert by_claimant["Joint Chiefs of Staff"][6] == "military"
    (reports,) = _q(
        wh,
        "select n_independent_reports from marts.fct_claims where claimed_by = 'Ukrainian military intelligence (HUR)'",
    )[0]
    assert reports == 1


def test_rate_and_total_are_separate_measures(ledger):
    wh = ledger["runs"][1][1]
    measures = dict(
        _q(wh, "select label, per_period from marts.dim_measures where subject = 'artillery_shell'")
    )
    assert measures == {SHELLS: None, RATE: "month"}
    assert [(c[0], c[2]) for c in _claims(wh, RATE)] == [("Joint Chiefs of Staff", 200000.0)]


def test_every_fact_in_exactly_one_claim(ledger):
    wh = ledger["runs"][1][1]
    facts = _q(
        wh,
        "select fact_id from marts.fct_shipments union all select fact_id from marts.fct_deployments "
        "union all select fact_id from marts.fct_infrastructure_specs union all select fact_id from marts.fct_currency_arrangements",
    )
    bridge = _q(wh, "select fact_id, count(*) from marts.bridge_claim_facts group by 1")
    assert sorted(f for (f,) in facts) == sorted(f for f, _ in bridge)
    assert all(n == 1 for _, n in bridge)


def test_latest_estimate_and_conflict(ledger):
    wh = ledger["runs"][1][1]
    timeline = _q(
        wh,
        "select t.month, t.latest_claimed_by, t.latest_value, t.latest_value_low, t.latest_value_high, t.n_claims, t.conflict "
        "from marts.fct_measure_timeline t join marts.dim_measures m using (measure_id) where m.label = ? order by month",
        [SHELLS],
    )
    months = {str(r[0]): r for r in timeline}
    last = timeline[-1]
    assert (str(last[0]), last[1], last[2]) == ("2025-02-01", "Ukrainian military intelligence (HUR)", 12e6)
    assert (last[3], last[4], last[5]) == (1e6, 12e6, 5)
    # the ministry's 3 million and the Pentagon's 1 million, both reported in March 2024, do not overlap
    assert [m for m, r in months.items() if r[6]] == ["2024-03-01"]
    assert months["2024-06-01"][1:3] == ("Joint Chiefs of Staff", 6e6)
    # month by month with no gap
    assert len(timeline) == 17


def test_the_bridge_under_three_names_is_one_project(ledger):
    wh = ledger["runs"][1][1]
    rows = _q(
        wh,
        "select distinct s.project, s.project_id, s.canonical_project from marts.fct_infrastructure_specs s order by 1",
    )
    assert {r[0] for r in rows} == {
        "Khasan–Tumangang road bridge",
        "Russia–North Korea road bridge",
        "Tumangang–Khasan road crossing",
    }
    assert len({r[1] for r in rows}) == 1 and {r[2] for r in rows} == {"Khasan–Tumangang road bridge"}
    # span and length reconciled: one measure, three claimants, 1,000 m each
    claims = _claims(wh, "Khasan–Tumangang road bridge, length (m)")
    assert [(c[0], c[2]) for c in claims] == [("Kremlin", 1000.0), ("TASS", 1000.0), ("Interfax", 1000.0)]


@pytest.fixture(scope="module")
def corrected(ledger, dagster_instance):
    """Run 2: reject the troops fact, set the monthly rate to 250,000, add a missed rocket delivery."""
    wh, csv = ledger["warehouse"], ledger["corrections"]
    base = ["--file", str(csv), "--warehouse", str(wh), "--by", "analyst.a", "--at", "2026-01-05T10:00:00Z"]
    troops = _q(
        wh,
        "select d.fact_id from marts.fct_deployments d join marts.dim_articles a using (article_id) "
        "where a.source_path = 'c_jcs_2024.txt'",
    )
    assert len(troops) == 1
    assert (
        correct.main(
            ["reject", "--fact-id", troops[0][0], "--id", "r1", "--note", "a lawmaker's aside"] + base
        )
        == 0
    )
    rate_id, _ = _fact(wh, "c_jcs_2024.txt", "artillery_shell", "month")
    for i, name in enumerate(("quantity", "quantity_low", "quantity_high")):
        args = ["set", "--fact-id", rate_id, "--field", name, "--value", "250000", "--id", f"s{i}"]
        assert correct.main(args + ["--note", "the briefing transcript says 250,000"] + base) == 0
    (article_id,) = _q(
        wh, "select article_id from marts.dim_articles where source_path = 'e_pentagon_2024.txt'"
    )[0]
    sentence = "Officials declined to give a figure for rockets delivered over the winter."
    fields = ["item=rocket", "item_category=munitions", "origin_country=PRK", "destination_country=RUS"]
    fields += ["quantity=500", "quantity_low=500", "quantity_high=500", "unit=item", "claimed_by=Pentagon"]
    args = [
        "add",
        "--article-id",
        article_id,
        "--evidence",
        sentence,
        "--fact-type",
        "shipment",
        "--id",
        "a1",
    ]
    assert (
        correct.main(
            args
            + [x for f in fields for x in ("--set", f)]
            + ["--note", "figure given off the record"]
            + base
        )
        == 0
    )
    # refused: no note, unknown field, a fact id that does not exist
    assert correct.main(["reject", "--fact-id", troops[0][0], "--id", "bad1"] + base) == 1
    assert (
        correct.main(
            [
                "set",
                "--fact-id",
                rate_id,
                "--field",
                "colour",
                "--value",
                "red",
                "--id",
                "bad2",
                "--note",
                "x",
            ]
            + base
        )
        == 1
    )
    assert correct.main(["reject", "--fact-id", "nope", "--id", "bad3", "--note", "x"] + base) == 1
    assert len(read_corrections(csv)) == 1 + 3 + 1 + len(fields)
    result, summary = run_pipeline(ledger["articles"], wh, dagster_instance)
    assert result.success and summary.published, summary.lines()
    ledger["runs"][2] = (summary, _snapshot(wh))
    return ledger


def _check_corrections_applied(wh: Path):
    assert _q(wh, "select count(*) from marts.fct_deployments")[0][0] == 0
    rate = _q(
        wh,
        "select quantity, quantity_low, quantity_high, corrected_by, correction_note from marts.fct_shipments "
        "where per_period = 'month'",
    )
    assert rate == [
        (
            250000.0,
            250000.0,
            250000.0,
            "analyst.a",
            "the briefing transcript says 250,000; " * 2 + "the briefing transcript says 250,000",
        )
    ]
    assert [(c[0], c[2]) for c in _claims(wh, RATE)] == [("Joint Chiefs of Staff", 250000.0)]
    added = _q(
        wh,
        "select s.item, s.quantity, s.claimed_by, s.evidence_text, s.corrected_by from marts.fct_shipments s "
        "join marts.dim_articles a using (article_id) where a.source_path = 'e_pentagon_2024.txt' and s.item = 'rocket'",
    )
    assert added == [
        (
            "rocket",
            500.0,
            "Pentagon",
            "Officials declined to give a figure for rockets delivered over the winter.",
            "analyst.a",
        )
    ]
    assert _claims(wh, "North Korean rockets to Russia, cumulative")[0][:3] == (
        "Pentagon",
        date(2024, 3, 20),
        500.0,
    )
    uncorrected = _q(
        wh,
        "select count(*) from marts.fct_shipments where corrected_by is null and item = 'artillery_shell' and per_period is null",
    )
    assert uncorrected[0][0] == 7


def test_corrections_apply(corrected):
    summary, wh = corrected["runs"][2]
    _check_corrections_applied(wh)
    log = _q(wh, "select correction_id, action, applied from marts.correction_log order by csv_row")
    assert all(applied for _, _, applied in log) and len(log) == 14
    assert "14 applied, 0 no longer apply" in "\n".join(summary.lines())


@pytest.fixture(scope="module")
def upgraded(corrected, dagster_instance):
    """Run 3: a new extractor version (every article re-extracted) and the corrected Pentagon article removed."""
    (corrected["articles"] / "e_pentagon_2024.txt").unlink()
    (corrected["articles"] / "e_pentagon_2024.meta.json").unlink()
    with mock.patch("dagster_project.assets.raw.extractor_version", return_value="upgraded-test-version"):
        result, summary = run_pipeline(corrected["articles"], corrected["warehouse"], dagster_instance)
    assert result.success and summary.published, summary.lines()
    corrected["runs"][3] = (summary, _snapshot(corrected["warehouse"]))
    return corrected


def test_corrections_survive_an_extractor_upgrade(upgraded):
    summary, wh = upgraded["runs"][3]
    versions = _q(wh, "select distinct extractor_version from raw.extraction_log")
    assert versions == [("upgraded-test-version",)]
    assert _q(wh, "select count(*) from marts.fct_deployments")[0][0] == 0
    assert [(c[0], c[2]) for c in _claims(wh, RATE)] == [("Joint Chiefs of Staff", 250000.0)]


def test_correction_of_a_removed_article_is_reported(upgraded):
    summary, wh = upgraded["runs"][3]
    log = _q(
        wh, "select correction_id, applied, not_applied_reason from marts.correction_log where not applied"
    )
    assert {cid for cid, _, _ in log} == {"a1"} | {f"a1.{i}" for i in range(1, 10)}
    assert all("article not found" in why for _, _, why in log)
    text = "\n".join(summary.lines())
    assert "4 applied, 10 no longer apply" in text and "WARNING correction a1:" in text
    assert any(name == "warn_corrections_not_applied" for _, name, _ in summary.failed_checks)
    assert summary.published
