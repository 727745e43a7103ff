{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'fct_infrastructure_specs'}}}) }}
-- Where an article states both figures ("9 billion rubles (around $110 million)"), the amount
-- converted through the rate table should be close to the stated equivalent.
select
    fact_id,
    value_number,
    unit,
    normalized_value,
    stated_equivalent_usd,
    abs(normalized_value - stated_equivalent_usd) / stated_equivalent_usd as relative_gap
from {{ ref('fct_infrastructure_specs') }}
where stated_equivalent_usd is not null
    and normalized_value is not null
    and abs(normalized_value - stated_equivalent_usd) / stated_equivalent_usd > {{ var('stated_equivalent_tolerance') }}
