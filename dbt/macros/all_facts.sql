{#- The common columns of the four fact marts, unioned, with the fact table's name. -#}
{% macro all_facts() -%}
    {%- set tables = ['fct_shipments', 'fct_deployments', 'fct_infrastructure_specs', 'fct_currency_arrangements'] -%}
    {%- for t in tables %}
    select
        '{{ t }}' as fact_table, fact_id, article_id, status, evidence_text, evidence_start, evidence_end,
        period_start, period_end, date_precision
    from {{ ref(t) }}
    {% if not loop.last %}union all{% endif %}
    {%- endfor %}
{%- endmacro %}
