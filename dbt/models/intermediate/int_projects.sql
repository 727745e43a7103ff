-- One row per project name as written (and type): the project it resolves to across articles.
-- An alias seed (project_aliases) maps known names to a canonical name; then names of the same type with the
-- same place names (the words left after dropping the generic words of project_generic_words) are one project.
with names as (
    select distinct
        f.project,
        f.project_type,
        coalesce(a.canonical_project, f.project) as aliased
    from {{ ref('int_facts_corrected') }} as f
    left join {{ ref('project_aliases') }} as a
        on lower(f.project) = lower(a.alias)
    where f.fact_type = 'infrastructure' and f.project is not null
),

tokens as (
    select project, project_type, unnest(regexp_split_to_array(lower(aliased), '[^\p{L}]+')) as token
    from names
),

places as (
    select project, project_type, string_agg(distinct token, ' ' order by token) as place_key
    from tokens
    where token <> '' and token not in (select lower(word) from {{ ref('project_generic_words') }})
    group by project, project_type
),

keyed as (
    select
        n.project,
        n.project_type,
        n.aliased,
        n.aliased <> n.project as is_alias,
        coalesce(n.project_type, 'unknown') || ':' || coalesce(p.place_key, lower(n.aliased)) as project_key
    from names as n
    left join places as p
        on n.project = p.project and n.project_type is not distinct from p.project_type
)

select
    project,
    project_type,
    substr(md5(project_key), 1, 16) as project_id,
    project_key,
    coalesce(
        max(case when is_alias then aliased end) over (partition by project_key),
        min(aliased) over (partition by project_key)
    ) as canonical_project
from keyed
