"""The publish step: after every blocking check passed, atomically serve the build and its Parquet."""

import duckdb
from dagster import AssetExecutionContext, AssetKey, Config, Failure, MaterializeResult, MetadataValue, asset

from ..resources import WarehouseResource
from ..warehouse.publish import drop_guard, publish, served_article_ids
from .dbt_models import mart_keys

PUBLISHED = AssetKey(["warehouse", "published"])


class PublishConfig(Config):
    """Run config of the publish step: the guard against a build that drops most served articles."""

    allow_large_drop: bool = False
    max_drop_share: float = 0.5


@asset(
    key=PUBLISHED,
    deps=mart_keys(),
    group_name="serving",
    description="The served warehouse file and its Parquet export, replaced atomically once all checks passed.",
)
def published_warehouse(
    context: AssetExecutionContext, warehouse: WarehouseResource, config: PublishConfig
) -> MaterializeResult:
    build = warehouse.build_path
    con = duckdb.connect(str(build), read_only=True)
    try:
        built = {r[0] for r in con.execute("select article_id from marts.dim_articles").fetchall()}
    finally:
        con.close()
    served = served_article_ids(warehouse.paths)
    refusal = drop_guard(served, built, config.max_drop_share)
    if refusal and not config.allow_large_drop:
        raise Failure(
            description=refusal, metadata={"served_articles": len(served), "built_articles": len(built)}
        )
    if refusal:
        context.log.warning(f"allowed explicitly: {refusal.split(';')[0]}")
    info = publish(warehouse.paths, build, warehouse.run_id)
    warehouse._build_path = None  # published: nothing left to keep as a failed build
    context.log.info(
        f"published {warehouse.paths.served} ({len(info['tables'])} marts, Parquet in {warehouse.paths.parquet})"
    )
    return MaterializeResult(
        metadata={
            "warehouse_path": MetadataValue.path(str(warehouse.paths.served)),
            "parquet_dir": MetadataValue.path(str(warehouse.paths.parquet)),
            "tables": MetadataValue.json(info["tables"]),
            "publish_seconds": info["seconds"],
        }
    )
