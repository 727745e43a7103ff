"""Near-duplicate articles (one wire story in several outlets) with MinHash over word shingles.

Plain Python (no Dagster). Each article is reduced to the set of its lower-cased word 3-shingles;
``datasketch`` MinHash LSH finds candidate pairs, whose Jaccard similarity is then estimated from
the signatures. An article is a duplicate of the earliest article (publication date, then path)
of its group; that earliest one is not marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 3
THRESHOLD = 0.5
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class ArticleText:
    article_id: str
    source_path: str
    published_date: date | None
    body_text: str


@dataclass(frozen=True)
class NearDuplicate:
    article_id: str
    duplicate_of: str
    similarity: float


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    for s in sorted(shingles(text)):
        m.update(s.encode("utf-8"))
    return m


def _order(a: ArticleText) -> tuple:
    return (a.published_date is None, a.published_date or date.max, a.source_path, a.article_id)


def find_near_duplicates(articles: list[ArticleText], threshold: float = THRESHOLD) -> list[NearDuplicate]:
    """One row per article that repeats an earlier one with estimated Jaccard >= threshold."""
    ordered = sorted(articles, key=_order)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    canonical: dict[str, str] = {}
    out: list[NearDuplicate] = []
    for article in ordered:
        if not article.body_text.strip():
            continue
        sig = _signature(article.body_text)
        best: tuple[float, str] | None = None
        for other in lsh.query(sig):
            similarity = sig.jaccard(signatures[other])
            if similarity >= threshold and (best is None or similarity > best[0]):
                best = (similarity, other)
        if best is not None:
            root = canonical.get(best[1], best[1])
            canonical[article.article_id] = root
            out.append(NearDuplicate(article.article_id, root, round(best[0], 4)))
        signatures[article.article_id] = sig
        lsh.insert(article.article_id, sig)
    return out


def read_articles(build) -> list[ArticleText]:
    import duckdb

    con = duckdb.connect(str(build), read_only=True)
    try:
        rows = con.execute(
            "SELECT article_id, source_path, published_date, body_text FROM raw.articles ORDER BY article_id"
        ).fetchall()
    finally:
        con.close()
    return [ArticleText(a, p, d, b or "") for a, p, d, b in rows]


def write_raw(build, duplicates: list[NearDuplicate]) -> None:
    """Replace ``raw.article_near_duplicates`` (article_id, duplicate_of, similarity)."""
    import duckdb
    import pandas as pd

    frame = pd.DataFrame(
        [(d.article_id, d.duplicate_of, d.similarity) for d in duplicates],
        columns=["article_id", "duplicate_of", "similarity"],
    ).astype({"article_id": object, "duplicate_of": object, "similarity": float})
    con = duckdb.connect(str(build))
    try:
        con.execute("CREATE SCHEMA IF NOT EXISTS raw")
        con.register("incoming", frame)
        con.execute(
            "CREATE OR REPLACE TABLE raw.article_near_duplicates AS SELECT CAST(article_id AS VARCHAR) AS article_id, "
            "CAST(duplicate_of AS VARCHAR) AS duplicate_of, CAST(similarity AS DOUBLE) AS similarity FROM incoming"
        )
        con.unregister("incoming")
    finally:
        con.close()
