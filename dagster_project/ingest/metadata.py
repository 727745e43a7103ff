"""Article metadata: sidecar JSON wins over HTML meta, which wins over a byline in the text.

Publication dates are taken only from those three sources, never from the file's timestamps or
the ingestion time; when none gives one it stays None.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

MAX_SIDECAR_BYTES = 1024 * 1024
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
_DATELINE = re.compile(r"^\s*(?:published|posted|updated|date)\s*:?\s*(?P<rest>.+)$", re.I)


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
        with path.open("rb") as handle:
            raw = handle.read(MAX_SIDECAR_BYTES + 1)
        if len(raw) > MAX_SIDECAR_BYTES:
            return {}, f"sidecar {path.name} is over {MAX_SIDECAR_BYTES:,} bytes"
        data = json.loads(raw.decode("utf-8-sig"))  # a UTF-8 BOM is accepted
    except RecursionError:
        return {}, f"unreadable sidecar {path.name}: JSON nested too deeply"
    except (OSError, UnicodeDecodeError, ValueError) as exc:
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


def from_text(text: str, body: str = "") -> dict:
    """Author and date from a byline ("By isabelle // 2025-07-14") among the first lines; title from the body's line 1."""
    out: dict = {}
    lines = [line.strip() for line in text.splitlines() if line.strip()][:12]
    for line in lines:
        m = _BYLINE.match(line)
        if m and len(line) < 160:
            out.setdefault("author", m["author"].strip())
            parsed = parse_date(m["rest"])
            if parsed:
                out["published_date"] = parsed
                break
            continue
        m = _DATELINE.match(line)
        if m and len(line) < 80:
            parsed = parse_date(m["rest"])
            if parsed:
                out["published_date"] = parsed
                break
    first = body.split("\n", 1)[0].strip() if body else ""
    if 15 <= len(first) <= 200 and not first.startswith(("-", "•", "*", "|")) and not _BYLINE.match(first):
        out["title"] = first.strip("# ").strip()
    return out


def merge(sidecar: dict, html: dict, text: dict) -> dict:
    """Field by field: sidecar > html > text; records where the publication date came from."""
    merged: dict = {}
    for field in FIELDS:
        for source_name, source in (("sidecar", sidecar), ("html", html), ("byline", text)):
            if source.get(field) not in (None, ""):
                merged[field] = source[field]
                if field == "published_date":
                    merged["published_date_source"] = source_name
                break
    if isinstance(merged.get("published_date"), datetime):
        merged["published_date"] = merged["published_date"].date()
    return merged
