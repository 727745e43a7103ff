"""Sentence segmentation with spaCy's blank English pipeline and a rule-based sentencizer.

Every line of the cleaned body is its own paragraph (headlines, bullets), split further into
sentences by spaCy. Offsets are absolute positions in the body text.
"""

from __future__ import annotations

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


def split_sentences(body: str) -> list[Sentence]:
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in body.split("\n"):
        if line.strip():
            lines.extend(_chunks(pos, line))
        pos += len(line) + 1
    out: list[Sentence] = []
    for (offset, _), doc in zip(lines, _nlp().pipe(chunk for _, chunk in lines), strict=True):
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
