"""Extraction over many articles, on several cores when the batch is large enough to pay for it."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from datetime import date

from .extractor import extract_facts

PARALLEL_THRESHOLD = 300


def _one(item: tuple[str, str, date | None]) -> tuple[str, list[dict]]:
    article_id, body, published = item
    return article_id, [fact.as_dict() for fact in extract_facts(body, published, article_id)]


def extract_many(
    items: list[tuple[str, str, date | None]], workers: int | None = None
) -> dict[str, list[dict]]:
    """Facts per article id for (article_id, body_text, published_date) triples."""
    workers = workers or min(os.cpu_count() or 1, 8)
    if workers <= 1 or len(items) < PARALLEL_THRESHOLD:
        return dict(_one(item) for item in items)
    chunk = max(16, len(items) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return dict(pool.map(_one, items, chunksize=chunk))
