{{ config(meta={'dagster': {'ref': {'name': 'bridge_claim_facts'}}}) }}
-- Every fact of the four fact marts belongs to exactly one claim.
with facts as (
    {{ all_facts() }}
)

select f.fact_id, count(b.claim_id) as n_claims
from facts as f
left join {{ ref('bridge_claim_facts') }} as b
    on f.fact_id = b.fact_id
group by f.fact_id
having count(b.claim_id) <> 1
