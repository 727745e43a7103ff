"""Agent phrases: whether a phrase can be a claimant, its canonical name and its type.

A claimant is somebody who can say something: a named person (with or without a title), an
institution (ministry, intelligence service, military, UN panel, think tank, news agency), a
government named by its capital ("Seoul said") or country, or the author of a document ("a UN
report" -> UN). It is never a time word ("Monday", "latest"), a determiner or adjective alone
("first", "new"), or a generic noun alone ("report", "figures"; "sources" only as "unnamed
sources"). Canonical names and types come from ``vocab/claimants.csv`` (analysts add rows);
phrases not listed are typed by their head words (``vocab/claimant_types.csv``).
A country named as the speaker is its government ("South Korea says" -> South Korean government);
a country's institution named with a possessive takes the demonym ("South Korea's military" ->
South Korean military). A person named with a title takes the title's type (a defence minister
-> government, a general -> military, an intelligence chief -> intelligence), also where the
article later names them by surname alone ("Shin said" -> Shin Won-sik): ``person_roles``.
Examples for every rule: ``tests/corpus/claimants.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocab import gazetteer, read_rows

CLAIMANT_TYPES = (
    "government",
    "intelligence",
    "military",
    "international_body",
    "media",
    "think_tank",
    "ngo",
    "company",
    "person",
)

_TIME_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "evening",
    "night",
    "afternoon",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "now",
    "then",
    "earlier",
    "later",
    "recently",
    "time",
    "times",
}
_NON_AGENT_WORDS = {
    # determiners, quantifiers and adjectives that carry no agent on their own
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "some",
    "many",
    "most",
    "several",
    "other",
    "others",
    "latest",
    "first",
    "last",
    "second",
    "third",
    "new",
    "recent",
    "previous",
    "earlier",
    "same",
    "further",
    "official",
    "initial",
    "preliminary",
    "final",
    "publicly",
    "available",
    "total",
    "estimated",
    "reported",
    "widely",
    "also",
    "all",
    "both",
    "each",
    "one",
    "two",
    "there",
    "here",
    "it",
    "which",
    "what",
    "who",
    "such",
    "more",
    "less",
    "local",
    "public",
    "current",
    "annual",
    "monthly",
    "weekly",
    "daily",
    "of",
    "in",
    "on",
    "and",
    "by",
    "to",
    "for",
    # personal pronouns are anaphors, never names
    "he",
    "she",
    "him",
    "they",
    "them",
    "we",
    "i",
    "me",
    "you",
}
_GENERIC_NOUNS = {
    "report",
    "reports",
    "study",
    "studies",
    "analysis",
    "analyses",
    "data",
    "figures",
    "figure",
    "statistics",
    "estimate",
    "estimates",
    "assessment",
    "assessments",
    "statement",
    "statements",
    "document",
    "documents",
    "source",
    "sources",
    "imagery",
    "images",
    "photos",
    "footage",
    "evidence",
    "records",
    "numbers",
    "count",
    "calculations",
    "research",
    "investigation",
    "survey",
    "information",
    "news",
    "media",
    "article",
    "story",
    "press",
    "briefing",
    "testimony",
    "people",
    "someone",
    "somebody",
    "experts",
    "journalists",
    "reporters",
    "analysts",
    "observers",
    # institutions named only by their kind are anaphors ("the agency said"), not names
    "agency",
    "ministry",
    "service",
    "outlet",
    "newspaper",
    "paper",
    "institute",
    "organisation",
    "organization",
    "office",
    "department",
}
_FIGURE_FIRST = re.compile(
    r"^(?:(?:about|around|some|nearly|roughly|almost|approximately|over|more\s+than|at\s+least|up\s+to)\s+)?\d",
    re.I,
)
_UNNAMED = re.compile(r"^(?:unnamed|anonymous|unidentified)\s+(?:\w+\s+)?sources?$", re.I)
_DOCUMENT_HEADS = (
    r"report|reports|study|analysis|assessment|assessments|estimate|estimates|statement|statements|data|"
    r"figures|statistics|documents?|findings|review|survey|investigation|briefing|imagery|images|records|"
    r"calculations|tally|count|paper|white paper|dossier|update"
)
_DOCUMENT = re.compile(
    rf"^(?P<author>.+?)(?:['’]s?)?\s+(?:(?:latest|new|recent|annual|own|internal)\s+)?(?:{_DOCUMENT_HEADS})$"
)
_INSTRUMENTS = {
    "resolution",
    "resolutions",
    "sanctions",
    "law",
    "laws",
    "treaty",
    "agreement",
    "rules",
    "regulations",
}
_DOCUMENT_NOUNS = {
    "report",
    "reports",
    "study",
    "analysis",
    "assessment",
    "assessments",
    "estimate",
    "estimates",
    "statement",
    "data",
    "figures",
    "statistics",
    "document",
    "documents",
    "imagery",
    "images",
    "photos",
    "footage",
    "records",
    "briefing",
    "survey",
    "research",
    "information",
    "calculations",
}
# Words that say what kind of document it is, not who made it ("radar images show ...").
_DOCUMENT_KINDS = {"satellite", "customs", "trade", "shipping", "tracking", "radar", "photo", "media"}
_TITLES = (
    r"president|prime minister|minister|deputy minister|vice minister|foreign minister|defen[cs]e minister|"
    r"secretary|spokes(?:man|woman|person)|ambassador|envoy|general|gen\.|lt\. gen\.|colonel|admiral|commander|"
    r"chief|head|director|chairman|chairwoman|chair|governor|mayor|lawmaker|senator|congressman|"
    r"congresswoman|representative|analyst|researcher|professor|fellow|expert|official|adviser|advisor|"
    r"economist|journalist|reporter|editor|leader|premier|chancellor|dr\.|mr\.|ms\.|mrs\."
)
_TITLED_NAME = re.compile(
    rf"^(?:.*\b(?:{_TITLES})\s+)(?P<name>(?:[A-Z][\w’'.-]+\s+){{0,3}}[A-Z][\w’'.-]+)$",
    re.I,
)
_GROUP_OF_PEOPLE = re.compile(
    r"^(?P<org>.+?)\s+(?:analysts|experts|researchers|scholars|investigators|monitors|staff|team)$"
)
_MADE_BY = re.compile(
    r"^.*?\b(?:compiled|published|released|reviewed|analy[sz]ed|collected|provided|prepared|commissioned|issued|"
    r"obtained|seen|gathered|produced)\s+by\s+(?:the\s+)?(?P<who>.+)$",
    re.I,
)
_DOCUMENT_BY = re.compile(
    rf"^(?:the\s+|a\s+|an\s+)?(?:(?:latest|new|recent|annual)\s+)?(?:{_DOCUMENT_HEADS})\s+by\s+(?:the\s+|a\s+|an\s+)?(?P<who>.+)$",
    re.I,
)
_OUTLET_BEFORE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w’'-]+\s+)?(?:newspaper|news agency|daily|broadcaster|outlet|think tank|news site|"
    r"state news agency|state broadcaster)\s+(?P<name>[A-Z].*)$"
)
_OUTLET_AFTER = re.compile(
    r"^(?P<name>[A-Z].*?)\s+(?:news agency|state news agency|newspaper|daily|broadcaster|agency|think tank|news)$"
)
_OWNER = re.compile(r"^(?:[A-Z][\w.]*\s?){1,2}['’]s\s+(?P<rest>.+)$")
_NAME_TOKEN = re.compile(r"^[A-Z][a-z’'.-]+(?:-[A-Za-z][a-z’'-]+)?$")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Country name -> its demonym ("South Korea" -> "South Korean"), from ``vocab/countries.csv``."""
    rows = read_rows("countries")
    first = {}
    for row in rows:
        if row["kind"] == "demonym" and not row["surface"].endswith("s"):
            first.setdefault(row["iso3"], row["surface"])
    return {
        row["surface"]: first[row["iso3"]] for row in rows if row["kind"] == "name" and row["iso3"] in first
    }


_COUNTRY_OWNER = re.compile(
    r"^(?:the\s+)?(?P<country>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)'s\s+(?P<rest>[a-z][a-z -]+)$"
)


def _norm(text: str) -> str:
    return text.replace("’", "'").strip()


@lru_cache(maxsize=1)
def _type_rules() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, type) from ``vocab/claimant_types.csv``, in file order (first match wins)."""
    return tuple(
        (re.compile(rf"(?<![\w]){row['pattern']}(?![\w])", re.I), row["claimant_type"])
        for row in read_rows("claimant_types")
    )


def is_agent(phrase: str | None, headed: bool = True) -> bool:
    """Whether ``phrase`` can name somebody who makes a claim (``headed``: a phrase written without a
    capital needs an agent noun ("defectors interviewed"); off for the modifier of a document, "ship tracking" data)."""
    if not phrase:
        return False
    text = _norm(phrase).strip(" ,.;:\"“”'")
    if len(text) < 2 or not re.search(r"[A-Za-z]", text):
        return False
    if _UNNAMED.match(text):
        return True
    if text in ("us", "Us"):
        return False  # the pronoun, not the "US"
    if _FIGURE_FIRST.match(text):
        return False  # "about 3,000 soldiers", "some 40": a figure, never an agent
    words = [re.sub(r"'s?$", "", w.lower()).strip("'") for w in re.findall(r"[\w'.&-]+", text)]
    if not words:
        return False
    if all(w in _TIME_WORDS or w in _NON_AGENT_WORDS or w.isdigit() for w in words):
        return False  # "Monday", "latest", "the first", "last year"
    content = [w for w in words if w not in _NON_AGENT_WORDS]
    if all(w in _GENERIC_NOUNS or w in _TIME_WORDS for w in content):
        return False  # "report", "the latest figures", "sources"
    if re.match(r"^(?:on|in|at|by|since|during|after|before)\b", text, re.I):
        return False  # a prepositional phrase is not an agent
    if words[-1] in _INSTRUMENTS:
        return False  # "the council's resolutions": a legal text makes no claim
    if headed and text == text.lower() and not any(w in _agent_heads() for w in words):
        return False  # "participating", "the schedule", "an unusual scene": no agent noun heads it
    if (
        words[-1] in _DOCUMENT_NOUNS
        and (text == text.lower() or words[0] in _DOCUMENT_KINDS)
        and not gazetteer("claimants").lookup(text)
    ):
        return False  # a document nobody is named for: "an intelligence briefing", "satellite analysis"
    return True


@lru_cache(maxsize=1)
def _agent_heads() -> frozenset[str]:
    """Lower-case nouns that can head a claimant written without a capital ("defence ministry",
    "western intelligence", "lawmakers"), from ``vocab/agent_heads.csv``."""
    return frozenset(row["head"] for row in read_rows("agent_heads"))


def document_author(phrase: str) -> str:
    """ "a UN report" -> "UN", "Pentagon assessments" -> "Pentagon", "KCNA's statement" -> "KCNA";
    phrases that are not documents come back unchanged."""
    text = re.sub(r"^(?:the|a|an)\s+", "", _norm(phrase), flags=re.I)
    m = _DOCUMENT.match(text)
    if not m:
        return phrase
    author = m["author"].strip()
    author = re.sub(r"^(?:the|a|an)\s+", "", author, flags=re.I)
    author = re.sub(r"['’]s?$", "", author).strip()
    if not is_agent(author) or author.lower() in _DOCUMENT_KINDS:
        return phrase  # "customs data" stays: "customs" alone is no agent
    if gazetteer("claimants").lookup(author) or any(ch.isupper() for ch in author):
        return author
    return phrase


def person_name(phrase: str) -> str | None:
    """The name of a titled person ("South Korea's defence minister Shin Won-sik" -> "Shin Won-sik")."""
    m = _TITLED_NAME.match(_norm(phrase))
    if not m:
        return None
    name = m["name"]
    tokens = name.split()
    if len(tokens) < 2 and not _NAME_TOKEN.match(name):
        return None
    if any(t.lower() in _NON_AGENT_WORDS or t.lower() in _TIME_WORDS for t in tokens):
        return None
    if _type_rules() and any(p.search(name) and t != "person" for p, t in _type_rules()):
        return None  # "minister of the Ministry of ..." is not a name
    return name


def canonical_agent(phrase: str) -> str:
    """The analysts' canonical name for an alias ("NIS" -> "National Intelligence Service",
    "Seoul" -> "South Korean government"); other phrases come back unchanged."""
    hit = gazetteer("claimants").find(phrase)
    if hit and hit[0].end - hit[0].start >= len(phrase) - 3:
        return hit[0].row["claimant"]
    return phrase


def claimant_type(name: str | None) -> str | None:
    """One of ``CLAIMANT_TYPES`` for a canonical claimant name, or None when nothing tells."""
    if not name:
        return None
    row = gazetteer("claimants").lookup(name)
    if row is None:
        hits = gazetteer("claimants").find(name)
        row = hits[0].row if hits and hits[0].end - hits[0].start >= len(name) - 3 else None
    if row is not None and row.get("claimant_type"):
        return row["claimant_type"]
    for pattern, kind in _type_rules():
        if pattern.search(name):
            return kind or None
    tokens = _norm(name).split()
    if 2 <= len(tokens) <= 4 and all(_NAME_TOKEN.match(t) for t in tokens):
        if any(t.lower() in _BODY_WORDS for t in tokens) or re.match(r"^[A-Z]\.$", tokens[0]):
            # "Sea Watch Centre": a body; "N. Korea": a country written short, not a person
            return None  # "Sea Watch Centre", "Korea Risk Group": a body of some kind, not a person
        return "person"  # "Kyrylo Budanov"
    return None


def resolve(phrase: str | None) -> str | None:
    """A raw agent phrase -> its canonical claimant, or None when it is no agent."""
    if not phrase or not is_agent(phrase):
        return None
    by = _MADE_BY.match(_norm(phrase)) or _DOCUMENT_BY.match(_norm(phrase))
    if by and is_agent(by["who"]):
        phrase = by["who"]  # "data compiled by the Open Source Centre" -> Open Source Centre
    phrase = document_author(phrase)
    phrase = re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.?\s+(?=[A-Z])", "", _norm(phrase))  # "Mr Park" -> "Park"
    described = _DESCRIBED_NAME.match(_norm(phrase))
    if described and re.search(r"\b[a-z]", phrase[: described.start("name")]) and is_agent(described["name"]):
        phrase = described["name"]  # "the monitoring group Korea Risk Institute" -> the name
    country = _COUNTRY_OWNER.match(_norm(phrase))
    if country and country["country"] in _demonyms():
        # "South Korea's military" -> "South Korean military" (then the analysts' canonical name)
        phrase = f"{_demonyms()[country['country']]} {country['rest']}"
    owner = _OWNER.match(phrase)
    if owner and not gazetteer("claimants").lookup(phrase) and gazetteer("claimants").lookup(owner["rest"]):
        phrase = owner["rest"]  # "Seoul's Unification Ministry" -> Ministry of Unification
    outlet = _OUTLET_BEFORE.match(phrase) or _OUTLET_AFTER.match(phrase)
    if outlet and gazetteer("claimants").lookup(outlet["name"]):
        phrase = outlet["name"]  # "the Japanese newspaper Nikkei", "Yonhap news agency"
    group = _GROUP_OF_PEOPLE.match(_norm(phrase))
    if group and gazetteer("claimants").lookup(group["org"]):
        phrase = group["org"]  # "CSIS analysts" -> CSIS
    name = person_name(phrase)
    if name:
        return canonical_agent(_MIDDLE_INITIAL.sub(" ", name))
    if _MIDDLE_INITIAL.search(phrase) and claimant_type(phrase) == "person":
        return canonical_agent(_MIDDLE_INITIAL.sub(" ", phrase))  # "Ivan K. Orlov" -> "Ivan Orlov"
    return canonical_agent(phrase)


# A description before a proper name: "the monitoring group Korea Risk Institute", "Tokyo-based
# Korea Risk Institute", "the think tank Harbour Centre" (the description ends in a kind of body).
_DESCRIBED_NAME = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.]*-based\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?(?:[a-z][\w-]*-based\s+)?"
    r"(?:(?:group|tank|institute|organi[sz]ation|outlet|newspaper|broadcaster|monitor|centre|center|firm|"
    r"company|project|website|site|agency|ngo)\s+)?"
    r"(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|on))*\s+[A-Z][\w’'.&-]*)$"
)


_BODY_WORDS = {
    "centre",
    "center",
    "group",
    "monitor",
    "watch",
    "network",
    "project",
    "foundation",
    "alliance",
    "union",
    "association",
    "society",
    "service",
    "team",
    "unit",
    "council",
    "board",
    "office",
    "news",
    "review",
    "report",
}
_MIDDLE_INITIAL = re.compile(r"(?<=[a-z])\s+[A-Z]\.\s+(?=[A-Z][a-z])")
_WIRE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'-]{1,40},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)?(?:,?\s*\d{4})?\s*"
    r"\((?P<agency>[A-Z][A-Za-z .&-]{1,40})\)\s*[-–—]"
)


def dateline_agency(body: str) -> str | None:
    """The agency of a wire dateline ("SEOUL, Nov 3 (Reuters) -" -> "Reuters") in the first lines."""
    for line in body.splitlines()[:6]:
        m = _WIRE_DATELINE.match(line)
        if m:
            return canonical_agent(m["agency"].strip())
    return None


_ROLE_TYPES = (
    (re.compile(r"intelligence|\bspy\b|\bnis\b|\bhur\b", re.I), "intelligence"),
    (
        re.compile(
            r"\b(?:general|gen\.|colonel|col\.|admiral|commander|army|navy|military|marine|troops|air force|"
            r"chief of staff|chiefs of staff)\b",
            re.I,
        ),
        "military",
    ),
    (
        re.compile(
            r"\b(?:minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|president|premier|chancellor|"
            r"lawmaker|senator|congress(?:man|woman)|representative|governor|mayor|official|leader|deputy|"
            r"ministry|government|kremlin|white house|pentagon|state department|council)\b",
            re.I,
        ),
        "government",
    ),
)
_ROLE_TITLES = (
    r"minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|president|premier|chancellor|lawmaker|"
    r"senator|congress(?:man|woman)|representative|governor|mayor|official|leader|general|gen\.|colonel|"
    r"admiral|commander|chief|head|director|deputy"
)
_TITLED_IN_TEXT = re.compile(
    rf"(?P<title>(?:[\w.’'-]+\s+){{0,4}}?(?i:{_ROLE_TITLES})(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})?)"
    # a name holds no title word: "Chief Cabinet Secretary Ken Mori" is not "Chief" + "Cabinet Secretary Ken"
    rf",?\s+(?P<name>(?!(?i:{_ROLE_TITLES})\b)[A-Z][a-z][\w’'-]*(?:\s+(?!(?i:{_ROLE_TITLES})\b)[A-Z][a-z][\w’'-]*){{1,2}})\b"
)


_TITLED_AFTER = re.compile(
    r"(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2}),\s+(?:the\s+|a\s+|an\s+)?"
    # "Ivan Orlov, secretary of the national commission and until May the transport minister of ..., spoke"
    rf"(?P<title>[^,;.]{{0,50}}?\b(?i:{_ROLE_TITLES})\b[^,;.]{{0,110}}),"
)


_TITLE_WORD = re.compile(rf"\b(?i:{_ROLE_TITLES})")
_WORDS_BEFORE = re.compile(r"(?:[\w.’'-]+\s+){1,4}$")


def _titled_in_windows(body: str):
    """The matches of ``_TITLED_IN_TEXT`` over ``body``, tried only where a title word stands (speed:
    scanning the pattern over the whole text tries four words before a title at every character).
    A match starts at most four words before its title, so each title word is tried once from
    there ("He met Defence Minister Park Min-jun" -> one try, from "He")."""
    taken = 0
    for t in _TITLE_WORD.finditer(body):
        if t.start() < taken:
            continue  # inside the previous match ("Minister of Defence ... Park")
        before = _WORDS_BEFORE.search(body, max(taken, t.start() - 80), t.start())
        m = _TITLED_IN_TEXT.match(body, before.start() if before else t.start())
        if m:
            taken = m.end()
            yield m


def person_roles(body: str) -> dict[str, tuple[str, str]]:
    """Named people whose title the article gives -> (full name, type of the title).

    "South Korean Defense Minister Shin Won-sik" -> {"Shin Won-sik": ("Shin Won-sik", "government"),
    "Shin": (...), "Won-sik": (...)}; a surname shared by two titled people is left out."""
    roles: dict[str, tuple[str, str]] = {}
    clashes: set[str] = set()
    for m in (*_titled_in_windows(body), *_TITLED_AFTER.finditer(body)):
        name = m["name"]
        if any(t.lower() in _NON_AGENT_WORDS or t.lower() in _TIME_WORDS for t in name.split()):
            continue
        known = gazetteer("claimants").lookup(name)
        if (known and not _is_person_name(known["claimant"])) or _demonyms().get(name):
            continue  # "minister of Russia", "head of the Pentagon": an institution, not a person
        kind = next((k for pattern, k in _ROLE_TYPES if pattern.search(m["title"])), None)
        if kind is None:
            continue
        tokens = name.split()
        title = re.findall(r"[a-z]+", m["title"].lower())
        keys = [name, tokens[0], tokens[-1]]
        if m.re is _TITLED_IN_TEXT and len(title) >= 2:
            keys.append("title:" + " ".join(title[-2:]))  # "the defence minister said" later on
        nationality = _nationality(m["title"])
        if nationality and title:
            # "the Russian minister said" after "Russia's Transport Minister Oleg Vasin"; "the
            # Japanese official" after "Japanese Chief Cabinet Secretary Ken Mori"
            keys.append(f"nat:{nationality}:{title[-1]}")
            if title[-1] not in _HEADS_OF_STATE:
                keys.append(f"nat:{nationality}:official")
        for key in keys:
            known = roles.get(key)
            if known and known[0] != name:
                clashes.add(key)
            roles.setdefault(key, (name, kind))
    for key in clashes:
        roles.pop(key, None)
    return roles


_HEADS_OF_STATE = {"president", "leader", "premier", "chairman", "king", "chancellor"}


@lru_cache(maxsize=1)
def _nationality_pattern() -> re.Pattern:
    """Country names and demonyms ("Russia's", "South Korean") -> a pattern over them."""
    rows = read_rows("countries")
    surfaces = sorted({r["surface"] for r in rows if r["kind"] in ("name", "demonym")}, key=len, reverse=True)
    return re.compile(r"\b(?P<n>" + "|".join(re.escape(x) for x in surfaces) + r")(?:['’]s)?\b")


def _nationality(title: str) -> str | None:
    """The demonym a title phrase carries ("Russia's Far East Development Minister" -> "russian")."""
    m = _nationality_pattern().search(title)
    if not m:
        return None
    surface = m["n"]
    demonym = _demonyms().get(surface, surface)
    return demonym.lower() if demonym in _demonyms().values() else None


def _is_person_name(name: str) -> bool:
    """A canonical claimant that names a person ("Ivan Orlov"), not a body ("White House")."""
    tokens = name.split()
    return (
        2 <= len(tokens) <= 4
        and all(_NAME_TOKEN.match(t) for t in tokens)
        and not any(t.lower() in _BODY_WORDS for t in tokens)
        and not any(p.search(name) for p, _ in _type_rules())
    )


def role_holder(claimant: str, roles: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The titled person a claimant stands for: a name or surname ("Shin"), the title alone
    ("South Korean defence minister" after "Defence Minister Park Min-jun"), or a nationality and
    a title word naming only one titled person of the article ("a Russian minister said")."""
    if claimant in roles:
        return roles[claimant]
    words = re.findall(r"[a-z]+", claimant.lower())
    found = roles.get("title:" + " ".join(words[-2:])) if len(words) >= 2 else None
    if found is None and words and (claimant[:1].islower() or re.match(r"^[A-Z][a-z]+\s+[a-z ]+$", claimant)):
        nationality = _nationality(claimant)
        if nationality:
            found = roles.get(f"nat:{nationality}:{words[-1]}")
    return found
