"""Claimants: agent phrases, canonical names and claimant types, on the corpus in tests/corpus/claimants.py."""

from __future__ import annotations

from datetime import date

import pytest
from corpus.claimants import DATELINE_ARTICLES, PERSON_ROLES, PRONOUN_ARTICLES, SENTENCES

from dagster_project.extraction import extract_facts
from dagster_project.extraction.agents import CLAIMANT_TYPES, claimant_type, dateline_agency, is_agent
from dagster_project.extraction.attribution import find_claimant


@pytest.mark.parametrize(("sentence", "claimant", "kind"), SENTENCES)
def test_claimant_of_sentence(sentence, claimant, kind):
    found = find_claimant(sentence)
    assert found == claimant
    assert claimant_type(found) == kind


@pytest.mark.parametrize(
    "phrase",
    [
        "Monday",
        "latest",
        "first",
        "the latest figures",
        "report",
        "sources",
        "last year",
        "new",
        "data",
        "about 3",  # "the agency, however, said about 3,000 ...": a figure after the verb
        "some 40 tankers",
        # a phrase without a capital and without an agent noun
        "participating",
        "the schedule",
        "an unusual scene",
        "most recent deployment",
        "upcoming",
    ],
)
def test_never_a_claimant(phrase):
    assert not is_agent(phrase)


def test_types_are_the_contract_values():
    for _, claimant, _ in SENTENCES:
        assert claimant_type(claimant) in (*CLAIMANT_TYPES, None)


@pytest.mark.parametrize(("body", "agency"), DATELINE_ARTICLES)
def test_dateline_agency_is_only_a_fallback(body, agency):
    facts = extract_facts(body, date(2025, 11, 3))
    assert facts, "the example must yield a fact"
    if agency is None:
        assert dateline_agency(body) is not None
        assert all(f.claimed_by != dateline_agency(body) for f in facts)
    else:
        assert all(f.claimed_by == agency and f.claimant_type == "media" for f in facts)


def test_according_to_the_agency_takes_the_agency_named_before():
    body = (
        "South Korea's spy agency briefed legislators on Monday that Russia is helping North Korea build drones.\n"
        "North Korea has sent some 2,000 engineers to Russia, according to the agency.\n"
    )
    facts = extract_facts(body, date(2025, 3, 10))
    assert [(f.claimed_by, f.claimant_type) for f in facts if f.quantity == 2000] == [
        ("South Korean intelligence", "intelligence")  # the analysts' name for "South Korean spy agency"
    ]


@pytest.mark.parametrize(("body", "expected"), PERSON_ROLES + PRONOUN_ARTICLES)
def test_titled_people_take_their_title_type(body, expected):
    facts = extract_facts(body, date(2025, 3, 10))
    assert [(f.claimed_by, f.claimant_type) for f in facts] == expected


def test_titled_people_found_around_title_words_as_by_a_full_scan():
    """``person_roles`` tries its titled-name pattern only where a title word stands (speed); it must
    find exactly what a scan of the whole text finds."""
    from dagster_project.extraction.agents import _TITLED_IN_TEXT, _titled_in_windows

    bodies = [body for body, _ in PERSON_ROLES + PRONOUN_ARTICLES] + [
        "The talks ended. Russian Deputy Prime Minister of the Far East Yuri Trutnev, head of the "
        "commission, met Foreign Minister Choe Son Hui; the head of state was absent.\n"
        "Vice-president Ann Lee and the intelligence chief Kim Doe spoke; ahead of them, general Park Min.",
    ]
    for body in bodies:
        full = [(m.span(), m["title"], m["name"]) for m in _TITLED_IN_TEXT.finditer(body)]
        windowed = [(m.span(), m["title"], m["name"]) for m in _titled_in_windows(body)]
        assert windowed == full
        assert full or body in bodies[:-1]
    assert len(full) >= 3  # the written example has titled names to find
