-- The corrections CSV as typed columns; text fields stay text (new_value is cast where it is applied).
select
    nullif(trim(correction_id), '') as correction_id,
    nullif(trim(action), '') as action,
    nullif(trim(article_id), '') as article_id,
    try_cast(nullif(evidence_start, '') as integer) as evidence_start,
    try_cast(nullif(evidence_end, '') as integer) as evidence_end,
    nullif(trim(fact_type), '') as fact_type,
    try_cast(nullif(figure_index, '') as integer) as figure_index,
    nullif(trim(field), '') as field,
    nullif(old_value, '') as old_value,
    nullif(new_value, '') as new_value,
    nullif(trim(corrected_by), '') as corrected_by,
    nullif(trim(corrected_at), '') as corrected_at,
    nullif(trim(note), '') as note,
    cast(row_number as integer) as row_number,
    nullif(problems, '') as problems
from {{ source('raw', 'analyst_corrections') }}
