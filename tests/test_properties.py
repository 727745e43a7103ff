"""Property-based tests: arbitrary text never breaks the reader or the extractor, offsets always hold."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dagster_project.extraction import extract_article
from dagster_project.ingest.reader import decode

WORDS = st.sampled_from(
    [
        "North Korea",
        "Russia",
        "sent",
        "shipped",
        "3,000",
        "troops",
        "artillery shells",
        "over",
        "up to",
        "million",
        "tonnes",
        "of",
        "wheat",
        "to",
        "from",
        "last June",
        "may",
        "will",
        "according to",
        "Pentagon",
        ",",
        ".",
        "\n",
        "rubles",
        "$",
        "70-90%",
        "bridge",
        "km",
        "—",
        "(",
        ")",
        "‘",
        "|",
        "•",
        "dozens of",
        "in 2024",
        "’s",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_and_offsets_hold(text):
    result = extract_article(text, date(2025, 1, 1))
    for fact in result.facts:
        assert result.body_text[fact.evidence_start : fact.evidence_end] == fact.evidence_text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(WORDS, max_size=60).map(" ".join),
    st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 1, 1))),
)
def test_news_like_text_keeps_its_invariants(text, published):
    result = extract_article(text, published)
    for fact in result.facts:
        assert result.body_text[fact.evidence_start : fact.evidence_end] == fact.evidence_text
        assert fact.status in ("reported", "planned", "possible")
        if fact.quantity_low is not None and fact.quantity_high is not None:
            assert fact.quantity_low <= fact.quantity_high
        if fact.period_start and fact.period_end:
            assert fact.period_start <= fact.period_end
        if fact.status == "reported" and published and fact.period_start:
            assert fact.period_start <= published


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_arbitrary_bytes_never_raises(data):
    text, encoding = decode(data)
    assert (text is None) == (encoding is None)


SENTENCE_PIECES = st.sampled_from(
    [
        "Seoul",
        "said",
        "3,000",
        "U.S.",
        "Mr.",
        "1.5",
        "e.g.",
        ".",
        "!",
        "?",
        "…",
        "。",
        '"',
        "”",
        "’",
        ")",
        "»",
        "©",
        "-",
        ":",
        " ",
        "  ",
        "\t",
        "\u00a0",
        "No.",
        "...",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(SENTENCE_PIECES, min_size=1, max_size=30))
@example(["Seoul", " ", "said", "…", '"', "\t", "。", ")", "]"])  # a space token between marks splits
def test_one_sentence_lines_skip_spacy_with_the_same_result(pieces):
    """The shortcut for lines that are one sentence returns what spaCy's sentencizer would."""
    from dagster_project.extraction.segment import _nlp, _single_sentence

    line = "".join(pieces)
    if not line.strip() or not _single_sentence(line):
        return
    sents = [s.text.strip() for s in _nlp()(line).sents if s.text.strip()]
    assert sents == [line.strip()]


LINE_PIECES = st.one_of(
    SENTENCE_PIECES,
    st.sampled_from(
        [
            "a.m.",
            "Jan.",
            "etc.",
            "vs.",
            "St.",
            "$5.",
            "5%.",
            ":)",
            "e.g",
            "i.e.",
            "—",
            "--",
            "''",
            "’ ’s",
            "'s",
        ]
    ),
    st.sampled_from(["\x1c", "\x85", "\u2028", "\u3000", "‘", "“", "(", "[", "http://x.org/a.b", "O'Neil"]),
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(LINE_PIECES, min_size=1, max_size=30))
@example(["Mr.", "vs.", "’", " ", "’s", ".", "."])  # a special case across a space: spaCy decides
@example(["said", ".", " ", " ", "Seoul"])  # whitespace after a mark is a token and starts the sentence
def test_sentence_splitting_without_spacy_docs_matches_spacy(pieces):
    """The word-level sentencizer returns spaCy's own sentences (start and stripped text)."""
    from dagster_project.extraction.segment import _sentences, _spacy_sentences

    line = "".join(pieces)
    assert _stripped(_sentences(line)) == _stripped(_spacy_sentences(line))


def _stripped(pairs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Sentences as split_sentences keeps them: stripped, empty ones dropped, start after leading spaces."""
    return [(a + len(t) - len(t.lstrip()), t.strip()) for a, t in pairs if t.strip()]


def test_sentence_splitting_matches_spacy_on_every_written_article():
    """Every line of the articles under tests/ and seeds/ splits as spaCy's pipeline splits it."""
    from pathlib import Path

    from dagster_project.extraction.cleaning import clean_text
    from dagster_project.extraction.segment import _sentences, _spacy_sentences

    root = Path(__file__).resolve().parents[1]
    paths = [p for p in [*root.glob("tests/**/*.txt"), *root.glob("seeds/*.txt")] if "cache" not in p.parts]
    lines = {
        line for p in paths for line in clean_text(p.read_text(errors="replace")).split("\n") if line.strip()
    }
    assert len(lines) > 300
    different = [
        line[:60] for line in lines if _stripped(_sentences(line)) != _stripped(_spacy_sentences(line))
    ]
    assert different == []


TIME_PIECES = st.sampled_from(
    [
        "in",
        "since",
        "by the end of",
        "May",
        "may",
        "March",
        "Mar.",
        "Sept",
        "xJan",
        "Decision",
        "5",
        "14th",
        "2024",
        "1999",
        "2025-03-01",
        "2020s",
        "Q3",
        "H1",
        "first half of",
        "mid-",
        "last",
        "next",
        "year",
        "month",
        "eight months later",
        "ago",
        "yesterday",
        "on Monday",
        "now",
        "so far this year",
        "thus far",
        "to date",
        "at present",
        "at the moment",
        "at the end of the",
        "headquarters",
        "quarter",
        "Q1",
        "coming",
        "weeks",
        "earlier",
        "Thursday",
        "morning",
        "ſo far",
        "Ｍay",
        ",",
        ".",
        "-",
        "troops",
        "%",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(TIME_PIECES, min_size=1, max_size=14).map(" ".join),
    st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 1, 1))),
)
@example("In 2024, over 5 days", date(2025, 1, 1))
def test_temporal_prefilter_and_memo_change_nothing(text, published):
    """find_times (prefiltered and remembered) gives what every pattern run on the text gives."""
    from dagster_project.extraction.temporal import find_times, scan_times

    reference = list(scan_times(text, published, None, False, prefilter=False))
    assert find_times(text, published) == reference
    assert find_times(text, published) == reference  # the second answer comes from the memo


def _vocabulary_words() -> list[str]:
    from dagster_project.extraction.sentence import VOCABULARIES
    from dagster_project.extraction.vocab import read_rows

    surfaces = sorted(
        {row["surface"] for name in VOCABULARIES for row in read_rows(name) if row.get("surface")}
    )
    return surfaces[::7] + [
        "the",
        "of",
        "THE",
        "Of",
        "’s",
        "'s",
        ",",
        ".",
        "-",
        "  ",
        "\n",
        "US",
        "us",
        "won",
    ]


VOCAB_PIECES = st.sampled_from(_vocabulary_words())


@settings(max_examples=400, deadline=None)
@given(st.lists(VOCAB_PIECES, min_size=1, max_size=25).map(" ".join))
def test_one_pass_vocabulary_matching_equals_each_gazetteer(text):
    """find_all (one pass, only the entry lengths that exist, remembered) finds what each
    gazetteer's own longest-match search finds."""
    from dagster_project.extraction.sentence import VOCABULARIES
    from dagster_project.extraction.vocab import find_all, gazetteer

    assert find_all(text, VOCABULARIES) == {name: gazetteer(name).find(text) for name in VOCABULARIES}


NUMBER_PIECES = st.sampled_from(
    [
        "a",
        "an",
        "A",
        "one",
        "Seven",
        "twenty-five",
        "hundred",
        "thousand",
        "dozens of",
        "hundreds of",
        "tens of thousands of",
        "a few dozen",
        "several hundred",
        "half of",
        "onehalf of",
        "a third of",
        "two-thirds of",
        "three quarters of",
        "1,000",
        "1 000",
        "2.5",
        "3,2",
        "5km",
        "x5",
        "_5",
        "10^100",
        "7-",
        "$",
        "million",
        "bn",
        "to",
        "and",
        "shells",
        "-",
        ",",
        "’",
        "ſeven",
        "thouſand",
        "ıten",
        "\u212a",
        "ſcores of",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(NUMBER_PIECES, min_size=1, max_size=12).map(" ".join))
@example("ſeven hundred shells")
@example("onehalf of 5km")
def test_number_scan_at_word_starts_finds_what_a_full_scan_finds(text):
    """The figure pattern tried at candidate word tokens only (and the vague and fractional
    patterns skipped without their cue words) finds exactly what a scan of every position finds."""
    from dagster_project.extraction import numbers

    spans = [m.span() for m in numbers._ATOM.finditer(text)]
    assert [m.span() for m in numbers._atom_matches(text)] == spans
    if not numbers._may_hold(text, numbers._VAGUE_CUES):
        assert numbers._VAGUE.search(text) is None
    if not numbers._may_hold(text, numbers._FRACTION_CUES):
        assert numbers._FRACTION.search(text) is None


# The per-pattern tests as regexes (what ``temporal._triggered`` replaced with one token pass).
_REGEX_TRIGGERS = {
    "iso": r"\d{4}-\d\d-\d\d",
    "mdy": r"(?i:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
    "quarter": r"(?i:quarter|\bQ[1-4])",
    "half": r"(?i:\bhalf\b|\bH[12]\b)",
    "part_year": r"(?i:\b(?:early|mid|middle|late|end|beginning|start)\b)",
    "decade": r"\d0['’]?s\b",
    "rel_unit": r"(?i:\b(?:last|this|next|past|previous|coming|end of the)\b)",
    "rolling": r"(?i:\b(?:next|coming)\b)",
    "so_far": r"(?i:\b(?:so far|to date|thus far|year to date)\b)",
    "present": r"(?i:\b(?:now|currently|at present|at the moment)\b)",
    "part_rel": r"(?i:\b(?:quarter|half)\b)",
    "ago": r"(?i:\b(?:ago|earlier|later|before|after)\b)",
    "deictic": r"(?i:\b(?:yesterday|today|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
}


@settings(max_examples=400, deadline=None)
@given(st.lists(TIME_PIECES, min_size=1, max_size=14).map(" ".join))
@example("Q12024 headquarters")
def test_token_triggers_pass_every_text_the_regex_triggers_pass(text):
    """A date pattern is skipped only when its regex test would have failed too (never a date lost)."""
    import re

    from dagster_project.extraction.temporal import _triggered

    triggered = _triggered(text, re.search(r"\d", text) is not None)
    for kind, pattern in _REGEX_TRIGGERS.items():
        if re.search(pattern, text):
            assert kind in triggered, kind
