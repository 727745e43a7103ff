{{ config(meta={'dagster': {'ref': {'name': 'fct_shipments'}}}) }}
-- Dates lie between 1945-01-01 and the article's publication date plus the horizon (15 years).
with facts as ({{ all_facts() }})

select f.fact_table, f.fact_id, f.period_start, f.period_end, a.published_date
from facts as f
left join {{ ref('dim_articles') }} as a
    on f.article_id = a.article_id
where f.period_start < cast('{{ var("earliest_fact_date") }}' as date)
    or f.period_end < cast('{{ var("earliest_fact_date") }}' as date)
    or f.period_end > coalesce(a.published_date, current_date) + to_years({{ var("horizon_years") }})
