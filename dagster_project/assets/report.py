"""The static report, written after publish from the served warehouse (see dagster_project.report)."""

from dagster import AssetExecutionContext, AssetKey, MaterializeResult, MetadataValue, asset

from ..report import publish_report
from ..resources import ServedWarehouseResource
from .publish import PUBLISHED

REPORT = AssetKey(["serving", "report"])


@asset(
    key=REPORT,
    deps=[PUBLISHED],
    group_name="serving",
    description="A self-contained HTML report (timelines of claims, latest estimates, conflicts, evidence viewer) beside the warehouse; open report/index.html, no server needed.",
)
def static_report(
    context: AssetExecutionContext, served_warehouse: ServedWarehouseResource
) -> MaterializeResult:
    info = publish_report(served_warehouse.served, context.run_id)
    context.log.info(f"report: {info['index']} ({info['facts']} facts, {info['measures']} measures)")
    return MaterializeResult(
        metadata={
            "report": MetadataValue.url(info["index"].as_uri()),
            "report_path": MetadataValue.path(str(info["index"])),
            "facts": info["facts"],
            "measures": info["measures"],
            "conflicts": info["conflicts"],
        }
    )
