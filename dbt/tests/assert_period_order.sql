{{ config(meta={'dagster': {'ref': {'name': 'fct_shipments'}}}) }}
-- A period never ends before it starts.
select fact_table, fact_id, period_start, period_end
from ({{ all_facts() }})
where period_start > period_end
