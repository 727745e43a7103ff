{#- Each infrastructure attribute takes only its own units (a length in km or m, a cost in a currency...). -#}
{% test accepted_units_for_attribute(model, column_name, attribute_column='attribute') %}
select *
from {{ model }}
where {{ column_name }} is not null
  and not (
    ({{ attribute_column }} in ('length', 'span') and {{ column_name }} in ('km', 'm', 'mi', 'ft'))
    or ({{ attribute_column }} in ('cost', 'funding') and {{ column_name }} in (select currency_code from {{ ref('currencies') }}))
    or ({{ attribute_column }} = 'lanes' and {{ column_name }} = 'lanes')
    or ({{ attribute_column }} in ('capacity', 'annual_capacity') and {{ column_name }} in (select unit from {{ ref('unit_conversions') }} where dimension in ('rate', 'count', 'weight')))
  )
{% endtest %}
