"""Sentence-level judgements on candidate facts: is it a fact of this cooperation, and what else
does the sentence state about it.

* A country's own forces at war (Russian troops in Ukraine) are not a deployment of this
  cooperation: a deployment needs North Korea on one side.
* Small counts of people in anecdotes ("three workers escaped") are not deployments.
* The goods of an "in exchange for ..." phrase without a verb of their own are not shipments, nor
  the people named there deployments.
* Generic goods without a figure ("supplying weapons to Moscow", "arms and munitions supply",
  "the missile transfer") are no shipments: a figureless shipment needs a specific materiel
  (the generic items are listed in ``vocab/generic_goods.csv``); a goods noun used as a verb
  ("to fuel the war", "help fuel") is none either.
* Caps, bans, limits and needs are not transfers ("sanctions cap its imports at 500,000
  barrels", "a ban on oil supplies", "restrictions on oil supplies", "fuel export caps", "North
  Korea needs 9 million barrels a year"), unless the
  transfer happens in spite of them ("shipped 5,000 shells despite a ban on arms sales").
* A distance ("200 kilometres from the border", "300 metres upstream from the old pier"), a
  position ("300 metres north of the site"), progress ("has advanced 110 metres into the river"),
  a cleared stretch of land or a vessel's length ("a 120-metre-long tanker") is not a length of a
  project.
* Headlines that announce analysis ("Assessing the scale of ...") state no fact.
* Parts and additions are facts of their own: "5,000 out of a total of 7,000 engineers" is two
  facts; "about 6,000 more will arrive" repeats the noun of the figure before it.
* Rates with several units in one phrase share the period ("300 vehicles and 2,850 passengers
  a day" are both per day), and so does a part named after a rate ("300 vehicles a day, of them
  200 cargo trucks").
* Wages taken by the state, stated with their figures and again without them, are one fact.
Examples: ``tests/corpus/cooperation.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution import clause_bounds
from .model import Fact
from .numbers import find_quantities
from .sentence import CASUALTY_WORDS
from .slots import rate_unit
from .vocab import read_rows

_GENERIC_GOODS = frozenset(row["item"] for row in read_rows("generic_goods"))

_ANECDOTE_VERBS = re.compile(
    r"\b(?:escaped|escape|defected|defect|fled|flee|died|killed|wounded|injured|captured|arrested|detained|"
    r"interviewed|spoke|met|surrendered|deserted|missing|taken prisoner|were caught|was caught)\b",
    re.I,
)
_VERB_USE = re.compile(r"\b(?:to|help|helps|helped|helping)\s+$", re.I)
_LIMIT = re.compile(
    r"\b(?:ban(?:s|ned)?\s+on|banning|embargo|cap(?:s|ped)?|ceiling|limit(?:s|ed|ing)?|"
    r"restrict(?:s|ed|ing|ions?)?|prevent(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|"
    # a need stated with its figure ("needs 9 million barrels"), not "ammunition needs" or "much-needed"
    r"(?<!-)(?:to\s+require|requires|to\s+need|needs)(?=\s+(?:about\s+|some\s+|around\s+|an?\s+)?\d))\b",
    re.I,
)
_LIMIT_AFTER = re.compile(
    r"(?:\s+(?:supply|supplies|transfer|transfers|export|exports|import|imports|sales?|delivery|deliveries))?"
    r"(?:\s+(?:from|to|into)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"(?:\s+(?:are|is|were|was|remain|remains|have\s+been|has\s+been))?"
    r"\s+(?:caps?|capped|ceilings?|bans?|banned|embargo(?:es)?|limits?|limited|quotas?|restricted|restrictions?|sanctions)\b",
    re.I,
)
_IN_SPITE = re.compile(
    r"\b(?:despite|in\s+defiance\s+of|in\s+violation\s+of|violating|breaching|defying)\s+(?:\w+\s+){0,4}$",
    re.I,
)
_DISTANCE = re.compile(
    r"\s*(?:-?\s*(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|yards?)\b)?\)?\s*(?:\([^)]{0,20}\)\s*)?"
    # "300 metres upstream from", "3 km east along the river from"
    r"(?:(?:away|downstream|upstream|inland|offshore|(?:north|south)(?:east|west)?|east|west|along\s+the\s+\w+)\s+){0,3}"
    r"from\b(?![^.;,]{0,60}\bto\b)",
    re.I,
)
_LENGTH_UNIT = r"\s*(?:-?\s*(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|m|yards?|feet|ft)\b)?\)?\s*"
# Measures that are not the project's length: a position ("300 metres north of the site",
# "600 and 700 metres west-southwest of the pier"), progress into the water ("has advanced about
# 110 metres into the river"), a cleared stretch of land ("400 metres of the eastern bank"), or
# the length of a vessel or vehicle ("a 120-metre-long tanker").
_NOT_A_LENGTH_AFTER = re.compile(
    _LENGTH_UNIT + r"(?:"
    r"(?:and\s+[\d.,]+" + _LENGTH_UNIT + r")?"
    r"(?:(?:north|south|east|west)(?:[-\s]?(?:north|south|east|west))*(?:wards?)?|downstream|upstream|inland|"
    r"offshore)\s+of\b"
    r"|(?:out\s+)?in(?:to)?\s+the\s+(?:\w+\s+)?(?:river|water|sea|bay|channel|strait)\b"
    r"|(?:-?long\s+(?:length|stretch|strip|section|area)\s+)?of\s+(?:the\s+)?(?:\w+\s+){0,2}"
    r"(?:shore|bank|riverbank|coast|coastline|land|ground|forest|terrain)\b"
    r"|-?long\s+(?:[\w-]+\s+)?(?:vessel|ship|tanker|barge|freighter|boat|ferry|train|convoy|platform|truck)s?\b"
    r")",
    re.I,
)
_EXCHANGE = re.compile(r"\b(?:in exchange for|in return for|in payment for|as payment for)\b", re.I)
_VERB_AFTER = re.compile(
    r"\b(?:sent|send|sends|shipped|ships|supplied|supplies|delivered|delivers|provided|provides|gave|gives|"
    r"transferred|exported|received|receives|got|gets|obtained)\b",
    re.I,
)
_ANALYSIS_HEADLINE = re.compile(
    r"^\s*(?:assessing|analy[sz]ing|examining|measuring|mapping|tracking|understanding|explaining|estimating|"
    r"explainer|inside|what we know|how|why|what)\b",
    re.I,
)
_PART_OF_TOTAL = re.compile(
    r"(?P<part>(?:about\s+|some\s+|around\s+|roughly\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?)\s+"
    r"(?:out\s+of|of)\s+(?:a\s+total\s+of\s+|the\s+|an?\s+estimated\s+|some\s+|about\s+)?$",
    re.I,
)
_MORE = re.compile(
    r"(?P<fig>(?:about\s+|some\s+|around\s+|roughly\s+|another\s+|a\s+further\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?)"
    r"\s+(?:more|additional|others|extra)\b(?!\s+(?:than|of)\b)",
    re.I,
)


def keep(fact: Fact, text: str) -> bool:
    """Whether a candidate from ``text`` (its sentence) is a fact of this cooperation."""
    if _ANALYSIS_HEADLINE.match(text) and fact.quantity is None and fact.value_number is None:
        return False
    if fact.fact_type == "deployment":
        if fact.origin_country and "PRK" not in (fact.origin_country, fact.destination_country):
            return False  # Russian troops in Ukraine
        count = fact.quantity if fact.quantity is not None else fact.quantity_high
        if count is not None and count < 20 and _ANECDOTE_VERBS.search(text):
            return False
    if fact.fact_type == "shipment":
        cs, _ = clause_bounds(text, fact.anchor_start)
        for m in _LIMIT.finditer(text, cs):
            if m.start() >= fact.anchor_start:
                break
            if not _IN_SPITE.search(text, cs, m.start()):
                return False  # "sanctions cap its imports at 500,000 barrels": a limit, not a transfer
        if fact.quantity is None and _LIMIT_AFTER.match(text, fact.anchor_end):
            return False  # "the UN's fuel export caps": the goods name the limit
    if fact.fact_type == "infrastructure" and fact.attribute == "length":
        if _DISTANCE.match(text, fact.anchor_end):
            return False  # "200 kilometres from the border": a distance
        if _NOT_A_LENGTH_AFTER.match(text, fact.anchor_end):
            return False  # a position, progress, a stretch of land or a vessel's length
    if fact.fact_type == "shipment" and fact.quantity is None and fact.quantity_low is None:
        if fact.quantity_high is None and fact.item in _GENERIC_GOODS:
            return False  # "supplying weapons to Moscow": no materiel named, no figure
        if _VERB_USE.search(text, 0, fact.anchor_start):
            return False  # "shells sent to fuel the war": the verb, not the goods
        if _paid_for(text, fact.anchor_start):
            return False  # "arms in exchange for food": the food is no shipment of its own
    if fact.fact_type == "deployment" and _paid_for(text, fact.anchor_start):
        return False  # "jets in exchange for the dispatch of troops": what is paid for, not a fact here
    return True


def _paid_for(text: str, pos: int) -> bool:
    """Whether what stands at ``pos`` is named in an "in exchange for" phrase without a verb of its own."""
    m = _EXCHANGE.search(text, 0, pos)
    return m is not None and not _VERB_AFTER.search(text, m.end(), pos)


def _value(raw: str) -> float | None:
    qs = find_quantities(raw)
    return qs[0].value if qs else None


def _with_figure(fact: Fact, value: float, start: int, end: int, text: str) -> Fact:
    return replace(
        fact,
        quantity=value,
        quantity_low=value,
        quantity_high=value,
        quantity_text=text[start:end],
        anchor_start=start,
        anchor_end=end,
        period_start=None,
        period_end=None,
        date_precision=None,
        date_text=None,
        fact_id=None,
    )


def implied_facts(facts: list[Fact], text: str) -> list[Fact]:
    """Facts the sentence states by reference to another: a part of a stated total ("5,000 out of a
    total of 7,000 engineers"), or "N more" after a counted noun. Offsets are sentence-relative."""
    out: list[Fact] = []
    counted = [f for f in facts if f.fact_type in ("shipment", "deployment") and f.quantity is not None]
    if not counted:
        return []
    for f in counted:
        m = _PART_OF_TOTAL.search(text[max(0, f.anchor_start - 60) : f.anchor_start])
        if m:
            start = max(0, f.anchor_start - 60) + m.start("part")
            value = _value(m["part"])
            # "900 of the 12,000 troops were killed": the part is a casualty count
            lost = f.fact_type == "deployment" and CASUALTY_WORDS.search(
                re.split(r",\s+(?:and|but|while)\b|[;.]", text[f.anchor_end :], maxsplit=1)[0]
            )
            if value is not None and value < f.quantity and not lost:
                out.append(_with_figure(f, value, start, start + len(m["part"]), text))
    taken = {(f.anchor_start, f.anchor_end) for f in facts}
    for m in _MORE.finditer(text):
        before = [f for f in counted if f.anchor_end <= m.start()]
        if not before or any(s <= m.start() < e for s, e in taken):
            continue
        value = _value(m["fig"])
        if value is None:
            continue
        out.append(_with_figure(before[-1], value, m.start("fig"), m.end("fig"), text))
    return out


# "300 vehicles a day, of them 200 cargo trucks": the part is a rate of the same period
_PART_AFTER_RATE = re.compile(
    r"[\s\w-]*?,?\s*(?:of\s+them|of\s+which|among\s+them|including)\s*(?:up\s+to\s+|about\s+)?", re.I
)


def share_periods(facts: list[Fact], text: str) -> None:
    """ "300 vehicles and 2,850 passengers a day": the period closes the whole coordinated phrase."""
    rates = [f for f in facts if f.fact_type == "infrastructure" and f.per_period]
    for f in facts:
        if f.fact_type != "infrastructure" or f.per_period or f.attribute != "capacity" or not f.unit:
            continue
        for r in rates:
            between = text[f.anchor_end : r.anchor_start]
            after = text[r.anchor_end : f.anchor_start]
            if (
                0 <= r.anchor_start - f.anchor_end <= 40 and re.fullmatch(r"[\s\w-]*?\s(?:and|,)\s*", between)
            ) or (0 <= f.anchor_start - r.anchor_end <= 40 and _PART_AFTER_RATE.fullmatch(after)):
                f.per_period = r.per_period
                f.unit = rate_unit(f.unit, r.per_period)
                if r.per_period == "year":
                    f.attribute = "annual_capacity"
                break


def drop_figureless_restatements(facts: list[Fact]) -> list[Fact]:
    """Wages the state takes, stated with their figures ("every labourer hands over $70 a month
    as loyalty fees") and again without ("those fees fund the party"), are one
    arrangement: the figureless mention is dropped. A channel is different: its launch and the money
    later sent through it are two facts."""
    figured = {
        f.mechanism
        for f in facts
        if f.fact_type == "currency"
        and f.mechanism == "wage_remittance"
        and (f.amount is not None or f.share_low is not None or f.share_high is not None)
    }
    return [
        f
        for f in facts
        if not (
            f.fact_type == "currency"
            and f.mechanism in figured
            and f.amount is None
            and f.share_low is None
            and f.share_high is None
        )
    ]
