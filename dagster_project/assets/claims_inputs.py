"""Raw assets for the claims ledger: near-duplicate articles and the analysts' corrections CSV."""

from dagster import AssetExecutionContext, AssetKey, MaterializeResult, MetadataValue, asset

from ..claims import corrections as corr
from ..claims import near_duplicates
from ..resources import WarehouseResource
from .raw import RAW_ARTICLES

RAW_NEAR_DUPLICATES = AssetKey(["raw", "article_near_duplicates"])
RAW_CORRECTIONS = AssetKey(["raw", "analyst_corrections"])


@asset(
    key=RAW_NEAR_DUPLICATES,
    deps=[RAW_ARTICLES],
    group_name="raw",
    description="Near-duplicate articles (same story, other outlet or boilerplate): MinHash over word shingles.",
)
def raw_article_near_duplicates(
    context: AssetExecutionContext, warehouse: WarehouseResource
) -> MaterializeResult:
    build = warehouse.build_path
    found = near_duplicates.find_near_duplicates(near_duplicates.read_articles(build))
    near_duplicates.write_raw(build, found)
    context.log.info(f"{len(found)} near-duplicate article(s)")
    return MaterializeResult(
        metadata={
            "near_duplicates": len(found),
            "threshold": near_duplicates.THRESHOLD,
            "pairs": MetadataValue.json([[d.article_id, d.duplicate_of, d.similarity] for d in found[:200]]),
        }
    )


@asset(
    key=RAW_CORRECTIONS,
    group_name="raw",
    description="Analyst corrections from CORRECTIONS_PATH (default corrections/corrections.csv), validated row by row.",
)
def raw_analyst_corrections(
    context: AssetExecutionContext, warehouse: WarehouseResource
) -> MaterializeResult:
    path = corr.corrections_path()
    rows = corr.read_corrections(path)
    corr.write_raw(warehouse.build_path, rows)
    invalid = [c for c in rows if c.problems]
    for c in invalid:
        context.log.warning(f"correction {c.correction_id}: {'; '.join(c.problems)}")
    return MaterializeResult(
        metadata={
            "corrections_path": MetadataValue.path(str(path)),
            "corrections": len(rows),
            "invalid": len(invalid),
        }
    )
