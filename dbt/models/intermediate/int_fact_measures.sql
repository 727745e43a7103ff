-- Every corrected fact with what its figure measures (the measure's parts and id), its claimant,
-- its as-of date (period end, else publication date of the story: the original for a near-duplicate), its value as an interval and its claim.
with facts as (
    select
        f.fact_id,
        f.fact_type,
        f.article_id,
        f.status,
        f.claimant_canonical,
        f.claimant_type,
        f.period_end,
        f.date_precision,
        -- a near-duplicate (syndicated copy) dates its claims by the original story's publication
        coalesce(o.published_date, f.published_date) as published_date,
        case f.fact_type
            when 'shipment' then coalesce(i.family, f.item)
            when 'deployment' then coalesce(pf.family, f.personnel_type)
            when 'infrastructure' then p.project_id || ':' || coalesce(af.attribute_family, f.attribute)
            else f.mechanism
        end as subject,
        case f.fact_type
            when 'shipment' then coalesce(i.family_label, replace(f.item, '_', ' '))
            when 'deployment' then coalesce(pf.family_label, replace(f.personnel_type, '_', ' '))
            when 'infrastructure'
                then p.canonical_project || ', ' || replace(coalesce(af.attribute_family, f.attribute), '_', ' ')
            else replace(f.mechanism, '_', ' ')
        end as subject_label,
        case when f.fact_type in ('shipment', 'deployment') then f.origin_country end as origin_country,
        case when f.fact_type in ('shipment', 'deployment') then f.destination_country end as target_country,
        -- a rate is never one measure with a total: shipments per month, amounts paid per month
        case
            when f.fact_type = 'shipment' then f.per_period
            when f.fact_type = 'currency' and f.share_low is null and f.share_high is null then f.per_period
        end as per_period,
        case f.fact_type
            when 'shipment' then coalesce(f.unit, 'item')
            when 'deployment' then 'people'
            when 'infrastructure' then coalesce(n.normalized_unit, f.unit)
            else case
                when f.share_low is not null or f.share_high is not null then 'percent'
                else f.amount_currency
            end
        end as unit,
        case f.fact_type
            when 'infrastructure' then coalesce(n.normalized_value, f.value_number)
            when 'currency' then case
                when f.share_low is not null or f.share_high is not null
                    then case when f.share_low = f.share_high then f.share_low end
                else f.amount
            end
            else f.quantity
        end as value,
        case f.fact_type
            when 'infrastructure' then coalesce(n.normalized_value, f.value_number)
            when 'currency' then coalesce(f.share_low, f.amount)
            else f.quantity_low
        end as value_low,
        case f.fact_type
            when 'infrastructure' then coalesce(n.normalized_value, f.value_number)
            when 'currency' then coalesce(f.share_high, f.amount)
            else f.quantity_high
        end as value_high,
        case
            when f.fact_type = 'infrastructure' then coalesce(f.value_text, cast(f.value_date as varchar))
        end as value_text
    from {{ ref('int_facts_corrected') }} as f
    left join {{ ref('int_infrastructure_normalized') }} as n
        on f.fact_id = n.fact_id
    left join {{ ref('stg_article_near_duplicates') }} as d
        on f.article_id = d.article_id
    left join {{ ref('stg_articles') }} as o
        on d.duplicate_of = o.article_id
    left join {{ ref('item_families') }} as i
        on f.item = i.item
    left join {{ ref('personnel_families') }} as pf
        on f.personnel_type = pf.personnel_type
    left join {{ ref('attribute_families') }} as af
        on f.attribute = af.attribute
    left join {{ ref('int_projects') }} as p
        on f.project = p.project and f.project_type is not distinct from p.project_type
    -- quarantined facts are in no fact mart, so in no claim either
    where f.fact_id not in (select fact_id from {{ ref('int_fact_quarantine') }})
),

measured as (
    select
        *,
        substr(md5(concat_ws('|', fact_type, coalesce(subject, '?'), coalesce(origin_country, '?'),
            coalesce(target_country, '?'), coalesce(per_period, 'cumulative'), coalesce(unit, '?'))), 1, 16) as measure_id,
        coalesce(period_end, published_date) as as_of_date,
        case
            when period_end is not null then date_precision
            when published_date is not null then 'day'
        end as as_of_precision
    from facts
)

-- A claim: the same measure, canonical claimant, as-of date, figure and status.
select
    *,
    substr(md5(concat_ws('|', measure_id, coalesce(claimant_canonical, '(unattributed)'),
        coalesce(cast(as_of_date as varchar), '?'), coalesce(cast(value_low as varchar), '?'),
        coalesce(cast(value as varchar), '?'), coalesce(cast(value_high as varchar), '?'),
        coalesce(value_text, '?'), status)), 1, 20) as claim_id
from measured
