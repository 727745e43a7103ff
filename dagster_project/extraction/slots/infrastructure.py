"""Infrastructure slots: lengths, spans, costs, capacities, frequencies, builders, funding and the
start and completion of works and services. Examples: ``tests/corpus/money.py``,
``tests/corpus/infrastructure.py``, ``tests/corpus/figures.py``."""

from __future__ import annotations

import re
from datetime import date

from ..model import Fact
from ..numbers import UNITS
from ..sentence import (
    Analysis,
    equivalent_of,
    money_at,
)
from .common import (
    _CAPACITY,
)


def _names_a_third_country(a: Analysis) -> bool:
    """The sentence names a country or a place outside the pair ("trains between Beijing and Pyongyang")."""
    named = {c.row["iso3"] for c in a.countries} | {p.row["iso3"] for p in a.places if p.row.get("iso3")}
    return bool(named - {"RUS", "PRK"})


def may_state_frequency(text: str) -> bool:
    """Cheap test: can the sentence give a service's frequency with no infrastructure word ("Air Koryo
    flies twice a day from Vladivostok to Pyongyang")?"""
    low = text.lower()
    if not any(w in low for w in _SERVICE_WORDS):
        return False
    return (
        ("a " in text or "per " in text or "ly" in text)
        and (
            _FREQUENCY.search(text) is not None
            or _FREQUENCY_ADVERB.search(text) is not None
            or _EVERY_WEEKDAY.search(text) is not None
        )
    ) or _SERVICE_START_RE.search(text) is not None


# every frequency or first service names one of these (a cheap prefilter)
_SERVICE_WORDS = (
    "week",
    "month",
    "day",
    "year",
    "daily",
    "flight",
    "flies",
    "train",
    "ferry",
    "voyage",
    "sailing",
    "service",
)


_LENGTH_CUE_SPAN = re.compile(r"\bspan(?:s|ning)?\b[^.]{0,25}$", re.I)
_FUNDING = re.compile(
    r"\b(?:funded|financed|paid for|bankrolled)\s+(?:\w+ly\s+)?(?:through|by|from|via|with|out of)\s+(?P<src>[^,.;()]+?)(?=\s*(?:,|\.|;|\(|\bwith\b|\band\b|$))",
    re.I,
)
_BUILDER = re.compile(
    r"\b(?:built|constructed|led|carried out|undertaken|implemented|being built|designed|executed|delivered|"
    r"restored|reconstructed|renovated|upgraded|moderni[sz]ed)\s+"
    # "done in 2010-2016 by ...": the works' years may stand between the verb and its agent
    r"(?:(?:in|from|between|during)\s+(?:19|20)\d\d(?:\s*(?:-|–|to|and)\s*(?:19|20)\d\d)?\s+)?by\s+"
    # "by a joint Russian-Korean company"
    r"(?:(?:a\s+|the\s+)?(?P<joint>joint\s+(?:[\w’'-]+\s+){0,3}?(?:venture|company|enterprise))|(?:the\s+)?"
    r"(?:(?:Russian|North Korean|Chinese|state|state-owned|private|local|contractor|construction|general|firm|company|corporation|group|enterprise|engineering)\s+)*"
    r"(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4}))"
    r"|\b(?:contractor|builder|construction firm|construction company)\s+(?P<name2>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})"
    # "the general contractor is X", "the main builder will be X"
    r"|\b(?:contractor|builder|developer)(?:\s+(?:for|of|on)\s+(?:the\s+)?[^,.;]{1,60}?)?\s+(?:is|was|will\s+be|has\s+been|became)\s+"
    r"(?:the\s+)?(?:(?:Russian|North Korean|state-owned|state|company|firm|group)\s+)*(?P<name3>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})"
)
_COMPLETION = re.compile(
    r"\b(?:complet\w*|finish\w*|operational|open(?:ing|ed|s)?\b|ready|commission\w*|launch of traffic|inaugurat\w*|"
    # "due to open", "due in 2026", not the causal "shut in 2021 due to floods"
    r"due(?=\s+(?:to\s+(?:open|be|start|begin|finish|complete|enter)|for|in|by)\b))\b",
    re.I,
)
# a service's first run: "the first flight from Moscow is scheduled for July 27", "the first train
# left Khasan on Monday", "passenger service between A and B will resume on June 17"
_SERVICE_START = (
    # "began regular flights on 3 March", "launched a direct ferry service in spring", "will open the first
    # direct flight"
    r"|\b(?:began|begun|begins?|launch(?:ed|es)?|start(?:ed|s)?|inaugurat(?:ed|es?)|open(?:ed|s)?)\s+"
    r"(?:the\s+|a\s+|its\s+)?(?:first\s+)?(?:new\s+)?"
    r"(?:regular|direct|scheduled|passenger)\s+(?:flights?|ferry|ferries|service|route|line|train)"
    r"|\bfirst\s+(?:regular\s+|direct\s+|passenger\s+|scheduled\s+)?(?:flight|train|ferry|voyage|sailing|service)\b"
    r"[^.;]{0,60}?\b(?:is\s+scheduled|was\s+scheduled|is\s+set|is\s+due|is\s+planned|is\s+expected|left|departed|"
    r"took\s+off|arrived|set\s+sail|sets\s+sail|will\s+(?:leave|depart|take\s+off|arrive|run|set\s+sail))\b"
    r"|\b(?:service|services|flights|ferry|passenger\s+trains?)\s+(?:[\w’'–-]+\s+){0,8}?(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?"
    r"(?:resume[sd]?|restart(?:s|ed)?|began|begins|begin|start(?:s|ed)?|launch(?:es|ed)?)\b"
)
_START = re.compile(
    r"\b(?:construction|work|building)\s+(?:began|begun|started|kicked off|commenced)|\bbroke ground|\bgroundbreaking|\bstart(?:ed)? (?:of )?construction"
    # "reconstruction of the old line began in 2011", "restoration work has started in March"
    # (up to 16 words between: "the rebuilding of the line from the border town of A to the port of B began")
    r"|\b(?:reconstruction|rebuilding|restoration|renovation|moderni[sz]ation|construction)\s+(?:[\w’'–-]+\s+){0,16}?"
    r"(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?:began|begun|started|commenced)\b" + _SERVICE_START,
    re.I,
)
_SERVICE_START_RE = re.compile(_SERVICE_START[1:], re.I)


def _service_named(text: str) -> tuple[str | None, str | None]:
    """A service named only by what runs on it: (generic name, project type) or (None, None)."""
    return next(
        ((name, kind) for pattern, name, kind in _SERVICE_NOUNS if pattern.search(text)), (None, None)
    )


# "the line was upgraded in 2011-2015": a past span of works gives the start and the completion
_WORKS_SPAN = re.compile(
    r"\b(?:carried out|built|constructed|reconstructed|restored|renovated|upgraded|moderni[sz]ed|implemented|laid)\s+"
    r"(?:in|from|during|between)\s+(?P<a>(?:19|20)\d\d)\s*(?:-|–|—|to|and|until)\s*(?P<b>(?:19|20)\d\d)\b",
    re.I,
)
# "Then in March 2019, after long delays, the line was finished": a fronted date governs the main clause
_FRONTED = re.compile(r"^\W*(?:(?:and|but|then|so)\s+)?$", re.I)
_DEADLINE_PREPS = ("by", "until", "by the end of")
_LANES_LABEL = re.compile(r"\blanes?\b[^:.;]{0,20}:\s*$", re.I)
_BUILD_VERB = re.compile(
    r"\b(?:build\w*|built|rebuild\w*|construct\w*|upgrad\w*|moderni[sz]\w*|renovat\w*|expand\w*|lay|laid|extend\w*)\b",
    re.I,
)
_COST = re.compile(
    r"\b(?:cost|costs|costing|worth|valued|price|budget|investment|invest\w*|spend\w*|estimated at|value)\b",
    re.I,
)
_ANNUAL = re.compile(r"\b(?:annual|annually|per year|a year|yearly|each year)\b", re.I)
# a fare is no cost of the project ("a ticket price of 600 yuan", "the fare is $90")
_FARE = re.compile(
    r"\b(?:ticket|tickets|fare|fares|per\s+(?:person|passenger|seat|head))\b[^.;]{0,30}$", re.I
)
_WORD_COUNT = {"once": 1, "twice": 2, **UNITS}  # "twice a week", "three trips a month"
# a service's frequency is its capacity (annotation guide): "three times a month", "five trips a
# month", "twice a week", "three flights per week"
_FREQUENCY = re.compile(
    r"\b(?:(?P<adv>once|twice)|(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    # "two scheduled flights a week", "three more sailings a month"
    r"(?:(?:regular|scheduled|direct|passenger|charter|return|commercial|additional|extra|more)\s+)?"
    r"(?P<noun>times|trips|round\s+trips|voyages|sailings|runs|flights|services))\s+"
    r"(?:a|per|each|every)\s+(?P<per>day|week|month|year)\b",
    re.I,
)
_FLIGHT = re.compile(r"\b(?:flights?|fl(?:y|ies|ew)|air\s*(?:line|route|service)|airline)\b", re.I)
# "flights will operate monthly", "the ferry sails weekly": one trip a period
_FREQUENCY_ADVERB = re.compile(
    r"\b(?:run|runs|running|operate|operates|operating|fly|flies|flying|sail|sails|sailing|depart|departs|leave|"
    r"leaves|shuttle|shuttles|go|goes)\s+(?:\w+\s+)?(?P<adverb>daily|weekly|monthly)\b",
    re.I,
)
_PER_ADVERB = {"daily": "day", "weekly": "week", "monthly": "month"}
# "the boat leaves Vladivostok each Friday": once a week (the return leg is the same trip)
_EVERY_WEEKDAY = re.compile(
    r"\b(?:depart\w*|leav\w*|run\w*|sail\w*|operat\w*|fl(?:y|ies|ying)|shuttl\w*)\b[^.;]{0,40}?\bevery\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
# a service named only by what runs on it ("the service should operate twice weekly")
_SERVICE_NOUNS = (
    (_FLIGHT, "flights", "flight_route"),
    (re.compile(r"\b(?:trains?|rail)\b", re.I), "train service", "rail_line"),
    (re.compile(r"\b(?:ferry|ferries|ship|vessel|liner)\b", re.I), "ferry service", "ferry_route"),
)


_PLURAL = {
    "vehicle": "vehicles",
    "tonne": "tonnes",
    "container": "containers",
    "wagon": "wagons",
    "passenger": "passengers",
    "barrel": "barrels",
    "kg": "kg",
    "cubic_metre": "cubic_metres",
    "cubic_metre_billion": "billion_cubic_metres",
}


# "the whole project, access roads included, measures 4.7 km": the project's length, not the bridge's
_WHOLE_PROJECT = re.compile(
    r"\b(?:whole|entire|full|overall|total)\s+(?:project|route|complex|crossing|construction)\b"
    r"|\baccess\s+roads\s+included\b|\bincluding\s+(?:the\s+)?(?:access|approach)\s+roads\b"
    r"|\bwith\s+(?:the\s+)?(?:access|approach)\s+roads\b",
    re.I,
)


def rate_unit(unit: str, per: str) -> str:
    """ "tonne" a "year" -> "tonnes_per_year"."""
    return f"{_PLURAL.get(unit, unit)}_per_{per}"


def infrastructure_facts(a: Analysis, attachments: dict, projects, times=()) -> list[Fact]:
    text = a.text
    facts: list[Fact] = []
    paired: set[int] = set()
    for q, att in attachments.items():
        money = money_at(a, q)
        project, ptype = projects(a, q.start)
        if project is None:
            continue
        fact = None
        if money is not None and id(q) not in paired:
            eq = equivalent_of(a, money)
            if eq is not None:
                paired.add(id(eq.quantity))
            before = text[max(0, q.start - 40) : q.start]
            attribute = (
                "funding"
                if re.search(
                    r"\b(?:fund(?:ed|ing|s)?|financ\w*|investment|loan|grant)\s+(?:of|with|worth|totall?ing|amounting to|by)?\s*$",
                    before,
                    re.I,
                )
                else "cost"
            )
            if attribute == "cost" and not (_COST.search(text) or a.infra):
                continue
            if _FARE.search(text, max(0, q.start - 40), q.start):
                continue
            fact = Fact(
                "infrastructure",
                attribute=attribute,
                value_number=money.value if money.value is not None else money.high,
                unit=money.currency,
                equivalent_value=eq.value if eq else None,
                equivalent_currency=eq.currency if eq else None,
            )
        elif att is not None and att.kind == "unit" and not q.percent:
            value = q.value if q.value is not None else (q.high or q.low)
            if att.unit_dimension == "length":
                # a span is a bridge's: "the railway route spans 10,000 km" is the route's length
                spans = _LENGTH_CUE_SPAN.search(text[: q.start]) and "bridge" in (ptype or "bridge")
                attribute = "span" if spans else "length"
                fact = Fact("infrastructure", attribute=attribute, value_number=value, unit=att.unit)
                if _WHOLE_PROJECT.search(text, max(0, q.start - 80, text.rfind(";", 0, q.start)), q.start):
                    project = f"{project} (whole project)"
            elif att.unit_dimension == "lanes":
                fact = Fact("infrastructure", attribute="lanes", value_number=value, unit="lanes")
            elif att.unit_dimension in ("count", "weight", "volume") and att.target is None:
                per = att.per_period
                if per is None and _ANNUAL.search(text[: q.start]):
                    per = "year"
                if per is None and any(t.precision == "year" and t.period_start for t in times):
                    per = "year"  # "freight rose to 800,000 tonnes last year": a year's volume
                if per is None and not _CAPACITY.search(text):
                    continue
                # a rate in the plural ("tonnes_per_year"), a load in the singular like the
                # annotation guide's "passenger" and "tonne" ("the vessel takes 250 passengers")
                unit = rate_unit(att.unit, per) if per else att.unit
                attribute = "annual_capacity" if per == "year" else "capacity"
                fact = Fact(
                    "infrastructure", attribute=attribute, value_number=value, unit=unit, per_period=per
                )
        if (
            fact is None
            and att is None
            and money is None
            and not q.percent
            and _LANES_LABEL.search(text[: q.start])
        ):
            value = q.value if q.value is not None else (q.high or q.low)
            fact = Fact(
                "infrastructure", attribute="lanes", value_number=value, unit="lanes"
            )  # "number of lanes: 2"
        if fact is None:
            continue
        fact.project, fact.project_type = project, ptype
        fact.quantity_low, fact.quantity_high = q.low, q.high
        fact.quantity_text = text[q.start : q.end]
        fact.anchor_start, fact.anchor_end = q.start, q.end
        facts.append(fact)
    low = text.lower()
    frequent = any(
        w in low
        for w in ("times", "trips", "voyages", "sailings", "runs", "flights", "services", "once", "twice")
    )
    adverbs = list(_FREQUENCY_ADVERB.finditer(text)) if "ly" in low else []
    adverbs += list(_EVERY_WEEKDAY.finditer(text))[:1] if "every" in low else []
    for m in (list(_FREQUENCY.finditer(text)) if frequent else []) + adverbs:
        project, ptype = projects(a, m.start())
        if project is None and not _names_a_third_country(a):
            project, ptype = _service_named(text)
        if project is None or ptype not in ("ferry_route", "flight_route", "rail_line", "port", "airport"):
            continue
        if m.re is _FREQUENCY_ADVERB:
            value, per = 1.0, _PER_ADVERB[m["adverb"].lower()]
        elif m.re is _EVERY_WEEKDAY:
            value, per = 1.0, "week"
        else:
            word = (m["adv"] or m["n"]).lower()
            value = float(word) if word.isdigit() else float(_WORD_COUNT[word])
            per = m["per"].lower()
        kind = "flights" if ptype in ("flight_route", "airport") or _FLIGHT.search(text) else "trips"
        facts.append(
            Fact(
                "infrastructure",
                project=project,
                project_type=ptype,
                attribute="capacity",
                value_number=value,
                unit=f"{kind}_per_{per}",
                per_period=per,
                quantity_low=value,
                quantity_high=value,
                quantity_text=m.group(0),
                anchor_start=m.start(),
                anchor_end=m.end(),
            )
        )
    for pattern, attribute in ((_BUILDER, "builder"), (_FUNDING, "funding")):
        for m in pattern.finditer(text):
            project, ptype = projects(a, m.start())
            if project is None:
                continue
            value = (
                m.groupdict().get("name")
                or m.groupdict().get("joint")
                or m.groupdict().get("name2")
                or m.groupdict().get("name3")
                or m.groupdict().get("src")
                or ""
            ).strip()
            if value.endswith(".") and not re.search(r"\b(?:Co|Inc|Ltd|Corp|Bros)\.$", value):
                value = value[:-1]  # the sentence's full stop
            if not value:
                continue
            facts.append(
                Fact(
                    "infrastructure",
                    project=project,
                    project_type=ptype,
                    attribute=attribute,
                    value_text=value,
                    anchor_start=m.start(),
                    anchor_end=m.end(),
                )
            )
    return facts


_PAST_COMPLETION = re.compile(
    r"\b(?:opened|inaugurated|commissioned|(?:was|were)\s+(?:\w+\s+)?(?:completed|finished|opened|commissioned|inaugurated))\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|to be|due|expected|scheduled|planned|plans?|should|set to)\b", re.I
)


# "a bus link to a stadium slated to open in May": a reduced relative clause, the opening is the
# stadium's (with "is due to open" the subject may stand further back: "a bridge linking the two
# countries is due to open")
_SLATED = re.compile(
    r"\b(?P<noun>[A-Za-z][\w’'-]*)\s+(?:slated|scheduled|set|due|expected|planned)\s+to\s+"
    r"(?:open|be\s+(?:completed|finished|opened|commissioned)|start|begin|enter)\s+$",
    re.I,
)
# a pronoun or an auxiliary before the participle: not a reduced relative of another noun
_PRONOUNS = {
    "it",
    "which",
    "that",
    "they",
    "this",
    "these",
    "those",
    "who",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "now",
    "also",
    "still",
    "currently",
    "initially",
    "originally",
}


def _other_subject(a: Analysis, t) -> bool:
    """The date's opening verb has a subject of its own that is no infrastructure."""
    m = _SLATED.search(a.text, max(0, t.start - 80), t.start)
    if m is None or m["noun"].lower() in _PRONOUNS:
        return False
    return not any(i.start <= m.start("noun") < i.end for i in a.infra)


def _completion_value(t, published: date | None, window: str):
    """The annotation guide's first day of the month or year stated for a completion that has
    happened ("the terminal opened in July 2014" -> 2014-07-01); the last day for a deadline or a
    completion still to come ("due to open in 2026", "by 2027" -> 2026-12-31, 2027-12-31).
    Without a publication date the tense decides."""
    if t.prep in _DEADLINE_PREPS or t.period_end is None:
        return t.period_end
    if published is None:
        past = _PAST_COMPLETION.search(window) and not _FUTURE.search(window)
        return t.period_start if past else t.period_end
    return t.period_start if t.period_end < published else t.period_end


# a start stated without its date: "work has already started on a second rail bridge", "the carrier has
# launched scheduled flights from Irkutsk" (a start_date whose value_date is null)
_UNDATED_START = re.compile(
    r"\b(?:construction|work|works|building)\s+(?:has|have)\s+(?:already\s+)?(?:begun|started|commenced)\s+on\b"
    r"|\b(?:has|have)\s+(?:now\s+)?(?:inaugurated|launched|opened)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:regular|direct|scheduled|passenger)\s+"
    r"(?:flights?|ferry|ferries|service|route|line)\b",
    re.I,
)


def _undated_start(a: Analysis, projects) -> list[Fact]:
    m = _UNDATED_START.search(a.text)
    if m is None:
        return []
    project, ptype = projects(a, m.end())
    if project is None:
        return []
    return [
        Fact(
            "infrastructure",
            project=project,
            project_type=ptype,
            attribute="start_date",
            anchor_start=m.start(),
            anchor_end=m.end(),
        )
    ]


def infrastructure_date_facts(a: Analysis, times, projects, published: date | None = None) -> list[Fact]:
    facts = []
    # "in 2011-2015": only a sentence with a year can state a span of works
    spans_found = list(_WORKS_SPAN.finditer(a.text)) if any(t.precision == "year" for t in times) else []
    for m in spans_found:
        project, ptype = projects(a, m.start())
        if project is None:
            continue
        first, last = int(m["a"]), int(m["b"])
        if not first <= last <= first + 30:
            continue
        end = (
            date(last, 1, 1)
            if published is not None and date(last, 12, 31) < published
            else date(last, 12, 31)
        )
        for attribute, value in (("start_date", date(first, 1, 1)), ("completion_date", end)):
            facts.append(
                Fact(
                    "infrastructure",
                    project=project,
                    project_type=ptype,
                    attribute=attribute,
                    value_date=value,
                    anchor_start=m.start(),
                    anchor_end=m.end(),
                )
            )
    spans = [(m.start(), m.end()) for m in spans_found]
    if a.infra and not spans and not any(t.period_start is not None for t in times):
        facts += _undated_start(a, projects)
    for t in times:
        if t.period_start is None or any(s <= t.start < e for s, e in spans):
            continue
        end = len(a.text) if _FRONTED.match(a.text[: max(0, t.start)]) else t.end + 20
        window = a.text[max(0, t.start - 80) : end]
        if not (
            _START.search(window)
            or _COMPLETION.search(window)
            or (t.prep == "by" and _BUILD_VERB.search(window))
        ):
            continue
        project, ptype = projects(a, t.start)
        if project is None and _SERVICE_START_RE.search(window) and not _names_a_third_country(a):
            project, ptype = _service_named(a.text)  # "the opening Pyongyang–Moscow flight"
        if project is None:
            continue
        if _START.search(window):
            attribute, value = "start_date", t.period_start
        elif (
            (_COMPLETION.search(window) or (t.prep == "by" and _BUILD_VERB.search(window)))
            and t.prep in ("by", "in", "until", None, "by the end of")
            and not re.search(r"\bsatellite|\bimagery\b", window, re.I)
            and not _other_subject(a, t)
        ):
            attribute, value = "completion_date", _completion_value(t, published, window)
        else:
            continue
        facts.append(
            Fact(
                "infrastructure",
                project=project,
                project_type=ptype,
                attribute=attribute,
                value_date=value,
                anchor_start=t.start,
                anchor_end=t.end,
            )
        )
    return facts
