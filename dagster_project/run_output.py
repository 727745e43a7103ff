"""Quiet output for ``make run``: the run's full log (Dagster and dbt) goes to a file, and one
progress line per stage is printed from the run's events as they happen.

``captured_output`` redirects the process's stdout and stderr file descriptors (so dbt's
subprocess output is caught too) and hands back a writer to the real terminal; ``Progress`` is an
event listener for ``DagsterInstance.add_event_listener`` that turns step events into lines.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

KEEP_LOGS = 20


def log_file_for(run_id: str) -> Path:
    """``$DAGSTER_HOME/logs/run-<id>.log`` (the project's own folder), else the temp folder."""
    home = os.environ.get("DAGSTER_HOME")
    base = Path(home) / "logs" if home else Path(os.environ.get("TMPDIR", "/tmp")) / "rusdprk-run-logs"
    base.mkdir(parents=True, exist_ok=True)
    old = sorted(base.glob("run-*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in old[KEEP_LOGS - 1 :]:
        stale.unlink(missing_ok=True)  # only files this module created (run-*.log in its folder)
    return base / f"run-{run_id}.log"


@contextlib.contextmanager
def captured_output(log_path: Path) -> Iterator[Callable[[str], None]]:
    """Send fds 1 and 2 to ``log_path``; yields a function that prints a line on the real stdout."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved_out, saved_err = os.dup(1), os.dup(2)
    terminal = os.fdopen(os.dup(saved_out), "w", buffering=1, encoding="utf-8", errors="replace")
    with open(log_path, "ab") as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            yield lambda line: print(line, file=terminal, flush=True)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved_out, 1)
            os.dup2(saved_err, 2)
            os.close(saved_out)
            os.close(saved_err)
            terminal.close()


def tail(path: Path, lines: int = 60) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return text.splitlines()[-lines:]


def _meta(event) -> dict:
    data = event.event_specific_data
    materialization = getattr(data, "materialization", None)
    if materialization is None:
        return {}
    return {k: getattr(v, "value", v) for k, v in (materialization.metadata or {}).items()}


class Progress:
    """Event listener printing one line per stage: read, extract, dbt, checks, publish."""

    def __init__(self, emit: Callable[[str], None]):
        self.emit = emit
        self.started = time.monotonic()
        self.step_started: dict[str, float] = {}
        self.materialized: dict[str, list[tuple[list[str], dict]]] = {}
        self.checks: dict[str, list[bool]] = {}
        self.checks_reported = False

    def _elapsed(self, step: str) -> str:
        return f"{time.monotonic() - self.step_started.get(step, self.started):.1f} s"

    def __call__(self, entry) -> None:
        event = entry.dagster_event
        if event is None:
            return
        step = event.step_key or ""
        kind = event.event_type_value
        if kind == "STEP_START":
            self.step_started[step] = time.monotonic()
            if "publish" in step:
                self._report_checks()
        elif kind == "ASSET_MATERIALIZATION":
            self.materialized.setdefault(step, []).append((event.asset_key.path, _meta(event)))
        elif kind == "ASSET_CHECK_EVALUATION":
            self.checks.setdefault(step, []).append(bool(event.event_specific_data.passed))
        elif kind == "STEP_SUCCESS":
            line = self._line(step)
            if line:
                self.emit(line)
        elif kind == "STEP_FAILURE":
            error = event.event_specific_data.error
            message = (error.message.strip().splitlines() or [""])[0] if error else ""
            self.emit(f"  {step}: FAILED after {self._elapsed(step)}: {message[:200]}")
        elif kind in ("RUN_SUCCESS", "RUN_FAILURE"):
            self._report_checks()

    def _report_checks(self) -> None:
        if self.checks_reported or not self.checks:
            return
        self.checks_reported = True
        results = [
            passed
            for step, found in self.checks.items()
            if not step.startswith("warehouse_dbt")
            for passed in found
        ]
        if results:
            self.emit(f"  checks (GX suites, files): {sum(results)} passed, {results.count(False)} failed")

    def _line(self, step: str) -> str:
        assets = self.materialized.get(step, [])
        meta = {"/".join(key): m for key, m in assets}
        took = self._elapsed(step)
        if "raw/articles" in meta:
            articles = meta["raw/articles"].get("articles", "?")
            rejected = meta.get("raw/rejected_articles", {}).get("rejected", 0)
            new = meta["raw/articles"].get("new_articles", "?")
            return f"  read: {articles} article(s) ({new} new), {rejected} rejected [{took}]"
        if "raw/extracted_facts" in meta:
            m = meta["raw/extracted_facts"]
            return (
                f"  extract: {m.get('articles_extracted', '?')} article(s) extracted, "
                f"{m.get('articles_reused', '?')} reused, {m.get('facts_from_extracted', '?')} new fact(s) [{took}]"
            )
        if "warehouse/published" in meta:
            tables = meta["warehouse/published"].get("tables") or []
            return f"  publish: {len(tables)} marts served, Parquet exported [{took}]"
        checks = self.checks.get(step, [])
        if len(assets) > 1 or step.startswith("warehouse_dbt"):
            seeds = sum(1 for key, _ in assets if key[0] == "reference")
            passed = sum(checks)
            return (
                f"  dbt: {len(assets) - seeds} model(s) and {seeds} seed(s) built, "
                f"{passed} test(s) passed, {len(checks) - passed} failed [{took}]"
            )
        return ""
