"""Read the served warehouse (read-only) into the report's data bundle: articles, facts as claims
on measures, latest estimates per measure and conflicts (claims on one measure and month whose
intervals do not overlap)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb

# One SELECT per fact table: what the figure measures, its interval and when it refers to.
FACT_SQL = {
    "shipment": """
        select fact_id, article_id, status, claimed_by, {claimant_type} as claimant_type, evidence_text,
               evidence_start, evidence_end, period_start, period_end, date_text,
               'shipment: ' || item || coalesce(' (' || unit || coalesce(' per ' || per_period, '') || ')', '')
                   || coalesce(', ' || origin_country || ' → ' || destination_country, '') as measure,
               quantity_low as value_low, quantity as value, quantity_high as value_high, unit
        from marts.fct_shipments""",
    "deployment": """
        select fact_id, article_id, status, claimed_by, {claimant_type}, evidence_text,
               evidence_start, evidence_end, period_start, period_end, date_text,
               'deployment: ' || personnel_type || coalesce(', ' || origin_country || ' → ' || host_country, ''),
               headcount_low, headcount, headcount_high, 'people'
        from marts.fct_deployments""",
    "infrastructure": """
        select fact_id, article_id, status, claimed_by, {claimant_type}, evidence_text,
               evidence_start, evidence_end, period_start, period_end, date_text,
               'infrastructure: ' || project || ' — ' || attribute,
               coalesce(normalized_value, value_number), coalesce(normalized_value, value_number),
               coalesce(normalized_value, value_number), coalesce(normalized_unit, unit)
        from marts.fct_infrastructure_specs""",
    "currency": """
        select fact_id, article_id, status, claimed_by, {claimant_type}, evidence_text,
               evidence_start, evidence_end, period_start, period_end, date_text,
               'currency: ' || mechanism || coalesce(' (' || currencies || ')', ''),
               share_low, coalesce((share_low + share_high) / 2, share_low, share_high), share_high, '%'
        from marts.fct_currency_arrangements""",
}
TABLES = {
    "shipment": "fct_shipments",
    "deployment": "fct_deployments",
    "infrastructure": "fct_infrastructure_specs",
    "currency": "fct_currency_arrangements",
}


def _json(value):
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return value


FACT_COLUMNS = (
    "fact_id article_id status claimed_by claimant_type evidence_text evidence_start evidence_end "
    "period_start period_end date_text measure value_low value value_high unit"
).split()


def _rows(con, sql: str, names=None) -> list[dict]:
    cur = con.execute(sql)
    names = names or [d[0] for d in cur.description]
    return [{k: _json(v) for k, v in zip(names, row, strict=True)} for row in cur.fetchall()]


def _overlap(a: dict, b: dict) -> bool:
    lo_a, hi_a = a["value_low"], a["value_high"]
    lo_b, hi_b = b["value_low"], b["value_high"]
    lo_a = lo_a if lo_a is not None else float("-inf")
    lo_b = lo_b if lo_b is not None else float("-inf")
    hi_a = hi_a if hi_a is not None else float("inf")
    hi_b = hi_b if hi_b is not None else float("inf")
    return lo_a <= hi_b and lo_b <= hi_a


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
        for fact_type, sql in FACT_SQL.items():
            claimant_type = "claimant_type" if (TABLES[fact_type], "claimant_type") in columns else "null"
            for row in _rows(con, sql.format(claimant_type=claimant_type), FACT_COLUMNS):
                row["fact_type"] = fact_type
                facts.append(row)
        articles = {
            a["article_id"]: a
            for a in _rows(
                con,
                "select article_id, title, outlet, url, author, published_date, body_text from marts.dim_articles",
            )
        }
    finally:
        con.close()
    for fact in facts:
        article = articles.get(fact["article_id"]) or {}
        fact["published_date"] = article.get("published_date")
        fact["as_of"] = fact["period_start"] or fact["published_date"]
        fact["claimed_by"] = fact["claimed_by"] or "unattributed"
    facts.sort(key=lambda f: (f["measure"] or "", f["as_of"] or "", f["fact_id"]))

    measures: dict[str, list[dict]] = {}
    for fact in facts:
        if fact["measure"] and (fact["value"] is not None or fact["value_low"] is not None):
            measures.setdefault(fact["measure"], []).append(fact)
    latest = []
    conflicts = []
    for measure, claims in sorted(measures.items()):
        dated = [c for c in claims if c["as_of"]]
        if dated:
            newest = max(dated, key=lambda c: (c["as_of"], c["published_date"] or "", c["fact_id"]))
            latest.append({"measure": measure, "fact_id": newest["fact_id"], "n_claims": len(claims)})
        by_month: dict[str, list[dict]] = {}
        for claim in dated:
            by_month.setdefault(claim["as_of"][:7], []).append(claim)
        for month, group in sorted(by_month.items()):
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if a["claimed_by"] != b["claimed_by"] and not _overlap(a, b):
                        conflicts.append(
                            {
                                "measure": measure,
                                "month": month,
                                "fact_a": a["fact_id"],
                                "fact_b": b["fact_id"],
                            }
                        )
    return {
        "facts": facts,
        "articles": articles,
        "measures": sorted(measures),
        "latest": latest,
        "conflicts": conflicts,
    }
