select
    currency_code,
    currency_name,
    minor_unit,
    has_market_rate
from {{ ref('currencies') }}
