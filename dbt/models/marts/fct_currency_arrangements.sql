select
    fact_id,
    article_id,
    status,
    claimed_by,
    evidence_text,
    evidence_start,
    evidence_end,
    period_start,
    period_end,
    date_precision,
    currencies,
    mechanism,
    share_low,
    share_high,
    amount,
    amount_currency,
    date_text,
    hedge_text,
    extractor_version
from {{ ref('int_facts') }}
where fact_type = 'currency'
