select
    {{ fact_common_columns() }},
    {{ fact_ledger_columns() }},
    origin_country,
    destination_country as host_country,
    personnel_type,
    quantity as headcount,
    quantity_low as headcount_low,
    quantity_high as headcount_high,
    location,
    quantity_text as headcount_text,
    date_text,
    hedge_text,
    extractor_version
from {{ ref('int_facts_corrected') }}
where fact_type = 'deployment'
