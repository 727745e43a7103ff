select
    {{ fact_common_columns() }},
    {{ fact_ledger_columns() }},
    currencies,
    mechanism,
    share_low,
    share_high,
    amount,
    amount_currency,
    per_period,
    date_text,
    hedge_text,
    extractor_version
from {{ ref('int_facts_corrected') }}
where fact_type = 'currency'
    and fact_id not in (select fact_id from {{ ref('int_fact_quarantine') }})
