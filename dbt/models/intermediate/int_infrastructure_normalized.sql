-- Infrastructure attributes with values normalised through the reference seeds:
-- lengths to metres, capacities to per day / per year, money to USD at the rate of its month
-- (the fact's own period, else the article's publication month, else the latest rate available).
with facts as (
    select
        f.*,
        case
            when f.period_end is not null then 'fact_period'
            when f.published_date is not null then 'published_date'
            else 'latest_available'
        end as fx_rate_basis_wanted,
        coalesce(
            cast(date_trunc('month', f.period_end) as date),
            cast(date_trunc('month', f.published_date) as date),
            date '9999-12-01'
        ) as wanted_rate_month
    from {{ ref('int_facts_corrected') }} as f
    where f.fact_type = 'infrastructure'
),

money as (
    select
        f.fact_id,
        r.rate_month as fx_rate_month,
        r.usd_per_unit as fx_usd_per_unit,
        r.rate_source as fx_rate_source
    from facts as f
    asof left join {{ ref('int_exchange_rates') }} as r
        on f.unit = r.currency
        and f.wanted_rate_month >= r.rate_month
    where f.attribute in ('cost', 'funding') and f.unit in (select currency_code from {{ ref('currencies') }})
)

select
    f.*,
    c.normalized_unit as conversion_unit,
    m.fx_rate_month,
    m.fx_usd_per_unit,
    m.fx_rate_source,
    case
        when m.fact_id is null then null
        when m.fx_usd_per_unit is null then 'no_market_rate'
        else f.fx_rate_basis_wanted
    end as fx_rate_basis,
    case
        when m.fact_id is not null then 'USD'
        else c.normalized_unit
    end as normalized_unit,
    case
        when m.fact_id is not null then f.value_number * m.fx_usd_per_unit
        when c.unit is not null then f.value_number * c.factor
    end as normalized_value,
    case
        when f.stated_equivalent_currency = 'USD' then f.stated_equivalent_value
    end as stated_equivalent_usd
from facts as f
left join money as m
    on f.fact_id = m.fact_id
left join {{ ref('unit_conversions') }} as c
    on f.unit = c.unit
