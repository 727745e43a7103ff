"""Numbers as intervals: digits, scale words, number words, ranges, qualifiers and vague amounts.

``find_quantities(text)`` returns every numeric expression in a sentence as a ``Quantity``
with a central value (null for vague amounts such as "thousands of") and low/high bounds:

* "over 3 million" -> value 3e6, low 3e6;  "up to 260,000" -> value 2.6e5, high 2.6e5
* "between 3 and 5 million" -> 3e6..5e6 (the scale is shared); "70-90%" -> 70..90, percent
* "3,2 km" (decimal comma), "10 000", "40-thousand", "twenty-five thousand", "$110m"
* "dozens of", "tens of thousands of" -> an interval with value None
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .memo import text_memo
from .vocab import tokenize

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
WORD_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

_NUMWORD = "|".join(sorted([*UNITS, *TENS, *WORD_SCALES, "dozen"], key=len, reverse=True))
_DIGITS = (
    r"\d{1,3}(?:(?:,|[\u202f\u2009\u00a0])\d{3})+(?:\.\d+)?(?!\d)"  # 1,000  1 000 (thin/nbsp)
    r"|\d{1,3}(?: \d{3})+(?![\d,.])"  # 10 000 (plain space)
    r"|\d{1,3}(?:\.\d{3}){2,}(?!\d)"  # 1.000.000
    r"|\d+,\d{1,2}(?!\d)"  # 3,2 (decimal comma)
    r"|\d+(?:\.\d+)?"
)
_ATOM = re.compile(
    rf"(?<![\w.,/^])(?<![A-Za-z]-)(?<!\*\*)"  # not an exponent: 10^100, 10**100
    rf"(?:(?P<digits>{_DIGITS})|(?P<words>(?:an?\s+)?(?:{_NUMWORD})(?:(?:[\s-]+(?:and\s+)?)(?:{_NUMWORD}))*))"
    rf"(?:(?:\s*-\s*|\s+|(?<=\d))(?P<scale>thousand|million|billion|trillion|mln|mn|bln|bn|tn|k)(?![\w]))?"
    rf"(?![\w^])(?!\*\*)(?!\.\d)",  # not a base or mantissa: 10^100, 10**100, 2.5e6
    re.IGNORECASE,
)
# A cheap test: no digit and no number word means no quantity (skips most sentences).
_ANY_NUMBER = re.compile(
    rf"\d|(?i:\b(?:{_NUMWORD}|dozens|hundreds|thousands|millions|billions|scores|half|third|thirds|quarters?)\b)"
)
_A_DIGIT = re.compile(r"\d")
_PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pct\b)", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|or)\s*$", re.IGNORECASE)
_VAGUE = re.compile(
    # "thousands of troops", and "thousands more troops" (more of them, as many again); a headline's
    # "Thousand of workers" without a number before it is the plural misspelt
    r"(?<![\w])(?:(?P<mult>tens|hundreds)\s+of\s+)?"
    r"(?P<scale>dozens|scores|hundreds|thousands|millions|billions|hundred|thousand|million|billion)\s+(?:of|more)(?![\w])"
    r"|(?<![\w])(?P<few>several|a\s+few|a\s+couple\s+of|some|a\s+number\s+of)\s+(?P<fscale>dozen|hundred|thousand|million)(?![\w])",
    re.IGNORECASE,
)
_VAGUE_BASE = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
}
_FRACTIONS = {
    "half": 50.0,
    "a half": 50.0,
    "one half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "two thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "three quarters": 75.0,
}
# "half of", "a third of": a share, read as a percentage
_FRACTION = re.compile(
    r"(?<![\w])(?P<frac>(?:a|one)?\s*half|(?:a|one)\s+third|two[\s-]+thirds|(?:a|one)\s+quarter|three[\s-]+quarters)\s+(?=of\b)",
    re.I,
)
_LOW_QUALIFIERS = (
    "more than",
    "over",
    "above",
    "at least",
    "in excess of",
    "no fewer than",
    "no less than",
    "upwards of",
    "exceeding",
    "exceeds",
    "exceeded",
    "a minimum of",
    "over the",
)
_HIGH_QUALIFIERS = (
    "up to",
    "as many as",
    "as much as",
    "nearly",
    "almost",
    "under",
    "less than",
    "fewer than",
    "at most",
    "no more than",
    "close to",
    "just under",
    "a maximum of",
    "not more than",
)
_APPROX_QUALIFIERS = (
    "about",
    "some",
    "around",
    "roughly",
    "approximately",
    "approx.",
    "an estimated",
    "estimated",
    "circa",
    "~",
    "an approximate",
    "at an estimated",
    "almost exactly",
)


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    percent: bool = False
    vague: bool = False
    approximate: bool = False
    is_year: bool = False
    has_scale: bool = False
    number_start: int = 0  # where the digits begin (after any qualifier)

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start, self.end


def parse_digits(raw: str) -> float:
    s = raw.replace("\u202f", "").replace("\u2009", "").replace("\u00a0", "")
    if re.fullmatch(r"\d+,\d{1,2}", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):
        return float(s.replace(".", ""))
    return float(s.replace(",", "").replace(" ", ""))


def parse_words(raw: str) -> float | None:
    words = [w for w in re.split(r"[\s-]+", raw.lower()) if w and w != "and"]
    total, current = 0.0, 0.0
    seen = False
    previous = None
    for word in words:
        if word in ("a", "an"):
            current = max(current, 1)
        elif word in UNITS or word in TENS:
            if previous in ("a", "an"):
                current -= 1  # "an eighteen-car train" is eighteen: the article counts only before a scale
            current += UNITS.get(word, 0) + TENS.get(word, 0)
            seen = True
        elif word == "dozen":
            current = (current or 1) * 12
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in WORD_SCALES:
            total += (current or 1) * WORD_SCALES[word]
            current = 0
            seen = True
        previous = word
    return total + current if seen else None


def _qualifier_pattern(words) -> re.Pattern:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})\s*$")


_QUALIFIER_PATTERNS = (
    ("low", _qualifier_pattern(_LOW_QUALIFIERS)),
    ("high", _qualifier_pattern(_HIGH_QUALIFIERS)),
    ("approx", _qualifier_pattern(_APPROX_QUALIFIERS)),
)
_CURRENCY_TAIL = re.compile(r"(?:US\$|\$|€|₽|£|RUB|USD|EUR|CNY|KRW)\s*$")


def _qualifier(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier word(s) right before ``start`` and where they begin."""
    wstart = max(0, start - 28)
    window = text[wstart:start]
    cur = _CURRENCY_TAIL.search(window)
    if cur:  # "around $110 million": the qualifier stands before the currency sign
        window = window[: cur.start()]
    low = window.lower()
    for kind, pattern in _QUALIFIER_PATTERNS:
        m = pattern.search(low)
        if m:
            return kind, wstart + m.start()
    return None, start


_MEASURE_AFTER = re.compile(
    r"\s+(?:kilomet(?:re|er)s?|km|metres?|meters?|miles?|tonnes?|tons?|barrels?|lanes?)\b", re.I
)


# Where a figure can start: a word token that begins with a digit, is "a"/"an" or a number word
# (the pattern's look-behind allows no word character before it). The pattern is tried at those
# tokens only, which finds what a scan of every position finds (speed). A text with one of the four
# letters that case-insensitive matching equates with an ASCII letter (dotted and dotless i, long s,
# the Kelvin sign) is scanned in full.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_ATOM_FIRST_WORDS = frozenset(["a", "an", *UNITS, *TENS, *WORD_SCALES, "dozen"])
# The vague and fractional amounts need one of these in the lower-cased text.
_VAGUE_CUES = ("dozen", "score", "hundred", "thousand", "million", "billion")
_FRACTION_CUES = ("half", "third", "quarter")


def _atom_matches(text: str):
    if _FOLDS_TO_ASCII.search(text):
        yield from _ATOM.finditer(text)
        return
    tokens, lowered, starts, _ = tokenize(text)
    reached = 0
    for token, low, start in zip(tokens, lowered, starts, strict=True):
        if start < reached or not (token[0].isdigit() or low in _ATOM_FIRST_WORDS):
            continue
        m = _ATOM.match(text, start)
        if m:
            reached = m.end()
            yield m


def _may_hold(text: str, cues: tuple[str, ...]) -> bool:
    if _FOLDS_TO_ASCII.search(text):
        return True
    low = text.lower()
    return any(cue in low for cue in cues)


def _atoms(text: str):
    for m in _atom_matches(text):
        if m.group("digits"):
            base = parse_digits(m.group("digits"))
        else:
            base = parse_words(m.group("words"))
            if base is None:
                continue
            # "a" / "one" alone is too weak to be a figure unless a scale or a unit of measure
            # follows ("one million shells", "one kilometre long").
            if (
                m.group("words").strip().lower() in ("a", "an", "one")
                and not m.group("scale")
                and not (m.group("words").strip().lower() == "one" and _MEASURE_AFTER.match(text, m.end()))
            ):
                continue
        scale = m.group("scale")
        factor = SCALES[scale.lower()] if scale else 1.0
        yield m, base, factor, bool(scale)


_PLUS = re.compile(r"(?:-plus\b|\s+plus\b(?=\s+[a-z])|\+(?!\w))")


def find_quantities(text: str) -> list[Quantity]:
    """Every numeric or vague amount in ``text``, left to right, ranges merged."""
    return list(_find_quantities(text))


@text_memo()
def _find_quantities(text: str) -> tuple[Quantity, ...]:
    if _A_DIGIT.search(text) is None and _ANY_NUMBER.search(text) is None:  # a digit first: cheaper
        return ()
    vague = list(_VAGUE.finditer(text)) if _may_hold(text, _VAGUE_CUES) else []
    vague_spans = [(m.start(), m.end()) for m in vague]
    atoms = [a for a in _atoms(text) if not any(s <= a[0].start() < e for s, e in vague_spans)]
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        m, base, factor, has_scale = atoms[i]
        start, end = m.start(), m.end()
        low_v = high_v = base * factor
        is_range = False
        if i + 1 < len(atoms):
            m2, base2, factor2, scale2 = atoms[i + 1]
            between = text[end : m2.start()]
            if _RANGE_JOIN.fullmatch(between) and (between.strip() in "-–—" or len(between) <= 6):
                first_factor = factor
                if not has_scale and scale2:
                    first_factor = factor2
                elif (
                    not has_scale
                    and not scale2
                    and base < 1000 <= base2
                    and "," in (m2.group("digits") or "")
                ):
                    if base * 1000 <= base2 and base * 1000 * 10 > base2:
                        first_factor = 1000.0  # "5 to 7,000" shares the thousands
                lo, hi = base * first_factor, base2 * factor2
                prefix = text[max(0, start - 10) : start].lower()
                joiner = between.strip().lower()
                if lo < hi and (joiner != "and" or prefix.rstrip().endswith("between")) and joiner != "or":
                    low_v, high_v = lo, hi
                    end = m2.end()
                    has_scale = has_scale or scale2
                    is_range = True
                    i += 1
        percent = False
        pm = _PERCENT.match(text, end)
        if pm:
            percent = True
            end = pm.end()
        qualifier, qstart = _qualifier(text, start)
        if is_range:
            bstart = start
            pre = text[max(0, start - 12) : start].lower()
            mb = re.search(r"(?:between|from)\s*$", pre)
            if mb:
                bstart = start - (len(pre) - mb.start())
            q = Quantity(
                bstart,
                end,
                (low_v + high_v) / 2,
                low_v,
                high_v,
                percent=percent,
                has_scale=has_scale,
                number_start=start,
            )
        else:
            value = low_v
            raw_digits = m.group("digits") or ""
            is_year = (
                not has_scale
                and not percent
                and re.fullmatch(r"(19|20)\d\d", raw_digits) is not None
                and not _MEASURE_AFTER.match(text, end)  # "3071 tons of flour" is a figure
            )
            q = Quantity(
                start,
                end,
                value,
                value,
                value,
                percent=percent,
                is_year=is_year,
                has_scale=has_scale,
                number_start=start,
            )
            if qualifier == "low":
                q = replace(q, start=qstart, high=None)
            elif qualifier == "high":
                q = replace(q, start=qstart, low=None)
            elif qualifier == "approx":
                q = replace(q, start=qstart, approximate=True)
            plus = _PLUS.match(text, q.end)
            if plus and q.high is not None and not is_year:
                q = replace(q, end=plus.end(), high=None)  # "the 10,000-plus soldiers": at least 10,000
        out.append(q)
        i += 1
    for m in vague:
        if m.group("scale"):
            base = _VAGUE_BASE[m.group("scale").lower()]
            if m.group("mult"):
                base *= 10 if m.group("mult").lower() == "tens" else 100
            lo, hi = base * 2, base * 10 - 1 if base >= 100 else base * 10 - 1
            if m.group("scale").lower() == "dozens":
                lo, hi = 24, 99
        else:
            unit = 12 if m.group("fscale").lower() == "dozen" else WORD_SCALES[m.group("fscale").lower()]
            lo, hi = unit * 2, unit * 9
        if any(q.start <= m.start() < q.end or m.start() <= q.start < m.end() for q in out):
            continue
        out.append(
            Quantity(m.start(), m.end(), None, float(lo), float(hi), vague=True, number_start=m.start())
        )
    for m in _FRACTION.finditer(text) if _may_hold(text, _FRACTION_CUES) else ():
        if any(q.start <= m.start() < q.end for q in out):
            continue
        value = _FRACTIONS[re.sub(r"[\s-]+", " ", m.group("frac").lower())]
        out.append(Quantity(m.start(), m.end(), value, value, value, percent=True, number_start=m.start()))
    out.sort(key=lambda q: q.start)
    return tuple(out)
