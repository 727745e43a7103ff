"""Sentence segmentation with spaCy's blank English pipeline and a rule-based sentencizer.

Every line of the cleaned body is its own paragraph (headlines, bullets), split further into
sentences by spaCy. Offsets are absolute positions in the body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy


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


def split_sentences(body: str) -> list[Sentence]:
    lines: list[tuple[int, str]] = []
    out: list[Sentence] = []
    pos = 0
    for line in body.split("\n"):
        if line.strip():
            lines.extend(_chunks(pos, line))
        pos += len(line) + 1
    single = [_single_sentence(chunk) for _, chunk in lines]
    docs = iter(_nlp().pipe(chunk for (_, chunk), one in zip(lines, single, strict=True) if not one))
    for (offset, chunk), one in zip(lines, single, strict=True):
        if one:
            text = chunk.strip()
            start = offset + len(chunk) - len(chunk.lstrip())
            out.append(Sentence(start, start + len(text), text, True))
            continue
        doc = next(docs)
        first = True
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            # Glue a fragment that is only closing quotes/brackets onto the previous sentence.
            if out and not first and len(text) <= 2 and not any(c.isalnum() for c in text):
                prev = out[-1]
                out[-1] = Sentence(
                    prev.start, start + len(text), body[prev.start : start + len(text)], prev.line_start
                )
                continue
            out.append(Sentence(start, start + len(text), text, first))
            first = False
    return out
