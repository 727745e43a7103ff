"""Slot filling per fact type, from the structure of one analysed sentence.

Each ``*_facts`` function returns candidate facts with their type-specific slots and an anchor
(the figure or noun the fact hangs on); the article-level extractor adds evidence offsets,
claimant, status, dates and ids.

Shipment rules (counted ships and trips, volumes of fuel, rail cars at stations, goods used by the
other country, goods that do not move) have their examples in ``tests/corpus/shipments.py``.
"""

from __future__ import annotations

import re
from datetime import date

from .attribution import clause_bounds
from .model import Fact
from .numbers import UNITS
from .sentence import (
    CASUALTY_WORDS,
    PERIOD_WORD,
    Analysis,
    attach,
    countries_after,
    equivalent_of,
    money_at,
    preposition_before,
    subject_country,
)
from .vocab import Mention

_SHIPMENT_NOUNS = re.compile(
    r"\b(?:shipments?|deliver(?:y|ies)|supplies|supply|exports?|imports?|cargo(?:es)?|consignments?|bound for|destined for|"
    r"transfers?|flow(?:ing|s)?|arriv\w+|shipped|smuggl\w+)\b",
    re.I,
)
_DEPLOY_WORDS = re.compile(
    r"\b(?:sent|send\w*|dispatch\w*|deploy\w*|station\w*|arriv\w*|return\w*|work\w*|fight\w*|embedded|"
    r"host\w*|headed|heading|flood\w*|observed|serv(?:e|ing|ed)|assist\w*|rebuild\w*|train\w*|"
    r"transferr?\w*|posted|based|operat\w*|join\w*|reinforc\w*|help\w*|aid\w*|employ\w*|hired|recruit\w*)\b",
    re.I,
)
_EXCHANGE_ANY = re.compile(r"\b(?:in exchange for|in return for|in payment for|as payment for)\b", re.I)
_PAIR = {"PRK": "RUS", "RUS": "PRK"}
_MAYBE_CONTENTS = re.compile(
    r"\b(?:potentially|possibly|probably|likely|perhaps|could|may|might|suspected|believed|thought)\b", re.I
)
_GROUPS_OF = re.compile(
    r"\b(?:lines?|rows?|stacks?|batch(?:es)?|trains?|types?|kinds?|sorts?|piles?)\s+of\b", re.I
)
_CARGO_UNITS = {"container", "wagon"}
_MEASURE_UNITS = {"barrel", "tonne", "kg", "cubic_metre", "cubic_metre_billion"}  # weights and volumes
_USE_VERBS = re.compile(
    r"\b(?:launch\w*|fir(?:ed|es|ing)|struck|strik\w*|hit|test-fired|tested|used\s+(?:against|on|in))\b", re.I
)
# Missiles of one country launched or used by another were transferred to it (the annotation
# guide: "Russia has used N North Korean missiles" is a shipment of N); launched or fired without
# "by" is a strike ("50 missiles fired at Kyiv"); "shells used in the war" stay the shells sent.
_USED_BY = re.compile(
    r"\s+(?:(?:that|which)\s+(?:were|have\s+been|had\s+been)\s+)?(?:launched|fired|used)\b"
    r"(?:\s+(?:[\w-]+\s+){0,4}?by\s+(?:the\s+)?)?",
    re.I,
)
_BOUND_FOR = re.compile(r"\b(?:bound|destined|headed|heading|en route)\s+(?:for|to)\s+$", re.I)


class ArticleContext:
    """What the article as a whole says about direction: which of the pair it names, the last flows."""

    def __init__(self, countries: set[str]):
        self.countries = countries
        self.sentence_index = 0
        self.last_flow: dict[str, tuple[int, str | None, str | None]] = {}
        self.cargo: tuple[int, dict] | None = None  # (sentence, item row) of the last goods moved
        self.vessel_cargo: tuple[int, dict] | None = None  # the last counted tankers' cargo
        self.missile_kind: dict | None = None  # the last kind of missile the article named

    def complete(self, origin: str | None, dest: str | None) -> tuple[str | None, str | None]:
        """Fill the missing side with the other country of the pair when the article names both."""
        if origin in _PAIR and dest is None and _PAIR[origin] in self.countries:
            return origin, _PAIR[origin]
        if dest in _PAIR and origin is None and _PAIR[dest] in self.countries:
            return _PAIR[dest], dest
        return origin, dest

    def remember(self, kind: str, origin: str | None, dest: str | None) -> None:
        if origin or dest:
            self.last_flow[kind] = (self.sentence_index, origin, dest)

    def remember_cargo(self, row: dict, vessel: bool = False) -> None:
        self.cargo = (self.sentence_index, row)
        if vessel:
            self.vessel_cargo = (self.sentence_index, row)

    def recent_cargo(self, vessel: bool = False, within: int | None = None) -> dict | None:
        hit = self.vessel_cargo if vessel else self.cargo
        if hit is None or (within is not None and self.sentence_index - hit[0] > within):
            return None
        return hit[1]

    def recent(self, kind: str) -> tuple[str | None, str | None] | None:
        """The direction of the same kind of fact stated in the previous two sentences, or earlier in
        this one ("might hold 3 million shells or 500,000 rounds": both take the flow), if any."""
        hit = self.last_flow.get(kind)
        if hit and 0 <= self.sentence_index - hit[0] <= 2:
            return hit[1], hit[2]
        return None


def _direction(
    a: Analysis, anchor: int, own_demonym: Mention | None, own_possessive: Mention | None
) -> tuple[str | None, str | None, Mention | None]:
    """(origin, destination, verb) for something moving, anchored at ``anchor``."""
    text = a.text
    cs, ce = clause_bounds(text, anchor)
    verbs = [v for v in a.verbs if v.end <= anchor and v.start >= cs] or [
        v for v in a.verbs if v.start >= anchor and v.start < ce
    ]
    verbs = verbs or [v for v in a.verbs if v.end <= anchor]
    verb = verbs[-1] if verbs and verbs[-1].end <= anchor else (verbs[0] if verbs else None)
    origin = own_demonym.row["iso3"] if own_demonym is not None else None
    dest = None
    if verb is not None:
        role = verb.row["role"]
        end = own_end(a, anchor)
        nominal = (
            verb.start >= end and re.fullmatch(r"\s*", text[end : verb.start]) is not None
        )  # "arms transfers from X to Y"
        subj = None if nominal else subject_country(a, verb.start, 0)
        if subj is not None and (
            _SPEAKER_VERB.search(text, subj.end, verb.start) or _SPEAKER_BARE.match(text, subj.end)
        ):
            subj = None  # "Seoul and Washington speculate that ... to provide Russia with": the speakers
        if subj is None and not nominal:
            pronoun = _PRONOUN_SUBJECT.search(text, 0, verb.start)
            if pronoun is not None:  # "Russia reported that it had exported ...": it is Russia
                subj = subject_country(a, pronoun.start(), 0)
        owner = _owner_of_verb(a, verb.start)
        if owner is not None and role == "out":
            subj = owner  # "Pyongyang's suspected supply of shells to Moscow"
        explicit_from = next(
            (c.row["iso3"] for c, prep in countries_after(a, verb.end, len(text)) if prep == "from"), None
        )
        if subj is not None:
            if role == "out":
                origin = origin or explicit_from or subj.row["iso3"]
            elif role == "in":
                dest = subj.row["iso3"]
        elif explicit_from and origin is None:
            origin = explicit_from
        for c, prep in countries_after(a, verb.end, len(text)):
            iso = c.row["iso3"]
            gap = text[verb.end : c.start]
            if role == "out" and prep in ("to", "into", "toward", "towards") and dest is None:
                dest = iso
            elif prep == "from" and origin is None:
                origin = iso
            elif (
                role == "out"
                and dest is None
                and re.fullmatch(r"\s*(?:the\s+)?", gap)
                and re.search(r"\bwith\b", text[c.end : c.end + 120])
            ):
                dest = iso  # "supply North Korea with ..."
            elif (
                role == "out"
                and dest is None
                and re.fullmatch(r"\s*(?:the\s+)?", gap)
                and c.row["kind"] != "demonym"
                and not re.match(r"['’]s", text[c.end : c.end + 2])
            ):
                dest = iso  # "provided Russia over 3 million shells"
            elif role == "arrive" and dest is None and re.fullmatch(r"\s*(?:in\s+|the\s+)?", gap):
                dest = iso  # "shells reached Russia"
    else:
        for c, prep in countries_after(a, anchor, len(text)):
            if (
                prep in ("to", "into", "toward", "towards")
                or _BOUND_FOR.search(text[max(0, c.start - 20) : c.start])
            ) and dest is None:
                dest = c.row["iso3"]
            elif prep == "from" and origin is None:
                origin = c.row["iso3"]
    if origin is None:
        origin = next(
            (
                p.row["iso3"]
                for p in a.places
                if p.start > anchor
                and p.row.get("iso3")
                and p.row["iso3"] != dest
                and preposition_before(text, p.start) == "from"
            ),
            None,
        )  # "took 24,000 tonnes of diesel from Vostochny"
    if origin is None and own_possessive is not None and own_possessive.row["iso3"] != dest:
        origin = own_possessive.row["iso3"]  # "North Korea's shells", when no sender is named
    if origin == dest:
        dest = None
    mentioned = {c.row["iso3"] for c in a.countries}
    if origin in _PAIR and dest is None and _PAIR[origin] in mentioned:
        dest = _PAIR[origin]
    elif dest in _PAIR and origin is None and _PAIR[dest] in mentioned:
        origin = _PAIR[dest]
    return origin, dest, verb


_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|they)\s+(?:(?:has|have|had|was|were|is|are|also|then|already|reportedly)\s+){0,2}$", re.I
)
# A speaker's verb and "that" between a country and the verb of motion: the country says, it
# does not send ("Seoul believes that the two leaders agreed to provide Russia with shells").
_SPEAKER_VERB = re.compile(
    r"\b(?:said|says|say|speculat\w+|believ\w+|accus\w+|condemn\w+|warn\w*|claim\w*|alleg\w+|suspect\w*|"
    r"think|thinks|thought|assess\w*|estimat\w+|report\w*|told|stated|announced)\s+(?:[\w,]+\s+){0,2}?that\b",
    re.I,
)

# The same without "that", right after the country: "Seoul said 3,000 containers were shipped from
# Rajin" (Seoul speaks; it ships nothing). Not "is said to" / "was believed to" (the country is the
# subject of the passive: "Pyongyang is said to have sent").
_SPEAKER_BARE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:said|says|believes|believed|estimates|estimated|reported|reports|told\s+\w+|"
    r"claims|claimed|alleges|alleged|warned|warns)\b(?!\s+(?:to|by)\b)(?!,)",
    re.I,
)


def _owner_of_verb(a: Analysis, verb_start: int) -> Mention | None:
    """A country in the possessive right before a nominalised verb: "North Korea's (alleged) supply
    of shells", "Pyongyang's supplying of munitions" (the owner is the sender)."""
    for c in a.countries:
        if c.end <= verb_start and re.fullmatch(r"['’]s\s+(?:[a-z-]+\s+)?", a.text[c.end : verb_start]):
            return c
    return None


def own_end(a: Analysis, anchor: int) -> int:
    """End of the item or personnel mention that starts at ``anchor`` (or ``anchor`` itself)."""
    for m in a.items + a.personnel:
        if m.start == anchor:
            return m.end
    return anchor


# Tonnes and barrels whose goods are not "of X" right after them (issue 7: volumes of oil, coal and
# grain as notified exports or monthly supplies):
# * after a restatement in brackets: "900 b/d (28,000t) of diesel" (both figures are diesel);
# * before them: "diesel totalling 31,200 barrels", "petrol of 12,400 barrels";
# * coordinated: "150,000 tonnes and 90,000 tonnes of coal" (both are coal);
# * by reference: "of the same commodity", "of the fuel" is the goods of the last shipment;
# * none named, with a loading or shipping word: the goods of a shipment one or two sentences back.
_PER_DAY_UNITS = {"b/d", "bpd"}
_GOODS_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*|\)\s*)?of\s+", re.I)
_MODIFIERS = re.compile(r"(?:[\w’'-]+\s+){0,3}")
_GOODS_BEFORE = re.compile(
    r"\s+(?:totall?ing|of|amounting\s+to|reaching|worth|estimated\s+at|in\s+the\s+amount\s+of)\s+$", re.I
)
_ALONG_WITH = re.compile(
    r"\b(?:along\s+with|together\s+with|as\s+well\s+as|in\s+addition\s+to|plus)\s+(?:another\s+|a\s+further\s+)?$",
    re.I,
)
_COORDINATED = re.compile(r"\s*(?:,\s*|\s+)(?:and|or|as\s+well\s+as)?\s*$|\s*,\s*$", re.I)
_GOODS_REFERENCE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?of\s+(?:such\s+(?:a\s+)?|the\s+same\s+|this\s+|that\s+|these\s+|the\s+)"
    r"(?:products?|fuels?|goods|cargo(?:es)?|commodit(?:y|ies)|oil|it)\b|\s+of\s+it\b",
    re.I,
)
_MOVED = re.compile(
    r"\b(?:load(?:ed|ing)|ship(?:ped|ments?)|deliver(?:ed|y|ies)|export(?:ed|s)?|import(?:ed|s)?|suppl(?:ied|ies|y)|"
    r"provided|sent|transferred|took|received|carried)\b",
    re.I,
)


def _goods_after(a: Analysis, pos: int) -> Mention | None:
    after = _GOODS_AFTER.match(a.text, pos)
    if after is None:
        return None
    return next(
        (m for m in a.items if m.start >= after.end() and _MODIFIERS.fullmatch(a.text, after.end(), m.start)),
        None,
    )


def _goods_of_measure(a: Analysis, q, att, attachments: dict, context: ArticleContext | None):
    """The goods a figure in tonnes or barrels measures when no "of X" follows the unit."""
    text = a.text
    if re.search(r"\b(?:deadweight|dwt)\b", text[q.start : att.end + 12], re.I):
        return None  # "3,000 deadweight tonnes": the size of a ship
    hit = _goods_after(a, att.end)
    if hit is not None:
        return hit
    hit = next(
        (m for m in reversed(a.items) if m.end <= q.start and _GOODS_BEFORE.fullmatch(text, m.end, q.start)),
        None,
    )
    if hit is not None:
        return hit
    for other, o_att in attachments.items():
        if other is q or o_att is None or o_att.kind != "unit" or o_att.unit != att.unit:
            continue
        if other.start >= att.end and _COORDINATED.fullmatch(text, att.end, other.start):
            if o_att.target is not None:
                return o_att.target  # "150,000 tonnes and 90,000 tonnes of coal"
            hit = _goods_after(a, o_att.end) or (
                _goods_of_measure(a, other, o_att, {}, context)
                if _GOODS_REFERENCE.match(text, o_att.end)
                else None
            )
            if hit is not None:
                return hit
        if other.end <= q.start and _COORDINATED.fullmatch(text, o_att.end, q.start):
            hit = next(
                (
                    m
                    for m in reversed(a.items)
                    if m.end <= other.start and _GOODS_BEFORE.fullmatch(text, m.end, other.start)
                ),
                None,
            )
            if hit is not None:
                return hit  # "petrol of 12,400 barrels and 8,050 barrels"
    if _ALONG_WITH.search(text, max(0, q.start - 40), q.start):
        earlier = [
            o_att.target
            for other, o_att in attachments.items()
            if other.end <= q.start
            and o_att is not None
            and o_att.kind == "unit"
            and o_att.unit == att.unit
            and o_att.target is not None
        ]
        if earlier:
            return earlier[-1]  # "1,900 tons of wheat arrived, along with 1,300 tons delivered earlier"
    if context is None:
        return None
    reference = _GOODS_REFERENCE.match(text, att.end) is not None  # "of the same commodity"
    recent = context.recent_cargo(within=6 if reference else 2)
    if recent is None or recent.get("category") not in ("energy", "food", "materials"):
        return None
    if reference or (not a.items and _MOVED.search(text)):  # "the 700 b/d loaded a year earlier"
        return Mention(q.start, att.end, text[q.start : att.end], recent)
    return None


_VESSEL_AFTER = re.compile(
    r"[\s-]+(?:tankers?|cargo\s+(?:ships?|fleet|vessels?)|fleet|vessels?|carriers?)\b", re.I
)
# Goods wanted are not goods sent ("Pyongyang wants MiG-29s from Moscow"); goods fired or
# launched are a strike unless a user of the other country is named (see _user_of).
_SOUGHT = re.compile(
    r"\b(?:seek\w*|sought|want\w*|request\w*|ask\w*\s+for|demand\w*|hop\w*\s+to\s+(?:get|obtain|acquire))\b",
    re.I,
)
_STRIKE = re.compile(r"\b(?:fired|firing|launched|launching|struck)\b", re.I)
_USED_BEFORE = re.compile(r"\b(?:us(?:ed|es|ing))\s+(?!to\b)(?:[\w-]+\s+){0,2}$", re.I)  # not "used to send"
# Goods that do not move: the object of another verb ("a chance to test missiles", "to build
# drones"), or a modifier of a coordinated head ("missile and satellite programs").
_NOT_MOVED_BEFORE = re.compile(
    r"\bto\s+(?:test|launch|fire|build|develop|produce|make|manufacture|design|repair|upgrade)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_MODIFIER_OF_HEAD = re.compile(
    r"\s+(?:and|or)\s+[\w-]+\s+(?:programs?|programmes?|technolog\w*|development|industr\w*|capabilit\w*|"
    r"facilit\w*|production|sectors?|projects?)\b",
    re.I,
)


# Goods of one country used by another were sent to it: "Moscow is firing Pyongyang's ballistic
# missiles", "Moscow used missiles supplied by Pyongyang" (the user receives; the owner or the
# supplier named after "by" sends).
_USE_BEFORE = re.compile(r"\b(?:us(?:es|ed|ing)|deploy(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,6}$", re.I)
_SUPPLIED_BY = re.compile(
    r"\s+(?:supplied|provided|sent|delivered|shipped|made|produced|manufactured|obtained|acquired|bought|procured)"
    r"\s+(?:by|from)\s+(?:the\s+)?",
    re.I,
)


def _user_of(a: Analysis, item: Mention) -> tuple[str, str] | None:
    text = a.text
    cs, _ = clause_bounds(text, item.start)
    use = _USE_BEFORE.search(text, cs, item.start)
    if use is None:
        return None
    user = subject_country(a, use.start(), cs)
    if user is None:
        return None
    owner = next(
        (
            c
            for c in a.countries
            if c.end <= item.start
            and c.start >= use.start()
            and re.fullmatch(
                r"(?:['’]s)?[\s-]+(?:made\s+|supplied\s+|provided\s+)?(?:[\w-]+\s+){0,1}",
                text[c.end : item.start],
            )
        ),
        None,
    )
    by = _SUPPLIED_BY.match(text, item.end)
    if owner is None and by is not None:
        owner = next((c for c in a.countries if c.start == by.end()), None)
    if owner is None or _PAIR.get(owner.row["iso3"]) != user.row["iso3"]:
        return None  # only the two countries of this cooperation
    return owner.row["iso3"], user.row["iso3"]


def _in_exchange(text: str, pos: int) -> bool:
    """Whether the noun at ``pos`` is what is given back ("... in exchange for artillery shells")."""
    cs, _ = clause_bounds(text, pos)
    hits = list(_EXCHANGE_ANY.finditer(text, cs, pos))
    if not hits:
        return False
    between = text[hits[-1].end() : pos]
    return len(between) < 60 and not re.search(r"[.;:]", between)


def shipment_facts(a: Analysis, attachments: dict, context: ArticleContext | None = None) -> list[Fact]:
    text = a.text
    facts: list[Fact] = []
    used_items: set[int] = set()
    # Figures that count an item ("3 million artillery shells", "100,000 tonnes of wheat").
    if context is not None:
        # places name their country too ("rail traffic at Tumangang ... ammunition bound for Russia")
        context.countries |= {p.row["iso3"] for p in a.places if p.row.get("iso3")}
        for m in a.items:
            if m.row["category"] == "missiles" and m.row["item"] != "missile":
                context.missile_kind = m.row  # "KN-23 ballistic missiles ... the missile transfer"
    for fact in _vessel_and_trip_facts(a, attachments, context) + _railcar_facts(a, attachments):
        facts.append(fact)
        used_items.update(m.start for m in a.items if m.row["item"] == fact.item)
    for q, att in attachments.items():
        if (
            att is None
            or (att.kind == "unit" and att.unit_dimension == "vessel")
            or _TRIP_AFTER.match(text, q.end)
        ):
            continue  # counted ships and trips: _vessel_and_trip_facts
        item = att.target if att.kind in ("item", "unit") else None
        if item is None and att.kind == "unit" and att.unit_dimension in ("weight", "volume"):
            item = _goods_of_measure(a, q, att, attachments, context)
        if (
            att.kind == "unit"
            and att.unit in _CARGO_UNITS
            and _GROUPS_OF.search(text, q.end, att.unit_mention.start)
        ):
            continue  # "three rows of rail containers": the figure counts rows
        if (
            item is not None
            and att.kind == "unit"
            and att.unit in _CARGO_UNITS
            and _MAYBE_CONTENTS.search(text, att.unit_mention.end, item.start)
        ):
            item = att.unit_mention  # "5,000 containers with possibly millions of shells": contents unsure
        if item is None and att.kind == "unit" and att.unit in _CARGO_UNITS and not _CAPACITY.search(text):
            item = att.unit_mention  # "7,000 containers have been shipped": the containers are the cargo
        if item is None or (att.kind == "unit" and att.unit_dimension == "lanes"):
            continue
        if att.kind == "unit" and att.unit_dimension == "length":
            continue
        money = money_at(a, q)
        if money is not None or (q.percent and (q.high or q.value or 0) > 100):
            continue
        used_items.add(item.start)
        origin, dest, verb = _direction(
            a, q.number_start, att.demonym, att.possessive if not q.percent else None
        )
        if q.percent and att.possessive is not None and dest is None:
            dest = att.possessive.row["iso3"]
        if verb is None and _USE_VERBS.search(text[clause_bounds(text, item.start)[0] : item.start]):
            continue  # "Russian forces launched dozens of KN-23 missiles": use, not a transfer
        if (
            q.percent
            and not re.search(r"\d", text[q.start : q.end])
            and (not a.countries or _STRIKE.search(text))
        ):
            continue  # "half of those boxes left in May": a share of a total stated elsewhere
        if (
            verb is None
            and _USED_BEFORE.search(text, max(0, q.start - 30), q.start)
            and _user_of(a, item) is None
        ):
            continue  # "it also used 20 drones": use, not a transfer
        used_by = _USED_BY.match(text, max(item.end, att.end))
        if used_by is not None:
            user = next((c for c in a.countries if c.start == used_by.end()), None)
            if user is None and re.search(r"\bused\b", used_by.group(0), re.I):
                pass  # "shells used in the war": still the shells sent
            elif user is None or origin is None or user.row["iso3"] == origin:
                continue  # "50 missiles fired at Kyiv": a strike, not a transfer
            else:
                dest = user.row["iso3"]  # "40 North Korean missiles launched by Russia": Russia received them
        if _in_exchange(text, item.start):
            origin, dest = dest, origin
        vessel_flow = False
        if origin is None and dest is None:
            origin, dest = _carried_by_vessels(
                a
            )  # "North Korean tankers loaded 6,500t of diesel at Nakhodka"
            vessel_flow = origin is not None or dest is not None
        if origin is None and dest is None and verb is None and item.row["item"] == "wagon":
            origin, dest = _leaving_station(a, q.start)
            vessel_flow = origin is not None
        # the flow of the last sentences about the same kind of goods, else of any goods ("munitions
        # went to Russia; food came back. The containers might hold 3 million shells": to Russia)
        kind = f"shipment:{item.row['category']}"
        if verb is None and not _SHIPMENT_NOUNS.search(text) and not (origin and dest) and not vessel_flow:
            recent = (context.recent(kind) or context.recent("shipment")) if context else None
            if recent is None or origin or dest:
                continue
            origin, dest = recent  # "The containers held 9 million rounds": the flow of the last sentences
        if context is not None:
            context.remember_cargo(item.row)
            if origin is None and dest is None:
                origin, dest = (
                    context.recent(kind)
                    or context.recent("shipment")
                    or (
                        None,
                        None,
                    )
                )  # "120 of the howitzers were delivered"
            origin, dest = context.complete(origin, dest)
            context.remember("shipment", origin, dest)
            context.remember(kind, origin, dest)
        unit = "percent" if q.percent else (att.unit if att.kind == "unit" else "item")
        per_period = att.per_period
        if (
            att.kind == "unit"
            and att.unit_mention is not None
            and att.unit_mention.surface.lower() in _PER_DAY_UNITS
        ):
            per_period = "day"  # "900 b/d": barrels a day
        facts.append(
            Fact(
                "shipment",
                origin_country=origin,
                destination_country=dest,
                item=item.row["item"],
                item_category=item.row["category"],
                quantity=q.value,
                quantity_low=q.low,
                quantity_high=q.high,
                quantity_text=text[q.start : q.end],
                unit=unit,
                per_period=per_period,
                anchor_start=q.start,
                anchor_end=max(item.end, att.end),
            )
        )
    # Items moved without a figure ("Moscow has transferred food and oil to North Korea").
    for item in a.items:
        if item.start in used_items:
            continue
        if _VESSEL_AFTER.match(text, item.end):
            continue  # "oil tankers sent to Russia": the ships, not oil
        cs_item = clause_bounds(text, item.start)[0]
        if _SOUGHT.search(text, cs_item, item.start) or (
            _STRIKE.search(text, cs_item, item.start) and _user_of(a, item) is None
        ):
            continue  # "wants MiG-29s from Moscow"; "fired North Korean-made KN-24 missiles"
        if any(item.start < o.end and o.start < item.end and o is not item for o in a.items):
            continue
        if re.search(
            r"\b(?:(?<!exchange )(?<!return )(?<!payment )for\s+(?:\w+\s+){0,3}|train(?:ing|ed)?\s+(?:on|with)\s+(?:\w+\s+){0,2})$",
            text[max(0, item.start - 40) : item.start],
        ):
            continue  # "parts for conventional weapons": what the thing is for, not what moves
        if _NOT_MOVED_BEFORE.search(text, max(0, item.start - 40), item.start) or _MODIFIER_OF_HEAD.match(
            text, item.end
        ):
            continue  # "an opportunity to test missiles"; "help with missile and satellite programs"
        own = next(
            (
                c
                for c in a.countries
                if c.end <= item.start
                and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,1}", text[c.end : item.start])
            ),
            None,
        )
        demonym = own if own is not None and own.row["kind"] == "demonym" else None
        possessive = (
            own
            if own is not None
            and own.row["kind"] != "demonym"
            and re.match(r"['’]s", text[own.end : own.end + 2])
            else None
        )
        origin, dest, verb = _direction(a, item.start, demonym, possessive)
        if _in_exchange(text, item.start):
            origin, dest = dest, origin
        near_noun = _SHIPMENT_NOUNS.match(text, item.end + 1) if item.end < len(text) else None
        has_motion = verb is not None or _SHIPMENT_NOUNS.search(text[max(0, item.start - 40) : item.end + 40])
        user = _user_of(a, item)
        if user is not None:
            origin, dest, has_motion = user[0], user[1], True
        if context is not None and (verb is not None or near_noun) and (origin or dest):
            origin, dest = context.complete(origin, dest)  # "Russian wheat shipments have tripled"
        if not (has_motion and origin and dest):
            continue
        if context is not None:
            context.remember("shipment", origin, dest)
            context.remember(f"shipment:{item.row['category']}", origin, dest)
            context.remember_cargo(item.row)
        facts.append(
            Fact(
                "shipment",
                origin_country=origin,
                destination_country=dest,
                item=item.row["item"],
                item_category=item.row["category"],
                unit=None,
                anchor_start=item.start,
                anchor_end=item.end,
            )
        )
    # "oil supplies could reach 90,000 barrels of diesel": one fact, the figure's,
    # with the direction the supplies state
    figured = [
        f
        for f in facts
        if f.quantity is not None or f.quantity_low is not None or f.quantity_high is not None
    ]
    kept_facts = []
    for f in facts:
        twin = None
        if f not in figured and _SHIPMENT_NOUNS.match(text, f.anchor_end + 1):
            twin = next(
                (
                    g
                    for g in figured
                    if g.item_category == f.item_category and g.unit not in ("tanker", "trip")
                ),
                None,
            )
        if twin is None:
            kept_facts.append(f)
        elif twin.origin_country is None and twin.destination_country is None:
            twin.origin_country, twin.destination_country = f.origin_country, f.destination_country
    facts = kept_facts
    # "40 visits to the port, loading over a million barrels of oil products": the volume measures
    # the flow, and the ships and trips that carried it are not counted again
    measured = {f.item for f in facts if f.unit in _MEASURE_UNITS}
    facts = [f for f in facts if not (f.unit in ("tanker", "trip") and f.item in measured)]
    kind = context.missile_kind if context is not None else None
    for fact in facts:
        if fact.item == "missile" and kind is not None:
            # "missiles" of no stated kind are the kind the article named before ("KN-23 ballistic
            # missiles ... Russia has used at least 12 North Korean missiles")
            fact.item, fact.item_category = kind["item"], kind["category"]
    return facts


# Counted ships and trips (issue 7): "five North Korean tankers left Vostochny with oil products"
# is a shipment of the cargo counted in tankers; "the tankers made 25 trips to the port" is
# one counted in trips. The cargo is the fuel the sentence names, else the cargo of the last
# shipment; tankers alone carry oil. A ship's flag is the side that takes the cargo home when it
# loads in the other country ("to collect", "left", "loading at"), the sender when it unloads there.
_LOADING = re.compile(
    r"\b(?:collect\w*|load(?:ed|ing|s)?|pick(?:ed|ing|s)? up|tak(?:e|es|ing) on|took on|leav(?:e|es|ing)|left|"
    r"depart\w*|arriv\w*|arrival|visit\w*|call(?:ed|ing)? at|travel\w*|shuttl\w*|sail\w*|dock\w*)\b",
    re.I,
)
_UNLOADING = re.compile(r"\b(?:unload\w*|discharg\w*|deliver\w*|brought|bring\w*|offload\w*)\b", re.I)
_TRIP_AFTER = re.compile(
    r"\s+(?:(?:more|further|separate|observed|documented|round|return|confirmed)\s+)?(?:trips|voyages|round-trips|shipments|deliveries|visits|port calls)\b",
    re.I,
)
_TIMES_AFTER = re.compile(r"\s+times\b", re.I)
_VESSEL_WORDS = re.compile(r"\b(?:tankers?|ships?|vessels?|fleet|oilers?|freighters?)\b", re.I)
_VESSEL_MOTION = re.compile(r"\b(?:travel\w*|sail\w*|shuttl\w*|visit\w*|call\w*|made|make|went)\b", re.I)
_PARTITIVE_VESSELS = re.compile(
    r"\s+of\s+(?:the|these|those|them)\s*(?:[\w-]+\s+)?(?P<noun>tankers|ships|vessels)\b", re.I
)


def _cargo_in(a: Analysis, start: int = 0) -> Mention | None:
    """The first fuel the sentence names (from ``start``): what counted tankers carry."""
    return next((m for m in a.items if m.start >= start and m.row["category"] == "energy"), None)


def _vessel_direction(a: Analysis, pos: int, flag: str | None) -> tuple[str | None, str | None]:
    text = a.text
    spots = [(c.row["iso3"], c.start) for c in a.countries if c.start >= pos] + [
        (p.row["iso3"], p.start) for p in a.places if p.start >= pos and p.row.get("iso3")
    ]
    spots.sort(key=lambda x: x[1])
    origin = dest = None
    for iso, start in spots:
        prep = preposition_before(text, start)
        if prep == "from" and origin is None:
            origin = iso
        elif prep in ("to", "into", "toward", "towards", "for") and dest is None:
            dest = iso
    loading = _LOADING.search(text, pos)
    unloading = _UNLOADING.search(text, pos)
    if flag is not None:
        if origin is None and dest is None and spots:
            other = next((iso for iso, _ in spots if iso != flag), None)
            if other is not None and (loading or unloading):
                if unloading and not loading:
                    origin, dest = flag, other
                else:
                    origin, dest = other, flag  # "North Korean tankers left Vostochny"
        elif origin is not None and dest is None and origin != flag:
            dest = flag  # "tankers sailed from Vostochny": home
        elif dest is not None and origin is None and dest != flag:
            if loading and re.search(r"\bto\s+(?:collect|load|pick up|take on)\b", text[pos:], re.I):
                origin, dest = dest, flag  # "tankers travelled to Vostochny to collect oil"
            else:
                origin = flag
    if flag is not None and origin is None and dest is None and _STRICT_LOADING.search(text):
        dest = flag  # "300 tonnes of diesel loaded onto North Korean tankers": taken home
    if origin == dest:
        dest = None
    return origin, dest


_STRICT_LOADING = re.compile(
    r"\b(?:load(?:ed|ing|s)?|collect\w*|pick(?:ed|ing|s)? up|took on|tak(?:e|es|ing) on)\b", re.I
)


def _carried_by_vessels(a: Analysis) -> tuple[str | None, str | None]:
    """The direction of goods loaded onto or unloaded from ships the sentence names by their flag."""
    for u in a.units:
        if u.row["dimension"] != "vessel":
            continue
        owner = next(
            (
                c
                for c in a.countries
                if c.end <= u.start
                and re.fullmatch(r"(?:['’]s)?[\s-]+(?:[\w-]+\s+){0,2}", a.text[c.end : u.start])
            ),
            None,
        )
        if owner is not None:
            return _vessel_direction(a, owner.start, owner.row["iso3"])
    return None, None


# Rail cars counted at a station of one country of the pair are cargo leaving it for the other
# ("analysts counted some 70 freight cars at Tumangang station"; "an eighteen-car train at
# Khasan"); the count may follow the noun ("railcars totalling roughly 70 in number") or be glued
# to it ("a ten-car train").
_STATION_PREP = ("at", "in", "near", "inside", "of")
_CAR_TRAIN = re.compile(r"-car\s+(?:freight\s+|cargo\s+)?trains?\b", re.I)
_OR_SO = re.compile(r"\s+(?:or\s+so|odd)\s+(?:[\w-]+\s+){0,2}?$", re.I)
_NOUN_THEN_COUNT = re.compile(
    r",?\s+(?:totall?ing|numbering|counting)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?$",
    re.I,
)


def _leaving_station(a: Analysis, pos: int) -> tuple[str | None, str | None]:
    stations = [
        p
        for p in a.places
        if p.row.get("iso3") in _PAIR and preposition_before(a.text, p.start) in _STATION_PREP
    ]
    stations.sort(key=lambda p: (p.start < pos, abs(p.start - pos)))  # the nearest after, else before
    if not stations:
        return None, None
    iso = stations[0].row["iso3"]
    return iso, _PAIR[iso]


def _railcar_facts(a: Analysis, attachments: dict) -> list[Fact]:
    """Rail-car counts the figure loop cannot attach: "60 or so freight cars", "railcars numbering
    about 55", "an eighteen-car train"."""
    text = a.text
    wagons = [u for u in a.units if u.row["unit"] == "wagon"]
    out: list[Fact] = []
    for q, att in attachments.items():
        if att is not None or q.percent or money_at(a, q) is not None:
            continue
        span = None  # (start, end) of the figure with its noun
        glued = _CAR_TRAIN.match(text, q.end)
        if glued is not None:
            span = (q.start, glued.end())  # "an eighteen-car train"
        else:
            for u in wagons:
                if u.start >= q.end and _OR_SO.fullmatch(text, q.end, u.start):
                    span = (q.start, u.end)  # "60 or so freight cars"
                    break
                if u.end <= q.start and _NOUN_THEN_COUNT.fullmatch(text, u.end, q.start):
                    span = (u.start, q.end)  # "railcars numbering about 55"
                    break
        if span is None:
            continue
        origin, dest = _leaving_station(a, q.start)
        if origin is None:
            continue
        out.append(
            Fact(
                "shipment",
                origin_country=origin,
                destination_country=dest,
                item="wagon",
                item_category="other",
                quantity=q.value,
                quantity_low=q.low,
                quantity_high=q.high,
                quantity_text=text[q.start : q.end],
                unit="wagon",
                anchor_start=span[0],
                anchor_end=span[1],
            )
        )
    return out


def _vessel_and_trip_facts(a: Analysis, attachments: dict, context: ArticleContext | None) -> list[Fact]:
    text = a.text
    out: list[Fact] = []
    for q, att in attachments.items():
        if q.percent or money_at(a, q) is not None:
            continue
        unit = cargo_row = None
        flag = None
        end = q.end
        if att is not None and att.kind == "unit" and att.unit_dimension == "vessel":
            unit = "tanker"
            surface = att.unit_mention.surface.lower() if att.unit_mention else ""
            owner = att.demonym or att.possessive
            flag = owner.row["iso3"] if owner is not None else None
            cargo = _cargo_in(a)
            if cargo is not None:
                cargo_row = cargo.row
            elif context is not None and context.recent_cargo(vessel=True, within=6):
                cargo_row = context.recent_cargo(vessel=True, within=6)  # "two ships later went on to Rajin"
            elif "tanker" in surface or "oil" in surface:
                cargo_row = {"item": "oil", "category": "energy"}
            end = att.end
        elif att is None and _PARTITIVE_VESSELS.match(text, q.end):
            # "three of the tankers later unloaded at Rajin": a part of the tankers counted before
            recent = context.recent_cargo(vessel=True, within=6) if context is not None else None
            if recent is None:
                continue
            unit, cargo_row, end = "tanker", recent, _PARTITIVE_VESSELS.match(text, q.end).end()
        elif _TRIP_AFTER.match(text, q.end) or (att is None and _TIMES_AFTER.match(text, q.end)):
            before = text[clause_bounds(text, q.start)[0] : q.start]
            if _TIMES_AFTER.match(text, q.end) and not (
                _VESSEL_WORDS.search(before) and _VESSEL_MOTION.search(before[-40:])
            ):
                continue  # "three times as many": no voyages
            if not (_VESSEL_WORDS.search(text) or _SHIPMENT_NOUNS.search(text[q.end : q.end + 30])):
                continue  # "three trips" of a delegation or a train of thought
            unit = "trip"
            trip = _TRIP_AFTER.match(text, q.end)
            of_item = _goods_after(a, trip.end()) if trip is not None else None  # "40 shipments of oil"
            cargo = of_item or _cargo_in(a) or next((m for m in a.items), None)
            boxes = next((u for u in a.units if u.row["unit"] in _CARGO_UNITS), None)
            if cargo is not None:
                cargo_row = cargo.row
            elif boxes is not None:  # "20 round trips carrying containers"
                cargo_row = {"item": boxes.row["unit"], "category": "other"}
            elif context is not None and context.recent_cargo(within=4):
                cargo_row = context.recent_cargo(within=4)
            else:
                continue
            owner = next(
                (
                    c
                    for c in a.countries
                    if c.end <= q.start
                    and re.search(
                        r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:tankers?|ships?|vessels?|fleet|oilers?)\b",
                        text[c.end : c.end + 40],
                    )
                ),
                None,
            )
            flag = owner.row["iso3"] if owner is not None else None
        else:
            continue
        if cargo_row is None:
            continue
        if unit == "tanker" and _TRIP_AFTER.match(text, end):
            unit = "trip"  # "43 tanker deliveries": the deliveries are counted
        origin, dest = _vessel_direction(a, q.start, flag)
        if (
            flag
            and dest
            and dest != flag
            and origin in (None, flag)
            and cargo_row["category"] == "energy"
            and not _UNLOADING.search(text)
        ):
            origin, dest = (
                dest,
                flag,
            )  # "oil tankers made 30 trips to Nakhodka": tankers go where fuel is loaded
        if flag is None and origin is None and dest is None:
            origin, dest, _ = _direction(a, q.number_start, None, None)
        if context is not None:
            if origin is None and dest is None:
                origin, dest = context.recent("shipment") or (None, None)
            origin, dest = context.complete(origin, dest)
            context.remember("shipment", origin, dest)
            context.remember_cargo(cargo_row, vessel=unit == "tanker")
        if not (origin or dest):
            continue
        out.append(
            Fact(
                "shipment",
                origin_country=origin,
                destination_country=dest,
                item=cargo_row["item"],
                item_category=cargo_row["category"],
                quantity=q.value,
                quantity_low=q.low,
                quantity_high=q.high,
                quantity_text=text[q.start : q.end],
                unit=unit,
                anchor_start=q.start,
                anchor_end=max(end, q.end),
            )
        )
    # "a dozen tankers made 43 visits to the terminal": the trips measure the flow; the ships that
    # made them are not a second shipment of the same cargo
    trips = {f.item for f in out if f.unit == "trip"}
    return [f for f in out if not (f.unit == "tanker" and f.item in trips)]


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


def deployment_facts(a: Analysis, attachments: dict, context: ArticleContext | None = None) -> list[Fact]:
    text = a.text
    facts: list[Fact] = []
    numbered: dict[int, Fact] = {}
    for q, att in attachments.items():
        if att is None or att.kind != "personnel" or q.percent or money_at(a, q) is not None:
            continue
        p = att.target
        if _casualty_context(text, p) or _not_sent(text, q.start, p):
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
        fact = Fact(
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
            anchor_end=p.end,
        )
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
        own = next(
            (
                c
                for c in reversed(a.countries)
                if c.end <= p.start
                and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}", text[c.end : p.start])
            ),
            None,
        )
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
            # "dispatched troops (around 12,000, according to reports) to Russia": the count in an aside
            p = next((m for m in reversed(a.personnel) if _ASIDE_COUNT.fullmatch(text, m.end, q.start)), None)
        if p is None or p.start in numbered:
            continue
        if _casualty_context(text, p) or _not_sent(text, p.start, p):
            continue
        own = next(
            (
                c
                for c in reversed(a.countries)
                if c.end <= p.start
                and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}", text[c.end : p.start])
            ),
            None,
        )
        own = own or next(
            (c for c in reversed(a.countries) if c.end <= p.start and c.row["kind"] == "demonym"), None
        )
        origin = own.row["iso3"] if own is not None else None
        host, location = _host(a, p.end, origin)
        if origin is None and host in _PAIR and _PAIR[host] in {c.row["iso3"] for c in a.countries}:
            origin = _PAIR[host]
        if origin is None or host is None:
            continue  # "the workforce it sends abroad numbered 90,000": no host named, not this pair's
        numbered[p.start] = fact = Fact(
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
            anchor_end=q.end,
        )
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


def may_count_rail_cars(text: str) -> bool:
    """Cheap test: can the sentence count a train's cars with no unit word ("a ten-car train")?"""
    return "-car" in text and _CAR_TRAIN.search(text) is not None


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
        out.append(
            Fact(
                "deployment",
                origin_country="PRK",
                destination_country=host,
                personnel_type=_refined_type(text, who),
                location=location,
                quantity=q.value,
                quantity_low=q.low,
                quantity_high=q.high,
                quantity_text=text[q.start : q.end],
                anchor_start=q.start,
                anchor_end=m.end("who"),
            )
        )
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


def _casualty_context(text: str, p: Mention) -> bool:
    """People counted as killed, wounded or dying in their clause are casualties, not a deployment."""
    _, ce = clause_bounds(text, p.start)
    # "..., and that the forces have suffered 4,700 casualties": another clause's casualties
    tail = re.split(r",\s+(?:and|but|while)\b|\band that\b", text[p.end : ce], maxsplit=1)[0]
    return bool(CASUALTY_WORDS.search(tail))


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
    r"|\bfirst\s+(?:regular\s+|direct\s+|passenger\s+|scheduled\s+)?(?:flight|train|ferry|voyage|sailing|service)\b"
    r"[^.;]{0,60}?\b(?:is\s+scheduled|was\s+scheduled|is\s+set|is\s+due|is\s+planned|is\s+expected|left|departed|"
    r"took\s+off|arrived|set\s+sail|sets\s+sail|will\s+(?:leave|depart|take\s+off|arrive|run|set\s+sail))\b"
    r"|\b(?:service|services|flights|ferry|passenger\s+trains?)\s+(?:[\w’'–-]+\s+){0,8}?(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?"
    r"(?:resume[sd]?|restart(?:s|ed)?|began|begins|begin|start(?:s|ed)?|launch(?:es|ed)?)\b"
)
_START = re.compile(
    r"\b(?:construction|work|building)\s+(?:began|begun|started|kicked off|commenced)|\bbroke ground|\bgroundbreaking|\bstart(?:ed)? (?:of )?construction"
    # a route's first service: "began regular flights on 3 March", "launched a direct ferry service in spring"
    r"|\b(?:began|begun|launched|started|inaugurated|opened)\s+(?:the\s+|a\s+|its\s+)?(?:first\s+)?(?:new\s+)?"
    r"(?:regular|direct|scheduled|passenger)\s+(?:flights?|ferry|ferries|service|route|line|train)"
    # "reconstruction of the old line began in 2011", "restoration work has started in March"
    r"|\b(?:reconstruction|restoration|renovation|moderni[sz]ation|construction)\s+(?:[\w’'–-]+\s+){0,6}?"
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
_CAPACITY = re.compile(
    r"\b(?:capacity|process\w*|handl\w*|throughput|pass(?:es|ed|ing)?\b|accommodat\w*|traffic)"
    # what a vessel or line can carry ("the ferry can take 250 passengers", "is said to carry"),
    # not a load carried once ("trucks carrying 12 tonnes", "the first flight carried 300 people")
    r"|\b(?:can|could|will|would|to|able\s+to|capable\s+of|designed\s+to|built\s+to)\s+(?:\w+\s+)?carry(?:ing)?\b",
    re.I,
)
# a fare is no cost of the project ("a ticket price of 600 yuan", "the fare is $90")
_FARE = re.compile(
    r"\b(?:ticket|tickets|fare|fares|per\s+(?:person|passenger|seat|head))\b[^.;]{0,30}$", re.I
)
_WORD_COUNT = {"once": 1, "twice": 2, **UNITS}  # "twice a week", "three trips a month"
# a service's frequency is its capacity (annotation guide): "three times a month", "five trips a
# month", "twice a week", "three flights per week"
_FREQUENCY = re.compile(
    r"\b(?:(?P<adv>once|twice)|(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
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
# "the ferry will depart from Rajin every Wednesday": once a week (the return leg is the same trip)
_EVERY_WEEKDAY = re.compile(
    r"\b(?:depart\w*|leav\w*|run\w*|sail\w*|operat\w*|fl(?:y|ies|ying)|shuttl\w*)\b[^.;]{0,40}?\bevery\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
# a service named only by what runs on it ("the train is set to run three times a week")
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
            project, ptype = _service_named(a.text)  # "the first flight from Moscow to Pyongyang"
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


_REMIT = re.compile(
    r"\b(?:surrender\w*|hand(?:ed|s|ing)? over|remit\w*|confiscat\w*|sen[dt]\w* (?:back )?home|sen[dt]\w* back|withh[oe]ld\w*|"
    r"seiz\w*|deduct\w*|tak(?:e|en|es|ing)|took|straight to|directly to|as loyalty fees?|goes to|go to|siphon\w*|transferr?\w* to|pa(?:y|id) to|turn(?:ed)? over|kept by|keeps?|"
    # "Pyongyang pockets the builders' salaries by claiming them", "are forced to pay the state"
    r"claim(?:s|ed|ing)?|(?:must|has to|have to|had to|ordered to|forced to)\s+(?:now\s+)?pay)\b",
    re.I,
)
_SETUP = re.compile(
    r"\b(?:establish\w*|set(?:ting)? up|launch\w*|open\w*|creat\w*|agree\w*|sign\w*|us(?:e|es|ed|ing)|switch\w*|"
    r"introduc\w*|settl\w*|conduct\w*|link\w*|connect\w*|began|begun|start\w*|allow\w*|enabl\w*|set|"
    r"pa(?:y|id|ying|ys)|transferr?\w*|receiv\w*|accept\w*|laundered|moved|"
    # accounts kept open, payments facilitated, assets unfrozen, money funnelled
    r"held|hold\w*|kept|keep\w*|maintain\w*|facilitat\w*|unfr[oe]\w*|funnel\w*)\b",
    re.I,
)
_WAGE_FLOW = re.compile(
    r"\b(?:sen[dt]s?|remit\w*|transferr?\w*|funnel\w*|channel\w*)\b[^.;]{0,80}"
    r"\b(?:back|home|to (?:Pyongyang|North Korea|the regime|the state))\b",
    re.I,
)
_CHANNEL_REFERENCE = re.compile(
    r"\b(?:the|this|that|these)\s+(?:channel|system|mechanism|accounts?|scheme|route|arrangement|payment system)\b",
    re.I,
)


# a share compared with something else is no share taken ("30 percent below the average wage")
_COMPARISON_AFTER = re.compile(
    r"\s*(?:(?:percent|per\s+cent|%)\s*)?(?:less|more|lower|higher|below|above|than|fewer|smaller|bigger|larger)\b",
    re.I,
)
# wage surfaces that are verbs ("sent back to") carry money only when the sentence speaks of money:
# "a third of the sick cadets were sent back home" moves people
_VERB_SURFACES = frozenset({"sent back to", "sent back home", "remitted", "remit", "remitting", "remits"})
_MONEY_WORDS = re.compile(
    r"\b(?:wages?|salar\w*|earnings?|pay|income|money|funds?|cash|currency|currencies|dollars?|rubles?|roubles?|"
    r"won|yuan|euros?|remittances?)\b|[$€₽]",
    re.I,
)
_RATE_AFTER = re.compile(
    r"\b(?:(?:per|a|an|each|every)\s+(?P<unit>day|week|month|year|annum)|(?P<adv>daily|weekly|monthly|annually|yearly))\b",
    re.I,
)
_PAY_VERB = re.compile(
    r"\b(?:pay|pays|paid|paying|hand(?:s|ed|ing)?\s+(?:over|in)|contribut\w*|remit\w*|submit\w*)\b", re.I
)
_EACH = re.compile(
    r"\b(?:each|every|per)\s+(?:person|worker|labou?rer|employee|head|month|year|week)\b", re.I
)


def _rate(text: str, money) -> str | None:
    """The period of an amount: "$70 per month", "$70 of their wages each month"."""
    _, ce = clause_bounds(text, money.start)
    m = _RATE_AFTER.search(text, money.end, min(ce, money.end + 50))
    if m is None:
        return None
    return PERIOD_WORD[(m["unit"] or m["adv"]).lower()]


# what workers keep is the rest of what the state takes: "they keep no more than 30% of their
# pay" -> at least 70% taken
_KEPT_SHARE = re.compile(
    r"\b(?:take\s+home|takes\s+home|took\s+home|keep|keeps|kept|retain\w*|(?:are|were|is)\s+left\s+with|get\s+to\s+keep)\s+"
    r"(?P<bound>only\s+|just\s+|no\s+more\s+than\s+|less\s+than\s+|at\s+most\s+|up\s+to\s+)?"
    r"(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+of\s+(?:[\w’']+\s+){0,6}?"
    r"(?:wages?|salar\w*|earn\w*|pay|income)\b",
    re.I,
)


def _kept_share(a: Analysis) -> list[Fact]:
    if not any(q.percent for q in a.quantities):
        return []
    m = _KEPT_SHARE.search(a.text)
    if m is None:
        return []
    taken = 100.0 - float(m["n"])
    bound = (m["bound"] or "").strip().lower()
    at_least = bound.startswith(("no more", "less", "at most", "up to", "only", "just"))
    return [
        Fact(
            "currency",
            mechanism="wage_remittance",
            share_low=taken,
            share_high=None if at_least else taken,
            quantity_text=m.group(0),
            anchor_start=m.start(),
            anchor_end=m.end(),
        )
    ]


def _wage_payment(a: Analysis, context: ArticleContext | None) -> list[Fact]:
    """ "Every labourer has to pay another $70 a month", in an article already speaking of money the
    state takes from its workers abroad: the payment is the same arrangement."""
    last = context.last_flow.get("currency") if context is not None else None
    if not last or last[1] != "wage_remittance" or not a.money:
        return []
    text = a.text
    if not (_PAY_VERB.search(text) and _EACH.search(text)):
        return []
    pays = [m for m in _PAY_VERB.finditer(text)]
    money = min(a.money, key=lambda mo: min(abs(mo.start - p.end()) for p in pays))
    return [
        Fact(
            "currency",
            mechanism="wage_remittance",
            currencies=money.currency,
            amount=money.value,
            amount_currency=money.currency,
            per_period=_rate(text, money),
            anchor_start=money.start,
            anchor_end=money.end,
        )
    ]


def currency_facts(
    a: Analysis, mechanisms: list[Mention], context: ArticleContext | None = None
) -> list[Fact]:
    text = a.text
    mechanisms = [
        m
        for m in mechanisms
        if m.surface.lower() not in _VERB_SURFACES or a.money or _MONEY_WORDS.search(text)
    ]
    if not mechanisms and a.personnel and a.money and _WAGE_FLOW.search(text):
        # "North Korean laborers send an estimated $120 million back to Pyongyang every year"
        money = a.money[0]
        return [
            Fact(
                "currency",
                mechanism="wage_remittance",
                currencies=money.currency,
                amount=money.value,
                amount_currency=money.currency,
                per_period=_rate(text, money),
                anchor_start=money.start,
                anchor_end=money.end,
            )
        ]
    if not mechanisms:
        recent = context.recent("currency") if context is not None else None
        if recent is None or not a.money or not _CHANNEL_REFERENCE.search(text):
            return _wage_payment(a, context) or _kept_share(a)
        mechanism, codes = recent  # "2.5 billion rubles went through the channel": the one just named
        money = a.money[0]
        fact = Fact(
            "currency",
            mechanism=mechanism,
            currencies=",".join(sorted(set(filter(None, (codes or "").split(","))) | {money.currency})),
            amount=money.value,
            amount_currency=money.currency,
            anchor_start=money.start,
            anchor_end=money.end,
        )
        return [fact]
    mech = max(mechanisms, key=lambda m: (m.end - m.start, -m.start))
    mechanism = mech.row["mechanism"]
    codes = sorted({c.row["code"] for c in a.currencies})
    shares = [
        q
        for q in a.quantities
        if q.percent
        and 0 <= (q.low or 0)
        and (q.high or q.value or 0) <= 100
        and not _COMPARISON_AFTER.match(text, q.end)
    ]
    amounts = [m for m in a.money]
    if mechanism == "wage_remittance":
        if not (shares or _REMIT.search(text)):
            return []
        if (
            not re.search(
                r"\b(?:regime|state|government|pyongyang|north korea|home|authorities|employer|party|loyalty)\b",
                text,
                re.I,
            )
            and not shares
        ):
            return []
    elif mechanism == "barter":
        if not (a.countries or _SETUP.search(text)):
            return []
    elif mechanism == "crypto":
        if not _SETUP.search(text):
            return []  # "hackers stole cryptocurrency" is not a payment channel
    elif not (_SETUP.search(text) or codes):
        return []
    fact = Fact(
        "currency",
        mechanism=mechanism,
        currencies=",".join(codes) if codes else None,
        anchor_start=mech.start,
        anchor_end=mech.end,
    )
    if shares:
        s = shares[0]
        # "up to 90%" is a ceiling only, "at least 70%" a floor only (annotation guide's bounds)
        fact.share_low, fact.share_high = (
            (s.low, s.high) if (s.low, s.high) != (None, None) else (s.value, s.value)
        )
        fact.quantity_text = text[s.start : s.end]
        fact.anchor_start = min(fact.anchor_start, s.start)
        kept = _kept_share(a) if mechanism == "wage_remittance" else []
        if kept:  # "they keep only 30% of their wages": the state takes the rest
            fact.share_low, fact.share_high = kept[0].share_low, kept[0].share_high
    if amounts:
        fact.amount, fact.amount_currency = amounts[0].value, amounts[0].currency
        fact.per_period = _rate(text, amounts[0])
    if context is not None:
        context.remember("currency", mechanism, fact.currencies)
    return [fact]


def attachments_for(a: Analysis) -> dict:
    out: dict = {}
    for q in a.quantities:
        out[q] = attach(a, q)
    return out
