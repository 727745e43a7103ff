{{ config(meta={'dagster': {'ref': {'name': 'quarantined_facts'}}}) }}
-- A systemic fault, not one odd article: more than max_quarantined_share of all facts (and at least
-- quarantine_min_rows of them) quarantined stops the publish.
with counts as (
    select
        (select count(*) from {{ ref('quarantined_facts') }}) as quarantined,
        (select count(*) from {{ ref('int_facts') }}) as total
)

select quarantined, total
from counts
where quarantined >= {{ var('quarantine_min_rows') }}
    and quarantined > {{ var('max_quarantined_share') }} * total
