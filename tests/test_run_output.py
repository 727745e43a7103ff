"""``make run`` is quiet: one progress line per stage with counts, the summary last, the full log
(Dagster and dbt) in a file that is shown only when the run fails; ``--verbose`` prints everything."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import ROOT, copy_seeds


def _cli(articles, warehouse, home, *extra):
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "ARTICLES_DIR": str(articles),
        "WAREHOUSE_PATH": str(warehouse),
    }
    env.pop("LOG_LEVEL", None)
    return subprocess.run(
        [sys.executable, "-m", "dagster_project.cli", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_quiet_run_prints_progress_then_summary_and_shows_the_log_only_on_failure(tmp_path):
    articles = copy_seeds(tmp_path / "articles")
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")

    done = _cli(articles, warehouse, home)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) <= 16, done.stdout
    assert done.stderr.strip() == "", done.stderr
    assert not any("START sql" in line or " - dagster - " in line for line in lines)
    stages = [line.split(":")[0].strip() for line in lines if line.startswith("  ") and ":" in line]
    assert stages[:5] == ["read", "extract", "dbt", "checks (GX suites, files)", "publish"], lines
    read = next(line for line in lines if line.startswith("  read:"))
    files = len([p for p in articles.iterdir() if not p.name.endswith(".meta.json")])
    assert read.startswith(f"  read: {files} article(s)")
    extract = next(line for line in lines if line.startswith("  extract:"))
    assert extract.startswith(f"  extract: {files} article(s) extracted, 0 reused")
    dbt = next(line for line in lines if line.startswith("  dbt:"))
    built, seeds, passed, failed = map(int, re.findall(r"(\d+) ", dbt)[:4])
    assert built >= 11 and seeds >= 1 and passed > 50 and failed == 0
    summary_at = next(i for i, line in enumerate(lines) if line.startswith("Warehouse build"))
    assert "SUCCESS" in lines[summary_at] and summary_at > lines.index(dbt)
    checks = next(line for line in lines[summary_at:] if line.startswith("  checks:"))
    total_passed = int(re.search(r"(\d+) passed", checks).group(1))
    gx = next(line for line in lines if line.startswith("  checks (GX"))
    assert total_passed == passed + int(re.search(r"(\d+) passed", gx).group(1))
    log_line = next(line for line in lines if "full log" in line)
    log_path = log_line.split(": ", 1)[1]
    log_text = open(log_path, encoding="utf-8").read()
    assert (
        "START sql table model" in log_text
        and "STEP_SUCCESS" in log_text
        or "Finished dbt command" in log_text
    )

    # A run-level fault (a row-level rule would only quarantine a fact): ARTICLES_DIR is gone.
    # The tail of the log is shown, then the summary; the previous warehouse stays served.
    missing = tmp_path / "articles-typo"
    failed_run = _cli(missing, warehouse, home)
    assert failed_run.returncode == 1
    out = failed_run.stdout
    assert "--- last lines of the run's log" in out
    assert (
        out.index("--- last lines") < out.index("Warehouse build")
        and "FAILED" in out.split("Warehouse build")[1]
    )
    assert "NOT published" in out


def test_verbose_prints_the_whole_log(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("North Korea has sent 1,200 engineers to Russia, officials said.\n")
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    done = _cli(articles, tmp_path / "wh" / "warehouse.duckdb", home, "--verbose")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    everything = done.stdout + done.stderr
    assert "START sql table model" in everything
    assert "- dagster - INFO - build_warehouse -" in everything
    assert done.stdout.rstrip().splitlines()[-1].startswith("  published:")
