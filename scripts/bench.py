"""``make bench``: extractor throughput and memory, and (with --pipeline) full and incremental build times.

Extractor mode builds a corpus of at least 2,000 articles by repeating and varying the gold
articles (numbers, countries and dates changed so no two are identical), then times
``extract_article`` on one core and reports articles/s, characters/s and peak memory, and the
throughput again with the per-sentence memo cleared before every article, and on the cached real
articles when ``tests/real/cache`` is there (all distinct). Then times one
news sentence repeated up to 4 MB and prints CPU seconds per MB (flat when extraction is linear).
Pipeline mode writes N articles (default 10,000) to a temporary folder, builds the warehouse from
scratch, then adds one article and builds again, printing both wall times and peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dagster_project.extraction import extract_article  # noqa: E402
from dagster_project.extraction.memo import clear_all  # noqa: E402
from dagster_project.extraction.segment import _nlp  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "gold.json"
SWAPS = [("North Korea", "Pyongyang"), ("Russia", "Moscow"), ("troops", "soldiers"), ("workers", "laborers")]


def base_texts() -> list[str]:
    entries = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    return [(ROOT / e["path"]).read_text(encoding="utf-8", errors="replace") for e in entries]


def corpus(size: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = base_texts()
    out = []
    for i in range(size):
        text = texts[i % len(texts)]
        text = re.sub(
            r"(?<![\d,.-])\d[\d,]*(?![\d,]*\s*(?:%|-\d))", lambda m: f"{rng.randint(2, 99) * 100:,}", text
        )
        a, b = rng.choice(SWAPS)
        if rng.random() < 0.5:
            text = text.replace(a, b)
        out.append(f"{text}\nReference {i}.")
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_extractor(size: int) -> None:
    texts = corpus(size)
    _nlp()
    extract_article(texts[0], date(2025, 1, 1))
    started, cpu_started = time.perf_counter(), time.process_time()
    facts = 0
    for text in texts:
        facts += len(extract_article(text, date(2025, 1, 1)).facts)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    chars = sum(len(t) for t in texts)
    print(f"extractor: {size} articles, {chars / 1e6:.1f} M characters, {facts} facts")
    print(
        f"  wall time {elapsed:.2f} s on one core -> {size / elapsed:.0f} articles/s, {chars / elapsed / 1e3:.0f} k chars/s"
    )
    print(
        f"  CPU time {cpu:.2f} s -> {size / cpu:.0f} articles per CPU-second "
        "(the figure to trust when other work shares the core)"
    )
    print(f"  peak memory (RSS) {peak_mb():.0f} MB")
    cpu = 0.0
    for text in texts:  # the same corpus with nothing remembered from earlier articles
        clear_all()
        cpu_started = time.process_time()
        extract_article(text, date(2025, 1, 1))
        cpu += time.process_time() - cpu_started
    print(
        f"  memo cleared before every article: {size / cpu:.0f} articles per CPU-second "
        "(no sentence reused from an earlier article)"
    )


REAL_CACHE = ROOT / "tests" / "real" / "cache"


def bench_real_articles() -> None:
    """Throughput on the cached real articles (all distinct, denser in facts than the written ones),
    nothing remembered from one article to the next; skipped when the cache is missing."""
    paths = sorted(REAL_CACHE.glob("*/*.txt"))
    if not paths:
        print("real articles: no cache in tests/real/cache (see tests/real/README.md), skipped")
        return
    texts = [p.read_bytes().decode("utf-8") for p in paths]
    cpu = 0.0
    for text in texts:
        clear_all()
        cpu_started = time.process_time()
        extract_article(text, None)
        cpu += time.process_time() - cpu_started
    chars = sum(len(t) for t in texts)
    print(
        f"real articles: {len(texts)} cached, {chars / len(texts):.0f} characters on average -> "
        f"{len(texts) / cpu:.0f} articles per CPU-second, {chars / cpu / 1e3:.0f} k chars/s (memo cleared per article)"
    )


REPEATED = "North Korea sent 1,000 troops to Russia in May, officials said. "


def bench_linearity(megabytes: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0)) -> None:
    """Seconds per MB of extraction on one news sentence repeated (the issue's 4 MB text): flat when linear."""
    print("linearity: one sentence repeated, CPU seconds per MB (should stay flat as the text grows)")
    for mb in megabytes:
        text = REPEATED * int(mb * 1e6 / len(REPEATED))
        started = time.process_time()
        facts = extract_article(text, date(2025, 1, 1)).facts
        elapsed = time.process_time() - started
        print(
            f"  {len(text) / 1e6:.1f} MB: {elapsed:.1f} s CPU -> {elapsed / (len(text) / 1e6):.1f} s/MB, {len(facts)} fact(s)"
        )


def _steps(instance, run_id: str) -> list[tuple[str, float]]:
    stats = instance.get_run_step_stats(run_id)
    grouped: dict[str, float] = {}
    for s in stats:
        if s.start_time and s.end_time:
            name = "gx_checks" if "_gx_" in s.step_key else s.step_key
            grouped[name] = grouped.get(name, 0.0) + s.end_time - s.start_time
    return sorted(grouped.items(), key=lambda kv: -kv[1])[:6]


def bench_pipeline(size: int) -> None:
    from dagster import DagsterInstance

    from dagster_project.cli import execute

    work = Path(tempfile.mkdtemp(prefix="bench_"))
    try:
        articles = work / "articles"
        articles.mkdir()
        for i, text in enumerate(corpus(size)):
            (articles / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
        warehouse = work / "warehouse" / "warehouse.duckdb"
        home = work / "dagster_home"
        home.mkdir()
        (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
        config = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
        with DagsterInstance.local_temp(str(home)) as instance:
            started = time.perf_counter()
            result, full = execute(articles, warehouse, instance=instance, run_config=config)
            full_time = time.perf_counter() - started
            (articles / "one_more.txt").write_text(
                "North Korea has sent 2,500 engineers to Russia's Kursk region, officials said.\n",
                encoding="utf-8",
            )
            started = time.perf_counter()
            result2, incremental = execute(articles, warehouse, instance=instance, run_config=config)
            add_time = time.perf_counter() - started
            steps = [_steps(instance, r.run_id) for r in (result, result2)]
        print(
            f"pipeline: {size} articles from scratch: {full_time:.1f} s wall ({'published' if full.published else 'NOT published'}), facts {sum(full.facts.values())}"
        )
        print(
            f"  one article added: {add_time:.1f} s wall ({'published' if incremental.published else 'NOT published'})"
        )
        print(f"  peak memory (RSS, this process; dbt runs in a child) {peak_mb():.0f} MB")
        for label, stats in zip(("full", "one added"), steps, strict=True):
            print(f"  {label} steps: " + ", ".join(f"{k} {v:.1f}s" for k, v in stats))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument(
        "--pipeline", action="store_true", help="also time a full build and a one-article update"
    )
    parser.add_argument("--pipeline-articles", type=int, default=10000)
    parser.add_argument(
        "--no-linearity", action="store_true", help="skip the repeated-text timing (about 1 min)"
    )
    args = parser.parse_args()
    bench_extractor(args.articles)
    bench_real_articles()
    if not args.no_linearity:
        bench_linearity()
    if args.pipeline:
        bench_pipeline(args.pipeline_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
