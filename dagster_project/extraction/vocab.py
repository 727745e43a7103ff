"""Vocabularies as data: loads the CSV files in ``vocab/`` and compiles them into gazetteers.

Analysts extend the extractor by adding rows to those files; no code changes are needed.
An entry written all in lower case matches case-insensitively; any entry with a capital
letter matches exactly as written (so ``US`` does not match "us" and ``Kim`` not "kim").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .memo import text_memo

VOCAB_DIR = Path(__file__).parent / "vocab"


@dataclass(frozen=True, slots=True)
class Mention:
    """One vocabulary hit inside a piece of text."""

    start: int
    end: int
    surface: str
    row: dict


_TOKEN = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=256)
def tokenize(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """(tokens, lower-cased tokens, starts, ends) of a text; cached because every gazetteer reads it."""
    tokens, starts, ends = [], [], []
    for m in _TOKEN.finditer(text):
        tokens.append(m.group(0).replace("’", "'"))
        starts.append(m.start())
        ends.append(m.end())
    return tuple(tokens), tuple(t.lower() for t in tokens), tuple(starts), tuple(ends)


class Gazetteer:
    """Longest-match finder for the surface forms of one vocabulary file, over word tokens.

    Lookups are dictionary probes of token n-grams, so the cost grows with the text, not with
    the size of the vocabulary.
    """

    def __init__(self, rows: list[dict], key: str = "surface"):
        self.exact: dict[tuple[str, ...], dict] = {}
        self.folded: dict[tuple[str, ...], dict] = {}
        self.starts_exact: dict[str, int] = {}  # first token -> longest entry (in tokens) starting with it
        self.starts_folded: dict[str, int] = {}
        longest = 1
        for row in rows:
            surface = row[key].strip()
            if not surface:
                continue
            tokens, lowered, _, _ = tokenize(surface)
            longest = max(longest, len(tokens))
            if surface == surface.lower():
                self.folded.setdefault(lowered, row)
                self.starts_folded[lowered[0]] = max(self.starts_folded.get(lowered[0], 0), len(tokens))
            else:
                self.exact.setdefault(tokens, row)
                self.starts_exact[tokens[0]] = max(self.starts_exact.get(tokens[0], 0), len(tokens))
        self.longest = longest

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        tokens, lowered, starts, ends = tokenize(text)
        limit = len(text) if end is None else end
        found: list[Mention] = []
        i, n = 0, len(tokens)
        while i < n:
            if starts[i] < start or ends[i] > limit:
                i += 1
                continue
            reach = max(self.starts_exact.get(tokens[i], 0), self.starts_folded.get(lowered[i], 0))
            if not reach:
                i += 1
                continue
            hit = None
            for size in range(min(reach, n - i), 0, -1):
                row = self.exact.get(tokens[i : i + size]) or self.folded.get(lowered[i : i + size])
                if (
                    row is not None
                    and ends[i + size - 1] <= limit
                    and self._contiguous(text, starts, ends, i, size)
                ):
                    hit = (size, row)
                    break
            if hit is None:
                i += 1
                continue
            size, row = hit
            s, e = starts[i], ends[i + size - 1]
            found.append(Mention(s, e, text[s:e], row))
            i += size
        return found

    @staticmethod
    def _contiguous(text, starts, ends, i, size) -> bool:
        """Tokens of one entry may be separated by spaces only (not by a line break or other text)."""
        for k in range(i, i + size - 1):
            gap = text[ends[k] : starts[k + 1]]
            if gap and (gap.strip() or "\n" in gap or len(gap) > 3):
                return False
        return True

    def lookup(self, surface: str) -> dict | None:
        tokens, lowered, _, _ = tokenize(surface)
        return self.exact.get(tokens) or self.folded.get(lowered)


def find_all(text: str, names: tuple[str, ...]) -> dict[str, list[Mention]]:
    """Mentions of several vocabularies in one pass over the tokens (same results as ``find`` each).
    Each call returns new lists (the scan of a sentence seen before is remembered)."""
    return {name: list(mentions) for name, mentions in _find_all(text, names).items()}


@text_memo()
def _find_all(text: str, names: tuple[str, ...]) -> dict[str, tuple[Mention, ...]]:
    gazetteers = [gazetteer(name) for name in names]
    exact, folded = _first_tokens(names)
    tokens, lowered, starts, ends = tokenize(text)
    found: dict[str, list[Mention]] = {name: [] for name in names}
    next_free = [0] * len(names)
    n = len(tokens)
    for i in [i for i in range(n) if tokens[i] in exact or lowered[i] in folded]:
        for index, sizes in _steps(names, tokens[i], lowered[i]):
            if i < next_free[index]:
                continue
            g = gazetteers[index]
            for size in sizes:
                if size > n - i:
                    continue
                row = g.exact.get(tokens[i : i + size]) or g.folded.get(lowered[i : i + size])
                if row is not None and Gazetteer._contiguous(text, starts, ends, i, size):
                    s, e = starts[i], ends[i + size - 1]
                    found[names[index]].append(Mention(s, e, text[s:e], row))
                    next_free[index] = i + size
                    break
    return {name: tuple(mentions) for name, mentions in found.items()}


@lru_cache(maxsize=32)
def _first_tokens(names: tuple[str, ...]) -> tuple[dict, dict]:
    """First token -> {vocabulary index: entry lengths in tokens}, for exact and for folded entries."""
    exact: dict[str, dict[int, set[int]]] = {}
    folded: dict[str, dict[int, set[int]]] = {}
    for index, name in enumerate(names):
        g = gazetteer(name)
        for table, out in ((g.exact, exact), (g.folded, folded)):
            for key in table:
                out.setdefault(key[0], {}).setdefault(index, set()).add(len(key))
    return exact, folded


_STEPS: dict[tuple, tuple[tuple[int, tuple[int, ...]], ...]] = {}


def _steps(names: tuple[str, ...], token: str, low: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """The vocabularies with an entry starting at this token, each with the lengths to try, longest
    first: only lengths some entry has (the same longest match as trying every length, faster)."""
    key = (names, token, low)
    steps = _STEPS.get(key)
    if steps is None:
        exact, folded = _first_tokens(names)
        ex, fo = exact.get(token, {}), folded.get(low, {})
        steps = tuple(
            (index, tuple(sorted(ex.get(index, set()) | fo.get(index, set()), reverse=True)))
            for index in sorted(set(ex) | set(fo))
        )
        if len(_STEPS) >= 50_000:
            _STEPS.clear()
        _STEPS[key] = steps
    return steps


def read_rows(name: str) -> list[dict]:
    with open(VOCAB_DIR / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


@cache
def gazetteer(name: str) -> Gazetteer:
    """The compiled gazetteer for ``vocab/<name>.csv`` (cached per process)."""
    return Gazetteer(read_rows(name))


@lru_cache(maxsize=1)
def vocabulary_fingerprint() -> str:
    """A short hash of every vocabulary file and every module of this package: part of the
    extractor version, so any change to the rules or the word lists re-extracts every article."""
    import hashlib

    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in fingerprinted_files():
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def fingerprinted_files() -> list[Path]:
    """Every vocabulary file and every module of the package, subpackages (``slots/``) included."""
    package = Path(__file__).parent
    return sorted([*VOCAB_DIR.glob("*.csv"), *VOCAB_DIR.glob("*.txt"), *package.rglob("*.py")])
