"""Sentence segmentation with spaCy's blank English pipeline and a rule-based sentencizer.

Every line of the cleaned body is its own paragraph (headlines, bullets), split further into
sentences by the sentencizer's rule over spaCy's tokens: exactly spaCy's sentences, without a spaCy
Doc per line (see ``_sentence_starts``). Offsets are absolute positions in the body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.tokenizer import Tokenizer


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    line_start: bool  # first sentence of its line (a headline or bullet when short)


@lru_cache(maxsize=1)
def _nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "。", "…"]})
    return nlp


MAX_CHUNK = 100_000


def _chunks(offset: int, line: str):
    """Very long lines (a whole file on one line) are cut at whitespace into spaCy-sized pieces."""
    while len(line) > MAX_CHUNK:
        cut = max(line.rfind(". ", 0, MAX_CHUNK) + 1, line.rfind(" ", 0, MAX_CHUNK))
        cut = cut if cut > 0 else MAX_CHUNK
        yield offset, line[:cut]
        offset, line = offset + cut, line[cut:]
    yield offset, line


# A line is one sentence without spaCy when no sentence mark stands before its last letter or digit
# and only closing marks follow it: the sentencizer starts a sentence only at a token that follows a
# mark and is not punctuation itself, so spaCy would return the whole line (speed: about 40% of the
# text of a news article is such lines — headlines, captions, one-sentence paragraphs).
_MARK_BEFORE_END = re.compile(r"[.!?。…]")
_CLOSING_ONLY = re.compile(r"""[.!?。…"'”’»)\]}]*\s*""")  # no space between marks: spaCy splits there


def _single_sentence(line: str) -> bool:
    last = len(line) - 1
    while last >= 0 and not line[last].isalnum():
        last -= 1
    if last < 0:
        return False
    return (
        _MARK_BEFORE_END.search(line, 0, last) is None and _CLOSING_ONLY.fullmatch(line, last + 1) is not None
    )


# The sentencizer without building a spaCy Doc per line (speed): it starts a sentence at the first
# token after a sentence mark that is neither a mark nor punctuation. spaCy tokenizes every run of
# non-space characters on its own, so only the words around a mark need spaCy's tokenizer, one call
# per distinct word (cached); whitespace between words is a token of its own unless it is one space.
# One exception: spaCy's special-case matcher runs over the whole line, and a match across a single
# space ("’ ’s": the special case "’’") can block a special case inside a word; a line where one
# could touch a word read here goes to spaCy itself (``_spacy_sentences``, also the tests' reference).
_PUNCT_CHARS = frozenset(".!?。…")
_MARKED_WORD = re.compile(r"(?<!\S)\S*?[.!?。…]\S*")
_NEXT_WORD = re.compile(r"(\s*)(\S+)")
_WORD_TOKENS: dict[str, tuple[tuple[int, str, bool, bool], ...]] = {}


def _word_tokens(word: str) -> tuple[tuple[int, str, bool, bool], ...]:
    """(offset, text, is a sentence mark, is punctuation) of each spaCy token of a word without spaces."""
    tokens = _WORD_TOKENS.get(word)
    if tokens is None:
        tokens = tuple((t.idx, t.text, t.text in _PUNCT_CHARS, t.is_punct) for t in _nlp().tokenizer(word))
        if len(word) <= 100:  # a long run without spaces is not kept (memory stays bounded)
            if len(_WORD_TOKENS) >= 100_000:
                _WORD_TOKENS.clear()
            _WORD_TOKENS[word] = tokens
    return tokens


@lru_cache(maxsize=1)
def _special_pairs() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """Adjacent tokens inside spaCy's special cases, as its matcher sees them (affixes split) and as
    the rule writes them, grouped by the last character of the first and the first of the second."""
    tokenizer = _nlp().tokenizer
    bare = Tokenizer(
        tokenizer.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    pairs: set[tuple[str, str]] = set()
    for case, substrings in tokenizer.rules.items():
        for texts in ([t.text for t in bare(case)], [sub[ORTH] for sub in substrings]):
            pairs.update((a, b) for a, b in zip(texts, texts[1:], strict=False) if a and b)
    grouped: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for a, b in pairs:
        grouped.setdefault((a[-1], b[0]), []).append((a, b))
    return {key: tuple(value) for key, value in grouped.items()}


def _may_cross(line: str, space: int) -> bool:
    """Whether spaCy's special-case matcher could match across the single space at ``space``: the
    word before it ends with, and the word after it starts with, two adjacent tokens of a special case."""
    if not (0 < space < len(line) - 1) or line[space] != " ":
        return False
    candidates = _special_pairs().get((line[space - 1], line[space + 1]))
    if not candidates:
        return False
    return any(line.startswith(b, space + 1) and line.endswith(a, 0, space) for a, b in candidates)


def _sentence_starts(line: str) -> list[int] | None:
    """Character offsets where spaCy's sentencizer starts a sentence in ``line`` (0 first), or None
    when a special case across a space could make spaCy tokenize a word read here differently."""
    starts = [0]
    pos = 0
    while (m := _MARKED_WORD.search(line, pos)) is not None:
        if _may_cross(line, m.start() - 1) or _may_cross(line, m.end()):
            return None
        seen_mark = False
        for idx, _, mark, punct in _word_tokens(m.group()):
            if seen_mark and not punct and not mark:
                starts.append(m.start() + idx)
                seen_mark = False
            elif mark:
                seen_mark = True
        pos = m.end()
        while seen_mark and (w := _NEXT_WORD.match(line, pos)) is not None:
            gap = w.group(1)
            if gap and gap != " ":  # a whitespace token (not punctuation): the next sentence starts there
                starts.append(pos + 1 if gap[0] == " " else pos)
                pos = w.start(2)
                break
            if _may_cross(line, w.end()):
                return None
            for idx, _, mark, punct in _word_tokens(w.group(2)):
                if seen_mark and not punct and not mark:
                    starts.append(w.start(2) + idx)
                    seen_mark = False
                elif mark:
                    seen_mark = True
            pos = w.end()
    return starts


def _sentences(line: str) -> list[tuple[int, str]]:
    """(start offset, text) of each sentence of ``line``, as ``_spacy_sentences`` gives them."""
    starts = _sentence_starts(line)
    if starts is None:
        return _spacy_sentences(line)
    ends = [*starts[1:], len(line)]
    return [(a, line[a:b]) for a, b in zip(starts, ends, strict=True)]


def _spacy_sentences(line: str) -> list[tuple[int, str]]:
    """The reference: (start offset, text) of each sentence spaCy's pipeline finds in ``line``."""
    return [(sent.start_char, sent.text) for sent in _nlp()(line).sents]


def split_sentences(body: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for line in body.split("\n"):
        if line.strip():
            for offset, chunk in _chunks(pos, line):
                _add_sentences(out, body, offset, chunk)
        pos += len(line) + 1
    return out


def _add_sentences(out: list[Sentence], body: str, offset: int, chunk: str) -> None:
    if _single_sentence(chunk):
        text = chunk.strip()
        start = offset + len(chunk) - len(chunk.lstrip())
        out.append(Sentence(start, start + len(text), text, True))
        return
    first = True
    for sent_start, sent_text in _sentences(chunk):
        text = sent_text.strip()
        if not text:
            continue
        start = offset + sent_start + (len(sent_text) - len(sent_text.lstrip()))
        # Glue a fragment that is only closing quotes/brackets onto the previous sentence.
        if out and not first and len(text) <= 2 and not any(c.isalnum() for c in text):
            prev = out[-1]
            out[-1] = Sentence(
                prev.start, start + len(text), body[prev.start : start + len(text)], prev.line_start
            )
            continue
        out.append(Sentence(start, start + len(text), text, first))
        first = False
