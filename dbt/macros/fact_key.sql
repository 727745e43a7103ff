{#- The stable key of a fact: article content hash, evidence span, fact type and the figure's position
    among the facts of that type in that sentence. Never a hash of extracted values. -#}
{% macro fact_key(article_id, evidence_start, evidence_end, fact_type, figure_index) -%}
    substr(md5(concat_ws('|', {{ article_id }}, cast({{ evidence_start }} as varchar), cast({{ evidence_end }} as varchar),
        {{ fact_type }}, cast({{ figure_index }} as varchar))), 1, 20)
{%- endmacro %}

{#- Columns every fact mart carries after the contract's common ones (second wave). -#}
{% macro fact_ledger_columns() -%}
    corrected_by,
    correction_note,
    fact_key,
    figure_index
{%- endmacro %}

{#- Fields an analyst's `set` correction may change, with their types. -#}
{% macro correctable_fields() -%}
    {{ return({
        'quantity': 'double', 'quantity_low': 'double', 'quantity_high': 'double', 'value_number': 'double',
        'share_low': 'double', 'share_high': 'double', 'amount': 'double',
        'period_start': 'date', 'period_end': 'date', 'value_date': 'date',
        'status': 'varchar', 'claimed_by': 'varchar', 'date_precision': 'varchar', 'item': 'varchar',
        'item_category': 'varchar', 'personnel_type': 'varchar', 'origin_country': 'varchar',
        'destination_country': 'varchar', 'location': 'varchar', 'unit': 'varchar', 'per_period': 'varchar',
        'project': 'varchar', 'project_type': 'varchar', 'attribute': 'varchar', 'value_text': 'varchar',
        'currencies': 'varchar', 'mechanism': 'varchar', 'amount_currency': 'varchar'
    }) }}
{%- endmacro %}
