{{ config(meta={'dagster': {'ref': {'name': 'fct_infrastructure_specs'}}}) }}
-- location_countries lists known ISO3 codes, sorted, comma-joined, each once.
with codes as (
    select
        fact_id,
        location_countries,
        unnest(string_split(location_countries, ',')) as code
    from {{ ref('fct_infrastructure_specs') }}
    where location_countries is not null
)

select fact_id, location_countries, 'unknown code ' || code as problem
from codes
where code not in (select iso3 from {{ ref('countries') }})
union all
select fact_id, location_countries, 'not sorted or repeated' as problem
from {{ ref('fct_infrastructure_specs') }}
where location_countries is not null
    and location_countries <> array_to_string(list_sort(list_distinct(string_split(location_countries, ','))), ',')
