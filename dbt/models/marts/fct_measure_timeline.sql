-- Per measure and month (from its first to its last as-of month): the latest claim of each claimant
-- as of that month, their envelope, and a conflict flag where two `reported` claims of that as-of month
-- have intervals that do not overlap. Claims without an as-of date or without a figure are left out.
with claims as (
    select
        *,
        cast(date_trunc('month', as_of_date) as date) as as_of_month,
        case when value_low is null and value_high is null then value else value_low end as lo,
        case when value_low is null and value_high is null then value else value_high end as hi
    from {{ ref('fct_claims') }}
    where as_of_date is not null
        and (value is not null or value_low is not null or value_high is not null)
),

months as (
    select
        measure_id,
        cast(unnest(generate_series(min(as_of_month), max(as_of_month), interval 1 month)) as date) as month
    from claims
    group by measure_id
),

in_effect as (
    select
        m.measure_id,
        m.month,
        c.*
    from months as m
    inner join claims as c
        on m.measure_id = c.measure_id and c.as_of_month <= m.month
    qualify row_number() over (
        partition by m.measure_id, m.month, coalesce(c.claimed_by, '(unattributed)')
        order by c.as_of_date desc, c.last_published desc nulls last, c.claim_id
    ) = 1
),

conflicts as (
    select
        a.measure_id,
        a.as_of_month as month,
        count(*) as n_conflicting_pairs
    from claims as a
    inner join claims as b
        on a.measure_id = b.measure_id
        and a.as_of_month = b.as_of_month
        and a.claim_id < b.claim_id
    where a.status = 'reported'
        and b.status = 'reported'
        and not (
            coalesce(a.lo, -1e308) <= coalesce(b.hi, 1e308)
            and coalesce(b.lo, -1e308) <= coalesce(a.hi, 1e308)
        )
    group by a.measure_id, a.as_of_month
),

summary as (
    select
        measure_id,
        month,
        min(coalesce(value_low, value)) as latest_value_low,
        max(coalesce(value_high, value)) as latest_value_high,
        cast(count(*) as integer) as n_claims,
        cast(count(*) filter (where as_of_month = month) as integer) as n_new_claims,
        arg_max(claim_id, as_of_date) as latest_claim_id,
        arg_max(claimed_by, as_of_date) as latest_claimed_by,
        arg_max(value, as_of_date) as latest_value,
        string_agg(
            coalesce(claimed_by, '(unattributed)') || ': ' || coalesce(cast(value as varchar),
                coalesce(cast(value_low as varchar), '') || '–' || coalesce(cast(value_high as varchar), ''))
            || ' (' || cast(as_of_date as varchar) || ', ' || status || ')',
            '; ' order by as_of_date desc, claimed_by
        ) as claims_in_effect
    from in_effect
    group by measure_id, month
)

select
    s.measure_id,
    s.month,
    s.latest_value_low,
    s.latest_value_high,
    s.n_claims,
    coalesce(c.n_conflicting_pairs, 0) > 0 as conflict,
    s.n_new_claims,
    s.latest_claim_id,
    s.latest_claimed_by,
    s.latest_value,
    cast(coalesce(c.n_conflicting_pairs, 0) as integer) as n_conflicting_pairs,
    s.claims_in_effect
from summary as s
left join conflicts as c
    on s.measure_id = c.measure_id and s.month = c.month
