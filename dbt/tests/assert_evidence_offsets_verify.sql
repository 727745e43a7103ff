{{ config(meta={'dagster': {'ref': {'name': 'dim_articles'}}}) }}
-- Evidence offsets re-verify: the body text sliced at the offsets is the evidence sentence.
with facts as ({{ all_facts() }})

select f.fact_table, f.fact_id, f.evidence_start, f.evidence_end
from facts as f
left join {{ ref('dim_articles') }} as a
    on f.article_id = a.article_id
where a.body_text is null
    or f.evidence_start < 0
    or f.evidence_end <= f.evidence_start
    or substr(a.body_text, f.evidence_start + 1, f.evidence_end - f.evidence_start) is distinct from f.evidence_text
