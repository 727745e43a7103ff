select
    iso3,
    iso2,
    country_name,
    demonym,
    region
from {{ ref('countries') }}
