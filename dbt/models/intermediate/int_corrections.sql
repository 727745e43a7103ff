-- Valid analyst corrections with the stable key of the fact they address; the latest wins per key and field.
select
    *,
    case
        when action in ('reject', 'set', 'add')
            then {{ fact_key('article_id', 'evidence_start', 'evidence_end', 'fact_type', 'figure_index') }}
    end as target_key,
    coalesce(corrected_at, '') || lpad(cast(row_number as varchar), 8, '0') as applied_order
from {{ ref('stg_analyst_corrections') }}
where problems is null
