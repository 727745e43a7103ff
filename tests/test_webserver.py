"""The real Dagster webserver serves the asset graph (started here, stopped by its process group)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

QUERY = "{ assetNodes { assetKey { path } dependencyKeys { path } } }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def webserver(tmp_path):
    port = _free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(tmp_path),
        "ARTICLES_DIR": str(tmp_path / "a"),
        "WAREHOUSE_PATH": str(tmp_path / "w.duckdb"),
    }
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    exe = Path(sys.executable).parent / "dagster-webserver"
    proc = subprocess.Popen(
        [str(exe), "-h", "127.0.0.1", "-p", str(port), "-m", "dagster_project.definitions"],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2)
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("webserver exited") from None
                time.sleep(1)
        yield port
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_webserver_serves_lineage_from_files_to_marts(webserver):
    request = urllib.request.Request(
        f"http://127.0.0.1:{webserver}/graphql",
        data=json.dumps({"query": QUERY}).encode(),
        headers={"Content-Type": "application/json"},
    )
    for _ in range(30):
        payload = json.loads(urllib.request.urlopen(request, timeout=30).read())
        nodes = (payload.get("data") or {}).get("assetNodes") or []
        if nodes:
            break
        time.sleep(1)
    deps = {
        "/".join(n["assetKey"]["path"]): {"/".join(d["path"]) for d in n["dependencyKeys"]} for n in nodes
    }
    assert "raw/articles" in deps and "warehouse/published" in deps
    assert "raw/articles" in deps["staging/stg_articles"]
    assert "raw/extracted_facts" in deps["staging/stg_extracted_facts"]
    assert "marts/fct_shipments" in deps["warehouse/published"]
