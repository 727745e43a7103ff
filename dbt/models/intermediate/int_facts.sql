-- Facts of articles that are still in the warehouse, one row per fact_id, with the article's publication date.
with facts as (
    select
        f.*,
        a.published_date,
        row_number() over (partition by f.fact_id order by f.evidence_start, f.anchor_start) as occurrence
    from {{ ref('stg_extracted_facts') }} as f
    inner join {{ ref('stg_articles') }} as a
        on f.article_id = a.article_id
)

select * exclude (occurrence)
from facts
where occurrence = 1
