-- Facts kept out of the fact marts because they break a row-level rule, with the rule and why.
with rules as (
    select
        fact_id,
        string_agg(rule, ',' order by rule) as rules,
        string_agg(detail, '; ' order by rule, detail) as reason
    from {{ ref('int_fact_quarantine') }}
    group by fact_id
)

select
    f.fact_id,
    f.fact_type,
    f.article_id,
    a.source_path,
    split_part(r.rules, ',', 1) as rule,
    r.rules,
    r.reason,
    f.status,
    f.claimed_by,
    f.evidence_text,
    f.evidence_start,
    f.evidence_end,
    f.period_start,
    f.period_end,
    f.origin_country,
    f.destination_country,
    coalesce(f.item, f.personnel_type, f.attribute, f.mechanism) as subject,
    f.quantity,
    f.quantity_low,
    f.quantity_high,
    f.quantity_text,
    f.unit,
    f.value_number,
    f.share_low,
    f.share_high,
    f.amount
from rules as r
inner join {{ ref('int_facts_corrected') }} as f
    on r.fact_id = f.fact_id
left join {{ ref('stg_articles') }} as a
    on f.article_id = a.article_id
