select
    {{ fact_common_columns() }},
    {{ fact_ledger_columns() }},
    origin_country,
    destination_country,
    item,
    item_category,
    quantity,
    quantity_low,
    quantity_high,
    unit,
    per_period,
    quantity_text,
    date_text,
    hedge_text,
    extractor_version
from {{ ref('int_facts_corrected') }}
where fact_type = 'shipment'
