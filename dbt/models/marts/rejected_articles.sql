select
    source_path,
    reason,
    reason_code,
    byte_size,
    detected_at
from {{ ref('stg_rejected_articles') }}
union all
-- articles that were read but whose extraction failed or ran over its time budget
select
    a.source_path,
    x.reason,
    x.reason_code,
    a.byte_size,
    x.detected_at
from {{ ref('stg_extraction_failures') }} as x
inner join {{ ref('stg_articles') }} as a
    on x.article_id = a.article_id
