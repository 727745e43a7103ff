"""Cleaning: turns an article's raw text into the body text that facts point into.

Line by line it drops navigation menus, share prompts, image links and file names, captions and
photo credits, timestamps, pipe-table debris, bylines, source lists and repeated headlines, and it
strips bullet markers. The patterns for boilerplate lines are data (``vocab/boilerplate.txt``).
The result is deterministic: the same raw text always gives the same body text, so evidence
offsets computed on it stay valid.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .vocab import VOCAB_DIR

_BULLET = re.compile(r"^\s*(?:[-*•·▪‣◦●|]|\d{1,2}[.)])\s+")
_BYLINE = re.compile(
    r"^\s*(?:by|written by|posted by|author:?)\s+[\w .'’-]{1,60}(?:\s*(?://|\||,|-|–|—|on)\s*.*)?$", re.I
)
_SOURCES_TAIL = re.compile(
    r"\s*(?:Sources? for this (?:article|story|report) (?:include|includes|are)|Sources?:)\s*.*$", re.I
)
_SOURCES_WORD = re.compile(r"sources?", re.I)
_INLINE_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)")
_INLINE_LINK = re.compile(r"\[([^\]]{1,300})\]\((?:https?://|/)[^)]*\)")
_MANY_SPACES = re.compile(r"[ \t\u00a0]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TABLE_ROW = re.compile(r"^\s*\|.*\|")
# "SEOUL, Sept. 10 (Yonhap) -- " / "MOSCOW (Reuters) - ": the wire dateline before the first sentence.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*\([^)]{2,30}\)\s*(?:--|—|–|-)\s*"
)


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern:
    lines = [
        line.strip()
        for line in (VOCAB_DIR / "boilerplate.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return re.compile("|".join(f"(?:{p})" for p in lines), re.I)


_NON_WORD = re.compile(r"[\W_]+")


def _norm_key(line: str) -> str:
    return _NON_WORD.sub(" ", line.lower()).strip()


def is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line)) and len(line) < 120


def clean_text(raw: str) -> str:
    """The cleaned body text of an article (lines joined by newlines)."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    boiler = _boilerplate()
    kept: list[str] = []
    seen: set[str] = set()
    for line in text.split("\n"):
        # Each substitution runs only when the characters it needs are there (speed; same result).
        if "](" in line:
            line = _INLINE_IMAGE.sub(" ", line)
            line = _INLINE_LINK.sub(r"\1", line)
        if "  " in line or "\t" in line or "\u00a0" in line:
            line = _MANY_SPACES.sub(" ", line)
        line = line.strip()
        if not line:
            continue
        if _TABLE_ROW.match(line) or line.count("|") >= 3:
            continue
        line = _BULLET.sub("", line).strip()
        if not line or boiler.fullmatch(line) or is_byline(line):
            continue
        if _SOURCES_WORD.search(line):  # the tail needs the word (one literal search, cheaper)
            line = _SOURCES_TAIL.sub("", line)
        line = line.strip()
        if "(" in line:
            line = _DATELINE.sub("", line)
        if not re.search(r"[^\W\d_]{2,}", line):
            continue
        key = _norm_key(line)
        if key in seen:  # a repeated headline or paragraph
            continue
        seen.add(key)
        kept.append(line)
    return "\n".join(kept)
