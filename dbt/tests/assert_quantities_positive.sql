{{ config(meta={'dagster': {'ref': {'name': 'fct_shipments'}}}) }}
-- Headcounts, quantities, amounts and infrastructure figures are positive.
select 'fct_shipments' as fact_table, fact_id
from {{ ref('fct_shipments') }}
where quantity <= 0 or quantity_low <= 0 or quantity_high <= 0
union all
select 'fct_deployments', fact_id
from {{ ref('fct_deployments') }}
where headcount <= 0 or headcount_low <= 0 or headcount_high <= 0
union all
select 'fct_infrastructure_specs', fact_id
from {{ ref('fct_infrastructure_specs') }}
where value_number <= 0
union all
select 'fct_currency_arrangements', fact_id
from {{ ref('fct_currency_arrangements') }}
where amount <= 0
