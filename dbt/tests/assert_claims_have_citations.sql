{{ config(meta={'dagster': {'ref': {'name': 'fct_claims'}}}) }}
-- Every claim is cited by at least one article and one outlet, and has facts behind it.
select c.claim_id, c.n_articles, c.n_outlets
from {{ ref('fct_claims') }} as c
where c.n_articles < 1
    or c.n_outlets < 1
    or c.n_outlets > c.n_articles
    or not exists (select 1 from {{ ref('bridge_claim_facts') }} as b where b.claim_id = c.claim_id)
