"""Provision and serve Apache Superset over the warehouse (run with the BI environment's Python).

`make bi` calls ``serve``: on the first start it creates the metadata database (SQLite in
SUPERSET_HOME) and Superset's roles; on every start it generates a new admin password (printed,
never stored in the repository), registers the warehouse read-only
(``duckdb:////abs/path?access_mode=READ_ONLY``), (re)creates the datasets and the dashboard, then
serves on 127.0.0.1 with gunicorn in the foreground.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATABASE_NAME = "rusdprk_warehouse"
DASHBOARD_SLUG = "rusdprk-cooperation"
DASHBOARD_TITLE = "Russia–North Korea cooperation: facts and claims"
FACT_MARTS = ("fct_shipments", "fct_deployments", "fct_infrastructure_specs", "fct_currency_arrangements")
LEDGER_MARTS = ("dim_measures", "fct_claims", "bridge_claim_facts", "fct_measure_timeline")
OTHER_MARTS = ("dim_articles",)


def _env(home: Path) -> dict:
    return {
        **os.environ,
        "SUPERSET_HOME": str(home),
        "SUPERSET_CONFIG_PATH": str(HERE / "superset_config.py"),
    }


def _prepare_home(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    key = home / "secret_key"
    if not key.exists():
        key.write_text(secrets.token_urlsafe(48) + "\n")
        key.chmod(0o600)


def _superset(bin_dir: Path, home: Path, *args: str) -> None:
    subprocess.run([str(bin_dir / "superset"), *args], env=_env(home), check=True)


def _columns(con, table: str) -> set[str]:
    rows = con.execute(
        "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ?",
        [table],
    ).fetchall()
    return {r[0] for r in rows}


def virtual_datasets(warehouse: Path) -> dict[str, str]:
    """SQL datasets behind the dashboard's charts, written for the marts this warehouse has."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cols = {t: _columns(con, t) for t in FACT_MARTS + LEDGER_MARTS}
    finally:
        con.close()

    def claimant_type(table: str) -> str:
        if "claimant_type" in cols[table]:
            return "coalesce(f.claimant_type, 'unattributed')"
        return "case when f.claimed_by is null then 'unattributed' else 'named source' end"

    facts = " union all ".join(
        f"select '{t.removeprefix('fct_')}' as fact_type, f.fact_id, f.status, "
        f"coalesce(f.claimed_by, 'unattributed') as claimed_by, {claimant_type(t)} as claimant_type, "
        f"a.outlet, a.published_date from marts.{t} f join marts.dim_articles a using (article_id)"
        for t in FACT_MARTS
    )
    if cols["fct_claims"] and cols["dim_measures"]:
        estimates = (
            "select m.label as measure, c.claimed_by, coalesce(c.claimant_type, 'unattributed') as claimant_type, "
            "c.status, cast(c.as_of_date as timestamp) as as_of, c.value_low, c.value, c.value_high "
            "from marts.fct_claims c join marts.dim_measures m using (measure_id) where c.as_of_date is not null"
        )
    else:  # before the claims ledger: the figures of shipments and deployments, one row per fact
        estimates = (
            "select s.item || coalesce(' (' || s.unit || ')', '') as measure, coalesce(s.claimed_by, 'unattributed') as claimed_by, "
            "s.status, cast(coalesce(s.period_start, a.published_date) as timestamp) as as_of, "
            "s.quantity_low as value_low, s.quantity as value, s.quantity_high as value_high "
            "from marts.fct_shipments s join marts.dim_articles a using (article_id) "
            "union all "
            "select d.personnel_type || ' in ' || d.host_country, coalesce(d.claimed_by, 'unattributed'), d.status, "
            "cast(coalesce(d.period_start, a.published_date) as timestamp), d.headcount_low, d.headcount, d.headcount_high "
            "from marts.fct_deployments d join marts.dim_articles a using (article_id)"
        )
    deployments = (
        "select cast(date_trunc('month', coalesce(d.period_start, a.published_date)) as timestamp) as month, "
        "coalesce(d.location, d.host_country, 'unknown') as location, d.personnel_type, d.status, "
        "coalesce(d.headcount, d.headcount_low, d.headcount_high) as headcount "
        "from marts.fct_deployments d join marts.dim_articles a using (article_id)"
    )
    bridge = (
        "select s.project, s.attribute, coalesce(cast(s.value_number as varchar), s.value_text, cast(s.value_date as varchar)) as value, "
        "s.unit, s.status, coalesce(s.claimed_by, 'unattributed') as claimed_by, a.outlet, a.title, a.url "
        "from marts.fct_infrastructure_specs s join marts.dim_articles a using (article_id) "
        "where s.project_type like '%bridge%' or lower(s.project) like '%bridge%'"
    )
    return {
        "facts_by_claimant": facts,
        "estimates_over_time": estimates,
        "deployments_by_location_month": deployments,
        "bridge_specs_by_source": bridge,
    }


def _charts() -> list[dict]:
    count = {"expressionType": "SQL", "sqlExpression": "COUNT(*)", "label": "facts"}

    def agg(fn: str, col: str, label: str) -> dict:
        return {"expressionType": "SQL", "sqlExpression": f"{fn}({col})", "label": label}

    return [
        {
            "name": "Estimates over time per measure (low / value / high, by claimant and status)",
            "dataset": "estimates_over_time",
            "viz_type": "echarts_timeseries_scatter",
            "params": {
                "x_axis": "as_of",
                "time_grain_sqla": "P1D",
                "metrics": [
                    agg("MIN", "value_low", "low"),
                    agg("AVG", "value", "value"),
                    agg("MAX", "value_high", "high"),
                ],
                "groupby": ["measure", "claimed_by", "status"],
                "row_limit": 10000,
                "show_legend": True,
                "markerEnabled": True,
                "markerSize": 8,
            },
        },
        {
            "name": "Deployments by location and month",
            "dataset": "deployments_by_location_month",
            "viz_type": "echarts_timeseries_bar",
            "params": {
                "x_axis": "month",
                "time_grain_sqla": "P1M",
                "metrics": [agg("SUM", "headcount", "headcount"), count],
                "groupby": ["location"],
                "stack": "Stack",
                "row_limit": 10000,
                "show_legend": True,
            },
        },
        {
            "name": "Bridge specifications by source",
            "dataset": "bridge_specs_by_source",
            "viz_type": "table",
            "params": {
                "query_mode": "raw",
                "all_columns": ["project", "attribute", "value", "unit", "status", "claimed_by", "outlet"],
                "order_by_cols": [],
                "row_limit": 1000,
            },
        },
        {
            "name": "Facts by claimant type and status",
            "dataset": "facts_by_claimant",
            "viz_type": "pivot_table_v2",
            "params": {
                "groupbyRows": ["claimant_type", "fact_type"],
                "groupbyColumns": ["status"],
                "metrics": [count],
                "aggregateFunction": "Sum",
                "rowTotals": True,
                "colTotals": True,
                "row_limit": 10000,
            },
        },
    ]


def provision(warehouse: Path, password: str) -> dict:
    """Create or update the admin, the read-only database, the datasets and the dashboard."""
    from superset.app import create_app

    app = create_app()
    with app.app_context():
        from superset import db, security_manager
        from superset.connectors.sqla.models import SqlaTable
        from superset.models.core import Database
        from superset.models.dashboard import Dashboard
        from superset.models.slice import Slice

        admin = security_manager.find_user(username="admin")
        if admin is None:
            role = security_manager.find_role("Admin")
            security_manager.add_user("admin", "Local", "Admin", "admin@localhost", role, password=password)
        else:
            security_manager.reset_password(admin.id, password)

        uri = f"duckdb:///{warehouse}?access_mode=READ_ONLY"
        database = db.session.query(Database).filter_by(database_name=DATABASE_NAME).one_or_none()
        if database is None:
            database = Database(database_name=DATABASE_NAME)
            db.session.add(database)
        database.set_sqlalchemy_uri(uri)
        database.expose_in_sqllab = True
        database.allow_run_async = False
        database.allow_dml = False
        db.session.commit()

        import duckdb

        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            present = {
                r[0]
                for r in con.execute(
                    "select table_name from information_schema.tables where table_schema = 'marts'"
                ).fetchall()
            }
        finally:
            con.close()

        datasets: dict[str, SqlaTable] = {}

        def dataset(name: str, sql: str | None, schema: str | None) -> SqlaTable:
            table = (
                db.session.query(SqlaTable).filter_by(table_name=name, database_id=database.id).one_or_none()
            )
            if table is None:
                table = SqlaTable(table_name=name, database=database, schema=schema)
                db.session.add(table)
            table.sql = sql
            table.schema = schema
            db.session.flush()
            table.fetch_metadata()
            for column in table.columns:
                if column.column_name in ("as_of", "month", "published_date", "period_start", "period_end"):
                    column.is_dttm = True
            if name in ("estimates_over_time",):
                table.main_dttm_col = "as_of"
            elif name == "deployments_by_location_month":
                table.main_dttm_col = "month"
            db.session.commit()
            datasets[name] = table
            return table

        for mart in FACT_MARTS + LEDGER_MARTS + OTHER_MARTS:
            if mart in present:
                dataset(mart, None, "marts")
        for name, sql in virtual_datasets(warehouse).items():
            dataset(name, sql, None)

        dashboard = db.session.query(Dashboard).filter_by(slug=DASHBOARD_SLUG).one_or_none()
        if dashboard is not None:
            for old in list(dashboard.slices):
                db.session.delete(old)
            db.session.delete(dashboard)
            db.session.commit()
        slices = []
        for spec in _charts():
            table = datasets[spec["dataset"]]
            params = {"datasource": f"{table.id}__table", "viz_type": spec["viz_type"], **spec["params"]}
            chart = Slice(
                slice_name=spec["name"],
                viz_type=spec["viz_type"],
                datasource_type="table",
                datasource_id=table.id,
                params=json.dumps(params),
            )
            db.session.add(chart)
            slices.append(chart)
        db.session.flush()
        dashboard = Dashboard(
            dashboard_title=DASHBOARD_TITLE,
            slug=DASHBOARD_SLUG,
            published=True,
            slices=slices,
            position_json=json.dumps(_layout(slices)),
            json_metadata=json.dumps({"color_scheme": "supersetColors", "refresh_frequency": 0}),
        )
        db.session.add(dashboard)
        db.session.commit()
        return {"dashboard": DASHBOARD_SLUG, "charts": [s.id for s in slices], "datasets": sorted(datasets)}


def _layout(slices) -> dict:
    """Two charts per row."""
    layout = {
        "DASHBOARD_VERSION_KEY": "v2",
        "ROOT_ID": {"type": "ROOT", "id": "ROOT_ID", "children": ["GRID_ID"]},
        "GRID_ID": {"type": "GRID", "id": "GRID_ID", "children": [], "parents": ["ROOT_ID"]},
    }
    for i in range(0, len(slices), 2):
        row_id = f"ROW-{i // 2}"
        layout["GRID_ID"]["children"].append(row_id)
        layout[row_id] = {
            "type": "ROW",
            "id": row_id,
            "children": [],
            "parents": ["ROOT_ID", "GRID_ID"],
            "meta": {"background": "BACKGROUND_TRANSPARENT"},
        }
        for chart in slices[i : i + 2]:
            chart_id = f"CHART-{chart.id}"
            layout[row_id]["children"].append(chart_id)
            layout[chart_id] = {
                "type": "CHART",
                "id": chart_id,
                "children": [],
                "parents": ["ROOT_ID", "GRID_ID", row_id],
                "meta": {"chartId": chart.id, "width": 6, "height": 60, "sliceName": chart.slice_name},
            }
    return layout


def serve(args) -> int:
    home = Path(args.home).resolve()
    warehouse = Path(args.warehouse).resolve()
    if not warehouse.exists():
        print(f"no warehouse at {warehouse}: run `make run` first", file=sys.stderr)
        return 1
    bin_dir = Path(sys.executable).parent
    _prepare_home(home)
    fresh = not (home / "initialised").exists()
    template = Path(args.template).resolve() if args.template else None
    if fresh and template and (template / "superset.db").exists():
        shutil.copyfile(template / "superset.db", home / "superset.db")  # migrated and initialised before
        (home / "initialised").write_text("from template\n")
    elif fresh:
        print("first start: creating Superset's metadata database and roles (a few minutes)", flush=True)
        _superset(bin_dir, home, "db", "upgrade")
        _superset(bin_dir, home, "init")
        (home / "initialised").write_text("ok\n")
        if template:
            template.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(home / "superset.db", template / "superset.db.tmp")
            os.replace(template / "superset.db.tmp", template / "superset.db")
    password = secrets.token_urlsafe(12)
    os.environ.update(_env(home))
    info = provision(warehouse, password)
    url = f"http://127.0.0.1:{args.port}/superset/dashboard/{info['dashboard']}/"
    print(f"Superset: {url}", flush=True)
    print("  user: admin", flush=True)
    print(f"  password: {password}", flush=True)
    print(f"  warehouse (read-only): {warehouse}", flush=True)
    print(f"  datasets: {', '.join(info['datasets'])}", flush=True)
    os.execve(
        str(bin_dir / "gunicorn"),
        [
            str(bin_dir / "gunicorn"),
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            "1",
            "--threads",
            "8",
            "--worker-class",
            "gthread",
            "--timeout",
            "120",
            "--log-level",
            "warning",
            "superset.app:create_app()",
        ],
        _env(home),
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="provision, then serve on 127.0.0.1")
    p.add_argument("--warehouse", required=True)
    p.add_argument("--port", type=int, default=8088)
    p.add_argument("--home", default=str(HERE / ".superset"))
    p.add_argument(
        "--template",
        help="folder with a migrated, initialised metadata database to start from (written on a first start)",
    )
    args = parser.parse_args(argv)
    return serve(args)


if __name__ == "__main__":
    sys.exit(main())
