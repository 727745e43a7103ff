"""Article metadata: sidecar JSON wins over HTML meta, then Markdown front matter, then the text's header.

The header of the text itself gives a publication date when nothing else does: a byline
("By isabelle // 2025-07-14"), a "Published:" line (over "Updated:"), a wire dateline with a
year ("Kyiv, 12 September 2025 –"), or a timestamp line ("November 3, 2025 4:12 AM GMT+9").
``published_date_source`` records which (sidecar, html, front_matter, byline, published_line,
dateline, timestamp). Dates are never taken from the file's timestamps or the ingestion time;
when none is given the date stays None. Examples: ``tests/corpus/header_dates.py``.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

FIELDS = ("url", "title", "outlet", "author", "published_date")
_MONTHS = "january february march april may june july august september october november december".split()
_DATE_FORMS = [
    (re.compile(r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"), "ymd"),
    (
        re.compile(r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"),
        "mdy",
    ),
    (
        re.compile(r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>(?:19|20)\d\d)"),
        "dmy",
    ),
]
_BYLINE = re.compile(
    r"^\s*(?:by|written by|posted by)\s+(?P<author>[^/|\n]{1,60}?)\s*(?://|\||·|•|—|–|,|\bon\b|-)\s*(?P<rest>.+)$",
    re.I,
)
_DATELINE = re.compile(
    r"^\s*(?P<label>published|posted|updated|last updated|date)\s*:?\s*(?P<rest>.+)$", re.I
)
_WIRE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'’-]{1,40},\s*(?P<date>[^()\-–—]{4,40}?)\s*(?:\([A-Za-z .&-]{1,40}\)\s*)?[-–—]\s"
)
_TIMESTAMP = re.compile(
    r"^\s*(?:[A-Z][a-z]+day,?\s+)?(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:[\sT,|at]+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|Z)?\s*$"
)
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?P<block>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_FRONT_KEYS = {
    "title": "title",
    "date": "published_date",
    "published": "published_date",
    "published_date": "published_date",
    "pubdate": "published_date",
    "author": "author",
    "url": "url",
    "source": "outlet",
    "outlet": "outlet",
}


def parse_date(text: str | None) -> date | None:
    """The first calendar date in ``text`` (ISO, "July 14, 2025" or "14 July 2025"), else None."""
    if not text:
        return None
    for pattern, form in _DATE_FORMS:
        m = pattern.search(text)
        if not m:
            continue
        try:
            if form == "ymd":
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            month = next(
                (i + 1 for i, name in enumerate(_MONTHS) if name.startswith(m["mon"].lower()[:3])), None
            )
            if month is None:
                continue
            return date(int(m["y"]), month, int(m["d"]))
        except ValueError:
            continue
    return None


def read_sidecar(path: Path) -> tuple[dict, str | None]:
    """(fields, problem) from ``foo.meta.json``; unknown keys are ignored."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, f"unreadable sidecar {path.name}: {exc.__class__.__name__}"
    if not isinstance(data, dict):
        return {}, f"sidecar {path.name} is not a JSON object"
    out = {k: str(v).strip() for k, v in data.items() if k in FIELDS and v not in (None, "")}
    if "published_date" in out:
        parsed = parse_date(out["published_date"])
        if parsed is None:
            return out, f"sidecar published_date {out['published_date']!r} is not a date"
        out["published_date"] = parsed
    return out, None


def from_html(meta: dict[str, str]) -> dict:
    out: dict = {}
    title = meta.get("og:title") or meta.get("twitter:title") or meta.get("title")
    if title:
        out["title"] = title
    url = meta.get("og:url") or meta.get("canonical")
    if url:
        out["url"] = url
    outlet = meta.get("og:site_name") or meta.get("application-name")
    if outlet:
        out["outlet"] = outlet
    author = meta.get("author") or meta.get("article:author") or meta.get("byl")
    if author:
        out["author"] = re.sub(r"^by\s+", "", author, flags=re.I)
    for key in (
        "article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publish-date",
        "dc.date",
        "sailthru.date",
        "time",
    ):
        parsed = parse_date(meta.get(key))
        if parsed:
            out["published_date"] = parsed
            break
    return out


def split_front_matter(text: str) -> tuple[dict, str]:
    """(fields, the text after it) for a Markdown front matter block ("---\ntitle: ...\ndate: ...\n---");
    text without one comes back unchanged with no fields."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    out: dict = {}
    for line in m["block"].splitlines():
        f = _FRONT_FIELD.match(line)
        if not f or f["key"].lower() not in _FRONT_KEYS:
            continue
        field = _FRONT_KEYS[f["key"].lower()]
        value = f["value"].strip().strip("\"'")
        if not value:
            continue
        if field == "published_date":
            parsed = parse_date(value)
            if parsed is None:
                continue
            value = parsed
        out.setdefault(field, value)
    return out, text[m.end() :]


def from_text(text: str, body: str = "") -> dict:
    """Author and publication date from the header lines, title from the body's line 1.
    ``published_date_source`` says which kind of header line gave the date."""
    out: dict = {}
    lines = [line.strip() for line in text.splitlines() if line.strip()][:12]
    found: dict[str, date] = {}
    for line in lines:
        m = _BYLINE.match(line)
        if m and len(line) < 160:
            out.setdefault("author", m["author"].strip())
            parsed = parse_date(m["rest"])
            if parsed:
                found.setdefault("byline", parsed)
            continue
        m = _DATELINE.match(line)
        if m and len(line) < 80:
            parsed = parse_date(m["rest"])
            if parsed:
                kind = "updated_line" if "updated" in m["label"].lower() else "published_line"
                found.setdefault(kind, parsed)
            continue
        m = _TIMESTAMP.match(line)
        if m:
            parsed = parse_date(m["date"])
            if parsed:
                found.setdefault("timestamp", parsed)
            continue
        m = _WIRE_DATELINE.match(line)
        if m:
            parsed = parse_date(
                m["date"]
            )  # a dateline without a year ("SEOUL, Nov 3 (Reuters) -") gives none
            if parsed:
                found.setdefault("dateline", parsed)
    for kind in ("byline", "published_line", "dateline", "timestamp", "updated_line"):
        if kind in found:
            out["published_date"] = found[kind]
            out["published_date_source"] = "published_line" if kind == "updated_line" else kind
            break
    first = body.split("\n", 1)[0].strip() if body else ""
    if 15 <= len(first) <= 200 and not first.startswith(("-", "•", "*", "|")) and not _BYLINE.match(first):
        out["title"] = first.strip("# ").strip()
    return out


def merge(sidecar: dict, html: dict, text: dict, front: dict | None = None) -> dict:
    """Field by field: sidecar > html > front matter > text; records where the publication date came from."""
    merged: dict = {}
    for field in FIELDS:
        for source_name, source in (
            ("sidecar", sidecar),
            ("html", html),
            ("front_matter", front or {}),
            ("byline", text),
        ):
            if source.get(field) not in (None, ""):
                merged[field] = source[field]
                if field == "published_date":
                    merged["published_date_source"] = (
                        text.get("published_date_source", "byline") if source is text else source_name
                    )
                break
    if isinstance(merged.get("published_date"), datetime):
        merged["published_date"] = merged["published_date"].date()
    return merged
