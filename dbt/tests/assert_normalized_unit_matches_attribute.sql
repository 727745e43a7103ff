{{ config(meta={'dagster': {'ref': {'name': 'fct_infrastructure_specs'}}}) }}
-- normalized_unit is consistent with the attribute: metres for lengths, USD for money,
-- lanes for lanes, a per-day or per-year rate for capacities, nothing for text and date attributes.
select fact_id, attribute, unit, normalized_unit
from {{ ref('fct_infrastructure_specs') }}
where not (
    (attribute in ('length', 'span') and normalized_unit = 'm')
    or (attribute in ('cost', 'funding') and value_text is null and normalized_unit = 'USD')
    or (attribute = 'lanes' and normalized_unit = 'lanes')
    or (attribute = 'capacity' and normalized_unit is not null and normalized_unit not like '%_per_year')
    or (attribute = 'annual_capacity' and normalized_unit like '%_per_year')
    or (attribute in ('builder', 'funding', 'completion_date', 'start_date') and normalized_unit is null and value_number is null)
)
