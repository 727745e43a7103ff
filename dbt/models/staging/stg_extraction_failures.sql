-- Articles whose extraction failed or ran over its time budget (they move to rejected_articles).
select
    cast(article_id as varchar) as article_id,
    cast(status as varchar) as reason_code,
    cast(error as varchar) as reason,
    cast(extracted_at as timestamp) as detected_at
from {{ source('raw', 'extraction_log') }}
where status is not null and status <> 'ok'
