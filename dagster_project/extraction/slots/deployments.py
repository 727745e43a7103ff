"""Deployment slots: people sent, their kind, headcount, host and place (headcounts after the
noun, nationals at work, anecdotes and casualties left out). Examples: ``tests/corpus/deployments.py``."""

from __future__ import annotations

import re

from ..attribution import clause_bounds
from ..model import Fact
from ..sentence import (
    CASUALTY_WORDS,
    Analysis,
    countries_after,
    money_at,
    subject_country,
)
from ..vocab import Mention
from .common import (
    _PAIR,
    ArticleContext,
    _direction,
)

_DEPLOY_WORDS = re.compile(
    r"\b(?:sent|send\w*|dispatch\w*|deploy\w*|station\w*|arriv\w*|return\w*|work\w*|fight\w*|embedded|"
    r"host\w*|headed|heading|flood\w*|observed|serv(?:e|ing|ed)|assist\w*|rebuild\w*|train\w*|"
    r"transferr?\w*|posted|based|operat\w*|join\w*|reinforc\w*|help\w*|aid\w*|employ\w*|hired|recruit\w*)\b",
    re.I,
)


def _host(
    a: Analysis, start: int, origin: str | None, allow_pair: bool = True
) -> tuple[str | None, str | None]:
    """(host country, location) for people mentioned at ``start``; ``allow_pair`` lets the other
    country of the pair named in the sentence stand in when nothing places the people."""
    text = a.text
    host = location = None
    place = None
    cs, ce = clause_bounds(text, start)
    for p in a.places:
        if p.row.get("iso3") and cs <= p.start < ce:
            place = p
            if p.start >= start:
                break
    if place is not None:
        location = place.row["place"]
    for c, prep in countries_after(a, start, len(text)):
        iso = c.row["iso3"]
        if iso == origin:
            if prep in ("in", "at", "near", "inside") and c.start - start < 60:
                return None, location  # "North Korean pilots at an air base near Pyongyang": at home
            continue
        if prep in ("alongside",) or (
            c.row["kind"] == "demonym"
            and re.match(r"\s+(?:forces|troops|army|military|units)", text[c.end : c.end + 10])
        ):
            host = iso
            break
        if (
            prep in ("to", "into", "in", "at", "toward", "towards", "inside", "across", "throughout")
            and host is None
        ):
            host = iso
    if host is None and place is not None and place.row["iso3"] != origin:
        host = place.row["iso3"]
    if host is None:
        for v in a.verbs:
            if v.row["role"] == "in" and v.start < start:
                subj = subject_country(a, v.start, 0)
                if subj is not None and subj.row["iso3"] != origin:
                    host = subj.row["iso3"]
    if (
        allow_pair
        and host is None
        and origin in _PAIR
        and _PAIR[origin] in {c.row["iso3"] for c in a.countries}
    ):
        host = _PAIR[origin]
    return host, location


def _country_before(a: Analysis, p: Mention) -> Mention | None:
    """The country named just before the people ("North Korean troops", "Pyongyang's workers")."""
    return next(
        (
            c
            for c in reversed(a.countries)
            if c.end <= p.start and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}", a.text[c.end : p.start])
        ),
        None,
    )


def _counted(text: str, q, p: Mention, origin, host, location, anchor_end: int) -> Fact:
    """A deployment of the people ``p`` with the headcount ``q``."""
    return Fact(
        "deployment",
        origin_country=origin,
        destination_country=host,
        personnel_type=_refined_type(text, p),
        location=location,
        quantity=q.value,
        quantity_low=q.low,
        quantity_high=q.high,
        quantity_text=text[q.start : q.end],
        anchor_start=q.start,
        anchor_end=anchor_end,
    )


def deployment_facts(a: Analysis, attachments: dict, context: ArticleContext | None = None) -> list[Fact]:
    text = a.text
    facts: list[Fact] = []
    numbered: dict[int, Fact] = {}
    for q, att in attachments.items():
        if att is None or att.kind != "personnel" or q.percent or money_at(a, q) is not None:
            continue
        p = att.target
        if _casualty_context(text, p, q.start) or _not_sent(text, q.start, p):
            continue
        origin = (
            att.demonym.row["iso3"]
            if att.demonym
            else (att.possessive.row["iso3"] if att.possessive else None)
        )
        if origin is None:
            o, _, verb = _direction(a, q.number_start, None, None)
            origin = o if verb is not None and verb.row["role"] == "out" else None
            if origin is None:
                origin = next(
                    (
                        c.row["iso3"]
                        for c in a.countries
                        if c.end <= q.start and re.fullmatch(r"['’]s\s+", text[c.end : q.start])
                    ),
                    None,
                )
        host, location = _host(a, p.end, origin)
        if origin is None and host in _PAIR:
            origin = _PAIR[host] if _PAIR[host] in {c.row["iso3"] for c in a.countries} else None
        if origin is None and host is None and context is not None:
            origin, host = context.recent("deployment") or (None, None)
        if origin is None and host is None and _anecdote(q):
            continue  # "three workers escaped": a few people in a story, not a deployment
        if context is not None:
            origin, host = context.complete(origin, host)
            context.remember("deployment", origin, host)
        fact = _counted(text, q, p, origin, host, location, p.end)
        numbered[p.start] = fact
        facts.append(fact)
    # People named without a figure: need a motion or work verb and both countries.
    for i, p in enumerate(a.personnel):
        if p.start in numbered or p.row.get("needs_number") == "1":
            continue
        prev = a.personnel[i - 1] if i else None
        if (
            prev is not None
            and prev.start in numbered
            and re.fullmatch(r"\s*(?:,|and|or|&)\s*(?:other\s+)?", text[prev.end : p.start])
        ):
            continue  # "6,000 engineers and construction workers": one figure, one fact
        if not any(
            not (p.start <= m.start() < p.end)
            and not _money_after(a, m.end())
            and _asserts_motion(text, m, p)
            for m in _DEPLOY_WORDS.finditer(text)
        ):
            continue  # the motion or work word must be more than the noun itself ("workers")
        own = _country_before(a, p)
        origin = own.row["iso3"] if own is not None else None
        if origin is None:
            o, _, verb = _direction(a, p.start, None, None)
            origin = o if verb is not None and verb.row["role"] == "out" else None
        host, location = _host(a, p.end, origin, allow_pair=False)
        if _casualty_context(text, p) or _not_sent(text, p.start, p):
            continue
        if not (origin and host):
            continue
        if context is not None:
            context.remember("deployment", origin, host)
        facts.append(
            Fact(
                "deployment",
                origin_country=origin,
                destination_country=host,
                personnel_type=_refined_type(text, p),
                location=location,
                anchor_start=p.start,
                anchor_end=p.end,
            )
        )
    facts += _nationals_at_work(a, attachments, numbered, context)
    facts += _headcount_after_noun(a, attachments, numbered, context)
    return facts


_NUMBER_OF = re.compile(r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,3}$", re.I)
_NUMBER_IS = re.compile(
    r"^[^,.;:()]{0,60}?\b(?:is|was|are|were|has\s+reached|stands\s+at|remains)\s+(?:currently\s+|now\s+|still\s+)?"
    r"(?:about|around|some|roughly|nearly|almost|over|more than|at least|up to|an estimated|approximately)?\s*$",
    re.I,
)
_ASIDE_COUNT = re.compile(
    r"\s*(?:—|–|--|\()\s*(?:about|around|some|roughly|nearly|almost|over|more than|at least|up to|an estimated|"
    r"approximately|reportedly)?\s*",
    re.I,
)
_STOOD_AT = re.compile(
    r"^[^,.;:()]{0,60}?\b(?:stood at|stands at|numbered|numbers|reached|reach|reaches|totall?ed|totals|"
    r"is estimated at|was estimated at|amounted to|amounts to|grew to|rose to|increased to|climbed to|fell to|"
    r"dropped to|declined to)\s+(?:about|around|some|roughly|nearly|almost|over|more than|at least|up to|"
    r"an estimated|approximately)?\s*$",
    re.I,
)


def _headcount_after_noun(a: Analysis, attachments: dict, numbered: dict, context) -> list[Fact]:
    """A headcount stated after the people ("the workforce stood at 20,000 in 2019", "workers in Russia
    to reach 40,000"): the nearest personnel noun before the figure in its clause."""
    text = a.text
    out = []
    for q, att in attachments.items():
        if att is not None or q.percent or q.is_year or money_at(a, q) is not None:
            continue
        cs, _ = clause_bounds(text, q.start)
        p = next((m for m in reversed(a.personnel) if cs <= m.start and m.end <= q.start), None)
        counted = (
            p is not None
            and (
                _STOOD_AT.match(text[p.end : q.start])
                # "the number of soldiers stationed in Russia is about 12,000"
                or (_NUMBER_OF.search(text, 0, p.start) and _NUMBER_IS.match(text[p.end : q.start]))
            )
        )
        if not counted:
            # "sent soldiers (some 10,500, by one account) to Russia": the count in an aside
            p = next((m for m in reversed(a.personnel) if _ASIDE_COUNT.fullmatch(text, m.end, q.start)), None)
        if p is None or p.start in numbered:
            continue
        if _casualty_context(text, p) or _not_sent(text, p.start, p):
            continue
        own = _country_before(a, p)
        own = own or next(
            (c for c in reversed(a.countries) if c.end <= p.start and c.row["kind"] == "demonym"), None
        )
        origin = own.row["iso3"] if own is not None else None
        host, location = _host(a, p.end, origin)
        if origin is None and host in _PAIR and _PAIR[host] in {c.row["iso3"] for c in a.countries}:
            origin = _PAIR[host]
        if origin is None or host is None:
            continue  # "the workforce it sends abroad numbered 90,000": no host named, not this pair's
        numbered[p.start] = fact = _counted(text, q, p, origin, host, location, q.end)
        out.append(fact)
    return out


# Rules for people on real phrasing (issue 7); examples in tests/corpus/deployments.py.
_ANECDOTE_MAX = 50
_LEAVING = re.compile(
    r"\b(?:stream\w*\s+out|leav(?:e|es|ing)\s+(?:Russia|the country|their posts)|return(?:ed|ing)?\s+home|"
    r"repatriat\w*|sent\s+(?:home|back)|fled|flee\w*|escap\w*|defect\w*)\b",
    re.I,
)
_NOT_THIS_COOPERATION = re.compile(
    r"\b(?:both|the two|each|either|the warring)\s+sides?\b|\bdelegations?\s+of\s+(?:\w+\s+){0,4}$", re.I
)
_WORK_IN = re.compile(
    r"^\s+(?:\w+\s+){0,6}?(?:are\s+|were\s+|is\s+)?(?:employed|working|work|toil\w*|hired|engaged|used)\s+"
    r"(?:(?:in|on|at|for)\s+(?:the\s+|a\s+|local\s+|Russian\s+)*)(?P<field>construction|building|(?-i:IT)\b|information technology|software)",
    re.I,
)
# "workers to construction sites across Russia", "labourers on building projects"
_TO_SITES = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:to|at|on|for)\s+(?:the\s+|various\s+|local\s+|Russian\s+)*"
    r"(?P<field>construction|building)\s+(?:sites?|projects?)\b(?!\s+(?:and|or)\b)",  # not "sites and factories"
    re.I,
)
_FIELD_TYPES = {"construction": "construction_workers", "building": "construction_workers"}


def _anecdote(q) -> bool:
    """A handful of people placed nowhere ("at least three workers") belongs to a story."""
    value = next((v for v in (q.value, q.high, q.low) if v is not None), None)
    return value is not None and value < _ANECDOTE_MAX


def _not_sent(text: str, start: int, p: Mention) -> bool:
    """People leaving ("several hundred labourers stream out of Russia"), both sides' own armies
    ("both sides field hundreds of thousands of soldiers") or a delegation's members are
    no deployment of this cooperation."""
    cs, ce = clause_bounds(text, p.start)
    before = text[max(cs, start - 80) : start].rsplit(",", 1)[-1]
    return bool(_LEAVING.search(text, p.end, ce) or _NOT_THIS_COOPERATION.search(before))


def _refined_type(text: str, p: Mention) -> str:
    """Workers in general take the type of the work the sentence names ("several thousand workers
    employed on building sites" -> construction_workers; "working in IT" -> it_workers)."""
    kind = p.row["personnel_type"]
    if kind != "laborers":
        return kind
    m = _WORK_IN.match(text[p.end : p.end + 120]) or _TO_SITES.match(text[p.end : p.end + 80])
    if not m:
        return kind
    field = m["field"].lower()
    return _FIELD_TYPES.get(field, "it_workers")


_NATIONALS = re.compile(
    r"\s+(?:more\s+)?(?P<who>North Koreans|Koreans from the North|DPRK (?:citizens|nationals)|North Korean (?:citizens|nationals))"
    r"(?P<rest>[^.;]{0,80}?)\b(?:working|work|worked|employed|registered as (?:working|workers)|labou?ring|were registered|are registered)\b",
)


def may_count_nationals(text: str) -> bool:
    """Cheap test: can the sentence count nationals at work (``_nationals_at_work``)?"""
    return ("Korean" in text or "DPRK" in text) and _NATIONALS.search(text) is not None


def _nationals_at_work(a: Analysis, attachments: dict, numbered: dict, context) -> list[Fact]:
    """People counted as nationals who work abroad ("some 20,000 North Koreans work in Russia"):
    laborers, unless the sentence names a more specific trade."""
    text = a.text
    out = []
    for q, att in attachments.items():
        if att is not None or q.percent or money_at(a, q) is not None or q.is_year:
            continue
        m = _NATIONALS.match(text, q.end)
        if not m or CASUALTY_WORDS.search(m.group(0)) or _LEAVING.search(m.group(0)):
            continue
        host, location = _host(a, m.end("who"), "PRK")
        if host is None and context is not None:
            host = context.complete("PRK", None)[1]
        if host is None or host == "PRK":
            continue
        who = Mention(m.start("who"), m.end("who"), m["who"], {"personnel_type": "laborers"})
        out.append(_counted(text, q, who, "PRK", host, location, m.end("who")))
    return out


_AUX_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|being|has|have|had|will|would|to|already|reportedly)\s+(?:\w+ly\s+)?$",
    re.I,
)
_NOUN_FORMS = re.compile(r"work(?:force|ers?|ing class)|helpers?\b", re.I)


def _asserts_motion(text: str, m: re.Match, p: Mention) -> bool:
    """A sentence without a figure asserts that people were sent only when the motion word is its
    verb: before the people ("North Korea sent troops"; not "tasked with dispatching workers"), or
    after them with an auxiliary ("troops have been deployed"; not "workers dispatched to Russia
    must pay", a description of people already there)."""
    if _NOUN_FORMS.match(m.group(0)):
        return False
    if m.start() < p.start:
        return not re.search(
            r"\b(?:with|for|of|about|on|by|in)\s+$", text[max(0, m.start() - 6) : m.start()], re.I
        )
    return _AUX_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) is not None


def _money_after(a: Analysis, pos: int) -> bool:
    """A motion verb whose object is money ("send $120 million home") moves money, not people."""
    return any(pos <= m.start <= pos + 40 for m in a.money)


# "900 of the 12,000 troops", "out of the roughly 14,000 men": the whole that a part is taken from
# (a part must be named: "the deaths of the 1,000 soldiers" is no partition)
_WHOLE = r"(?:the|its|their|those)\s+(?:(?:some|about|around|roughly|nearly|approximately|estimated|reported)\s+)?$"
_PARTITIVE_BEFORE = re.compile(
    # a part named before "of the": a figure or a share word
    r"(?:\d[\d,.]*(?:\s+(?:thousand|million))?|\b(?:most|many|some|half|hundreds|thousands|dozens|a\s+third|"
    r"a\s+quarter))\s+(?:out\s+)?of\s+"
    + _WHOLE
    # "out of the ..." opening the sentence or a clause: the part follows
    + r"|(?:^\W*|[,:]\s*|\bthat\s+)out\s+of\s+"
    + _WHOLE,
    re.I,
)


def _casualty_context(text: str, p: Mention, figure_start: int | None = None) -> bool:
    """People counted as killed, wounded or dying in their clause are casualties, not a deployment.

    The whole a part is taken from is not ("900 of the 12,000 troops sent were killed": 12,000 were
    sent), nor are people followed by an aside on losses ("13,000 soldiers, with 4,000 wounded")."""
    if figure_start is not None and _PARTITIVE_BEFORE.search(text[max(0, figure_start - 60) : figure_start]):
        return False
    _, ce = clause_bounds(text, p.start)
    # "..., and that the forces have suffered 4,700 casualties": another clause's casualties
    tail = re.split(r",\s+(?:and|but|while|with)\b|\band that\b", text[p.end : ce], maxsplit=1)[0]
    return bool(CASUALTY_WORDS.search(tail))
