-- Facts of articles that are still in the warehouse, one row per fact_id, with the article's publication date,
-- the figure's position in its sentence and the stable key analysts' corrections refer to.
with facts as (
    select
        f.*,
        a.published_date,
        row_number() over (partition by f.fact_id order by f.evidence_start, f.anchor_start) as occurrence
    from {{ ref('stg_extracted_facts') }} as f
    inner join {{ ref('stg_articles') }} as a
        on f.article_id = a.article_id
),

unique_facts as (
    select * exclude (occurrence)
    from facts
    where occurrence = 1
),

positioned as (
    select
        *,
        cast(row_number() over (
            partition by article_id, evidence_start, evidence_end, fact_type
            order by anchor_start, anchor_end, fact_id
        ) as integer) as figure_index
    from unique_facts
)

select
    *,
    {{ fact_key('article_id', 'evidence_start', 'evidence_end', 'fact_type', 'figure_index') }} as fact_key
from positioned
