select
    a.article_id,
    a.source_path,
    a.title,
    a.url,
    a.outlet,
    a.author,
    a.published_date,
    a.published_date_source,
    a.body_text,
    a.ingested_at,
    a.file_type,
    a.source_encoding,
    a.byte_size,
    a.is_opinion,
    cast(coalesce(f.fact_count, 0) as integer) as fact_count,
    d.duplicate_of,
    d.similarity
from {{ ref('stg_articles') }} as a
left join (
    select article_id, count(*) as fact_count
    from {{ ref('int_facts_corrected') }}
    group by article_id
) as f
    on a.article_id = f.article_id
left join {{ ref('stg_article_near_duplicates') }} as d
    on a.article_id = d.article_id
