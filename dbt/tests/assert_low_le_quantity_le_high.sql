{{ config(meta={'dagster': {'ref': {'name': 'fct_shipments'}}}) }}
-- Bounds enclose the central figure: low <= quantity <= high, and low <= high.
select 'fct_shipments' as fact_table, fact_id, quantity_low as low, quantity as central, quantity_high as high
from {{ ref('fct_shipments') }}
where quantity_low > quantity or quantity > quantity_high or quantity_low > quantity_high
union all
select 'fct_deployments', fact_id, headcount_low, headcount, headcount_high
from {{ ref('fct_deployments') }}
where headcount_low > headcount or headcount > headcount_high or headcount_low > headcount_high
union all
select 'fct_currency_arrangements', fact_id, share_low, null, share_high
from {{ ref('fct_currency_arrangements') }}
where share_low > share_high
