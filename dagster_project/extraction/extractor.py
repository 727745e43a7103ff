"""Article-level extraction: cleaned text in, grounded and deduplicated facts out.

For each sentence it runs the analysis and the slot fillers, then adds what needs the whole
article: the claimant carried from the previous sentence, status from modality, dates resolved
against the publication date (and the previous date, for "eight months later"), the project an
infrastructure figure belongs to, dedup of the same fact stated twice, and deterministic ids.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from .agents import claimant_type, dateline_agency, person_roles, role_holder
from .attribution import clause_bounds, find_claimant, is_hypothetical, is_negated, status_for
from .cleaning import clean_text
from .cooperation import drop_figureless_restatements, implied_facts, keep, share_periods
from .locations import is_third_country, location_countries
from .model import Fact
from .projects import ProjectTracker
from .segment import split_sentences
from .sentence import VOCABULARIES, analyse
from .slots import (
    ArticleContext,
    attachments_for,
    currency_facts,
    deployment_facts,
    infrastructure_date_facts,
    infrastructure_facts,
    may_count_nationals,
    may_count_rail_cars,
    may_state_frequency,
    shipment_facts,
)
from .temporal import find_times
from .vocab import find_all, vocabulary_fingerprint

CODE_VERSION = "1.0.0"
_OPINION = re.compile(
    # the label alone or before a separator: "Opinion: ...", "COMMENTARY", not "Opinion polls show ..."
    r"^\s*(?:opinion|op-ed|editorial|commentary|column|letters? to the editor)\s*(?:[:|\-–—]|$)",
    re.I,
)


def extractor_version() -> str:
    """Changes whenever the code version, a module of the package or a vocabulary file changes."""
    return f"{CODE_VERSION}+{vocabulary_fingerprint()}"


@dataclass(slots=True)
class Extraction:
    body_text: str
    facts: list[Fact]
    is_opinion: bool = False


# A site's breadcrumb trail near the top ("Home > Opinion > Columns", "News » Commentary") files
# the page under its opinion section even when no line starts with the label.
_BREADCRUMB_SEPARATOR = re.compile(r"\s+[>›»|/]\s+")
_OPINION_SECTIONS = {
    "opinion",
    "opinions",
    "column",
    "columns",
    "commentary",
    "editorial",
    "editorials",
    "op-ed",
    "op-eds",
}


def _opinion_breadcrumb(line: str) -> bool:
    parts = _BREADCRUMB_SEPARATOR.split(line.strip())
    return len(line) <= 80 and len(parts) >= 2 and any(p.strip().lower() in _OPINION_SECTIONS for p in parts)


def is_opinion_piece(body: str) -> bool:
    """Opinion, commentary and editorials carry no facts: a label on one of the first three lines
    ("Opinion: ...", "Commentary |") or an opinion section in a breadcrumb among the first six."""
    lines = body.split("\n", 6)[:6]
    return any(_OPINION.match(line) for line in lines[:3]) or any(_opinion_breadcrumb(line) for line in lines)


def extract_article(raw_text: str, published: date | None, article_id: str | None = None) -> Extraction:
    """Clean ``raw_text`` and extract its facts; offsets point into ``Extraction.body_text``."""
    body = clean_text(raw_text)
    if is_opinion_piece(body):
        return Extraction(body, [], is_opinion=True)
    return Extraction(body, extract_facts(body, published, article_id))


def extract_facts(body: str, published: date | None, article_id: str | None = None) -> list[Fact]:
    """Facts from an already cleaned body text."""
    sentences = split_sentences(body)
    found_per_sentence = [find_all(s.text, VOCABULARIES) for s in sentences]
    infra_mentions = [found["infrastructure"] for found in found_per_sentence]
    tracker = ProjectTracker([s.text for s in sentences], infra_mentions)
    facts: list[Fact] = []
    context = ArticleContext({m.row["iso3"] for found in found_per_sentence for m in found["countries"]})
    claimants = _Claimants(sentences)
    anchor: date | None = None
    infra_seen = False
    # Sentences skipped for want of a fact wait here: their dates only matter as the anchor of a
    # later "eight months later", so they are read only when such a sentence comes (speed).
    pending: list[str] = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if not infra_seen and infra_mentions[index]:
            infra_seen = True
        if (
            not infra_seen
            and not any(found_per_sentence[index][k] for k in _FACT_BEARING)
            and not may_count_nationals(text)
            and not may_count_rail_cars(text)
            and not may_state_frequency(text)
        ):
            pending.append(text)
            continue  # nothing a fact could hang on (speed; see _FACT_BEARING)
        if pending and _USES_ANCHOR.search(text):
            for waiting in pending:
                earlier = [t for t in find_times(waiting, published, anchor) if t.period_start is not None]
                if earlier:
                    anchor = earlier[-1].period_start
            pending.clear()
        # "On July 27 the airline will launch ...": a day or month without a year in a sentence about
        # the future is its next occurrence after publication, not the last one before it
        times = find_times(text, published, anchor, _future_only(text))
        resolved = [t for t in times if t.period_start is not None]
        if resolved:
            anchor = resolved[-1].period_start
            pending.clear()  # a later anchor overrides whatever the waiting sentences held
        a = analyse(text, [(t.start, t.end) for t in times], found_per_sentence[index])
        tracker.start_sentence(index, text, infra_mentions[index])
        attachments = attachments_for(a)
        context.sentence_index = index
        found = shipment_facts(a, attachments, context) + deployment_facts(a, attachments, context)
        found += infrastructure_facts(a, attachments, tracker, times) + infrastructure_date_facts(
            a, times, tracker, published
        )
        found += currency_facts(a, found_per_sentence[index]["mechanisms"], context)
        found = [f for f in found if keep(f, text)]
        found += implied_facts(found, text)
        share_periods(found, text)
        spec_line = _SPEC_LINE.match(text) is not None
        claimant = claimants(index) if found else None
        for fact in found:
            if is_negated(text, fact.anchor_start) or is_hypothetical(text, fact.anchor_start):
                continue
            if fact.fact_type == "infrastructure":
                fact.location_countries = location_countries(fact.project, text, fact.anchor_start)
                if is_third_country(fact.location_countries, text, fact.anchor_start):
                    continue  # another country's bridge given for comparison
            whole_clause = fact.fact_type == "infrastructure"  # a project's sentence speaks of it as a whole
            fact.status, fact.hedge = status_for(text, fact.anchor_start, fact.anchor_end, whole_clause)
            fact.claimed_by = claimant
            fact.spec_line = spec_line
            fact.evidence_text = text
            fact.evidence_start = sentence.start
            fact.evidence_end = sentence.end
            _date_fact(fact, text, times, published)
            fact.anchor_start += sentence.start
            fact.anchor_end += sentence.start
            facts.append(fact)
    _spec_lines_take_project_status(facts)
    agency = dateline_agency(body)
    roles = None
    for fact in facts:
        if fact.claimed_by is None and agency:
            fact.claimed_by = agency  # a wire dateline's agency, only when the text names nobody
        fact.claimant_type = claimant_type(fact.claimed_by)
        if (
            fact.claimed_by
            and _MAY_BE_TITLED.search(fact.claimed_by)
            and fact.claimant_type in ("person", "government", None)
        ):
            roles = person_roles(body) if roles is None else roles
            role = role_holder(fact.claimed_by, roles)
            if role:  # "Shin said" after "Defence Minister Shin Won-sik": the minister, typed government
                fact.claimed_by, fact.claimant_type = role
    facts = deduplicate(facts)
    facts = drop_headline_restatements(facts, body)
    facts = drop_figureless_restatements(facts)
    facts = drop_battlefield_restatements(facts)
    key_base = article_id or hashlib.sha256(body.encode()).hexdigest()
    for fact in facts:
        fact.fact_id = fact_id(key_base, fact)
    return facts


_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:(?:scheduled|set|due|expected|planned)\s+)?to)\b", re.I
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|has\s+been|have\s+been|ago|last|earlier|previously|[a-z]+ed\s+(?:in|on|last))\b",
    re.I,
)


def _future_only(text: str) -> bool:
    """A sentence about the future alone: a future verb and no past one."""
    return _FUTURE.search(text) is not None and _PAST.search(text) is None


# A sentence yields a fact only through one of these mentions (a counted noun, a mechanism, a
# currency), or, once the article has named a project, through that project ("Completion is
# planned for 2026."), or as nationals at work ("1,000 North Koreans work in Russia").
# "Kim met Putin in Moscow on Tuesday." has none and is not analysed further.
_FACT_BEARING = ("items", "personnel", "units", "infrastructure", "mechanisms", "currencies")


class _Claimants:
    """The claimant of each sentence, worked out only when a fact (or a later sentence) asks.
    A pronoun subject ("the agency said") takes the previous sentence's claimant; a specification
    line without one ("total length: 1 km;") takes the last claimant named before it."""

    def __init__(self, sentences):
        self.sentences = sentences
        self.cache: dict[int, str | None] = {}

    def __call__(self, index: int) -> str | None:
        if index < 0:
            return None
        if index not in self.cache:
            text = self.sentences[index].text
            previous_text = self.sentences[index - 1].text if index else ""
            # "he told reporters": the last claimant named before, also when the sentence just
            # before names nobody ("Shoigu met Kim on Tuesday. Afterward, he told reporters ...")
            claimant = find_claimant(text, lambda: self.last_before(index), previous_text)
            if claimant is None and _SPEC_LINE.match(text):
                claimant = self.last_before(index)
            if claimant is None and index and _FINDINGS_GO_ON.match(text):
                # "Satellite pictures reveal three vessels ...": the findings of the source the
                # sentence before named (annotation guide: the next sentence of the same report)
                claimant = self(index - 1)
            if claimant is None and index + 1 < len(self.sentences):
                following = self.sentences[index + 1].text
                if _ATTRIBUTES_BACK.match(following):
                    # "North Korea shipped 8,000 containers. That was first reported by Yonhap, ..."
                    claimant = find_claimant(following, None, text)
            self.cache[index] = claimant
        return self.cache[index]

    def last_before(self, index: int) -> str | None:
        for i in range(index - 1, -1, -1):
            if self(i):
                return self(i)
        return None


# A sentence led by unowned evidence or findings goes on with the account of the sentence before.
_FINDINGS_GO_ON = re.compile(
    r"^(?:(?:The|New|Further|Additional|Commercial|Recent)\s+)?(?:satellite\s+)?"
    r"(?:imagery|images|photos|photographs|pictures|footage|investigation|analysis|report|study|data|findings|"
    r"review|research|tracking data)\s+(?:\w+\s+){0,2}?"
    r"(?:show\w*|reveal\w*|confirm\w*|indicat\w*|suggest\w*|found|find\w*|appear\w*|depict\w*|captur\w*|document\w*)\b",
    re.I,
)
_USES_ANCHOR = re.compile(r"\b(?:ago|earlier|later|before|after)\b", re.I)  # temporal's "ago" trigger
_ATTRIBUTES_BACK = re.compile(
    r"^(?:This|That|These|The (?:figure|figures|estimate|data|information))\s+(?:was|were|is|are|has been|have been)\s+"
    r"(?:first\s+)?(?:reported|stated|announced|said|confirmed|revealed|disclosed|estimated|cited)\s+by\b"
)
_REPORTING_DATE = re.compile(
    r"\b(?:said|says|announced|told(?: \w+){0,2}|reported|added|stated|confirmed|revealed|disclosed|wrote|noted|warned|showed|shows)\s*(?:on\s+)?$",
    re.I,
)
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:[\w’'.-]+\s+){0,8}?(?:said|says|told|announced|reported|added|stated|wrote|noted|warned)\b", re.I
)
_SPEC_LINE = re.compile(r"^[^.:;]{2,80}:\s*\S")  # a "label: value" line of a specification list


def _near(t, fact: Fact, chars: int) -> bool:
    """A time word right beside the fact's figure ("1 million tonnes now")."""
    return -chars <= t.start - fact.anchor_end <= chars or -chars <= fact.anchor_start - t.end <= chars


def _spec_lines_take_project_status(facts: list[Fact]) -> None:
    """Bullet specifications have no verb of their own: they share the status of their project's
    other statements (a bridge "planned for the second half of 2026" has planned dimensions)."""
    planned = {f.project for f in facts if f.fact_type == "infrastructure" and f.status == "planned"}
    for f in facts:
        if (
            f.fact_type == "infrastructure"
            and f.spec_line
            and f.status == "reported"
            and f.project in planned
        ):
            f.status = "planned"


_PRESENT_WORDS = {"now", "currently", "at present", "at the moment"}
_TIMELESS_ATTRIBUTES = {"length", "span", "lanes", "builder", "funding", "cost"}


_FIGURE = re.compile(r"\d[\d,.]*|\b(?:dozens|hundreds|thousands|millions)\b", re.I)


def _owns_a_figure(text: str, t) -> bool:
    """A date whose own clause states another figure belongs to that figure ("11,000 were deployed;
    about 6,000 more will arrive by the end of the year": the date is the 6,000's only)."""
    cs, ce = clause_bounds(text, t.start)
    rest = text[cs : t.start] + " " + text[t.end : ce]
    return _FIGURE.search(rest) is not None


_OWN_CLAUSE = re.compile(
    r",\s+and\s+(?:[a-z]+\s+){1,3}(?:has|have|had|is|are|was|were)\s+[a-z]+(?:ed|en|ing)\b", re.I
)


def _own_clause_between(text: str, fact: Fact, t) -> bool:
    """ "15,000 troops were deployed, and fighting has decreased since April": the date is the
    coordinated clause's, which has a subject and verb of its own."""
    lo, hi = (fact.anchor_end, t.start) if t.start >= fact.anchor_end else (t.end, fact.anchor_start)
    return any(lo <= m.start() < hi for m in _OWN_CLAUSE.finditer(text))


def _date_fact(fact: Fact, text: str, times, published: date | None) -> None:
    if fact.attribute in _TIMELESS_ATTRIBUTES:
        return
    if fact.value_date is not None:
        fact.period_start = fact.period_end = fact.value_date
        if fact.status == "reported" and published is not None and fact.value_date > published:
            fact.status = "planned"
        fact.date_precision = next(
            (
                t.precision
                for t in times
                if t.period_end == fact.value_date or t.period_start == fact.value_date
            ),
            None,
        )
        fact.date_text = next(
            (t.text for t in times if t.period_end == fact.value_date or t.period_start == fact.value_date),
            None,
        )
        return
    cs, ce = clause_bounds(text, fact.anchor_start)
    tail = _ATTRIBUTION_TAIL.search(text, fact.anchor_end)
    tail_start = tail.start() if tail else len(text)
    candidates = [
        t
        for t in times
        if (t.period_start is not None or (t.text.lower() in _PRESENT_WORDS and _near(t, fact, 15)))
        and not _REPORTING_DATE.search(text[max(0, t.start - 30) : t.start])
        and t.start < tail_start  # "..., Shoigu said after meeting Kim on June 17": the date of the statement
    ]
    in_clause = [t for t in candidates if cs <= t.start < ce]
    pool = in_clause or [
        t for t in candidates if not _owns_a_figure(text, t) and not _own_clause_between(text, fact, t)
    ]
    if not pool:
        return
    best = min(pool, key=lambda t: abs(t.start - fact.anchor_start))
    if best.period_start is None:
        return  # the nearest time word is "now" or cannot be resolved: no date rather than a wrong one
    if fact.status == "planned" and not in_clause:
        return
    fact.period_start, fact.period_end = best.period_start, best.period_end
    fact.date_precision, fact.date_text = best.precision, best.text
    if fact.status == "reported" and published is not None and fact.period_start > published:
        fact.status = "planned"  # a figure dated after publication is not yet done


_COMPAT = ("origin_country", "destination_country", "location", "project")


def _key(f: Fact) -> tuple:
    if f.fact_type == "shipment":
        return (f.fact_type, f.item, f.quantity, f.quantity_low, f.quantity_high, f.unit, f.per_period)
    if f.fact_type == "deployment":
        return (f.fact_type, f.personnel_type, f.quantity, f.quantity_low, f.quantity_high)
    if f.fact_type == "infrastructure":
        return (f.fact_type, f.attribute, f.value_number, f.value_text, f.value_date, f.unit)
    return (f.fact_type, f.mechanism, f.share_low, f.share_high, f.amount)


def _compatible(a: Fact, b: Fact) -> bool:
    return all(
        getattr(a, k) is None or getattr(b, k) is None or getattr(a, k) == getattr(b, k) for k in _COMPAT
    )


_CORE_SLOTS = (
    "origin_country",
    "destination_country",
    "location",
    "claimed_by",
    "period_start",
    "quantity",
    "quantity_low",
    "quantity_high",
    "per_period",
    "project",
    "currencies",
    "share_low",
    "amount",
)


def _fullness(f: Fact) -> int:
    return sum(getattr(f, name) is not None for name in _CORE_SLOTS)


_NUMBER_SLOTS = ("quantity", "quantity_low", "quantity_high")


def _within_range(point: Fact, ranged: Fact) -> bool:
    """A single figure inside another statement's range ("6,000 troops" and "5,000 to 6,000 troops")."""
    if ranged.quantity is None or ranged.quantity_low is None or ranged.quantity_high is None:
        return False  # a vague amount ("tens of thousands") is not a stated range
    if ranged.quantity_low >= ranged.quantity_high:
        return False
    value = point.quantity
    return (
        value is not None
        and point.quantity_low == point.quantity_high == value
        and ranged.quantity_low <= value <= ranged.quantity_high
    )


_GENERAL_TYPES = {"laborers": {"construction_workers", "it_workers"}}  # "workers" covers the kinds of workers


def _same_flow(general: Fact, specific: Fact) -> bool:
    return (
        general.fact_type == specific.fact_type
        and general.fact_type in ("shipment", "deployment")
        and general.origin_country == specific.origin_country
        and general.destination_country == specific.destination_country
    )


def _restates(general: Fact, specific: Fact) -> bool:
    """Whether ``general`` says again, with less detail, what ``specific`` says: a mention without a
    figure ("North Korean troops flood into Russia"), a headline's round figure inside the body's
    range, or a vague amount ("thousands of workers") that contains the body's figure."""
    if not _same_flow(general, specific):
        return False
    same_kind = (general.item, general.personnel_type) == (specific.item, specific.personnel_type)
    if same_kind and _within_range(general, specific):
        return True
    if same_kind and all(getattr(general, n) is None for n in _NUMBER_SLOTS):
        # a count of tankers or trips says how the goods moved, not how much: "Russia began supplying
        # oil" is not restated by "five tankers collected oil"
        return specific.unit not in ("tanker", "trip") and any(
            getattr(specific, n) is not None for n in _NUMBER_SLOTS
        )
    broader = specific.personnel_type in _GENERAL_TYPES.get(general.personnel_type or "", ())
    vague = (
        general.quantity is None and general.quantity_low is not None and general.quantity_high is not None
    )
    figure = next(
        (
            getattr(specific, n)
            for n in ("quantity", "quantity_high", "quantity_low")
            if getattr(specific, n) is not None
        ),
        None,
    )
    return (
        (same_kind or broader)
        and general.status == specific.status
        and vague
        and figure is not None
        and general.quantity_low <= figure <= general.quantity_high * 10
    )


def _headline_end(body: str) -> int:
    """End offset of the headline zone: up to three leading non-empty lines that read as titles
    (short, or without a sentence's final stop); the first body sentence ends it."""
    end, seen = 0, 0
    for line in body.splitlines(keepends=True):
        text = line.strip()
        if text:
            if seen == 3 or len(text) > 160 or (len(text) > 90 and text[-1] in '.!?"”'):
                break  # a lead paragraph, not a headline
            seen += 1
        end += len(line)
    return end


def _same_figure(a: Fact, b: Fact) -> bool:
    figures = [getattr(a, n) for n in _NUMBER_SLOTS if getattr(a, n) is not None]
    others = [getattr(b, n) for n in _NUMBER_SLOTS if getattr(b, n) is not None]
    return any(abs(x - y) <= 0.01 * max(abs(x), abs(y)) for x in figures for y in others)


# Claimants that may stand for a titled person named elsewhere: a name (capitalised words, also a
# surname alone) or a title ("South Korean defence minister"); institutions are left alone (speed).
_MAY_BE_TITLED = re.compile(
    r"^(?:[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2}|.*\b(?i:minister|secretary|spokes\w+|ambassador|chief|head|"
    r"director|general|commander|lawmaker|president|envoy|official)\b.*)$"
)


def drop_battlefield_restatements(facts: list[Fact]) -> list[Fact]:
    """People sent to a partner's war and then named on its battlefield ("North Korean troops were
    deployed in Ukraine" beside "North Korea sent 11,000 troops to Russia") are the same
    deployment: a mention without a headcount, or with a vague one, placed in a third country goes
    when the article has the same people sent from the same origin to the partner."""
    sent = {
        (f.origin_country, f.personnel_type, f.destination_country)
        for f in facts
        if f.fact_type == "deployment" and f.destination_country in ("RUS", "PRK")
    }

    def restated(f: Fact) -> bool:
        if (
            f.fact_type != "deployment"
            or f.destination_country in (None, "RUS", "PRK")
            or f.quantity is not None
        ):
            return False
        partner = "RUS" if f.origin_country == "PRK" else "PRK" if f.origin_country == "RUS" else None
        return partner is not None and (f.origin_country, f.personnel_type, partner) in sent

    return [f for f in facts if not restated(f)]


def drop_headline_restatements(facts: list[Fact], body: str) -> list[Fact]:
    """A headline restates the body: a headline fact goes when a body fact of the same type and
    direction states the same figure, even under another name ("13,000 containers of shells" in
    the headline, "13,000 sea containers" in the body; "15,000 workers" and "15,000 builders").
    The body's statement is the more specific one."""
    limit = _headline_end(body)
    if not limit:
        return facts
    heads = [f for f in facts if f.evidence_end <= limit and f.fact_type in ("shipment", "deployment")]
    if not heads:
        return facts
    body_facts = [f for f in facts if f.evidence_start >= limit]
    drop = {id(h) for h in heads if any(_same_flow(h, b) and _same_figure(h, b) for b in body_facts)}
    # a headline transfer without a figure ("North Korea sends heavy artillery to Russia") is told in
    # full by the body's facts of the same kind of goods (howitzers, rocket launchers)
    drop |= {
        id(h)
        for h in heads
        if h.fact_type == "shipment"
        and all(getattr(h, n) is None for n in _NUMBER_SLOTS)
        and any(_same_flow(h, b) and b.item_category == h.item_category for b in body_facts)
    }
    return [f for f in facts if id(f) not in drop]


def deduplicate(facts: list[Fact]) -> list[Fact]:
    """One row per fact: merge restatements (headline, bullet, body), keeping the fullest evidence."""
    facts = _drop_restatements(facts)
    kept: list[Fact] = []
    by_key: dict[tuple, list[int]] = {}
    for fact in facts:
        slots = by_key.setdefault(_key(fact), [])
        twin = next((kept[i] for i in slots if _compatible(kept[i], fact)), None)
        if twin is None:
            slots.append(len(kept))
            kept.append(fact)
            continue
        keep, drop = (
            (fact, twin)
            if (_fullness(fact), len(fact.evidence_text)) > (_fullness(twin), len(twin.evidence_text))
            else (twin, fact)
        )
        if _specificity(drop) > _specificity(keep):
            # "South Korea says ..." in the headline, "Defence Minister Park Min-jun told reporters"
            # in the body: the named source of the restatement is the claimant
            keep.claimed_by, keep.claimant_type = drop.claimed_by, drop.claimant_type
        for name in (
            "claimed_by",
            "claimant_type",
            "origin_country",
            "destination_country",
            "location",
            "period_start",
            "period_end",
            "date_precision",
            "date_text",
            "per_period",  # "$70 in loyalty fees" restated as "$70 a month"
        ):
            if getattr(keep, name) is None and getattr(drop, name) is not None:
                if name.startswith("period") or name.startswith("date"):
                    if keep.period_start is not None:
                        continue
                setattr(keep, name, getattr(drop, name))
        kept[next(i for i in slots if kept[i] is twin)] = keep
    return kept


_GENERIC_CLAIMANT = re.compile(
    r"(?:government|officials?|sources|media|authorities)$|^(?:South Korean|North Korean|Russian|Ukrainian|U\.S\.|"
    r"Japanese|Chinese) (?:intelligence|military)$"
)


def _specificity(fact: Fact) -> int:
    """How precisely a fact's claimant names its source: none 0, a relaying news outlet 1 (also a
    wire dateline's agency), a country's government or officials 2, a named institution 3, a named
    person 4."""
    name = fact.claimed_by
    if not name:
        return 0
    if fact.claimant_type == "media":
        return 1
    if _GENERIC_CLAIMANT.search(name):
        return 2
    return (
        4 if claimant_type(name) == "person" or fact.claimant_type == "person" or _PERSON.match(name) else 3
    )


_PERSON = re.compile(r"^[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2}$")
_RESTATE_SLOTS = (
    "fact_type",
    "origin_country",
    "destination_country",
    "item",
    "personnel_type",
    "quantity",
    "quantity_low",
    "quantity_high",
    "status",
)


def _drop_restatements(facts: list[Fact]) -> list[Fact]:
    """Facts that no other fact restates, compared once per distinct signature within one flow.

    Equivalent to testing every pair, but a text that repeats one statement thousands of times
    costs one comparison per distinct statement, not one per pair of facts.
    """
    groups: dict[tuple, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(tuple(getattr(fact, n) for n in _RESTATE_SLOTS), []).append(fact)
    flows: dict[tuple, list[tuple]] = {}
    for signature in groups:
        flows.setdefault(signature[:3], []).append(signature)
    dropped: set[tuple] = set()
    for signature, members in groups.items():
        rep = members[0]
        if len(members) > 1 and _restates(rep, members[1]):
            dropped.add(signature)
            continue
        for other in flows[signature[:3]]:
            if other != signature and _restates(rep, groups[other][0]):
                dropped.add(signature)
                break
    return [f for f in facts if tuple(getattr(f, n) for n in _RESTATE_SLOTS) not in dropped]


def fact_id(article_id: str, fact: Fact) -> str:
    key = "|".join(
        str(v) for v in (article_id, *_key(fact), fact.origin_country, fact.destination_country, fact.project)
    )
    return hashlib.sha256(key.encode()).hexdigest()[:20]
