"""``make eval-real``: the extractor scored on the cached real articles against offset-only gold.

Layout (see ``tests/real/README.md``): ``tests/real/manifests/<batch>.csv`` lists each article (url,
query, sha256, chars), ``tests/real/cache/<batch>/<id>.txt`` holds its text (git-ignored, rebuilt
with the search tool), ``tests/real/gold/<batch>.json`` its gold facts: the contract's fields plus
``evidence_start`` / ``evidence_end``, offsets into the cached text. Each cached file is read through
the pipeline's own reader (a ``.txt`` file, no sidecar) and extracted; facts are matched with
``evaluation.matches`` (type, key and figures) and scored with ``evaluation.score_articles``, per batch
and overall. Offsets serve only to show the gold sentence in ``--details``.

Without the cache the command says how to rebuild it and exits 0: CI keeps the floors on the written
sets (``make eval``). A cached text whose sha256 differs from its gold entry is not scored and makes
the command exit 1 (its offsets would point at the wrong characters).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

from .evaluation import FIELDS, _print, score_articles
from .extraction import FACT_TYPES, extract_facts
from .extraction.cleaning import clean_text
from .extraction.extractor import is_opinion_piece
from .ingest.reader import Rejection, read_article_file

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "real"
REBUILD_HINT = (
    "The real-text cache (tests/real/cache/, git-ignored) is missing{what}.\n"
    "Rebuild it in a session with the search tool: for each row of tests/real/manifests/<batch>.csv run\n"
    "its query in corpus 'pages', save the excerpt of the result whose url matches with\n"
    "  .venv/bin/python scripts/real_cache.py add --batch <batch> --id <id> --url <url> --query '<query>' --text-file <file>\n"
    "then check every hash with: .venv/bin/python scripts/real_cache.py verify\n"
    "(procedure: tests/real/README.md). CI keeps the floors on the written sets: make eval."
)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read_exact(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def batches(real: Path = REAL) -> list[str]:
    folder = real / "manifests"
    return sorted(p.stem for p in folder.glob("*.csv")) if folder.is_dir() else []


def manifest(batch: str, real: Path = REAL) -> list[dict]:
    with open(real / "manifests" / f"{batch}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def predict(path: Path, fallback_date: date | None = None) -> list[dict]:
    """The pipeline's facts for one cached file (same reader, cleaning and opinion rule as a run)."""
    article = read_article_file(path, path.name, path.parent, clean_text, 5 * 1024 * 1024)
    if isinstance(article, Rejection):
        return []
    if is_opinion_piece(article.body_text):
        return []
    published = article.published_date or fallback_date
    return [f.as_dict() for f in extract_facts(article.body_text, published, article.article_id)]


def _snippet(text: str, gold: dict) -> str:
    start, end = gold.get("evidence_start"), gold.get("evidence_end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return "(no valid offsets)"
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= 160 else piece[:157] + "..."


def score_batch(batch: str, real: Path = REAL, manifest_dates: bool = False) -> dict:
    """Scores of one annotated batch, or a dict saying why it cannot be scored."""
    gold_path = real / "gold" / f"{batch}.json"
    if not gold_path.is_file():
        return {"batch": batch, "state": "not annotated"}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    rows = (
        {row["id"]: row for row in manifest(batch, real)}
        if (real / "manifests" / f"{batch}.csv").is_file()
        else {}
    )
    pairs, missing, mismatched = [], [], []
    for entry in gold["articles"]:
        path = real / "cache" / batch / f"{entry['id']}.txt"
        if not path.is_file():
            missing.append(entry["id"])
            continue
        text = _read_exact(path)
        if _sha(text) != entry.get("sha256"):
            mismatched.append(entry["id"])
            continue
        fallback = None
        if manifest_dates and rows.get(entry["id"], {}).get("published_date"):
            fallback = date.fromisoformat(rows[entry["id"]]["published_date"])
        # The gold sentence rides along for display only (matching reads the contract's fields).
        facts = [{**g, "_evidence": _snippet(text, g)} for g in entry["facts"]]
        pairs.append((f"{batch}/{entry['id']}", facts, predict(path, fallback)))
    report = score_articles(pairs) if pairs else None
    return {
        "batch": batch,
        "state": "scored" if pairs else "missing cache",
        "annotator": gold.get("annotator"),
        "gold_articles": len(gold["articles"]),
        "missing": missing,
        "mismatched": mismatched,
        "report": report,
        "pairs": pairs,
    }


def _fmt(value: float) -> str:
    return f"{value:.2f}"


def _print_report(title: str, report: dict) -> None:
    _print(title, report, facts_label="gold facts")


def first_sight_table(scored: list[dict], overall: dict | None) -> str:
    """A Markdown table (one row per batch, then all) for the README's first-sight record."""
    fields = list(FIELDS)
    head = ["batch", "articles", "facts", "P", "R", "F1", *(f"F1 {t}" for t in FACT_TYPES), *fields]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]

    def row(name: str, report: dict) -> str:
        o = report["overall"]
        cells = [
            name,
            str(report["articles"]),
            str(o["tp"] + o["fn"]),
            _fmt(o["precision"]),
            _fmt(o["recall"]),
        ]
        cells.append(_fmt(o["f1"]))
        for t in FACT_TYPES:
            c = report["per_type"][t]
            cells.append(_fmt(c["f1"]) if c["tp"] + c["fp"] + c["fn"] else "—")
        for f in fields:
            acc, ok, n = report["fields"][f]
            cells.append(f"{acc:.2f} ({ok}/{n})" if n else "—")
        return "| " + " | ".join(cells) + " |"

    for item in scored:
        lines.append(row(item["batch"], item["report"]))
    if overall is not None and len(scored) > 1:
        lines.append(row("all", overall))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the extractor on the cached real articles.")
    parser.add_argument("--batch", action="append", help="only these batches (repeatable)")
    parser.add_argument("--details", action="store_true", help="list misses, extras and wrong fields")
    parser.add_argument(
        "--first-sight", action="store_true", help="also print a Markdown table for the README"
    )
    parser.add_argument(
        "--manifest-dates",
        action="store_true",
        help="give the extractor the manifest's published_date when the text itself states none",
    )
    parser.add_argument("--real-dir", type=Path, default=REAL, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    real = args.real_dir
    names = args.batch or batches(real)
    if not names:
        print(f"no manifests in {real / 'manifests'}: nothing to score")
        return 0
    results = [score_batch(b, real, args.manifest_dates) for b in names]
    scored = [r for r in results if r["state"] == "scored"]
    failed = False
    for r in results:
        if r["state"] == "not annotated":
            print(f"{r['batch']}: not annotated (no tests/real/gold/{r['batch']}.json)")
            continue
        if r["mismatched"]:
            failed = True
            print(
                f"{r['batch']}: {len(r['mismatched'])} cached texts differ from the gold's sha256, not scored: {', '.join(r['mismatched'])}"
            )
        if r["missing"]:
            print(
                f"{r['batch']}: {len(r['missing'])} of {r['gold_articles']} annotated articles not in the cache: {', '.join(r['missing'])}"
            )
        if r["state"] == "scored":
            _print_report(f"{r['batch']} (annotator: {r['annotator'] or 'unknown'})", r["report"])
            if args.details:
                for line in r["report"]["details"]:
                    print("    " + line)
    if not scored:
        annotated = [r for r in results if r["state"] != "not annotated"]
        if annotated:
            print(REBUILD_HINT.format(what=" for every annotated article"))
        else:
            print("no batch is annotated yet: nothing to score")
        return 1 if failed else 0
    if any(r["missing"] for r in results if r["state"] != "not annotated"):
        print(REBUILD_HINT.format(what=" for some annotated articles (scores above are partial)"))
    overall = (
        score_articles([p for r in scored for p in r["pairs"]]) if len(scored) > 1 else scored[0]["report"]
    )
    if len(scored) > 1:
        _print_report("all scored batches", overall)
    if args.first_sight:
        print()
        print(
            "command: make eval-real  ("
            + " ".join(["python -m dagster_project.evaluation_real", *(argv or sys.argv[1:])])
            + ")"
        )
        print(first_sight_table(scored, overall))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
