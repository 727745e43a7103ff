-- One row per analyst correction (every row of the CSV): whether it applied, and why not.
with c as (
    select
        s.*,
        case
            when s.action in ('reject', 'set', 'add')
                then {{ fact_key('s.article_id', 's.evidence_start', 's.evidence_end', 's.fact_type', 's.figure_index') }}
        end as target_key
    from {{ ref('stg_analyst_corrections') }} as s
),

facts as (
    select fact_key, fact_type, item, personnel_type, project, claimed_by, extractor_version
    from {{ ref('int_facts') }}
),

added as (
    select fact_key from {{ ref('int_facts_corrected') }} where extractor_version = 'analyst'
),

judged as (
    select
        c.*,
        case
            when c.problems is not null then 'invalid: ' || c.problems
            when c.action in ('reject', 'set', 'add') and c.article_id not in (select article_id from {{ ref('stg_articles') }})
                then 'article not found: removed, or its text changed'
            when c.action = 'add' and c.target_key in (select fact_key from facts)
                then 'a fact already exists at this key: use set'
            when c.action = 'add' and c.target_key not in (select fact_key from added)
                then 'evidence span lies outside the article'
            when c.action in ('reject', 'set')
                and c.target_key not in (select fact_key from facts)
                and c.target_key not in (select fact_key from added)
                then 'fact not found at this key: the extractor no longer finds it'
            when c.action = 'map' and not exists (
                select 1 from facts as f
                where f.fact_type = c.fact_type
                    and c.old_value = case c.field
                        when 'item' then f.item
                        when 'personnel_type' then f.personnel_type
                        when 'project' then f.project
                        when 'claimed_by' then f.claimed_by
                    end
            )
                then 'no fact has this value'
        end as not_applied_reason
    from c
)

select
    correction_id,
    action,
    article_id,
    evidence_start,
    evidence_end,
    fact_type,
    figure_index,
    field,
    old_value,
    new_value,
    corrected_by,
    corrected_at,
    note,
    target_key as fact_key,
    not_applied_reason is null as applied,
    not_applied_reason,
    row_number as csv_row
from judged
