"""dbt models as Dagster assets; sources map to the raw asset keys, tests appear as asset checks."""

import json
from collections.abc import Mapping
from typing import Any

from dagster import AssetExecutionContext, AssetKey
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

from ..project import dbt_project
from ..resources import WarehouseResource
from ..warehouse import layout

_FOLDER_PREFIX = {"staging": "staging", "intermediate": "intermediate", "marts": "marts"}


class WarehouseTranslator(DagsterDbtTranslator):
    """Keys follow the warehouse schemas: ["marts", "fct_shipments"], ["reference", "countries"]."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> AssetKey:
        meta_key = (dbt_resource_props.get("meta") or {}).get("dagster", {}).get("asset_key")
        if meta_key:
            return AssetKey(meta_key)
        resource_type = dbt_resource_props["resource_type"]
        if resource_type == "seed":
            return AssetKey(["reference", dbt_resource_props["name"]])
        if resource_type == "model":
            folder = (
                dbt_resource_props.get("fqn", ["", ""])[1]
                if len(dbt_resource_props.get("fqn", [])) > 2
                else ""
            )
            return AssetKey([_FOLDER_PREFIX.get(folder, "models"), dbt_resource_props["name"]])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "models"


translator = WarehouseTranslator(
    settings=DagsterDbtTranslatorSettings(enable_asset_checks=True, enable_duplicate_source_asset_keys=True)
)


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, dagster_dbt_translator=translator)
def warehouse_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    dbt_vars = json.dumps({"warehouse_path": str(warehouse.build_path)})
    # One target folder per warehouse, in its owned folder: runs on one warehouse never overlap (its
    # lock) and reuse dbt's last parse; runs on two warehouses at once never share artifacts.
    target = layout.dbt_target_dir(layout.parts_dir(warehouse.paths.served))
    args = ["build", "--vars", dbt_vars, "--log-path", str(target / "logs")]
    yield from dbt.cli(args, context=context, target_path=target).stream()


def mart_keys() -> list[AssetKey]:
    return sorted(
        (k for k in warehouse_dbt_models.keys if k.path[0] == "marts"), key=lambda k: k.to_user_string()
    )
