"""Who claims a fact and how sure the text is.

``find_claimant`` reads attribution from sentence structure: "according to X", "X said/estimates/
warns that ...", "citing X", "confirmed by X", "..., explains X". A pronoun or a generic subject
("the agency said", "they estimate") takes the claimant named in the previous sentence.
``status_for`` reads modality and tense around a fact: "may", "could", "fears" -> possible;
"will", "plans", "expected", "under construction", "pledged" -> planned; else reported
("reportedly" stays reported); "X believes" is X's belief, so possible. A hedge in a relative clause
after the figure ("13,000 containers that could hold shells") is the clause's, not the figure's.
Hedge words come from ``vocab/hedges.csv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .agents import canonical_agent, claimant_type, is_agent, resolve
from .vocab import gazetteer

_REPORT_VERBS = (
    r"said|says|say|reported|reports|report|estimated|estimates|estimate|warned|warns|warn|noted|notes|"
    r"confirmed|confirms|confirm|claimed|claims|claim|told|tells|stated|states|believes|believe|believed|"
    r"assessed|assesses|assess|revealed|reveals|announced|announces|suggest|suggests|suggested|"
    r"indicate|indicates|indicated|showed|shows|show|document|documents|documented|alleged|alleges|"
    r"wrote|writes|added|adds|explained|explains|observed|concluded|concludes|found|finds|disclosed|"
    r"acknowledged|acknowledges|insisted|insists|argued|argues|cautioned|cautions|testified|briefed|"
    r"asserted|asserts|assert|accused|accuses|accuse|analy[sz]ed|maintains|maintained|contends|contended"
)
_VERB_RE = re.compile(rf"(?<![\w])(?:{_REPORT_VERBS})(?![\w])")
_ACCORDING = re.compile(
    r"\b(?i:according\s+to|citing|cited\s+by|as\s+reported\s+by|with\s+reference\s+to|referring\s+to)\s+(?:the\s+|a\s+|an\s+)?"
)
_PASSIVE_BY = re.compile(
    r"(?:claims|remarks|comments|statements?|estimates?|assessments?|findings|testimony|"
    r"confirmed|reported|estimated|documented|revealed|disclosed|observed|assessed|tracked|cited|"
    r"released|published|detected|identified|announced|reviewed|analy[sz]ed|seen|obtained|compiled|provided|"
    r"shared|commissioned|collected|verified|examined|captured|taken)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+|a\s+)?"
)
_QUOTE_TAIL = re.compile(
    r"[”\"’']\s*,?\s*(?:explains|explained|says|said|notes|noted|added|adds|told|writes|wrote|according to)\s+"
)
_NP_WORD = re.compile(r"[A-Z][\w’'.&-]*|U\.S\.|UN|EU|[a-z]+")
_NP_LOWER = {
    "intelligence",
    "officials",
    "official",
    "ministry",
    "service",
    "services",
    "agency",
    "agencies",
    "assessments",
    "assessment",
    "reports",
    "report",
    "sources",
    "source",
    "analysts",
    "analyst",
    "government",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "military",
    "media",
    "state",
    "data",
    "estimates",
    "researchers",
    "experts",
    "observers",
    "monitors",
    "organizations",
    "organisations",
    "groups",
    "group",
    "tracking",
    "maritime",
    "satellite",
    "imagery",
    "defense",
    "defence",
    "security",
    "of",
    "the",
    "for",
    "and",
    "foreign",
    "rights",
    "human",
    "diplomats",
    "diplomat",
    "lawmakers",
    "lawmaker",
    "think",
    "tank",
    "panel",
    "western",
    "senior",
    "u.s.",
    "us",
    "documents",
    "military’s",
    "military's",
    "staff",
    "chiefs",
    "joint",
    "investigators",
    "journalists",
    "outlet",
}
_PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "the agency",
    "the ministry",
    "the report",
    "the outlet",
    "the official",
    "the officials",
    "the group",
    "the service",
    "the study",
    "the analysis",
}
_TRAILING_HEADS = re.compile(
    r"\s+(?:assessments?|estimates?|data|reports?|figures|analysis|statements?|documents?|briefings?|sources)$"
)
_STOP_AFTER = re.compile(
    r"\s+(?:that|which|who|shared|released|published|cited|seen|obtained|reviewed|in|on|at|from|to|with|as|"
    r"this|last|earlier|said|says|suggest|suggests|show|shows|,|and\s+(?:the\s+)?[a-z]+|"
    # a verb ends the phrase: "..., said NIS Director Kim presented the figure" -> "NIS Director Kim";
    # "..., claimed it was the first time" -> "it" (no agent)
    rf"was|were|is|are|has|have|had|will|would|could|can|mentioned|presented|{_REPORT_VERBS})\b.*$"
)


def _clean_np(np: str) -> str | None:
    np = np.strip(" ,.;:—–-\"“”’'")
    np = re.sub(
        r"\s+(?:of|for|and|on|at|in|by)(?:\s+the)?$|\s+the$", "", np
    )  # "journalists of the" (cut short)
    listed = gazetteer("claimants").lookup(np) if np[:4] in ("The ", "the ") else None
    if listed:
        return listed["claimant"]  # "The Times": the article is part of the name (a listed outlet)
    np = re.sub(r"^(?:the|a|an)\s+", "", np, flags=re.I)
    if not np:
        return None
    if _TRAILING_HEADS.search(np):
        trimmed = _TRAILING_HEADS.sub("", np)
        if any(w[0].isupper() and w.lower() not in _NP_LOWER for w in trimmed.split()):
            np = trimmed  # "Pentagon assessments" -> "Pentagon"
    if len(np) > 80 or len(np) < 2:
        return None
    return resolve(np)


def canonical(np: str) -> str:
    """The canonical claimant of an agent phrase (also used to compare gold with predictions)."""
    return resolve(np) or canonical_agent(np)


_DEMONYM_LIST = re.compile(
    r"(?:[A-Z][\w.’'-]*\s*)+(?:,\s*(?:[A-Z][\w.’'-]*\s*)+)*,?\s+and\s+(?:[A-Z][\w.’'-]*\s+)+"
    r"(?:officials|intelligence|sources|governments|militaries|diplomats|assessments)\b"
)


def _np_after(text: str, pos: int) -> str | None:
    listed = _DEMONYM_LIST.match(text, pos)
    if listed:  # "according to American, Japanese and Polish officials"
        return _clean_np(listed.group(0))
    tail = text[pos : pos + 120]
    tail = re.split(r"[,;:()\[\]“”\"—–]|\.(?:\s|$)", tail)[0]
    tail = _STOP_AFTER.sub("", " " + tail).strip()
    return _clean_np(tail) if tail else None


_NP_STOP = {
    # "something neither capital has admitted", "the train comes amid reports":
    # no subject of a claim
    "neither",
    "nor",
    "either",
    "something",
    "nothing",
    "amid",
    "despite",
    "among",
    "comes",
    "came",
    "can",
    "cannot",
    "should",
    "must",
    "do",
    "does",
    "did",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "and",
    "but",
    "or",
    "while",
    "as",
    "when",
    "if",
    "because",
    "after",
    "before",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "not",
    "also",
    "by",
    "with",
    "in",
    "on",
    "at",
    "from",
    "to",
    "into",
    "than",
    "so",
    "then",
    "where",
    "since",
}
_SKIPPABLE = {
    "has",
    "have",
    "had",
    "also",
    "previously",
    "reportedly",
    "recently",
    "repeatedly",
    "publicly",
    "now",
    "earlier",
    "already",
    "have long",
    "long",
    "separately",
    "further",
    "again",
}
_DETERMINERS = ("the ", "a ", "an ", "this ", "these ", "those ", "that ")
_GENERIC_SUBJECTS = {
    "it",
    "they",
    "he",
    "she",
    "we",
    "this",
    "that",
    "these",
    "those",
    "there",
    "which",
    "who",
}
_ANAPHORIC = re.compile(
    r"^(?:the|this|that|these|those|its|their)\s+(?-i:[a-z]+\s+)?(?:agency|ministry|report|outlet|official|officials|group|service|study|"
    r"analysis|panel|spokesman|spokeswoman|spokesperson|source|sources|statement|document|documents|newspaper|"
    r"paper|think tank|institute|government|military|office|committee|investigators|researchers|analysts)$",
    re.I,
)


_DISCOURSE = re.compile(
    r",\s*(?:however|meanwhile|though|too|also|in turn|for its part|by contrast|in a statement|separately),\s*$",
    re.I,
)
_ASIDE = re.compile(
    r",\s*(?:speaking|who\s+(?:asked|spoke|requested|declined)|declining|requesting|asking|citing)\b[^,;]{0,80},\s*$",
    re.I,
)
_APPOSITION = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|that)\s+)(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}),\s+(?:the|a|an)\s+[^,;:]{3,90},\s*(?:\w+ly\s+)?$"
)


_NAME_BETWEEN_COMMAS = re.compile(
    r"\b(?i:minister|secretary|spokes\w+|ambassador|director|chief|head|general|commander|president|envoy|"
    r"lawmaker|official)\b[^,;]{0,40},\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s*$"
)


def _np_before(text: str, pos: int) -> str | None:
    """The noun phrase that ends right before ``pos`` (the subject of a reporting verb)."""
    head = re.sub(r"\s*\([A-Z][A-Za-z.]{1,10}\)\s*$", " ", text[:pos])  # "Joint Chiefs of Staff (JCS) said"
    head = _DISCOURSE.sub(" ", head)  # "South Korea's spy agency, however, said"
    head = _ASIDE.sub(" ", head)  # "A senior official, speaking on condition of anonymity, said"
    named = _NAME_BETWEEN_COMMAS.search(head)
    if named:  # "Ukraine's defence chief, Ivan Orlov, told ...": the person
        np = _clean_np(named.group("name"))
        if np and claimant_type(np) in ("person", "government", "military", "intelligence"):
            return np
    apposition = _APPOSITION.search(head)
    if apposition:  # "Kyrylo Budanov, the head of Ukraine's military intelligence, said": the person
        return _clean_np(apposition.group("name"))
    tail = head.rstrip()
    listed = [
        h
        for h in gazetteer("claimants").find(tail, max(0, len(tail) - 120))
        if h.end == len(tail) and " and " in h.surface
    ]
    if listed:  # "the Center for Strategic and International Studies said": the walk below stops at "and"
        return _clean_np(max(listed, key=lambda h: h.end - h.start).surface)
    tokens = list(re.finditer(r"[\w’'.&-]+|[,;:()“”\"—–]", head))
    words: list[str] = []
    skipping = True
    for m in reversed(tokens):
        word = m.group(0)
        low = word.lower()
        if skipping and low in _SKIPPABLE:
            continue
        skipping = False
        if not re.match(r"[\w]", word) or low in _NP_STOP or low in _SKIPPABLE or re.search(r"n[’']t$", low):
            break  # "the capitals haven't confirmed": a negated verb, no subject of a claim
        if low in ("of", "for") and not (
            words
            and (
                words[0][:1].isupper()
                or (words[0].lower() in ("the", "a") and len(words) > 1 and words[1][:1].isupper())
            )
        ):
            break
        words.insert(0, word)
        if len(words) >= 7:
            break
    if not words:
        return None
    np = " ".join(words)
    low = np.lower()
    if len(words) == 1 and re.fullmatch(r"[a-z]+ed", words[0]):
        return None  # "the navy has backed reports that ...": "reports" is a noun here
    if re.fullmatch(r"[a-z]+ing", words[0]):
        return None  # "surpassing levels observed in May": a participle phrase, not a subject
    if low in _GENERIC_SUBJECTS or _ANAPHORIC.match(np):
        return "<pronoun>"
    if low.startswith(("our ", "we ")) or low in ("our", "we"):
        return None
    for det in _DETERMINERS:
        if low.startswith(det):
            np = np[len(det) :]
            break
    if len(np.split()) == 1 and np.lower() in {"data", "report", "reports", "media", "imagery", "figures"}:
        return None
    if not re.search(r"[A-Za-z]", np):
        return None
    return _clean_np(np)


def _antecedent(head: str, previous_sentence: str) -> str | None:
    """For "the newspaper said", the newspaper named in the previous sentence ("a Japanese newspaper")."""
    m = re.search(r"\b(?:the|this|that)\s+(\w+)\s*,?\s*$", head, re.I)
    if not m or not previous_sentence:
        return None
    noun = m.group(1)
    hit = re.search(
        rf"\b(?:an?\s+|the\s+)?((?:[A-Z][\w’'.-]*\s+){{0,3}}(?:[a-z][\w-]*\s+)?{re.escape(noun)})\b",
        previous_sentence,
    )
    return _clean_np(hit.group(1)) if hit else None


_FAMILIAR = re.compile(
    r"\b(?P<who>(?:(?:a|an|two|three|several)\s+)?(?:[\w-]+\s+)?(?:sources?|people|person|officials?|diplomats?))"
    r"\s+(?:familiar|with knowledge|briefed)\s+(?:with|of|on)\s+(?:the\s+)?\w+",
    re.I,
)
_IN_A_DOCUMENT = re.compile(
    r"^\s*(?:in|according to)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|study|assessment|statement|analysis|briefing|paper|estimate|update)\b[^,]{0,80},\s+",
    re.I,
)
_AS_NOTED = re.compile(
    r"\bas\s+(?:the\s+)?(?P<who>[^,;]{2,60}?)\s+(?:noted|said|put it|reported|observed|wrote)\b", re.I
)


def _subject_after_document(sentence: str) -> str | None:
    """ "In a report released on Monday, the institute estimated ...": the subject after the phrase."""
    m = _IN_A_DOCUMENT.match(sentence)
    if not m:
        return None
    tail = sentence[m.end() : m.end() + 100]
    verb = _VERB_RE.search(tail)
    if verb:  # "In a briefing for reporters, South Korea's military said ...": the verb's subject
        np = _np_before(tail, verb.start())
        if np and np != "<pronoun>":
            return np
    words = re.match(
        r"((?:the\s+)?(?:[A-Z][\w’'.&-]*|of|for|and|on)(?:\s+(?:[A-Z][\w’'.&-]*|of|for|the|and|on))*)", tail
    )
    return _clean_np(re.sub(r"\s+(?:of|for|the|and|on)$", "", words.group(1))) if words else None


_QUOTED_AS = re.compile(
    r"\b(?:quot(?:ed|ing|es|e)|cit(?:ed|ing|es|e))\s+(?:the\s+|a\s+|an\s+)?(?P<who>[^,;]{2,60}?)\s+as\s+(?:saying|stating)\b"
)
_INVERTED = re.compile(
    r",\s+(?:reports|reported|writes|wrote|notes|noted|says|said|adds|added|claims|claimed)\s+(?:the\s+|a\s+|an\s+)?"
)


_PASSIVE_INFINITIVE = re.compile(r"\s+to\s+(?:have|be)\b")


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Stretches inside quotation marks: their verbs are the quote's, not an attribution
    ("“You can say 400 wagons went north,” Park said": "say" has no claimant, "Park said" has).
    A closing mark with no opening one before it ends a quote begun in an earlier sentence."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", sentence)]
    first_close = sentence.find("”")
    if first_close >= 0 and "“" not in sentence[:first_close]:
        spans.append((0, first_close + 1))
    elif sentence.count('"') % 2 == 1:
        first = sentence.find('"')
        if first > 0 and sentence[first - 1] in ".,!?":
            spans.append((0, first + 1))
    return spans


def _in_quote(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _subject_claimant(sentence: str) -> str | None:
    """The named subject of a reporting verb ("..., Shoigu said that ..."), pronouns left out; the
    last verb first (a quote's own verbs come before its speaker's)."""
    for vm in reversed(list(_VERB_RE.finditer(sentence))):
        if _VERB_RE.match(sentence, vm.end() + 1) or re.search(
            r"\b(?:an?|the|its|their|his|her|previously|officially|widely)\s+$", sentence[: vm.start()], re.I
        ):
            continue
        np = _np_before(sentence, vm.start())
        if np and np != "<pronoun>":
            return np
    return None


def find_claimant(sentence: str, previous=None, previous_sentence: str = "") -> str | None:
    """The source a sentence attributes its claims to (see ``_find_claimant``). The one who
    speaks wins over the outlet that relays it: "X said ..., according to Tass" is X's, and "the
    MPs quoted the spy agency as saying" is the spy agency's."""
    m = _QUOTED_AS.search(sentence) if "quot" in sentence or "cit" in sentence else None
    if m:
        np = _clean_np(m["who"])
        if np:
            return np
    found = _find_claimant(sentence, previous, previous_sentence)
    if found and claimant_type(found) == "media":
        speaker = _subject_claimant(sentence)
        kind = claimant_type(speaker) if speaker else "media"
        if speaker != found and kind != "media" and (kind is not None or speaker[:1].isupper()):
            return speaker
    return found


_IMPERSONAL = re.compile(
    r"^It\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:noted|reported|said|stated|added|understood|specified|"
    r"indicated|emphasi[sz]ed|clarified)\s+that\b"
)
_THEIR_FINDINGS = re.compile(
    r"(?:their|his|her|its)\s+(?:\w+\s+)?(?:information|data|estimates?|sources|findings|calculations|figures|assessment)\b",
    re.I,
)
_DOCUMENT_FROM = re.compile(
    r"(?:[\w-]+\s+){0,4}?(?:report|reports|study|analysis|assessment|data|figures|statistics|documents?|imagery|"
    r"images|photos|footage|records|briefing|survey|research|information|estimates?)\s+"
    r"(?:(?:released|published|compiled|provided|prepared|produced|shared)\s+)?(?:from|by|of)\s+(?:the\s+|a\s+|an\s+)?"
)


_PERSON_SUBJECT = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w’'-]*){1,2})"
    r"(?=,|\s+(?:[a-z]+ed|met|told|said|says|spoke|visited|went|made)\b)"
)


def _person_subject(previous_sentence: str) -> str | None:
    """A named person who is the subject of the previous sentence: "he"/"she" refers to them."""
    m = _PERSON_SUBJECT.match(previous_sentence)
    if not m:
        return None
    name = resolve(m["name"])
    return name if name and claimant_type(name) == "person" else None


def _speaker_of(previous_sentence: str) -> str | None:
    """A named person who speaks in the previous sentence ("..., Mr Park said."): "he" is that person,
    not the institution whose view they relayed."""
    np = _subject_claimant(previous_sentence) if previous_sentence else None
    if np and np[:1].isupper() and claimant_type(np) in (None, "person") and len(np.split()) <= 3:
        return np
    return None


_UNAUTHORED = re.compile(
    r"(?P<doc>(?:[a-z][\w-]*\s+){1,3}(?:data|figures|statistics|records|imagery|analysis|estimates))\b(?!\s+(?:by|of)\b)"
)


def _find_claimant(sentence: str, previous=None, previous_sentence: str = "") -> str | None:
    """The source a sentence attributes its claims to; ``previous`` is the last sentence's claimant,
    ``previous`` may be a callable that works it out on demand; ``previous_sentence`` its text (for "the newspaper said" after "a Japanese newspaper reported").
    Every candidate passes ``agents.resolve``: a time word, determiner or generic noun is never a
    claimant, and the next pattern is tried instead."""
    fallback: str | None = None
    if _IMPERSONAL.match(sentence):  # "It is noted that ...": the account of the source before goes on
        return previous() if callable(previous) else previous
    m = _ACCORDING.search(sentence)
    if m and _THEIR_FINDINGS.match(sentence, m.end()):  # "according to their information"
        return previous() if callable(previous) else previous
    if m:
        np = _np_after(sentence, m.end())
        if np:
            return np
        made = _DOCUMENT_FROM.match(sentence, m.end())
        np = _np_after(sentence, made.end()) if made else None
        if np and claimant_type(np) is not None:  # "citing image analysis from the Harbour Centre"
            return np
        document = _UNAUTHORED.match(sentence, m.end())
        if document and is_agent(document.group("doc").rsplit(" ", 1)[0], headed=False):
            fallback = document.group("doc")  # "according to ship tracking data", if nobody is named
        if re.match(r"(?:him|her|them)\b", sentence[m.end() :], re.I):  # "according to him"
            return previous() if callable(previous) else previous
        named = re.match(r"[\w’'-]+(?:\s+[\w’'-]+)?(?=\s*[,.;]|\s*$)", sentence[m.end() :])
        if named and _ANAPHORIC.match("the " + named.group(0)):  # "according to the agency"
            return _antecedent("the " + named.group(0), previous_sentence) or (
                previous() if callable(previous) else previous
            )
    m = _PASSIVE_BY.search(sentence)
    if m:
        np = _np_after(sentence, m.end())
        if np and (np[0].isupper() or claimant_type(np) is not None or "data" in np.lower()):
            return np
    m = _QUOTE_TAIL.search(sentence)
    if m:
        np = _np_after(sentence, m.end())
        if np:
            return np
    m = _INVERTED.search(sentence)
    if m:  # "Most of the rockets were made in North Korea, reports The Guardian"
        np = _np_after(sentence, m.end())
        if np:
            return np
    m = (
        _FAMILIAR.search(sentence)
        if "familiar" in sentence or "knowledge" in sentence or "briefed" in sentence
        else None
    )
    if m:
        return re.sub(r"^(?:a|an)\s+", "", m.group(0), flags=re.I)
    np = _subject_after_document(sentence)
    if np:
        return np
    m = _AS_NOTED.search(sentence) if "as " in sentence.lower() else None
    if m:
        np = _clean_np(m["who"])
        if np:
            return np
    quoted = _quoted_spans(sentence) if re.search('[“”"]', sentence) else []
    for vm in _VERB_RE.finditer(sentence):
        if _VERB_RE.match(sentence, vm.end() + 1):
            continue  # "Intelligence reports suggest": the first word is a noun
        if quoted and _in_quote(quoted, vm.start()):
            continue
        if _PASSIVE_INFINITIVE.match(sentence, vm.end()):
            continue  # "North Korea believed to have shipped ...": a hedge, not North Korea's belief
        if re.search(
            r"\b(?:an?|the|its|their|his|her|previously|officially|widely)\s+$", sentence[: vm.start()], re.I
        ):
            continue  # "an estimated cost", "the reported figure": an adjective, not a claim
        np = _np_before(sentence, vm.start())
        if np == "<pronoun>":
            if re.search(r"\b(?:he|she)\s+(?:\w+\s+)?$", sentence[: vm.start()], re.I):
                person = _person_subject(previous_sentence) or _speaker_of(previous_sentence)
                if person:  # "Orlov, an adviser, held talks. He said later ..."
                    return person
            return _antecedent(sentence[: vm.start()], previous_sentence) or (
                previous() if callable(previous) else previous
            )
        if np:
            return np
    for hit in gazetteer("claimants").find(sentence):
        if sentence[hit.end : hit.end + 2] in ("'s", "’s"):
            continue  # "the Kremlin's invasion": a possessive names no source
        if hit.row.get("bare_mention_is_source") != "no":  # "Moscow" or "UN sanctions" name no source
            return hit.row["claimant"]
    return fallback


_CLAUSE_BREAK = re.compile(
    r";|\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b|\bhowever\b|\bmeanwhile\b|,\s+which\b|,\s+who\b"
    # ", and fighting has decreased since April": a coordinated clause with a subject and verb of its own
    r"|,\s+and\s+(?=(?:[a-z]+\s+){1,3}(?:has|have|had|is|are|was|were)\s+[a-z]+(?:ed|en|ing)\b)"
    # ", with 2,000 more to follow", ", and thousands more will go": a second figure with its own verb
    r"|,\s+(?:and|with)\s+(?=(?:(?:about|around|some|roughly|nearly|another|a\s+further|up\s+to)\s+)?"
    r"(?:\d[\d,.]*|dozens|hundreds|thousands|tens\s+of\s+thousands)\s+(?:more|additional|others?)\b)",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|never|no longer|denied|denies|deny|refuted|rejected claims)\b", re.I)
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|announced|told \w+|stated|added|promised|pledged)\s+(?:on \w+\s+)?(?:that\s+)?(?:it|they|he|she|the \w+)\s*$",
    re.I,
)
_EXPECTED_THAT = re.compile(
    r"\b(?:expectation|expectations|expects|expected|promise|promised|pledged|agreed)\s+that\s+[\w’' -]{1,40}$",
    re.I,
)
_PRIORITY = {"possible": 2, "planned": 1}
_TIMETABLED = re.compile(
    r"\s+(?:flights?|services?|departures|sailings|trains|runs|passenger\s+flights)\b", re.I
)


@lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every clause break of a sentence (cached: each fact of a sentence asks)."""
    return tuple((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence))


def clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(sentence)
    for b_start, b_end in _clause_breaks(sentence):
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


def status_for(
    sentence: str, anchor: int, anchor_end: int | None = None, whole_clause: bool = False
) -> tuple[str, str | None]:
    """(status, hedge word) for a fact anchored at ``anchor`` (to ``anchor_end``) within ``sentence``."""
    anchor_end = anchor if anchor_end is None else anchor_end
    cs, ce = clause_bounds(sentence, anchor)
    best, word = "reported", None
    hedges = gazetteer("hedges").find(sentence)
    for h in hedges:
        in_clause = (
            cs <= h.start < ce
            and (
                h.start < anchor
                or (
                    (whole_clause or h.start - anchor_end < 25)
                    and not re.search(r"[,;]", sentence[anchor_end : h.start])
                    # "13,000 containers that could hold shells", "6,000 containers with possibly
                    # millions of shells": the hedge is the contents', not the containers' (a
                    # project's sentence, by contrast, speaks of the project as a whole)
                    and (
                        whole_clause
                        or not re.search(
                            r"\b(?:that|which|with|carrying|containing|loaded)\b",
                            sentence[anchor_end : h.start],
                        )
                    )
                )
            )
        )
        # A hedge on the main reporting verb ("Intelligence reports suggest ...") covers the sentence.
        governs = h.start < anchor and h.row["surface"] in ("suggest", "suggests", "fears", "fear", "feared")
        if not (in_clause or governs):
            continue
        status = h.row["status"]
        if h.surface.lower() == "would" and (
            _REPORTED_FUTURE.search(sentence[: h.start]) or _EXPECTED_THAT.search(sentence[: h.start])
        ):
            status = "planned"  # "said it would expand", "in the expectation that it would receive"
        if h.surface.lower() == "may" and (
            re.match(r"\s+\d", sentence[h.end : h.end + 3])
            or (
                h.surface == "May"
                and (h.start > 0 or re.match(r"\s*(?:,|\d|\.|$)", sentence[h.end : h.end + 3]))
            )
            or re.search(
                r"\b(?:in|since|by|until|of|early|late|mid|last|next|this|from|during)\s+$",
                sentence[: h.start],
                re.I,
            )
        ):
            continue  # the month of May ("in May", "May 5"), not the modal verb
        if _TIMETABLED.match(sentence, h.end) and h.surface.lower() == "scheduled":
            continue  # "two scheduled flights a week": flights that run to a timetable, not a plan
        if _PRIORITY.get(status, 0) > _PRIORITY.get(best, 0):
            best, word = status, h.surface
    return best, word


def is_hypothetical(sentence: str, anchor: int) -> bool:
    """A fact inside a conditional ("If Russia transfers ...") is not a claim."""
    return (
        bool(re.match(r"\s*(?:if|unless|should|were)\b", sentence[: max(anchor, 1)], re.I))
        and "," in sentence[anchor:] + sentence[:anchor]
    )


def is_negated(sentence: str, anchor: int) -> bool:
    cs, _ = clause_bounds(sentence, anchor)
    return bool(_NEGATION.search(sentence[cs:anchor]))
