"""The publish step: after every blocking check passed, atomically serve the build and its Parquet."""

from dagster import AssetExecutionContext, AssetKey, MaterializeResult, MetadataValue, asset

from ..resources import WarehouseResource
from ..warehouse.publish import publish
from .dbt_models import mart_keys

PUBLISHED = AssetKey(["warehouse", "published"])


@asset(
    key=PUBLISHED,
    deps=mart_keys(),
    group_name="serving",
    description="The served warehouse file and its Parquet export, replaced atomically once all checks passed.",
)
def published_warehouse(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    build = warehouse.build_path
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
