select
    {{ fact_common_columns() }},
    {{ fact_ledger_columns() }},
    currencies,
    mechanism,
    share_low,
    share_high,
    amount,
    amount_currency,
    date_text,
    hedge_text,
    extractor_version
from {{ ref('int_facts_corrected') }}
where fact_type = 'currency'
