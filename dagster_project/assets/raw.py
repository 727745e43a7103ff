"""Raw assets: files in ARTICLES_DIR -> raw.articles / raw.rejected_articles -> raw.extracted_facts."""

from dataclasses import asdict
from datetime import UTC, datetime

from dagster import (
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    Config,
    Failure,
    MaterializeResult,
    MetadataValue,
    asset,
    multi_asset,
)

from ..extraction import extractor_version
from ..extraction.batch import DEFAULT_BUDGET_SECONDS, extract_guarded
from ..extraction.cleaning import clean_text
from ..extraction.extractor import is_opinion_piece
from ..ingest import scan_articles
from ..ingest.reader import ArticlesDirError
from ..resources import ArticlesResource, WarehouseResource
from ..warehouse import raw_tables, source_state

RAW_ARTICLES = AssetKey(["raw", "articles"])
RAW_REJECTED = AssetKey(["raw", "rejected_articles"])
RAW_FACTS = AssetKey(["raw", "extracted_facts"])


@multi_asset(
    specs=[
        AssetSpec(
            RAW_ARTICLES,
            group_name="raw",
            description="Articles read from ARTICLES_DIR: cleaned body text and metadata.",
        ),
        AssetSpec(
            RAW_REJECTED,
            group_name="raw",
            description="Files in ARTICLES_DIR that could not be read as articles, with reasons.",
        ),
    ],
)
def raw_articles(context: AssetExecutionContext, articles: ArticlesResource, warehouse: WarehouseResource):
    now = datetime.now(UTC).replace(tzinfo=None)
    articles_root = articles.root
    try:
        articles, rejected = scan_articles(articles_root, clean_text)
    except ArticlesDirError as exc:
        # A fault of the run, not of a file: fail, so the served warehouse stays as it is.
        raise Failure(
            description=f"{exc}; nothing was published, the previous warehouse stays served"
        ) from exc
    fingerprint = source_state.folder_fingerprint(articles_root)
    article_rows = []
    for article in articles:
        row = asdict(article)
        try:
            row["is_opinion"] = is_opinion_piece(article.body_text)
        except Exception:  # noqa: BLE001 - one article never stops the run; extraction reports it
            row["is_opinion"] = False
        row["warnings"] = "; ".join(article.warnings) or None
        row.pop("raw_text")
        article_rows.append(row)
    stats = raw_tables.write_articles(warehouse.build_path, article_rows, [asdict(r) for r in rejected], now)
    source_state.record(warehouse.build_path, articles_root, fingerprint, now)
    for r in rejected:
        context.log.warning(f"rejected {r.source_path}: {r.reason}")
    yield MaterializeResult(
        asset_key=RAW_ARTICLES,
        metadata={
            "articles": len(articles),
            "new_articles": stats["new_articles"],
            "articles_dir": MetadataValue.path(str(articles_root)),
        },
    )
    yield MaterializeResult(
        asset_key=RAW_REJECTED,
        metadata={
            "rejected": len(rejected),
            "reasons": MetadataValue.md(
                "\n".join(f"- `{r.source_path}`: {r.reason}" for r in rejected) or "none"
            ),
        },
    )


class ExtractionConfig(Config):
    """Run config of the extraction step: the wall-time budget of one article (0 = none)."""

    budget_seconds: float = DEFAULT_BUDGET_SECONDS
    workers: int = 0


@asset(
    key=RAW_FACTS,
    deps=[RAW_ARTICLES],
    group_name="raw",
    description="Candidate facts from the extraction package, with evidence offsets; re-extracted only for new or changed articles or a new extractor version.",
)
def raw_extracted_facts(
    context: AssetExecutionContext, warehouse: WarehouseResource, config: ExtractionConfig
) -> MaterializeResult:
    version = extractor_version()
    build = warehouse.build_path
    articles = raw_tables.read_articles(build)
    done = raw_tables.extracted_versions(build)
    todo = [(aid, body, published) for aid, body, published in articles if done.get(aid) != version]
    fresh, failures = extract_guarded(
        todo, workers=config.workers or None, budget_seconds=config.budget_seconds
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    raw_tables.write_facts(build, {aid for aid, _, _ in articles}, fresh, version, now, failures)
    for aid, (code, reason) in sorted(failures.items()):
        context.log.warning(f"article {aid} rejected ({code}): {reason}")
    extracted = sorted(fresh)
    context.log.info(f"extracted {len(extracted)} article(s), reused {len(articles) - len(extracted)}")
    return MaterializeResult(
        metadata={
            "extractor_version": version,
            "articles": len(articles),
            "articles_extracted": len(extracted),
            "articles_reused": len(articles) - len(extracted),
            "extracted_article_ids": MetadataValue.json(extracted[:1000]),
            "facts_from_extracted": sum(len(v) for v in fresh.values()),
            "extraction_failures": MetadataValue.md(
                "\n".join(f"- `{aid}` {code}: {reason}" for aid, (code, reason) in sorted(failures.items()))
                or "none"
            ),
        }
    )
