"""The checks can fail: corrupted copies of marts fail the matching GX suite and dbt test, naming the rows;
and a run whose blocking check fails (too many facts quarantined) publishes nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
from conftest import ROOT, run_pipeline

from dagster_project.quality.gx_suites import run_suite


def _corrupt_copy(seed_build, tmp_path) -> tuple[Path, dict]:
    copy = tmp_path / "corrupt.duckdb"
    shutil.copy(seed_build["warehouse"], copy)
    con = duckdb.connect(str(copy))
    try:
        ids = {}
        ids["unit"] = con.execute(
            "select fact_id from marts.fct_shipments where unit = 'item' order by fact_id limit 1"
        ).fetchone()[0]
        con.execute("update marts.fct_shipments set unit = 'furlongs' where fact_id = ?", [ids["unit"]])
        ids["date"] = con.execute(
            "select f.fact_id from marts.fct_deployments f join marts.dim_articles a using (article_id) "
            "where a.published_date is not null and f.status = 'reported' order by 1 limit 1"
        ).fetchone()[0]
        con.execute(
            "update marts.fct_deployments set period_start = date '2030-01-01', period_end = date '2030-01-31' where fact_id = ?",
            [ids["date"]],
        )
        ids["offset"] = con.execute(
            "select fact_id from marts.fct_currency_arrangements order by 1 limit 1"
        ).fetchone()[0]
        con.execute(
            "update marts.fct_currency_arrangements set evidence_start = evidence_start + 3 where fact_id = ?",
            [ids["offset"]],
        )
    finally:
        con.close()
    return copy, ids


def test_gx_suites_fail_on_corrupted_marts_and_name_the_rows(seed_build, tmp_path):
    copy, ids = _corrupt_copy(seed_build, tmp_path)
    shipments = run_suite(copy, "fct_shipments")
    assert not shipments.success
    assert ids["unit"] in shipments.message() and "furlongs" in shipments.message()
    deployments = run_suite(copy, "fct_deployments")
    assert not deployments.success
    failing = {f["column"] for f in deployments.failures}
    assert "reported_not_after_publication" in failing and ids["date"] in deployments.message()
    currency = run_suite(copy, "fct_currency_arrangements")
    assert not currency.success and ids["offset"] in currency.message()
    assert {f["column"] for f in currency.failures} == {"evidence_verified"}
    # the untouched marts still pass
    assert run_suite(copy, "fct_infrastructure_specs").success


def test_dbt_tests_fail_on_corrupted_marts(seed_build, tmp_path):
    copy, ids = _corrupt_copy(seed_build, tmp_path)
    dbt = Path(sys.executable).parent / "dbt"
    proc = subprocess.run(
        [
            str(dbt),
            "test",
            "--profiles-dir",
            ".",
            "--vars",
            json.dumps({"warehouse_path": str(copy)}),
            "--select",
            "fct_shipments fct_deployments fct_currency_arrangements",
            "--target-path",
            str(tmp_path / "target"),
        ],
        cwd=ROOT / "dbt",
        capture_output=True,
        text=True,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "accepted_values_fct_shipments_unit" in out
    assert "assert_reported_not_after_publication" in out
    assert "assert_evidence_offsets_verify" in out


def test_a_failing_blocking_check_publishes_nothing(tmp_path, dagster_instance):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "ok.txt").write_text(
        "North Korea has sent 1,200 engineers to Russia, officials said.\n", encoding="utf-8"
    )
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    first, summary = run_pipeline(articles, warehouse, dagster_instance)
    assert summary.published
    served_before = warehouse.read_bytes()
    # A 1990 article whose six facts are all dated 2031, beyond publication + 15 years: one such fact
    # would only be quarantined, but six of seven facts quarantined is a systemic fault that blocks.
    (articles / "old.txt").write_text(
        " ".join(
            f"North Korea will send {n:,} troops to Russia in 2031, officials said."
            for n in (1100, 1200, 1300, 1400, 1500, 1600)
        )
        + "\n",
        encoding="utf-8",
    )
    (articles / "old.meta.json").write_text(json.dumps({"published_date": "1990-05-01"}), encoding="utf-8")
    second, summary = run_pipeline(articles, warehouse, dagster_instance)
    assert not second.success and not summary.published
    assert any("assert_quarantine_share_below_limit" in name for _, name, _ in summary.failed_checks), (
        summary.lines()
    )
    assert warehouse.read_bytes() == served_before
    assert summary.failed_build is not None and summary.failed_build.exists()
    assert not list((warehouse.parent / "warehouse.duckdb.parts" / "builds").glob("[!f]*.duckdb"))
