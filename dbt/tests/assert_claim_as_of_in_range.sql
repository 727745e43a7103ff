{{ config(meta={'dagster': {'ref': {'name': 'fct_claims'}}}) }}
-- As-of dates lie within the bounds of fact dates: from earliest_fact_date to the latest publication + horizon.
select claim_id, as_of_date, last_published
from {{ ref('fct_claims') }}
where as_of_date < cast('{{ var("earliest_fact_date") }}' as date)
    or as_of_date > coalesce(last_published, current_date) + to_years({{ var('horizon_years') }})
