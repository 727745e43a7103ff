"""What every slot filler shares: the article context, the direction of a transfer, and the
attachments of figures to the nouns they count."""

from __future__ import annotations

import re

from ..attribution import clause_bounds
from ..sentence import (
    Analysis,
    attach,
    countries_after,
    preposition_before,
    subject_country,
)
from ..vocab import Mention

_PAIR = {"PRK": "RUS", "RUS": "PRK"}
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
        # "the sending of 8,000 soldiers by Pyongyang": a verb used as a noun after an article; its
        # sender, if named, follows "by"
        noun_use = (
            _OF_AFTER.match(text, verb.end) is not None
            and _NOUN_USE_BEFORE.search(text[max(0, verb.start - 40) : verb.start]) is not None
        )
        subj = None if nominal else subject_country(a, verb.start, 0)
        if subj is not None and noun_use and _REACTION.search(text, subj.end, verb.start):
            subj = None  # "Seoul condemned the dispatch of troops": Seoul reacts, it sends nothing
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
                noun_use
                and role == "out"
                and origin is None
                and _BY_BEFORE.search(text[max(0, c.start - 12) : c.start])
            ):
                origin = iso  # "the dispatch of troops by Pyongyang"
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


# Verbs of reacting to or reporting on an act named by a noun ("condemned the dispatch of").
_REACTION = re.compile(
    r"\b(?:condemn|denounc|criticis|criticiz|welcom|protest|decr(?:y|ie)|slamm|deplor|lament|question|"
    r"confirm|acknowledg|not(?:ed|es)\b|discuss|investigat|monitor|track|observ|document|reveal|expos|"
    r"warn|demand|call(?:ed|s)?\s+for|oppos|reject|dismiss|deni|deny)\w*\b"
)
_NOUN_USE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|any|such)\s+(?:[a-z-]+\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")

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


_CAPACITY = re.compile(
    r"\b(?:capacity|process\w*|handl\w*|throughput|pass(?:es|ed|ing)?\b|accommodat\w*|traffic)"
    # what a vessel or line can carry ("the ferry can take 250 passengers", "is said to carry"),
    # not a load carried once ("trucks carrying 12 tonnes", "the first flight carried 300 people")
    r"|\b(?:can|could|will|would|to|able\s+to|capable\s+of|designed\s+to|built\s+to)\s+(?:\w+\s+)?"
    r"(?:carry(?:ing)?|take|seat)\b"
    # "space for 900 tonnes of freight", "room for 40 cars", "seats for 200 passengers"
    r"|\b(?:space|room|seats?|berths?)\s+for\b",
    re.I,
)


def attachments_for(a: Analysis) -> dict:
    out: dict = {}
    for q in a.quantities:
        out[q] = attach(a, q)
    return out
