{{ config(meta={'dagster': {'ref': {'name': 'fct_measure_timeline'}}}) }}
-- A conflict flag needs two `reported` claims of that measure with that as-of month.
select t.measure_id, t.month
from {{ ref('fct_measure_timeline') }} as t
where t.conflict
    and (
        select count(*)
        from {{ ref('fct_claims') }} as c
        where c.measure_id = t.measure_id
            and c.status = 'reported'
            and cast(date_trunc('month', c.as_of_date) as date) = t.month
    ) < 2
