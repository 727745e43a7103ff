"""Extraction over many articles with a time budget per article, one failure never stopping the rest.

``extract_guarded`` runs the extractor in worker processes (forked, so the vocabularies and the
sentence splitter are already loaded); each article gets ``budget_seconds`` of wall time, after
which its worker is killed and replaced and the article is reported as ``extraction_timeout``. An
exception inside the extractor is reported as ``extraction_error`` for that article only. Works in
any process (no signals), so also inside Dagster's in-process executor.
"""

from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from datetime import date
from multiprocessing.connection import wait

from .extractor import extract_facts

Item = tuple[str, str, "date | None"]
DEFAULT_BUDGET_SECONDS = 120.0


def _one(item: Item) -> tuple[str, list[dict]]:
    article_id, body, published = item
    return article_id, [fact.as_dict() for fact in extract_facts(body, published, article_id)]


def _safe(item: Item) -> tuple[str, str, object]:
    try:
        return ("ok", *_one(item))
    except Exception as exc:  # noqa: BLE001 - reported per article
        where = traceback.extract_tb(exc.__traceback__)[-1]
        detail = f"{exc.__class__.__name__}: {exc} (at {os.path.basename(where.filename)}:{where.lineno})"
        return ("error", item[0], detail[:500])


def _worker(conn) -> None:
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        conn.send(_safe(item))


class _Slot:
    def __init__(self, ctx):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.item: Item | None = None
        self.started = 0.0

    def give(self, item: Item) -> None:
        self.item, self.started = item, time.monotonic()
        self.conn.send(item)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def extract_guarded(
    items: list[Item], workers: int | None = None, budget_seconds: float | None = DEFAULT_BUDGET_SECONDS
) -> tuple[dict[str, list[dict]], dict[str, tuple[str, str]]]:
    """(facts per article id, failures per article id as (reason_code, reason))."""
    facts: dict[str, list[dict]] = {}
    failures: dict[str, tuple[str, str]] = {}
    if not items:
        return facts, failures
    if not budget_seconds or budget_seconds <= 0:
        for item in items:
            status, aid, payload = _safe(item)
            if status == "ok":
                facts[aid] = payload
            else:
                failures[aid] = ("extraction_error", f"extraction failed: {payload}")
        return facts, failures
    workers = max(1, min(workers or min(os.cpu_count() or 1, 8), len(items)))
    ctx = multiprocessing.get_context("fork")
    queue = list(reversed(items))
    slots = [_Slot(ctx) for _ in range(workers)]
    try:
        for slot in slots:
            if queue:
                slot.give(queue.pop())
        while any(slot.item is not None for slot in slots):
            busy = [slot for slot in slots if slot.item is not None]
            now = time.monotonic()
            timeout = max(0.0, min(slot.started + budget_seconds - now for slot in busy))
            ready = wait([slot.conn for slot in busy], timeout=timeout)
            for slot in busy:
                if slot.conn in ready:
                    try:
                        status, aid, payload = slot.conn.recv()
                    except (EOFError, OSError):
                        status, aid, payload = "died", slot.item[0], None
                    if status == "ok":
                        facts[aid] = payload
                    elif status == "error":
                        failures[aid] = ("extraction_error", f"extraction failed: {payload}")
                    else:
                        failures[aid] = ("extraction_error", "the extraction worker died (out of memory?)")
                        slot.stop(kill=True)
                        slots[slots.index(slot)] = slot = _Slot(ctx)
                elif time.monotonic() - slot.started >= budget_seconds:
                    failures[slot.item[0]] = (
                        "extraction_timeout",
                        f"extraction took over its budget of {budget_seconds:g} s and was stopped",
                    )
                    slot.stop(kill=True)
                    slots[slots.index(slot)] = slot = _Slot(ctx)
                else:
                    continue
                slot.item = None
                if queue:
                    slot.give(queue.pop())
    finally:
        for slot in slots:
            slot.stop(kill=slot.item is not None)
    return facts, failures


def extract_many(items: list[Item], workers: int | None = None) -> dict[str, list[dict]]:
    """Facts per article id for (article_id, body_text, published_date) triples (no budget; raises)."""
    return {aid: rows for aid, rows in (_one(item) for item in items)}
