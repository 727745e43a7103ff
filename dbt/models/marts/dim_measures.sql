-- What a figure measures: fact type + item / personnel family, project + attribute or mechanism
-- + direction + cumulative or per period + unit, with a readable label.
with measures as (
    select distinct
        measure_id, fact_type, subject, subject_label, origin_country, target_country, per_period, unit
    from {{ ref('int_fact_measures') }}
),

names as (
    select c.iso3, c.demonym, coalesce(s.short_name, c.country_name) as short_name
    from {{ ref('countries') }} as c
    left join {{ ref('country_short_names') }} as s
        on c.iso3 = s.iso3
)

select
    m.measure_id,
    trim(concat_ws(' ',
        case when m.fact_type in ('shipment', 'deployment') then o.demonym end,
        m.subject_label,
        case
            when m.target_country is not null and m.fact_type = 'shipment' then 'to ' || t.short_name
            when m.target_country is not null then 'in ' || t.short_name
        end
    ))
    || case
        when m.fact_type in ('shipment', 'deployment') and m.per_period is null then ', cumulative'
        when m.per_period is not null then ', per ' || m.per_period
        else ''
    end
    || case when m.unit is not null and m.unit not in ('item', 'people') then ' (' || m.unit || ')' else '' end
    as label,
    m.fact_type,
    m.subject,
    m.subject_label,
    m.origin_country,
    m.target_country,
    m.per_period,
    m.per_period is null as is_cumulative,
    m.unit
from measures as m
left join names as o
    on m.origin_country = o.iso3
left join names as t
    on m.target_country = t.iso3
