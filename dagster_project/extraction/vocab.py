"""Vocabularies as data: loads the CSV files in ``vocab/`` and compiles them into gazetteers.

Analysts extend the extractor by adding rows to those files; no code changes are needed.
An entry written all in lower case matches case-insensitively; any entry with a capital
letter matches exactly as written (so ``US`` does not match "us" and ``Kim`` not "kim").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).parent / "vocab"


@dataclass(frozen=True, slots=True)
class Mention:
    """One vocabulary hit inside a piece of text."""

    start: int
    end: int
    surface: str
    row: dict


class Gazetteer:
    """Longest-match finder for the surface forms of one vocabulary file."""

    def __init__(self, rows: list[dict], key: str = "surface"):
        self.rows: dict[str, dict] = {}
        self.folded: dict[str, dict] = {}
        exact, folded = [], []
        for row in rows:
            surface = row[key].strip()
            if not surface:
                continue
            if surface == surface.lower():
                self.folded[surface] = row
                folded.append(surface)
            else:
                self.rows[surface] = row
                exact.append(surface)
        alternatives = [self._pattern(s, False) for s in exact] + [self._pattern(s, True) for s in folded]
        # Longest first so that "North Korean" wins over "North Korea" and "Korean".
        order = sorted(range(len(alternatives)), key=lambda i: -len((exact + folded)[i]))
        body = "|".join(alternatives[i] for i in order) or r"(?!x)x"
        self.regex = re.compile(body)

    @staticmethod
    def _pattern(surface: str, fold: bool) -> str:
        escaped = re.sub(r"['’]", "['’]", re.escape(surface).replace(r"\ ", r"\s+"))
        left = r"(?<![\w$€₽])" if surface[0].isalnum() else ""
        right = r"(?![\w])" if surface[-1].isalnum() or surface[-1] == "." else ""
        if surface[-1] == ".":
            right = r"(?!\w)"
        inner = f"(?i:{escaped})" if fold else escaped
        return f"{left}{inner}{right}"

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        found = []
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            surface = m.group(0)
            row = self.lookup(surface)
            if row is not None:
                found.append(Mention(m.start(), m.end(), surface, row))
        return found

    def lookup(self, surface: str) -> dict | None:
        normal = re.sub(r"\s+", " ", surface).replace("’", "'")
        for candidate in (normal, surface):
            if candidate in self.rows:
                return self.rows[candidate]
        lowered = normal.lower()
        if lowered in self.folded:
            return self.folded[lowered]
        lowered_curly = lowered.replace("'", "’")
        return self.folded.get(lowered_curly)


def read_rows(name: str) -> list[dict]:
    with open(VOCAB_DIR / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


@lru_cache(maxsize=None)
def gazetteer(name: str) -> Gazetteer:
    """The compiled gazetteer for ``vocab/<name>.csv`` (cached per process)."""
    return Gazetteer(read_rows(name))


def vocabulary_fingerprint() -> str:
    """A short hash of every vocabulary file: part of the extractor version."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(VOCAB_DIR.glob("*.csv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
