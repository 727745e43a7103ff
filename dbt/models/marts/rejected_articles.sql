select
    source_path,
    reason,
    reason_code,
    byte_size,
    detected_at
from {{ ref('stg_rejected_articles') }}
