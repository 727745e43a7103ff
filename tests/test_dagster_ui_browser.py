"""The Dagster UI in a real browser: `dagster dev` over an already built folder starts no sensor run;
the build_warehouse job launched from the asset graph succeeds (screenshots in test-artifacts/)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browser import artifact, chromium_page, free_port, stop_group, wait_for_http
from conftest import ROOT, copy_seeds, run_pipeline
from playwright.sync_api import TimeoutError as PlaywrightTimeout

LOCATION = "dagster_project.definitions"
SENSOR_QUERY = """
query ($selector: SensorSelector!) {
  sensorOrError(sensorSelector: $selector) {
    __typename
    ... on Sensor { sensorState { status ticks(limit: 10) { status skipReason runIds } } }
  }
}"""
RUNS_QUERY = "{ runsOrError { __typename ... on Runs { results { runId status jobName } } } }"


def _graphql(port: int, query: str, variables: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    payload = json.loads(urllib.request.urlopen(request, timeout=30).read())
    assert "errors" not in payload, payload
    return payload["data"]


def _runs(port: int) -> list[dict]:
    return _graphql(port, RUNS_QUERY)["runsOrError"]["results"]


def _sensor_ticks(port: int) -> list[dict]:
    selector = {
        "repositoryLocationName": LOCATION,
        "repositoryName": "__repository__",
        "sensorName": "new_articles_sensor",
    }
    data = _graphql(port, SENSOR_QUERY, {"selector": selector})["sensorOrError"]
    assert data["__typename"] == "Sensor", data
    return data["sensorState"]["ticks"]


@pytest.fixture
def dagster_dev_over_built_folder(tmp_path, dagster_instance):
    articles = copy_seeds(tmp_path / "articles")
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    result, summary = run_pipeline(articles, warehouse, dagster_instance)
    assert result.success and summary.published, summary.lines()
    home = tmp_path / "dagster_home"  # a fresh instance: the sensor has no cursor yet
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "scripts" / "dagster.yaml").read_text())
    port = free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "ARTICLES_DIR": str(articles),
        "WAREHOUSE_PATH": str(warehouse),
    }
    log = (tmp_path / "dagster-dev.log").open("wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "dagster"), "dev", "-h", "127.0.0.1", "-p", str(port)]
        + ["-m", LOCATION],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/server_info", proc, timeout=180)
        yield {"port": port, "warehouse": warehouse, "log": tmp_path / "dagster-dev.log"}
    finally:
        stop_group(proc)
        log.close()


def _click_past_first_visit_dialog(page, button: str, timeout: float = 120) -> None:
    """Click ``button``; the first-visit newsletter dialog can fade in at any moment after the graph
    is drawn and then covers the page, so it is skipped whenever it shows and the click retried."""
    deadline = time.monotonic() + timeout
    while True:
        skip = page.get_by_role("button", name="Skip")
        if skip.count() and skip.first.is_visible():
            skip.first.click()
        try:
            page.get_by_role("button", name=button).click(timeout=5_000)
            return
        except PlaywrightTimeout:
            if time.monotonic() > deadline:
                raise


def test_ui_over_unchanged_folder_starts_no_run_and_launches_the_job(dagster_dev_over_built_folder):
    port = dagster_dev_over_built_folder["port"]
    served_before = dagster_dev_over_built_folder["warehouse"].stat().st_mtime_ns

    # The daemon evaluates the sensor soon after start: it must skip, not start a redundant run.
    deadline = time.monotonic() + 180
    ticks = []
    while time.monotonic() < deadline and not ticks:
        try:
            ticks = _sensor_ticks(port)
        except (OSError, AssertionError):
            ticks = []
        if not ticks:
            time.sleep(2)
    assert ticks, (
        "the sensor was not evaluated within 3 minutes: "
        + dagster_dev_over_built_folder["log"].read_text()[-2000:]
    )
    assert all(t["status"] == "SKIPPED" and not t["runIds"] for t in ticks), ticks
    assert "built from this very folder" in ticks[-1]["skipReason"]
    assert _runs(port) == []

    base = f"http://127.0.0.1:{port}"
    with chromium_page() as page:
        page.goto(f"{base}/locations/{LOCATION}/jobs/build_warehouse", wait_until="domcontentloaded")
        # The job's asset graph, drawn by groups (raw, staging, intermediate, ...).
        for group in ("raw", "staging", "intermediate"):
            page.get_by_text(group, exact=True).first.wait_for(timeout=120_000)
        _click_past_first_visit_dialog(page, "Materialize all")
        page.screenshot(path=artifact("dagster-ui-asset-graph.png"), full_page=True)
        deadline = time.monotonic() + 600
        runs = []
        while time.monotonic() < deadline:
            runs = _runs(port)
            if runs and runs[0]["status"] in ("SUCCESS", "FAILURE", "CANCELED"):
                break
            time.sleep(3)
        assert len(runs) == 1, runs  # the launched run and nothing else (no sensor run)
        run = runs[0]
        assert run["jobName"] == "build_warehouse" and run["status"] == "SUCCESS", run

        page.goto(f"{base}/runs/{run['runId']}", wait_until="domcontentloaded")
        page.get_by_text("Success", exact=True).first.wait_for(timeout=60_000)
        page.screenshot(path=artifact("dagster-ui-run-success.png"), full_page=True)

    assert dagster_dev_over_built_folder["warehouse"].stat().st_mtime_ns != served_before  # republished
