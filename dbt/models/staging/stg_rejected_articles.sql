select
    cast(source_path as varchar) as source_path,
    cast(reason_code as varchar) as reason_code,
    cast(reason as varchar) as reason,
    cast(byte_size as bigint) as byte_size,
    cast(detected_at as timestamp) as detected_at
from {{ source('raw', 'rejected_articles') }}
