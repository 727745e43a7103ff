"""Shipment slots: goods, figures, units and direction (counted ships and trips, volumes of fuel,
rail cars at stations, goods used by the other country, goods that do not move). Examples:
``tests/corpus/shipments.py``."""

from __future__ import annotations

import re

from ..attribution import clause_bounds
from ..model import Fact
from ..sentence import (
    Analysis,
    money_at,
    preposition_before,
    subject_country,
)
from ..vocab import Mention
from .common import (
    _CAPACITY,
    _PAIR,
    ArticleContext,
    _direction,
)

_SHIPMENT_NOUNS = re.compile(
    r"\b(?:shipments?|deliver(?:y|ies)|supplies|supply|exports?|imports?|cargo(?:es)?|consignments?|bound for|destined for|"
    r"transfers?|flow(?:ing|s)?|arriv\w+|shipped|smuggl\w+)\b",
    re.I,
)
_EXCHANGE_ANY = re.compile(r"\b(?:in exchange for|in return for|in payment for|as payment for)\b", re.I)
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


def may_count_rail_cars(text: str) -> bool:
    """Cheap test: can the sentence count a train's cars with no unit word ("a ten-car train")?"""
    return "-car" in text and _CAR_TRAIN.search(text) is not None


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
