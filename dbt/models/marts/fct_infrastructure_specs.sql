select
    {{ fact_common_columns() }},
    {{ fact_ledger_columns() }},
    f.project,
    f.project_type,
    p.project_id,
    p.canonical_project,
    f.location_countries,
    attribute,
    value_number,
    value_text,
    value_date,
    unit,
    normalized_value,
    normalized_unit,
    stated_equivalent_value,
    stated_equivalent_currency,
    stated_equivalent_usd,
    fx_rate_month,
    fx_usd_per_unit,
    fx_rate_basis,
    quantity_text as value_as_written,
    date_text,
    hedge_text,
    extractor_version
from {{ ref('int_infrastructure_normalized') }} as f
left join {{ ref('int_projects') }} as p
    on f.project = p.project and f.project_type is not distinct from p.project_type
