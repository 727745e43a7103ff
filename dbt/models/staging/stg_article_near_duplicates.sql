select
    cast(article_id as varchar) as article_id,
    cast(duplicate_of as varchar) as duplicate_of,
    cast(similarity as double) as similarity
from {{ source('raw', 'article_near_duplicates') }}
