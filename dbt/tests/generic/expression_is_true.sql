{#- Rows for which a boolean SQL expression is false (written here: dbt deps cannot reach the hub). -#}
{% test expression_is_true(model, expression, where_clause=none) %}
select *
from {{ model }}
where not coalesce(({{ expression }}), false)
{% if where_clause %} and ({{ where_clause }}){% endif %}
{% endtest %}
