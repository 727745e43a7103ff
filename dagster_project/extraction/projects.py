"""Infrastructure projects named in an article, and which one a sentence talks about.

A project is named by the capitalised words before an infrastructure noun ("Khasan–Tumangang
road crossing", "Khasan checkpoint"), by "<noun> of <Name>" ("port of Rajin" -> "Rajin port"),
or by an apposition ("Zabaikalsk, the major road crossing"). Generic mentions ("the bridge",
"the structure", "annual capacity") refer to the article's main project: the first named project
of the same family as the article's first infrastructure mention.
"""

from __future__ import annotations

import re

from .vocab import Mention

_FAMILY = {"road_bridge": "bridge", "rail_bridge": "bridge", "bridge": "bridge"}
_NOT_NAME = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Its",
    "Their",
    "Our",
    "Once",
    "New",
    "First",
    "Inside",
    "Both",
    "Russia’s",
    "Russia's",
    "Moscow’s",
    "Moscow's",
    "North",
    "Korea’s",
    "Korea's",
    "When",
    "While",
    "In",
    "On",
    "Construction",
    "Work",
    "Building",
    "Major",
    "Main",
    "Key",
    "Direct",
    "Existing",
    "Only",
    "Current",
}
_CUES = re.compile(
    r"\b(?:capacity|cost|length|span|lanes?|measur\w*|kilomet\w*|kilometr\w*|metres|meters|vehicles? (?:per|a|daily)|"
    r"construction|completion|complet\w*|the structure|the project|the crossing|the link|the bridge|the checkpoint|"
    r"the port|the facility|the line|the terminal|operational|budget|worth|expansion|upgrade|moderni[sz]ation|"
    r"financed|funded|investment|traffic|opening|commissioning|key parameters|"
    # the vessel or aircraft serving a route ("the vessel takes 250 passengers")
    r"the vessel|the ship|the ferry|the aircraft|the plane|the liner|"
    # what a vessel named by its own name holds ("the Mangyongbong accommodates 200 passengers")
    r"accommodat\w*|(?:space|room|berths?|seats?)\s+for|cargo\s+holds?|passengers)\b",
    re.I,
)


def _family(ptype: str | None) -> str | None:
    return _FAMILY.get(ptype or "", ptype)


def _title_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7


def project_name(text: str, m: Mention) -> str | None:
    surface = text[m.start : m.end]
    after = re.match(r"\s+of\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)", text[m.end : m.end + 40])
    if after:
        return f"{after.group(1)} {surface.lower()}"
    pre = re.search(r"((?:[A-Z][\w’'.]*(?:[–-][A-Z][\w’'.]*)*\s+){1,4})$", text[: m.start])
    if pre:
        words = pre.group(1).split()
        while words and (words[0] in _NOT_NAME or words[0].endswith(("’s", "'s"))):
            words.pop(0)
        words = [w for w in words if not w.endswith(("’s", "'s"))]
        if words and not all(w in ("Russian", "Korean", "Chinese", "North", "South") for w in words):
            return " ".join([*words, surface])
    if surface[0].isupper() and m.start > 0:
        return None
    ap = re.search(
        r"(?:^|\bthat\s+|,\s+)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$",
        text[: m.start],
    )
    if (
        ap
        and ap.group(1).split()[0] not in _NOT_NAME
        and re.match(
            r"\s*(?:between|in|on|at|of|across|over|near|linking|connecting)?[^,]{0,60},", text[m.end :]
        )
    ):
        return f"{ap.group(1)} {surface}"
    return None


class ProjectTracker:
    """Resolves the project for a position in the current sentence."""

    def __init__(self, sentences: list[str], infra_mentions: list[list[Mention]]):
        self.named: list[tuple[str, str]] = []
        first_family = None
        for text, mentions in zip(sentences, infra_mentions, strict=True):
            for m in mentions:
                if first_family is None:
                    first_family = _family(m.row["project_type"])
                if _title_case(text):
                    continue
                name = project_name(text, m)
                if name:
                    self.named.append((name, m.row["project_type"]))
        self.main = next((n for n in self.named if _family(n[1]) == first_family), None)
        if self.main is None and self.named:
            self.main = self.named[0]
        self.current: tuple[str, str] | None = None
        self.sentence_text = ""
        self.mentions: list[Mention] = []
        self.last_used_at = -10
        self.index = -1

    def start_sentence(self, index: int, text: str, mentions: list[Mention]) -> None:
        self.index, self.sentence_text, self.mentions = index, text, mentions

    def __call__(self, _analysis, pos: int) -> tuple[str | None, str | None]:
        text = self.sentence_text
        if _title_case(text):
            return None, None
        before = [m for m in self.mentions if m.start <= pos]
        candidates = before or self.mentions
        if candidates:
            m = before[-1] if before else candidates[0]
            name = project_name(text, m)
            ptype = m.row["project_type"]
            if name:
                chosen = (name, ptype)
            elif self.main and (_family(ptype) == _family(self.main[1]) or ptype in ("road",)):
                chosen = self.main
            else:
                chosen = (self._generic_name(text, m), ptype)
            self.current, self.last_used_at = chosen, self.index
            return chosen
        if _CUES.search(text):
            if self.current is not None and self.index - self.last_used_at <= 2:
                self.last_used_at = self.index
                return self.current
            if self.main is not None:
                return self.main
        return None, None

    @staticmethod
    def _generic_name(text: str, m: Mention) -> str:
        tail = re.match(
            r"\s+(?:across|over|on|at|in|between)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*",
            text[m.end : m.end + 50],
        )
        return text[m.start : m.end].lower() + (tail.group(0) if tail else "")
