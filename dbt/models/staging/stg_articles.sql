select
    cast(article_id as varchar) as article_id,
    cast(source_path as varchar) as source_path,
    cast(file_type as varchar) as file_type,
    cast(encoding as varchar) as source_encoding,
    cast(encoding_confidence as double) as encoding_confidence,
    cast(byte_size as bigint) as byte_size,
    nullif(trim(cast(title as varchar)), '') as title,
    nullif(trim(cast(url as varchar)), '') as url,
    nullif(trim(cast(outlet as varchar)), '') as outlet,
    nullif(trim(cast(author as varchar)), '') as author,
    cast(published_date as date) as published_date,
    cast(published_date_source as varchar) as published_date_source,
    cast(body_text as varchar) as body_text,
    cast(is_opinion as boolean) as is_opinion,
    cast(ingested_at as timestamp) as ingested_at
from {{ source('raw', 'articles') }}
