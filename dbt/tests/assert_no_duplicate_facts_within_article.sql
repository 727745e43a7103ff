{{ config(meta={'dagster': {'ref': {'name': 'fct_shipments'}}}) }}
-- One fact is one row: no two rows of an article state the same thing.
select 'fct_shipments' as fact_table, article_id, count(*) as copies
from {{ ref('fct_shipments') }}
group by article_id, item, quantity, quantity_low, quantity_high, unit, per_period, origin_country, destination_country, status
having count(*) > 1
union all
select 'fct_deployments', article_id, count(*)
from {{ ref('fct_deployments') }}
group by article_id, personnel_type, headcount, headcount_low, headcount_high, origin_country, host_country, status
having count(*) > 1
union all
select 'fct_infrastructure_specs', article_id, count(*)
from {{ ref('fct_infrastructure_specs') }}
group by article_id, project, attribute, value_number, value_text, value_date, unit
having count(*) > 1
union all
select 'fct_currency_arrangements', article_id, count(*)
from {{ ref('fct_currency_arrangements') }}
group by article_id, mechanism, currencies, share_low, share_high, amount
having count(*) > 1
