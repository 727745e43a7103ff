{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'correction_log'}}}) }}
-- Warning: an analyst correction that no longer applies (its article was removed or changed, its fact is
-- no longer extracted, or the row is invalid). The run still publishes; marts.correction_log says why.
select correction_id, action, article_id, not_applied_reason
from {{ ref('correction_log') }}
where not applied
