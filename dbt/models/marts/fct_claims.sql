-- One row per distinct claim: the same measure, claimant, as-of date, figure and status, however many
-- articles and outlets carry it; citations counted per article, per outlet and per independent story.
with facts as (
    select
        m.*,
        a.outlet,
        a.published_date as article_published,
        coalesce(d.duplicate_of, m.article_id) as story_id
    from {{ ref('int_fact_measures') }} as m
    inner join {{ ref('stg_articles') }} as a
        on m.article_id = a.article_id
    left join {{ ref('stg_article_near_duplicates') }} as d
        on m.article_id = d.article_id
)

select
    claim_id,
    any_value(measure_id) as measure_id,
    any_value(claimant_canonical) as claimed_by,
    any_value(claimant_type) as claimant_type,
    any_value(as_of_date) as as_of_date,
    min(as_of_precision) as as_of_precision,
    any_value(value_low) as value_low,
    any_value(value) as value,
    any_value(value_high) as value_high,
    any_value(value_text) as value_text,
    any_value(unit) as unit,
    any_value(status) as status,
    cast(count(distinct article_id) as integer) as n_articles,
    cast(count(distinct coalesce(outlet, 'article:' || article_id)) as integer) as n_outlets,
    cast(count(distinct story_id) as integer) as n_independent_reports,
    cast(count(*) as integer) as n_facts,
    min(article_published) as first_published,
    max(article_published) as last_published
from facts
group by claim_id
