"""Where an infrastructure project stands: ``location_countries`` (ISO3, sorted, comma-joined).

The places in the project's own name come first ("Khasan–Tumangang road bridge" -> PRK,RUS), then
the places the sentence names, then the countries it names ("China's bridge over the Amur" -> CHN).
A project that stands only in a third country is a comparison, not this cooperation's
infrastructure (``is_third_country``). Examples: ``tests/corpus/infrastructure.py``.
"""

from __future__ import annotations

import re

from .vocab import gazetteer

PAIR = {"RUS", "PRK"}
_COMPARISON = re.compile(
    r"\b(?:by comparison|in comparison|for comparison|compared (?:with|to)|similar to|unlike|dwarfs|dwarfed)\b",
    re.I,
)


def _codes(mentions) -> set[str]:
    return {m.row["iso3"] for m in mentions if m.row.get("iso3")}


def location_countries(project: str | None, sentence: str, anchor: int) -> str | None:
    """ISO3 codes of the countries the project of a figure at ``anchor`` stands in, or None."""
    codes: set[str] = set()
    if project:
        codes = _codes(gazetteer("places").find(project)) | _codes(gazetteer("countries").find(project))
    if not codes:
        codes = _codes(gazetteer("places").find(sentence))
    if not codes:
        codes = _codes(gazetteer("countries").find(sentence))
        if codes - PAIR and codes & PAIR:
            # "China's bridge ... while Russia ...": the country whose name is closest before the figure
            before = [m for m in gazetteer("countries").find(sentence) if m.end <= anchor]
            codes = {before[-1].row["iso3"]} if before else codes & PAIR
    return ",".join(sorted(codes)) or None


def is_third_country(location: str | None, sentence: str, anchor: int) -> bool:
    """A figure for a project in neither Russia nor North Korea, or one introduced as a comparison."""
    if location and not set(location.split(",")) & PAIR:
        return True
    clause_start = max(sentence.rfind(";", 0, anchor), sentence.rfind(",", 0, anchor), anchor - 60, 0)
    return _COMPARISON.search(sentence, clause_start, anchor) is not None
