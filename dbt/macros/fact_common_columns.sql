{#- The columns every fact mart starts with (the contract's common columns). -#}
{% macro fact_common_columns() -%}
    fact_id,
    article_id,
    status,
    claimed_by,
    claimant_type,
    evidence_text,
    evidence_start,
    evidence_end,
    period_start,
    period_end,
    date_precision
{%- endmacro %}
