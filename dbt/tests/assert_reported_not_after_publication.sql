{{ config(meta={'dagster': {'ref': {'name': 'fct_shipments'}}}) }}
-- A reported fact never starts after its article's publication date.
with facts as ({{ all_facts() }})

select f.fact_table, f.fact_id, f.period_start, a.published_date
from facts as f
inner join {{ ref('dim_articles') }} as a
    on f.article_id = a.article_id
where f.status = 'reported' and f.period_start > a.published_date
