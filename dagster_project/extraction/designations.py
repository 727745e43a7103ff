"""Figures that are not what they look like, read before slot filling.

* Calibres and model designations are names, not quantities: "155-millimetre shells", "122 mm
  rockets", "a 240-calibre gun", "M-46", "KN-25", "M1991" name a kind of item, never a count.
* "m", "mn" and "mt" after a number before goods mean million: "5 m tonnes of wheat",
  "2 mt of coal", "3mn barrels" (metres need a length context, which goods are not).
* Widths, heights and depths are not lengths: "12 metres wide", "a depth of 20 m".
Examples: ``tests/corpus/figures.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .numbers import Quantity
from .vocab import Mention

_CALIBRE_AFTER = re.compile(
    r"\s*-?\s*(?:mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|calibre|caliber|-?inch|in\.)(?![\w])", re.I
)
_DESIGNATION_AFTER = re.compile(r"-?[A-Z]{1,3}\d*(?![\w])")  # "9K720", "240-MLRS"
_DESIGNATION_BEFORE = re.compile(r"(?<![\w])[A-Z][A-Za-z]{0,4}-?\s?$")  # "M-46", "KN 25", "Kh-101"
_GOODS = r"(?:tonnes|tons|metric\s+tons|t|barrels|bbl|litres|liters|cubic\s+met(?:er|re)s|shells|rounds)"
_MILLION_BEFORE_GOODS = re.compile(rf"\s*(?:mn|m)(?!t\b)(?=\s*(?:of\b|{_GOODS}\b))", re.I)
_IN_DESIGNATION = re.compile(r"-?\d")
_MT_AFTER = re.compile(r"\s*mt(?![\w])", re.I)
_GLUED_MT = re.compile(r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?)(?P<unit>mt|mmt)(?![\w])", re.I)
# "28,000t", "6,500bbl": a figure glued to its tonnes or barrels (one token, a figure and a unit)
_GLUED_UNIT = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<unit>t|bbl|bpd|km|kms)(?![\w/²])"
)
_GLUED_ROWS = {
    "t": {"surface": "t", "unit": "tonne", "dimension": "weight"},
    "bbl": {"surface": "bbl", "unit": "barrel", "dimension": "volume"},
    "bpd": {"surface": "bpd", "unit": "barrel", "dimension": "volume"},
    "km": {"surface": "km", "unit": "km", "dimension": "length"},  # "the 54km line"
    "kms": {"surface": "kms", "unit": "km", "dimension": "length"},
}
_CROSS_DIMENSION = re.compile(
    r"\s*(?:m|metres|meters|km|kilomet(?:er|re)s|ft|feet)?\s+(?:wide|high|tall|deep|thick)\b", re.I
)
# "a depth of 20 m", "the deck's width will be 9 m", "its height: 12 m"
_CROSS_DIMENSION_BEFORE = re.compile(
    r"\b(?:width|height|depth|clearance|thickness|draught|draft)\b"
    r"(?:\s+of\s+(?:the\s+|its\s+)?[^\s,.;:]+(?:\s+[^\s,.;:]+){0,7}?(?=\s+(?:is|was|will|would|stands|measures)\b))?"
    r"\s*(?:(?:is|was|will\s+be|would\s+be|stands\s+at|measures|of|at|:)\s*)?"
    r"(?:about\s+|some\s+|around\s+|roughly\s+|approximately\s+)?$",
    re.I,
)


def is_designation(text: str, q: Quantity) -> bool:
    """A calibre or a model designation ("155-millimetre", "M-46", "KN-25")."""
    if q.percent or q.vague:
        return False
    if _CALIBRE_AFTER.match(text, q.end):
        return True
    if q.start == q.number_start and _DESIGNATION_BEFORE.search(text[max(0, q.start - 6) : q.start]):
        before = text[max(0, q.start - 6) : q.start]
        if re.search(r"[a-z]\s$", before) or re.match(r"\d{1,3},\d{3}", text[q.start : q.end]):
            return False  # "sent North Korea 50,000 tonnes": a word and a count, not "KN 25" or "Kh-101"
        return bool(re.search(r"[A-Z][A-Za-z]{0,4}(?:-|\s)?$", before)) and not re.search(
            r"(?:^|\s)(?:A|I|An)\s?$", before
        )
    return False


def is_cross_dimension(text: str, q: Quantity) -> bool:
    """A width, height or depth ("12 metres wide", "a depth of 20 m")."""
    return bool(_CROSS_DIMENSION.match(text, q.end)) or bool(
        _CROSS_DIMENSION_BEFORE.search(text[max(0, q.start - 80) : q.start])
    )


def reread(
    text: str, quantities: list[Quantity], units: list[Mention]
) -> tuple[list[Quantity], list[Mention]]:
    """Drop designations and cross dimensions; scale "5 m tonnes" to millions (and drop the "m" unit);
    split a figure glued to its unit ("28,000t")."""
    units = [u for u in units if not _IN_DESIGNATION.match(text, u.end)]  # the "M" of "M-46" is no metre
    out: list[Quantity] = []
    scale_spans: list[tuple[int, int]] = []
    for q in quantities:
        if is_designation(text, q) or is_cross_dimension(text, q):
            continue
        if not q.has_scale and not q.percent and q.value is not None:
            m = _MILLION_BEFORE_GOODS.match(text, q.end)
            if m or _MT_AFTER.match(text, q.end):
                end = m.end() if m else q.end  # "2 mt": the unit mention stays after the figure
                if m:
                    scale_spans.append((m.start(), m.end()))
                q = replace(
                    q,
                    value=q.value * 1e6,
                    low=None if q.low is None else q.low * 1e6,
                    high=None if q.high is None else q.high * 1e6,
                    end=end,
                    has_scale=True,
                )
        out.append(q)
    for m in _GLUED_MT.finditer(text):  # "2mt of coal": one token, two meanings
        if any(q.start <= m.start() < q.end for q in out):
            continue
        value = float(m["n"]) * 1e6
        out.append(
            Quantity(m.start(), m.start("unit"), value, value, value, has_scale=True, number_start=m.start())
        )
        units = [
            *units,
            Mention(
                m.start("unit"), m.end(), m["unit"], {"surface": "mt", "unit": "tonne", "dimension": "weight"}
            ),
        ]
        out.sort(key=lambda q: q.start)
        units.sort(key=lambda u: u.start)
    for m in _GLUED_UNIT.finditer(text):
        out = [q for q in out if not (m.start() <= q.start < m.end())]  # "28" of "28,000t"
        value = float(m["n"].replace(",", ""))
        out.append(Quantity(m.start(), m.start("unit"), value, value, value, number_start=m.start()))
        units = [*units, Mention(m.start("unit"), m.end(), m["unit"], _GLUED_ROWS[m["unit"]])]
        out.sort(key=lambda q: q.start)
        units.sort(key=lambda u: u.start)
    if scale_spans:
        kept = []
        for u in units:
            inside = any(s <= u.start < e for s, e in scale_spans)
            if not inside:
                kept.append(u)
        units = kept
    return out, units
