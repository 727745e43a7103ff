"""A duckdb-engine dialect whose inspection reads DuckDB's own catalog functions.

duckdb-engine inherits SQLAlchemy's PostgreSQL reflection queries; with SQLAlchemy 2.1 and DuckDB 2.x
they fail (``pg_catalog.pg_collation`` does not exist, ``REGCLASS`` is not a type). This dialect
answers columns, primary keys, foreign keys and unique constraints from ``duckdb_columns()`` and
``duckdb_constraints()`` instead, comments included. Everything else is duckdb-engine's.

Use it with the URL ``duckdb+warehouse:////abs/path/warehouse.duckdb?access_mode=READ_ONLY``: the
project registers it as a SQLAlchemy entry point (``pip install`` the project, or call
``register()``). The module imports only SQLAlchemy and duckdb-engine.
"""

from __future__ import annotations

import re
from typing import Any

from duckdb_engine import Dialect as DuckDBDialect
from sqlalchemy import text
from sqlalchemy import types as sqltypes
from sqlalchemy.engine.reflection import ObjectKind
from sqlalchemy.types import ARRAY

# DuckDB names PostgreSQL's ischema_names lacks.
_DUCKDB_TYPES: dict[str, type[sqltypes.TypeEngine]] = {
    "double": sqltypes.Double,
    "blob": sqltypes.LargeBinary,
    "tinyint": sqltypes.SmallInteger,
    "utinyint": sqltypes.SmallInteger,
    "usmallint": sqltypes.Integer,
    "uinteger": sqltypes.BigInteger,
    "ubigint": sqltypes.Numeric,
    "timestamp with time zone": sqltypes.DateTime,
    "timestamp_ns": sqltypes.DateTime,
    "timestamp_ms": sqltypes.DateTime,
    "timestamp_s": sqltypes.DateTime,
}
_DECIMAL = re.compile(r"^(?:DECIMAL|NUMERIC)\((\d+),\s*(\d+)\)$", re.IGNORECASE)


class WarehouseDuckDBDialect(DuckDBDialect):
    """duckdb-engine with reflection from DuckDB's catalog functions."""

    supports_statement_cache = False

    def _schema_name(self, connection, schema: str | None) -> tuple[str, str]:
        database, name = self.identifier_preparer._separate(schema) if schema else (None, None)
        if name is None:
            name = connection.execute(text("select current_schema()")).scalar()
        if database is None:
            database = connection.execute(text("select current_database()")).scalar()
        return str(database).strip('"'), str(name).strip('"')

    def _sql_type(self, data_type: str) -> sqltypes.TypeEngine:
        if data_type.endswith("[]"):
            return ARRAY(self._sql_type(data_type[:-2]))
        decimal = _DECIMAL.match(data_type)
        if decimal:
            return sqltypes.Numeric(int(decimal.group(1)), int(decimal.group(2)))
        base = data_type.split("(")[0].strip().lower()
        found = _DUCKDB_TYPES.get(base) or self.ischema_names.get(base)
        if found is None:
            return sqltypes.NullType()
        return found() if isinstance(found, type) else found

    def _relations(self, connection, database, schema, filter_names, kind) -> dict[str, str]:
        rows = connection.execute(
            text(
                "select table_name, 'table' from duckdb_tables() where database_name = :db and schema_name = :schema "
                "union all select view_name, 'view' from duckdb_views() where database_name = :db "
                "and schema_name = :schema and not internal"
            ),
            {"db": database, "schema": schema},
        ).fetchall()
        wanted = set()
        if kind is None or ObjectKind.TABLE in kind:
            wanted.add("table")
        if kind is None or ObjectKind.VIEW in kind or ObjectKind.MATERIALIZED_VIEW in kind:
            wanted.add("view")
        return {
            name: rel for name, rel in rows if rel in wanted and (not filter_names or name in filter_names)
        }

    def get_multi_columns(self, connection, schema=None, filter_names=None, scope=None, kind=None, **kw):
        database, schema_name = self._schema_name(connection, schema)
        relations = self._relations(connection, database, schema_name, filter_names, kind)
        rows = connection.execute(
            text(
                "select table_name, column_name, data_type, is_nullable, column_default, comment "
                "from duckdb_columns() where database_name = :db and schema_name = :schema "
                "order by table_name, column_index"
            ),
            {"db": database, "schema": schema_name},
        ).fetchall()
        result: dict[tuple[str | None, str], list[dict[str, Any]]] = {(schema, r): [] for r in relations}
        for table, column, data_type, nullable, default, comment in rows:
            if table not in relations:
                continue
            result[(schema, table)].append(
                {
                    "name": column,
                    "type": self._sql_type(data_type),
                    "nullable": bool(nullable),
                    "default": default,
                    "autoincrement": False,
                    "comment": comment or None,
                }
            )
        return result.items()

    def _constraints(self, connection, schema, filter_names, kind, constraint_type):
        database, schema_name = self._schema_name(connection, schema)
        relations = self._relations(connection, database, schema_name, filter_names, kind)
        rows = connection.execute(
            text(
                "select table_name, constraint_name, constraint_column_names, referenced_table, "
                "referenced_column_names from duckdb_constraints() where database_name = :db "
                "and schema_name = :schema and constraint_type = :type order by table_name, constraint_index"
            ),
            {"db": database, "schema": schema_name, "type": constraint_type},
        ).fetchall()
        found: dict[str, list] = {name: [] for name in relations}
        for table, name, columns, ref_table, ref_columns in rows:
            if table in found:
                found[table].append((name, list(columns or []), ref_table, list(ref_columns or [])))
        return found

    def get_multi_pk_constraint(
        self, connection, schema=None, filter_names=None, scope=None, kind=None, **kw
    ):
        found = self._constraints(connection, schema, filter_names, kind, "PRIMARY KEY")
        out = []
        for table, constraints in found.items():
            if constraints:
                name, columns, _, _ = constraints[0]
                out.append(((schema, table), {"constrained_columns": columns, "name": name}))
            else:
                out.append(((schema, table), {"constrained_columns": [], "name": None}))
        return out

    def get_multi_foreign_keys(self, connection, schema=None, filter_names=None, scope=None, kind=None, **kw):
        found = self._constraints(connection, schema, filter_names, kind, "FOREIGN KEY")
        referred_schema = self.identifier_preparer._separate(schema)[1] if schema else None
        return [
            (
                (schema, table),
                [
                    {
                        "name": name,
                        "constrained_columns": columns,
                        "referred_schema": referred_schema,
                        "referred_table": ref_table,
                        "referred_columns": ref_columns,
                        "options": {},
                    }
                    for name, columns, ref_table, ref_columns in constraints
                ],
            )
            for table, constraints in found.items()
        ]

    def get_multi_unique_constraints(
        self, connection, schema=None, filter_names=None, scope=None, kind=None, **kw
    ):
        found = self._constraints(connection, schema, filter_names, kind, "UNIQUE")
        return [
            (
                (schema, table),
                [{"name": name, "column_names": columns} for name, columns, _, _ in constraints],
            )
            for table, constraints in found.items()
        ]

    def get_multi_check_constraints(
        self, connection, schema=None, filter_names=None, scope=None, kind=None, **kw
    ):
        database, schema_name = self._schema_name(connection, schema)
        relations = self._relations(connection, database, schema_name, filter_names, kind)
        rows = connection.execute(
            text(
                "select table_name, constraint_name, expression from duckdb_constraints() "
                "where database_name = :db and schema_name = :schema and constraint_type = 'CHECK' "
                "order by table_name, constraint_index"
            ),
            {"db": database, "schema": schema_name},
        ).fetchall()
        found: dict[str, list] = {name: [] for name in relations}
        for table, name, expression in rows:
            if table in found:
                found[table].append({"name": name, "sqltext": expression})
        return [((schema, table), checks) for table, checks in found.items()]

    def get_multi_table_comment(
        self, connection, schema=None, filter_names=None, scope=None, kind=None, **kw
    ):
        database, schema_name = self._schema_name(connection, schema)
        relations = self._relations(connection, database, schema_name, filter_names, kind)
        rows = connection.execute(
            text(
                "select table_name, comment from duckdb_tables() where database_name = :db and schema_name = :schema "
                "union all select view_name, comment from duckdb_views() where database_name = :db "
                "and schema_name = :schema and not internal"
            ),
            {"db": database, "schema": schema_name},
        ).fetchall()
        return [((schema, name), {"text": comment or None}) for name, comment in rows if name in relations]

    def get_multi_table_options(
        self, connection, schema=None, filter_names=None, scope=None, kind=None, **kw
    ):
        return []  # DuckDB has no PostgreSQL table options (inheritance, tablespaces, access methods)


def register() -> None:
    """Register ``duckdb+warehouse://`` without installing the project's entry point."""
    from sqlalchemy.dialects import registry

    registry.register("duckdb.warehouse", __name__, "WarehouseDuckDBDialect")
