"""A small TIMEX-style temporal grammar: finds date expressions and resolves them.

Absolute expressions ("October 14, 2025", "March 2024", "in 2024", "Q3 2025", "mid-2026",
"the 1950s") resolve on their own. Relative ones ("last June", "since October", "last month",
"earlier this year", "eight months later", "three weeks ago") resolve against the article's
publication date, or against the previous date in the text for "... later"; with no
publication date they stay unresolved (None) rather than being guessed.
Each resolved expression carries a period (start, end) and a precision:
day, month, quarter, half, year or decade.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .memo import text_memo
from .numbers import UNITS, parse_words
from .vocab import tokenize

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?:19|20)\d\d"
_MEASURE_AFTER = (
    r"\s+(?:tons?|tonnes?|barrels?|km|kilomet(?:re|er)s?|metres?|meters?|miles?|containers?|wagons?)\b"
)
_NUMW = r"(?:\d+|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r"|twenty|thirty|a|an|a few|several)"
_PREP = r"(?:(?P<prep>(?i:since|by|until|till|from|in|on|during|before|after|as early as|as of|through|throughout|starting|beginning|between|at the end of|at the start of|by the end of|in early|in late|in mid))\s+)?"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    (
        "so_far",
        re.compile(
            r"(?:so far|to date|thus far)\s+this\s+year|this\s+year\s+so\s+far|year\s+to\s+date", re.I
        ),
    ),
    ("iso", re.compile(rf"{_PREP}(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")),
    (
        "mdy",
        re.compile(rf"{_PREP}(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR})(?!\d)"),
    ),
    (
        "dmy",
        re.compile(
            rf"{_PREP}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})(?!\d)"
        ),
    ),
    (
        "month_range",
        re.compile(
            rf"{_PREP}(?P<mon>{_MONTH})\s+(?:or|and|to|-|–)\s+(?P<mon2>{_MONTH})(?:\s+(?P<y>{_YEAR}))?(?![\w])"
        ),
    ),
    (
        "my",
        re.compile(
            rf"{_PREP}(?:(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+)?(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})(?!\d)"
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"{_PREP}(?:the\s+)?(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?|Q(?P<qd>[1-4])\s*)(?P<y>{_YEAR})(?!\d)",
            re.I,
        ),
    ),
    (
        "half",
        re.compile(
            rf"{_PREP}(?:the\s+)?(?:(?P<hn>first|second|1st|2nd)\s+half\s+(?:of\s+)?|H(?P<hd>[12])\s*)(?P<y>{_YEAR})(?!\d)",
            re.I,
        ),
    ),
    (
        "part_year",
        re.compile(
            rf"{_PREP}(?:the\s+)?(?P<part>early|mid|middle|late|end|beginning|start)(?:[\s-]+of)?[\s-]+(?P<y>{_YEAR})(?!\d)",
            re.I,
        ),
    ),
    ("decade", re.compile(rf"{_PREP}(?:the\s+)?(?P<dec>(?:19|20)\d0)['’]?s(?![\w])")),
    # not a figure before a unit of measure ("3071 tons of flour")
    (
        "year",
        re.compile(
            rf"{_PREP}(?:the\s+(?:year|end\s+of)\s+)?(?<![\w-])(?P<y>{_YEAR})(?![\d\w%])(?!{_MEASURE_AFTER})"
        ),
    ),
    (
        "rolling",
        re.compile(
            rf"(?:over|within|in|during)\s+the\s+(?:next|coming)\s+(?:(?P<n>{_NUMW})\s+)?(?P<unit>years?|months?|weeks?)(?![\w])",
            re.I,
        ),
    ),
    (
        "part_rel",
        re.compile(
            r"(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<part>quarter|half)(?!\s+(?:of\s+)?(?:19|20)\d\d)(?![\w])",
            re.I,
        ),
    ),
    (
        "md",
        re.compile(rf"{_PREP}(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d\w])(?!,?\s*\d{{4}})"),
    ),
    (
        "rel_month",
        re.compile(
            rf"(?P<prep>last|this|next|since|in|by|until|from|as\s+early\s+as|during|early|late|mid|in\s+early|in\s+late|in\s+mid)[\s-]+(?P<mon>{_MONTH})(?:\s+(?:of\s+)?(?P<yref>last|this|next)\s+year)?(?![\w])(?!\s+\d)",
            re.I,
        ),
    ),
    (
        "rel_unit",
        re.compile(
            r"(?<![\w])(?P<prep>last|this|next|past|previous|coming|earlier\s+this|later\s+this|since\s+last|by\s+next|by\s+the\s+end\s+of\s+this|by\s+the\s+end\s+of\s+the|by\s+the\s+end\s+of\s+next|at\s+the\s+end\s+of\s+last|at\s+the\s+end\s+of\s+the)\s+(?P<unit>week(?:end)?|month|year|quarter|summer|winter|spring|autumn|fall)(?![\w])",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            rf"(?P<n>{_NUMW})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>ago|earlier|later|before|after)(?![\w])",
            re.I,
        ),
    ),
    ("present", re.compile(r"(?<![\w])(?:now|currently|at present|at the moment)(?![\w])", re.I)),
    (
        "deictic",
        re.compile(
            r"(?P<word>yesterday|today|this\s+morning|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\w])",
            re.I,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    period_start: date | None
    period_end: date | None
    precision: str | None
    prep: str | None
    relative: bool


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _month_no(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _count(token: str) -> int:
    token = token.lower()
    if token.isdigit():
        return int(token)
    if token in ("a", "an"):
        return 1
    if token in ("a few", "several"):
        return 3
    return int(parse_words(token) or 1)


def _resolve(kind: str, m: re.Match, pub: date | None, anchor: date | None, future: bool):
    """(start, end, precision, relative) for one match, or None when it cannot be resolved."""
    g = m.groupdict()
    if kind == "iso":
        d = date(int(g["y"]), int(g["m"]), int(g["d"]))
        return d, d, "day", False
    if kind in ("mdy", "dmy"):
        y, mo, dd = int(g["y"]), _month_no(g["mon"]), int(g["d"])
        if not 1 <= dd <= calendar.monthrange(y, mo)[1]:
            return None
        d = date(y, mo, dd)
        return d, d, "day", False
    if kind == "my":
        y, mo = int(g["y"]), _month_no(g["mon"])
        return date(y, mo, 1), _month_end(y, mo), "month", False
    if kind == "month_range":
        mo, mo2 = _month_no(g["mon"]), _month_no(g["mon2"])
        if g.get("y"):
            y = int(g["y"])
        elif pub is None:
            return None
        else:
            y = pub.year
            if not future and mo > pub.month:
                y -= 1
        y2 = y + (1 if mo2 < mo else 0)
        return date(y, mo, 1), _month_end(y2, mo2), "month", not g.get("y")
    if kind == "quarter":
        q = (
            int(g["qd"])
            if g.get("qd")
            else {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[
                g["qn"].lower()
            ]
        )
        y = int(g["y"])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter", False
    if kind == "half":
        h = int(g["hd"]) if g.get("hd") else (1 if g["hn"].lower() in ("first", "1st") else 2)
        y = int(g["y"])
        return (
            (date(y, 1, 1), date(y, 6, 30), "half", False)
            if h == 1
            else (date(y, 7, 1), date(y, 12, 31), "half", False)
        )
    if kind == "part_year":
        y, part = int(g["y"]), g["part"].lower()
        if part in ("early", "beginning", "start"):
            return date(y, 1, 1), date(y, 6, 30), "half", False
        if part in ("late", "end"):
            return date(y, 7, 1), date(y, 12, 31), "half", False
        return date(y, 6, 30), date(y, 6, 30), "half", False
    if kind == "decade":
        y = int(g["dec"])
        return date(y, 1, 1), date(y + 9, 12, 31), "decade", False
    if kind == "year":
        y = int(g["y"])
        return date(y, 1, 1), date(y, 12, 31), "year", False
    if pub is None:
        if kind == "ago" and g["dir"].lower() in ("later", "after") and anchor is not None:
            pass
        else:
            return None
    if kind == "rel_unit":
        prep = re.sub(r"\s+", " ", g["prep"].lower())
        unit = g["unit"].lower()
        shift = {
            "last": -1,
            "past": -1,
            "previous": -1,
            "since last": -1,
            "at the end of last": -1,
            "this": 0,
            "earlier this": 0,
            "later this": 0,
            "by the end of the": 0,
            "at the end of the": 0,
            "by the end of this": 0,
            "next": 1,
            "coming": 1,
            "by next": 1,
            "by the end of next": 1,
        }[prep]
        if unit in ("week", "weekend"):
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
            if unit == "weekend":
                sat = monday + timedelta(days=5)
                return sat, sat + timedelta(days=1), "day", True
            return monday, monday + timedelta(days=6), "day", True
        if unit == "month":
            first = _add_months(date(pub.year, pub.month, 1), shift)
            if prep == "earlier this":
                return first, pub, "month", True
            return first, _month_end(first.year, first.month), "month", True
        if unit == "quarter":
            q0 = (pub.month - 1) // 3
            first = _add_months(date(pub.year, 3 * q0 + 1, 1), 3 * shift)
            last = _add_months(first, 2)
            return first, _month_end(last.year, last.month), "quarter", True
        if unit in ("summer", "winter", "spring", "autumn", "fall"):
            months = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[unit]
            y = pub.year + shift
            if shift == 0 and not future and months > pub.month:
                y -= 1
            first = date(y, months, 1)
            last = _add_months(first, 2)
            return first, _month_end(last.year, last.month), "quarter", True
        y = pub.year + shift
        if prep == "earlier this":
            return date(y, 1, 1), pub, "year", True
        if prep == "later this":
            return pub, date(y, 12, 31), "year", True
        if prep == "since last":
            return date(y, 1, 1), pub, "year", True
        return date(y, 1, 1), date(y, 12, 31), "year", True
    if kind == "so_far":
        return date(pub.year, 1, 1), pub, "year", True
    if kind == "present":
        return None  # "now": marks the present, so a nearer date elsewhere in the clause is not taken
    if kind == "rolling":
        plural = g["unit"].lower().endswith("s")
        n = _count(g["n"]) if g.get("n") else (3 if plural else 1)  # "in the coming months": a few
        unit = g["unit"].lower().rstrip("s")
        if unit == "year":
            return pub, _add_months(pub, 12 * n), "year", True
        if unit == "month":
            return pub, _add_months(pub, n), "month", True
        return pub, pub + timedelta(weeks=n), "day", True
    if kind == "part_rel":
        order = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[
            g["ord"].lower()
        ]
        months = 3 if g["part"].lower() == "quarter" else 6
        if months == 6 and order > 2:
            return None
        first = date(pub.year, months * (order - 1) + 1, 1)
        if first > pub and not future:
            first = date(pub.year - 1, first.month, 1)
        last = _add_months(first, months - 1)
        return first, _month_end(last.year, last.month), "quarter" if months == 3 else "half", True
    if kind == "md":
        mo, dd = _month_no(g["mon"]), int(g["d"])
        y = pub.year
        if not future and (mo, dd) > (pub.month, pub.day):
            y -= 1
        d = date(y, mo, dd)
        return d, d, "day", True
    if kind == "rel_month":
        prep = re.sub(r"\s+", " ", g["prep"].lower())
        mo = _month_no(g["mon"])
        if g.get("yref"):
            y = pub.year + {"last": -1, "this": 0, "next": 1}[g["yref"].lower()]
            return date(y, mo, 1), _month_end(y, mo), "month", True
        if prep == "last":
            y = pub.year - 1
        elif prep == "next":
            y = pub.year + (1 if mo <= pub.month else 0)
        elif prep in ("as early as", "by", "until") or future:
            y = pub.year + (1 if mo < pub.month else 0)
        else:  # this, since, in, from, during: the most recent such month
            y = pub.year if mo <= pub.month else pub.year - 1
        return date(y, mo, 1), _month_end(y, mo), "month", True
    if kind == "ago":
        n = _count(g["n"])
        unit = g["unit"].lower().rstrip("s")
        direction = g["dir"].lower()
        base = pub
        sign = -1
        if direction in ("later", "after"):
            if anchor is None:
                return None
            base, sign = anchor, 1
        elif direction in ("earlier", "before") and anchor is not None:
            base = anchor
        if unit == "day":
            d = base + timedelta(days=sign * n)
            return d, d, "day", True
        if unit == "week":
            d = base + timedelta(weeks=sign * n)
            return d, d, "day", True
        if unit == "month":
            d = _add_months(base, sign * n)
            return date(d.year, d.month, 1), _month_end(d.year, d.month), "month", True
        y = base.year + sign * n
        return date(y, 1, 1), date(y, 12, 31), "year", True
    if kind == "deictic":
        word = g["word"].lower()
        if word.startswith("yesterday"):
            d = pub - timedelta(days=1)
            return d, d, "day", True
        if word.startswith("on "):
            wd = WEEKDAYS.index(word[3:].strip())
            delta = (pub.weekday() - wd) % 7
            d = pub - timedelta(days=delta)
            return d, d, "day", True
        return pub, pub, "day", True
    return None


_DIGIT = re.compile(r"\d")
# A cheap test per pattern, read off the sentence's word tokens (tokenised once for every
# gazetteer): skip the full pattern when the sentence cannot contain it. A test may let through a
# sentence the pattern then rejects ("far" for "so far"), never the reverse.
_MONTH_PREFIXES = frozenset(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)
_TRIGGER_WORDS: dict[str, frozenset[str]] = {
    "quarter": frozenset(("quarter",)),  # and "Q1" to "Q4" at a word's start, in _triggered
    "half": frozenset(("half", "h1", "h2")),
    "part_year": frozenset(("early", "mid", "middle", "late", "end", "beginning", "start")),
    "rel_unit": frozenset(("last", "this", "next", "past", "previous", "coming", "end")),
    "rolling": frozenset(("next", "coming")),
    "so_far": frozenset(("far", "date")),
    "present": frozenset(("now", "currently", "present", "moment")),
    "part_rel": frozenset(("quarter", "half")),
    "ago": frozenset(("ago", "earlier", "later", "before", "after")),
    "deictic": frozenset(("yesterday", "today", "morning", *WEEKDAYS)),
}
_QUARTER_PREFIXES = frozenset(("q1", "q2", "q3", "q4"))
_MONTH_KINDS = frozenset(("mdy", "dmy", "my", "month_range", "rel_month"))
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_DECADE = re.compile(r"\d0['’]?s\b")


def _triggered(text: str, has_digit: bool) -> set[str]:
    """The kinds whose cheap test ``text`` passes (kinds without a test are not listed)."""
    lowered = tokenize(text)[1]
    words = set(lowered)
    kinds = {kind for kind, cues in _TRIGGER_WORDS.items() if not words.isdisjoint(cues)}
    if any(w[:3] in _MONTH_PREFIXES for w in words):
        kinds |= _MONTH_KINDS
    if "quarter" not in kinds and any("quarter" in w or w[:2] in _QUARTER_PREFIXES for w in words):
        kinds.add("quarter")  # "quarter" anywhere, "Q1" at a word's start ("Q12024"); the pattern decides
    if has_digit and _ISO.search(text):
        kinds.add("iso")
    if has_digit and _DECADE.search(text):
        kinds.add("decade")
    return kinds


_GATED = frozenset(_TRIGGER_WORDS) | _MONTH_KINDS | {"iso", "decade"}
_NEEDS_DIGIT = {"iso", "mdy", "dmy", "md", "my", "quarter", "half", "part_year", "decade", "year"}
# Patterns that cannot match without a year ("19xx"/"20xx") or, written as the pattern writes it
# (case-sensitive), a month name: one search each per sentence instead of a full pattern each.
_NEEDS_YEAR = {"iso", "mdy", "dmy", "my", "quarter", "half", "part_year", "decade", "year"}
_NEEDS_MONTH = {"mdy", "dmy", "month_range", "my", "md"}
_ANY_YEAR = re.compile(_YEAR)
_ANY_MONTH = re.compile(_MONTH)
_WORDY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|this|next|past|previous|coming|earlier|later|"
    r"ago|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|quarter|half|now|current|present|"
    r"moment|date|far|end)",
    re.I,
)


def find_times(
    text: str, published: date | None, anchor: date | None = None, future: bool = False
) -> list[TimeExpr]:
    """Non-overlapping temporal expressions in ``text``, most specific pattern first."""
    return list(_find_times(text, published, anchor, future))


@text_memo()
def _find_times(text: str, published: date | None, anchor: date | None, future: bool) -> tuple[TimeExpr, ...]:
    return scan_times(text, published, anchor, future)


def scan_times(
    text: str, published: date | None, anchor: date | None, future: bool, prefilter: bool = True
) -> tuple[TimeExpr, ...]:
    """``find_times`` without the memo; ``prefilter=False`` runs the year and month patterns on
    every sentence (the tests' reference for the year / month-name prefilter)."""
    taken: list[tuple[int, int]] = []
    out: list[TimeExpr] = []
    has_digit = _DIGIT.search(text) is not None
    if not has_digit and not _WORDY.search(text):
        return ()
    has_year = not prefilter or (has_digit and _ANY_YEAR.search(text) is not None)
    has_month = not prefilter or _ANY_MONTH.search(text) is not None
    triggered = _triggered(text, has_digit)
    for kind, pattern in _PATTERNS:
        if kind in _NEEDS_DIGIT and not has_digit:
            continue
        if (kind in _NEEDS_YEAR and not has_year) or (kind in _NEEDS_MONTH and not has_month):
            continue
        if kind in _GATED and kind not in triggered:
            continue
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if s == e or any(s < te and ts < e for ts, te in taken):
                continue
            if (
                kind == "rel_month"
                and m.group("mon").lower() == "may"
                and m.group("prep").lower()
                not in ("last", "next", "since", "in", "by", "until", "early", "late", "mid")
            ):
                continue
            if (
                kind == "year"
                and not m.group("prep")
                and re.match(r"\s*(?:years?|people|troops)", text[e : e + 8])
            ):
                continue
            resolved = None
            try:
                resolved = _resolve(kind, m, published, anchor, future)
            except (ValueError, KeyError, OverflowError):
                resolved = None
            prep = (m.groupdict().get("prep") or "").lower().strip() or None
            if resolved is None:
                taken.append((s, e))
                out.append(TimeExpr(s, e, m.group(0), None, None, None, prep, True))
                continue
            start_d, end_d, precision, relative = resolved
            if prep in (None, "early", "late", "mid") and re.search(
                r"(?i:\bsince)\s+$", text[max(0, s - 8) : s]
            ):
                prep = "since"  # "since early August": from then to publication, like "since August"
            if prep == "since" and kind != "rel_unit" and not relative:
                # "since August 2023": from then to publication, never the month alone (open without a date)
                end_d = max(published, start_d) if published is not None else None
            elif prep == "since" and published is not None and kind != "rel_unit":
                end_d = max(published, start_d)
            elif prep is not None and (prep.startswith(("by ", "until", "till")) or prep == "by"):
                start_d = end_d
            taken.append((s, e))
            out.append(TimeExpr(s, e, m.group(0), start_d, end_d, precision, prep, relative))
    out.sort(key=lambda t: t.start)
    return tuple(out)
