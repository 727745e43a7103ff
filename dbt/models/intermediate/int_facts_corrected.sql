-- Facts after the analysts' corrections (corrections/corrections.csv or CORRECTIONS_PATH):
-- `add` creates a fact at its key (fields from `set` rows), `reject` drops one, `set` replaces a field,
-- `map` renames an item / personnel type / project / claimant everywhere; then the canonical claimant
-- and its type (claimants seed, else the keyword rule). Applied before any claim is built.
{%- set fields = correctable_fields() %}
with corrections as (
    select * from {{ ref('int_corrections') }}
),

articles as (
    select article_id, body_text, published_date from {{ ref('stg_articles') }}
),

added as (
    select
        c.target_key as fact_key,
        'added_' || substr(c.target_key, 1, 14) as fact_id,
        c.article_id,
        c.fact_type,
        'reported' as status,
        substr(a.body_text, c.evidence_start + 1, c.evidence_end - c.evidence_start) as evidence_text,
        c.evidence_start,
        c.evidence_end,
        c.evidence_start as anchor_start,
        c.evidence_start as anchor_end,
        c.figure_index,
        a.published_date,
        'analyst' as extractor_version
    from corrections as c
    inner join articles as a
        on c.article_id = a.article_id
    where c.action = 'add'
        and c.evidence_end <= length(a.body_text)
        and c.target_key not in (select fact_key from {{ ref('int_facts') }})
    qualify row_number() over (partition by c.target_key order by c.applied_order desc) = 1
),

unioned as (
    select * from {{ ref('int_facts') }}
    union all by name
    select * from added
),

kept as (
    select *
    from unioned
    where fact_key not in (select target_key from corrections where action = 'reject')
),

sets as (
    select
        target_key,
        {%- for f in fields %}
        bool_or(field = '{{ f }}') as has_{{ f }},
        arg_max(new_value, applied_order) filter (where field = '{{ f }}') as new_{{ f }}{{ "," if not loop.last }}
        {%- endfor %}
    from corrections
    where action = 'set'
    group by target_key
),

after_sets as (
    select
        k.* replace (
            {%- for f, t in fields.items() %}
            case when s.has_{{ f }} then cast(s.new_{{ f }} as {{ t }}) else k.{{ f }} end as {{ f }}{{ "," if not loop.last }}
            {%- endfor %}
        )
    from kept as k
    left join sets as s
        on k.fact_key = s.target_key
),

maps as (
    select *
    from corrections
    where action = 'map'
    qualify row_number() over (partition by fact_type, field, old_value order by applied_order desc) = 1
),

after_maps as (
    select
        f.* replace (
            {%- for m in ['item', 'personnel_type', 'project', 'claimed_by'] %}
            coalesce(m_{{ m }}.new_value, f.{{ m }}) as {{ m }}{{ "," if not loop.last }}
            {%- endfor %}
        ),
        concat_ws(' ', {% for m in ['item', 'personnel_type', 'project', 'claimed_by'] %}m_{{ m }}.correction_id{{ ", " if not loop.last }}{% endfor %}) as map_ids
    from after_sets as f
    {%- for m in ['item', 'personnel_type', 'project', 'claimed_by'] %}
    left join maps as m_{{ m }}
        on m_{{ m }}.field = '{{ m }}' and m_{{ m }}.fact_type = f.fact_type and m_{{ m }}.old_value = f.{{ m }}
    {%- endfor %}
),

applied as (
    select f.fact_key, c.corrected_by, c.note, c.applied_order
    from after_maps as f
    inner join corrections as c
        on c.target_key = f.fact_key and c.action in ('set', 'add')
    union all
    select f.fact_key, c.corrected_by, c.note, c.applied_order
    from after_maps as f
    inner join maps as c
        on list_contains(string_split(f.map_ids, ' '), c.correction_id)
),

provenance as (
    select
        fact_key,
        string_agg(distinct corrected_by, ', ' order by corrected_by) as corrected_by,
        string_agg(note, '; ' order by applied_order) as correction_note
    from applied
    group by fact_key
),

keyword_types as (
    select
        c.claimed_by,
        arg_min(k.claimant_type, k.priority) as claimant_type
    from (select distinct claimed_by from after_maps where claimed_by is not null) as c
    inner join {{ ref('claimant_type_keywords') }} as k
        on lower(c.claimed_by) like '%' || lower(k.keyword) || '%'
    group by c.claimed_by
)

select
    f.* exclude (map_ids, claimant_type),
    coalesce(cl.canonical_claimant, f.claimed_by) as claimant_canonical,
    -- the analysts' claimant seed first, then the extractor's agent type, then the keyword rule
    coalesce(cl.claimant_type, f.claimant_type, kt.claimant_type) as claimant_type,
    p.corrected_by,
    p.correction_note
from after_maps as f
left join provenance as p
    on f.fact_key = p.fact_key
left join {{ ref('claimants') }} as cl
    on f.claimed_by = cl.claimant
left join keyword_types as kt
    on f.claimed_by = kt.claimed_by
