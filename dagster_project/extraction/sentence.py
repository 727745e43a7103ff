"""What one sentence contains: vocabulary mentions, figures, money, dates, and how they connect.

``analyse`` finds every mention once; the slot fillers in the ``slots`` package then ask structural
questions of it: which noun a figure counts (``attach``), which country is the subject of a verb
(``subject_country``), which preposition governs a country (``countries_after``), which amounts
are money and which amount restates another in another currency (``equivalent_of``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .designations import reread
from .numbers import Quantity, find_quantities
from .vocab import Mention, find_all

VOCABULARIES = (
    "countries",
    "places",
    "items",
    "personnel",
    "infrastructure",
    "units",
    "verbs",
    "currencies",
    "mechanisms",
)

# Words that may stand between a figure and the noun it counts ("10,000 North Korean troops").
_GAP_BREAK = {
    "to",
    "from",
    "in",
    "at",
    "on",
    "per",
    "by",
    "with",
    "for",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "have",
    "has",
    "had",
    "than",
    "that",
    "which",
    "who",
    "each",
    "this",
    "these",
    "those",
    "will",
    "would",
    "could",
    "may",
    "might",
    "and",
    "or",
    "as",
    "since",
    "into",
    "over",
    "about",
    "its",
    "their",
    "his",
    "her",
    "our",
    "them",
    "it",
    "they",
    "we",
    "he",
    "she",
    "not",
    "all",
    "both",
    "between",
}
# Nouns after an item word that make it something else ("missile facilities", "oil prices").
_NON_ITEM_HEADS = re.compile(
    r"\s*(?:-\s*)?(?:facilit|program|test|launch(?:es|ing)?\b|site|factor|production|plant|capabilit|strike|attack|development|"
    r"industr|expertise|prices?\b|market|refiner|field|compan|firm|security|shortage|crisis|insecurity|"
    r"technolog|know-how|cooperation|deal|talks|stockpile|reserves|sector|output|manufactur|engineer|"
    r"forces|arsenal|units?\b|launcher|defen[cs]e|shield|research|experts?\b|station|depot|warehouse|"
    r"plan|project|capacity|trade\b|traffic|route|corridor|infrastructure|crossing|exports? (?:ban|rules))",
    re.I,
)
CASUALTY_WORDS = re.compile(
    r"\b(?:casualt\w*|killed|dead|deaths?|died|dying|perished|wounded|injured|losses|captured|prisoners?|"
    r"years? old|year-old|suffering|missing in action|defected|defectors|executed)\b",
    re.I,
)
_COUNT_NOUNS = re.compile(
    r"\s*(?:years?|months?|weeks?|days?|hours?|times|trips|visits|meetings|rounds of talks|flights|summits|"
    r"people|percent complete|% complete|km/h|kilometres per hour|kilometers per hour|mph|degrees|"
    r"countries|nations|states|members|sessions|kinds|types|stages|phases|points|cases)\b",
    re.I,
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?P<prep>to|into|from|with|against|in|of|for|on|at|by|between|alongside|than|toward|towards|"
    r"across|near|inside|within|throughout|and|via|through|like|beside|besides|except|including)\s+(?:the\s+)?)$",
    re.I,
)
_LOADED_WITH = re.compile(
    r"\s+(?:loaded with|carrying|filled with|full of|packed with|holding|with|containing)\s+", re.I
)
_CLASSIFIER_WORDS = {"rounds", "round", "munitions", "ammunition"}  # "rounds of X": X names the kind
_CURRENCY_BEFORE = re.compile(r"(?:(?:US\$|\$|€|₽|£)\s?|\b(?:RUB|USD|EUR|CNY|KRW|KPW|JPY)\s?)$")  # "$ 80" too
_CURRENCY_SYMBOL = {"US$": "USD", "$": "USD", "€": "EUR", "₽": "RUB", "£": "GBP"}
_PERIOD_AFTER = re.compile(
    r"^\s*(?:(?P<per>per|a|an|each|every)\s+(?P<unit>day|week|month|year|annum)|(?P<adv>daily|weekly|monthly|annually|yearly|a\s+year|per\s+annum))\b",
    re.I,
)
PERIOD_WORD = {
    "day": "day",
    "daily": "day",
    "week": "week",
    "weekly": "week",
    "month": "month",
    "monthly": "month",
    "year": "year",
    "annum": "year",
    "annually": "year",
    "yearly": "year",
    "a year": "year",
    "per annum": "year",
}


@dataclass(slots=True)
class Money:
    quantity: Quantity
    currency: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None


@dataclass(slots=True)
class Attachment:
    """What a figure counts: an item, a kind of personnel, or a unit (optionally "of <item>")."""

    kind: str  # item | personnel | unit
    target: Mention | None
    unit: str | None = None
    unit_dimension: str | None = None
    per_period: str | None = None
    demonym: Mention | None = None
    possessive: Mention | None = None
    end: int = 0
    unit_mention: Mention | None = None


@dataclass(slots=True)
class Analysis:
    text: str
    countries: list[Mention] = field(default_factory=list)
    items: list[Mention] = field(default_factory=list)
    personnel: list[Mention] = field(default_factory=list)
    infra: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    units: list[Mention] = field(default_factory=list)
    verbs: list[Mention] = field(default_factory=list)
    currencies: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)


def _overlaps(a_start: int, a_end: int, spans) -> bool:
    return any(a_start < e and s < a_end for s, e in spans)


def _merge_adjacent(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "KN-23 ballistic missiles" is one item: the first (more specific) word names it."""
    out: list[Mention] = []
    for m in mentions:
        if out and text[out[-1].end : m.start].strip() == "":
            prev = out[-1]
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], prev.row)
            continue
        out.append(m)
    return out


def _valid_currency(text: str, m: Mention) -> bool:
    if m.surface.lower() != "won":
        return True
    before = text[max(0, m.start - 20) : m.start].lower()
    return bool(
        re.search(r"(?:korean|\d|million|billion|thousand|trillion|and|–|-|/|the)\s*$", before)
    ) and not re.search(
        r"^\s+(?:the|a|an|over|by|in|its|their|praise|support)\b", text[m.end : m.end + 10].lower()
    )


def analyse(text: str, time_spans: list[tuple[int, int]], found: dict | None = None) -> Analysis:
    a = Analysis(text)
    found = found if found is not None else find_all(text, VOCABULARIES)
    a.countries = found["countries"]
    a.places = [
        p for p in found["places"] if not _overlaps(p.start, p.end, [(c.start, c.end) for c in a.countries])
    ]
    a.items = [m for m in found["items"] if not _NON_ITEM_HEADS.match(text, m.end)]
    a.items = _merge_adjacent(text, a.items)
    a.personnel = found["personnel"]
    a.infra = found["infrastructure"]
    a.units = found["units"]
    a.verbs = found["verbs"]
    a.currencies = [m for m in found["currencies"] if _valid_currency(text, m)]
    taken = [(m.start, m.end) for m in a.items + a.places + a.countries] + list(time_spans)
    a.quantities = [
        q for q in find_quantities(text) if not _overlaps(q.number_start, q.end, taken) and not q.is_year
    ]
    a.quantities, a.units = reread(text, a.quantities, a.units)
    a.money = _find_money(a)
    return a


def _find_money(a: Analysis) -> list[Money]:
    out = []
    text = a.text
    for q in a.quantities:
        if q.percent or q.vague and q.value is None and q.low is None:
            continue
        currency = None
        start, end = q.start, q.end
        before = text[max(0, q.number_start - 5) : q.number_start]
        m = _CURRENCY_BEFORE.search(before)
        value_factor = 1.0
        if m:
            sym = m.group(0).strip()
            currency = _CURRENCY_SYMBOL.get(sym, sym)
            if not q.has_scale and re.match(r"(?:m|mn|mln)\b", text[q.end : q.end + 4]):
                value_factor = 1e6
                end = q.end + re.match(r"(?:m|mn|mln)\b", text[q.end : q.end + 4]).end()
            elif not q.has_scale and re.match(r"(?:b|bn|bln)\b", text[q.end : q.end + 4]):
                value_factor = 1e9
                end = q.end + re.match(r"(?:b|bn|bln)\b", text[q.end : q.end + 4]).end()
        else:
            for c in a.currencies:
                gap = text[q.end : c.start]
                if c.start >= q.end and re.fullmatch(
                    r"\s*(?:(?:North|South)\s+Korean\s+|Russian\s+|Chinese\s+|US\s+|U\.S\.\s+)?", gap
                ):
                    currency = c.row["code"]
                    end = c.end
                    break
        if currency is None:
            continue

        def scale(v, f=value_factor):
            return None if v is None else v * f

        out.append(Money(q, currency, start, end, scale(q.value), scale(q.low), scale(q.high)))
    return out


def money_at(a: Analysis, q: Quantity) -> Money | None:
    return next((m for m in a.money if m.quantity is q), None)


def equivalent_of(a: Analysis, money: Money) -> Money | None:
    """The paired equivalent right after an amount: "9 billion rubles (around $110 million)"."""
    for other in a.money:
        if other.start > money.end and other.currency != money.currency:
            gap = a.text[money.end : other.start]
            if re.fullmatch(
                r"\s*(?:\(|,|—|–|-)?\s*(?:or\s+|i\.e\.\s+|roughly\s+|about\s+|around\s+|some\s+|nearly\s+|"
                r"approximately\s+|equivalent\s+to\s+)?(?:US\$|\$|€|£|₽|USD\s*|EUR\s*)?",
                gap,
            ):  # "9 billion rubles ($111 million)": one amount with its stated equivalent
                return other
            return None
    return None


def period_after(text: str, pos: int) -> tuple[str | None, int]:
    m = _PERIOD_AFTER.match(text[pos : pos + 24])
    if not m:
        return None, pos
    word = (m.group("unit") or m.group("adv")).lower()
    word = re.sub(r"\s+", " ", word)
    return PERIOD_WORD.get(word), pos + m.end()


def attach(a: Analysis, q: Quantity) -> Attachment | None:
    """The noun a figure counts, if it stands within a few modifier words after it."""
    text = a.text
    if _COUNT_NOUNS.match(text, q.end) or re.match(
        r"\s+of\s+(?:them|which|those|these)\b", text[q.end : q.end + 20]
    ):
        return None
    limit = q.end + 70
    candidates = sorted(
        [m for m in a.items + a.personnel + a.units if q.end <= m.start < limit],
        key=lambda m: (m.start, -(m.end - m.start)),
    )
    for m in candidates:
        gap = text[q.end : m.start]
        if re.search(r"[,.;:()\[\]—–]|\s-\s", gap):
            return None
        words = re.findall(r"[\w’'-]+", gap)
        if len(words) > 5:
            return None
        demonym = next((c for c in a.countries if q.end <= c.start and c.end <= m.start), None)
        # Words of a country name ("North Korean") do not count as breaks.
        plain = gap
        for c in a.countries:
            plain = plain.replace(c.surface, " ")
        if any(
            w.lower() in _GAP_BREAK
            for w in re.findall(r"[\w’'-]+", plain)
            if not (q.percent and w.lower() == "of")
        ):
            return None
        if CASUALTY_WORDS.search(gap):
            return None
        if any(q.end <= o.start and o.end <= m.start for o in a.quantities if o is not q):
            return None  # "two support areas about 610 metres": the nearer figure owns the unit
        possessive = None
        if demonym is not None and re.match(r"['’]s\b", text[demonym.end : demonym.end + 2]):
            possessive, demonym = demonym, None
        if m in a.units:
            unit, dim = m.row["unit"], m.row["dimension"]
            per, pend = period_after(text, m.end)
            if per is None:
                for of_noun in (
                    re.match(r"\s+of\s+[\w-]+", text[m.end : m.end + 40]),
                    re.match(r"\s+of\s+[\w-]+\s+[\w-]+", text[m.end : m.end + 40]),
                ):
                    if of_noun:  # "5 million tonnes of cargo a year"
                        per2, _ = period_after(text, m.end + of_noun.end())
                        if per2 is not None:
                            per = per2
                            break
            target = None
            of = re.match(r"\s+(?:of\s+)?(?:[\w’'-]+\s+){0,3}", text[pend : pend + 60])
            for it in a.items:
                if pend <= it.start <= pend + (of.end() if of else 0) + 1 and re.match(
                    r"\s+of\b", text[pend : pend + 5]
                ):
                    target = it
                    break
            if target is None and dim == "count":
                # "2,500 railcars loaded with ammunition": what the containers or wagons carry
                loaded = _LOADED_WITH.match(text, pend)
                if loaded:
                    target = next(
                        (it for it in a.items if loaded.end() <= it.start <= loaded.end() + 25), None
                    )
            if target is not None and demonym is None and possessive is None:
                # "9,000 boxes of North Korean rockets": the goods' nationality is their origin
                demonym = next(
                    (
                        c
                        for c in a.countries
                        if pend <= c.start and c.end <= target.start and c.row.get("kind") == "demonym"
                    ),
                    None,
                )
            cargo = Mention(m.start, m.end, m.surface, {"item": unit, "category": "other"})
            return Attachment("unit", target, unit, dim, per, demonym, possessive, pend, cargo)
        kind = "item" if m in a.items else "personnel"
        if kind == "item" and m.surface.lower() in _CLASSIFIER_WORDS:
            head = next(
                (
                    it
                    for it in a.items
                    if it.start > m.end
                    and re.fullmatch(r"\s+of\s+(?:[\w-]+\s+){0,2}", text[m.end : it.start])
                ),
                None,
            )
            if head is not None:  # "2.5 million rounds of 122 mm shells"
                m = head
        per, pend = period_after(text, m.end)
        return Attachment(kind, m, None, None, per, demonym, possessive, pend)
    return None


def is_possessive(text: str, m: Mention) -> bool:
    return bool(re.match(r"['’]s\b", text[m.end : m.end + 2]))


def preposition_before(text: str, pos: int) -> str | None:
    m = _PREPOSITION_BEFORE.search(text[max(0, pos - 16) : pos])
    return m.group("prep").lower() if m else None


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,]*,")


def subject_country(a: Analysis, verb_start: int, clause_start: int) -> Mention | None:
    """The country standing as the subject before a verb (not after a preposition, not possessive,
    not inside a relative clause: "North Korea, which has supplied Russia with shells, will send ...")."""
    nested = [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(a.text, 0, verb_start)]
    for c in reversed([c for c in a.countries if clause_start <= c.start and c.end <= verb_start]):
        if any(s <= c.start < e for s, e in nested):
            continue
        between = a.text[c.end : verb_start]
        if preposition_before(a.text, c.start) is not None:
            continue
        if is_possessive(a.text, c) and c.row["kind"] != "demonym":
            # "Pyongyang's army sent ..." : the owner is still the sender
            if not re.search(r"\b(?:army|military|government|regime|forces|leadership|ministry)\b", between):
                continue
        if c.row["kind"] == "demonym" and not re.match(
            r"\s+(?:government|regime|authorities|military|army|leadership|officials|side|state|forces|troops)\b",
            between,
        ):
            continue
        if re.search(r"[.;]", between):
            continue
        return c
    return None


def countries_after(a: Analysis, pos: int, end: int) -> list[tuple[Mention, str | None]]:
    return [(c, preposition_before(a.text, c.start)) for c in a.countries if pos <= c.start < end]
