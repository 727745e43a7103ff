"""Issue 7 section 4, infrastructure and currency classes, on the project's own examples
(tests/corpus/money.py)."""

from __future__ import annotations

from datetime import date

import pytest
from corpus import money

from dagster_project.extraction import extract_facts

PUBLISHED = date(2025, 3, 10)


@pytest.mark.parametrize(("text", "expected"), money.INFRASTRUCTURE)
def test_infrastructure(text, expected):
    facts = [f for f in extract_facts(text, PUBLISHED) if f.fact_type == "infrastructure"]
    got = [
        (f.attribute, f.value_number, f.unit, f.value_date.isoformat() if f.value_date else None)
        for f in facts
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_past_completion_without_publication_date_follows_the_tense():
    past = extract_facts("Rajin port's grain terminal opened in May 2016.", None)
    assert [f.value_date for f in past] == [date(2016, 5, 1)]
    future = extract_facts("A grain terminal at the Rajin port is expected to open in July 2031.", None)
    assert [f.value_date for f in future] == [date(2031, 7, 31)]


@pytest.mark.parametrize(("text", "expected"), money.CURRENCY)
def test_currency(text, expected):
    facts = [f for f in extract_facts(text, PUBLISHED) if f.fact_type == "currency"]
    got = [(f.mechanism, f.amount, f.per_period, f.share_low, f.share_high) for f in facts]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_figureless_restatement_of_wages_taken_is_dropped_but_a_channel_launch_is_kept():
    wages = (
        "Each North Korean worker in Russia must pay $90 a month in loyalty fees.\n"
        "Those loyalty fees go to the party's building fund.\n"
    )
    assert [(f.mechanism, f.amount) for f in extract_facts(wages, PUBLISHED)] == [("wage_remittance", 90.0)]
    channel = (
        "The two countries launched a ruble payment channel through a bank in Khasan.\n"
        "About 3 billion rubles went through the channel in its first months.\n"
    )
    got = sorted(
        ((f.mechanism, f.amount) for f in extract_facts(channel, PUBLISHED) if f.fact_type == "currency"),
        key=str,
    )
    assert got == sorted([("direct_bank_settlement", None), ("direct_bank_settlement", 3e9)], key=str)


def test_builder_after_the_years_of_the_works_is_the_venture():
    facts = extract_facts(
        "The Khasan–Rajin railway was upgraded in 2010-2015 by a joint Russian-Korean company.",
        PUBLISHED,
    )
    assert [f.value_text for f in facts if f.attribute == "builder"] == ["joint Russian-Korean company"]


@pytest.mark.parametrize(("text", "expected"), money.PROJECT_PARTS)
def test_project_parts(text, expected):
    facts = [f for f in extract_facts(text, PUBLISHED) if f.fact_type == "infrastructure"]
    got = [(f.attribute, f.value_number, f.unit, f.project) for f in facts]
    assert sorted(got, key=str) == sorted(expected, key=str)
