"""Read the served warehouse (read-only) into the report's data bundle.

The report shows the claims ledger the warehouse already computes, so that the report, SQL and the BI
dashboard tell the same story: measures from ``dim_measures``, claims from ``fct_claims`` (each with
the facts behind it, ``bridge_claim_facts``), latest estimates and conflicts from
``fct_measure_timeline``. Facts and articles are bundled for the evidence viewer: a claim opens the
sentence of its first fact, and lists the others.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb

FACT_TABLES = {
    "shipment": "fct_shipments",
    "deployment": "fct_deployments",
    "infrastructure": "fct_infrastructure_specs",
    "currency": "fct_currency_arrangements",
}
FACT_SQL = """
    select f.fact_id, f.article_id, f.status, f.claimed_by, {claimant_type} as claimant_type, f.evidence_text,
           f.evidence_start, f.evidence_end, f.period_start, f.period_end, f.date_text,
           b.claim_id, '{fact_type}' as fact_type
    from marts.{table} f left join marts.bridge_claim_facts b using (fact_id)"""

CLAIMS_SQL = """
    select c.claim_id, c.measure_id, m.label as measure, coalesce(c.claimed_by, 'unattributed') as claimed_by,
           c.claimant_type, c.as_of_date as as_of, c.value_low, c.value, c.value_high, c.value_text,
           coalesce(c.unit, m.unit) as unit, c.status, c.n_articles, c.n_outlets, c.n_facts,
           list(b.fact_id order by a.published_date nulls last, b.fact_id) as fact_ids
    from marts.fct_claims c
    join marts.dim_measures m using (measure_id)
    join marts.bridge_claim_facts b using (claim_id)
    left join marts.dim_articles a on a.article_id = b.article_id
    group by all
    order by measure, as_of nulls last, claim_id"""

# Per measure, its newest timeline month: the claim in effect with the latest as-of date.
LATEST_SQL = """
    select measure_id, month, latest_claim_id as claim_id, n_claims
    from marts.fct_measure_timeline
    where latest_claim_id is not null
    qualify row_number() over (partition by measure_id order by month desc) = 1
    order by measure_id"""

CONFLICTS_SQL = """
    select measure_id, month, n_conflicting_pairs, claims_in_effect
    from marts.fct_measure_timeline
    where conflict
    order by measure_id, month"""


def _json(value):
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return value


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [{k: _json(v) for k, v in zip(names, row, strict=True)} for row in cur.fetchall()]


def _has_figure(claim: dict) -> bool:
    return any(claim[k] is not None for k in ("value_low", "value", "value_high"))


def load_bundle(warehouse: Path) -> dict:
    """Everything the report shows, as plain JSON-ready data."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        columns = {
            (t, c)
            for t, c in con.execute(
                "select table_name, column_name from information_schema.columns where table_schema = 'marts'"
            ).fetchall()
        }
        facts: list[dict] = []
        for fact_type, table in FACT_TABLES.items():
            claimant_type = "f.claimant_type" if (table, "claimant_type") in columns else "null"
            facts += _rows(
                con, FACT_SQL.format(claimant_type=claimant_type, fact_type=fact_type, table=table)
            )
        claims = _rows(con, CLAIMS_SQL)
        latest = _rows(con, LATEST_SQL)
        conflicts = _rows(con, CONFLICTS_SQL)
        articles = {
            a["article_id"]: a
            for a in _rows(
                con,
                "select article_id, title, outlet, url, author, published_date, body_text from marts.dim_articles",
            )
        }
    finally:
        con.close()
    by_claim = {c["claim_id"]: c for c in claims}
    for claim in claims:
        claim["fact_id"] = claim["fact_ids"][0]
    for fact in facts:
        claim = by_claim.get(fact["claim_id"]) or {}
        fact["claimed_by"] = fact["claimed_by"] or "unattributed"
        fact["measure"] = claim.get("measure")
        fact["published_date"] = (articles.get(fact["article_id"]) or {}).get("published_date")
    labels = {c["measure_id"]: c["measure"] for c in claims}
    for row in latest + conflicts:
        row["measure"] = labels.get(row["measure_id"], row["measure_id"])
    measures = sorted({c["measure"] for c in claims if _has_figure(c)})
    return {
        "facts": facts,
        "claims": claims,
        "articles": articles,
        "measures": measures,
        "latest": latest,
        "conflicts": conflicts,
    }
