{{ config(meta={'dagster': {'ref': {'name': 'fct_currency_arrangements'}}}) }}
-- Shares are percentages: within 0-100, in the currency facts and in shipments counted in percent.
select fact_id, share_low as low, share_high as high
from {{ ref('fct_currency_arrangements') }}
where share_low < 0 or share_high > 100 or share_low > 100 or share_high < 0
union all
select fact_id, quantity_low, quantity_high
from {{ ref('fct_shipments') }}
where unit = 'percent' and (coalesce(quantity_low, 0) < 0 or coalesce(quantity_high, quantity, 0) > 100)
