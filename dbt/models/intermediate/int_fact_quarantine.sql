-- Row-level rules: one row per fact and rule it breaks. A fact listed here is kept out of the fact
-- marts and shown in marts.quarantined_facts instead; the rest of the warehouse publishes.
with facts as (
    select
        f.*,
        n.normalized_value,
        n.normalized_unit
    from {{ ref('int_facts_corrected') }} as f
    left join {{ ref('int_infrastructure_normalized') }} as n
        on f.fact_id = n.fact_id
),

measured as (
    select
        fact_id,
        fact_type,
        case
            when fact_type = 'shipment' then item_category
            when fact_type = 'infrastructure' then attribute
            else '*'
        end as family,
        case
            when fact_type = 'shipment' then unit
            when fact_type = 'deployment' then 'person'
            when fact_type = 'infrastructure' then normalized_unit
        end as measure_unit,
        case when fact_type = 'infrastructure' then normalized_value else quantity end as central,
        case when fact_type = 'infrastructure' then normalized_value else quantity_low end as low,
        case when fact_type = 'infrastructure' then normalized_value else quantity_high end as high
    from facts
    where fact_type in ('shipment', 'deployment', 'infrastructure')
    union all
    select fact_id, fact_type, '*', 'percent', null, share_low, share_high
    from facts
    where fact_type = 'currency' and (share_low is not null or share_high is not null)
    union all
    select fact_id, fact_type, '*', 'amount', amount, amount, amount
    from facts
    where fact_type = 'currency' and amount is not null
),

bounded as (
    select
        m.*,
        b.min_value,
        b.max_value,
        row_number() over (
            partition by m.fact_id, m.measure_unit
            order by (b.family = '*'), (b.unit = '*')
        ) as specificity
    from measured as m
    inner join {{ ref('plausibility_bounds') }} as b
        on m.fact_type = b.fact_type
        and (b.family = m.family or b.family = '*')
        and (b.unit = m.measure_unit or b.unit = '*')
),

violations as (
    -- bounds: figures are positive and in order
    select fact_id, 'bounds' as rule, 'a figure is zero or negative' as detail
    from facts
    where quantity <= 0 or quantity_low <= 0 or quantity_high <= 0 or value_number <= 0 or amount <= 0
    union all
    select fact_id, 'bounds', 'low, central and high figures are out of order'
    from facts
    where quantity_low > quantity or quantity > quantity_high or quantity_low > quantity_high
        or share_low > share_high
    union all
    select fact_id, 'bounds', 'a share lies outside 0-100 %'
    from facts
    where share_low < 0 or share_high > 100 or share_low > 100 or share_high < 0
        or (unit = 'percent' and (coalesce(quantity_low, 0) < 0 or coalesce(quantity_high, quantity, 0) > 100))
    union all
    -- dates
    select fact_id, 'dates', 'the period ends before it starts'
    from facts
    where period_start > period_end
    union all
    select fact_id, 'dates', 'the date lies before {{ var("earliest_fact_date") }} or over {{ var("horizon_years") }} years after publication'
    from facts
    where period_start < cast('{{ var("earliest_fact_date") }}' as date)
        or period_end < cast('{{ var("earliest_fact_date") }}' as date)
        or period_end > coalesce(published_date, current_date) + to_years({{ var("horizon_years") }})
    union all
    select fact_id, 'dates', 'a reported fact dated after its article was published'
    from facts
    where status = 'reported' and period_start > published_date
    union all
    -- units and vocabularies
    select fact_id, 'units', 'unit ' || coalesce(unit, 'null') || ' is not a shipment unit'
    from facts
    where fact_type = 'shipment' and unit is not null
        and unit not in ('item', 'container', 'tonne', 'barrel', 'percent', 'USD', 'RUB', 'EUR', 'CNY', 'kg', 'wagon', 'vehicle', 'passenger', 'tanker', 'trip')
    union all
    select fact_id, 'units', 'unit ' || coalesce(unit, 'null') || ' does not fit attribute ' || attribute
    from facts
    where fact_type = 'infrastructure' and not (
        (attribute in ('length', 'span') and unit in ('km', 'm', 'mi', 'ft') and normalized_unit = 'm')
        or (attribute in ('cost', 'funding') and value_text is null
            and unit in (select currency_code from {{ ref('currencies') }}) and normalized_unit = 'USD')
        or (attribute = 'lanes' and unit = 'lanes' and normalized_unit = 'lanes')
        or (attribute = 'capacity' and unit in (select unit from {{ ref('unit_conversions') }} where dimension in ('rate', 'count', 'weight'))
            and normalized_unit is not null and normalized_unit not like '%_per_year')
        or (attribute = 'annual_capacity' and unit like '%_per_year' and normalized_unit like '%_per_year')
        or (attribute in ('builder', 'funding', 'completion_date', 'start_date') and normalized_unit is null and value_number is null)
    )
    union all
    select fact_id, 'accepted_values', 'a status, precision, category, period, mechanism or attribute outside its list'
    from facts
    where status not in ('reported', 'planned', 'possible')
        or date_precision not in ('day', 'month', 'quarter', 'half', 'year', 'decade')
        or (fact_type = 'shipment' and (item is null or item_category is null
            or item_category not in ('munitions', 'missiles', 'weapons_systems', 'food', 'energy', 'materials', 'technology', 'other')
            or per_period not in ('day', 'week', 'month', 'year')))
        or (fact_type = 'deployment' and personnel_type is null)
        or (fact_type = 'infrastructure' and (project is null or attribute is null
            or attribute not in ('length', 'span', 'cost', 'capacity', 'annual_capacity', 'lanes', 'completion_date', 'start_date', 'builder', 'funding')))
        or (fact_type = 'currency' and (mechanism is null
            or mechanism not in ('direct_bank_settlement', 'correspondent_account', 'wage_remittance', 'barter', 'crypto', 'other')
            or not regexp_full_match(coalesce(currencies, 'AAA'), '[A-Z]{3}(,[A-Z]{3})*')))
    union all
    select fact_id, 'country_code', 'a country code that is not in dim_countries'
    from facts
    where (origin_country is not null and origin_country not in (select iso3 from {{ ref('countries') }}))
        or (destination_country is not null and destination_country not in (select iso3 from {{ ref('countries') }}))
    union all
    -- plausibility bounds per measure family (reference.plausibility_bounds)
    select
        fact_id,
        'plausibility',
        'figure ' || cast(coalesce(central, high, low) as varchar) || ' ' || coalesce(measure_unit, '')
        || ' outside the plausible range ' || cast(min_value as varchar) || '-' || cast(max_value as varchar)
        || ' for ' || fact_type || ' / ' || family
    from bounded
    where specificity = 1
        and (central < min_value or central > max_value or low < min_value or low > max_value
            or high < min_value or high > max_value)
)

select distinct fact_id, rule, detail
from violations
