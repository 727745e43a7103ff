-- Every fact behind a claim (one row per fact; each fact belongs to exactly one claim).
select
    claim_id,
    fact_id,
    fact_type,
    article_id
from {{ ref('int_fact_measures') }}
