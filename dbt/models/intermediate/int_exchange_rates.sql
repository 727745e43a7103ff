-- Monthly exchange rates to USD (see the seed's source column); KPW has no market rate and is absent.
select
    currency,
    cast(rate_month as date) as rate_month,
    cast(usd_per_unit as double) as usd_per_unit,
    source as rate_source
from {{ ref('exchange_rates_monthly') }}
