"""Section 4 of issue 7: precision and recall on real-world phrasing, on the project's own examples
(tests/corpus/figures.py, cooperation.py, infrastructure.py)."""

from __future__ import annotations

from datetime import date

import pytest
from corpus import cooperation, deployments, figures, infrastructure, status

from dagster_project.extraction import extract_facts

PUBLISHED = date(2025, 3, 10)


def _figure(f):
    if f.fact_type == "infrastructure":
        return f.value_number
    if f.quantity is not None:
        return f.quantity
    return f.quantity_low


@pytest.mark.parametrize(("sentence", "expected"), figures.SENTENCES)
def test_figures(sentence, expected):
    facts = extract_facts(sentence, PUBLISHED)
    got = [(f.fact_type, _figure(f), f.unit) for f in facts]
    assert sorted(got, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("sentence", "expected"), cooperation.SENTENCES)
def test_cooperation(sentence, expected):
    facts = extract_facts(sentence, PUBLISHED)
    got = [(f.fact_type, f.quantity, f.status) for f in facts]
    assert sorted(got, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("sentence", "units"), cooperation.RATES)
def test_coordinated_rates_share_the_period(sentence, units):
    facts = extract_facts(sentence, PUBLISHED)
    assert {f.unit for f in facts} == units


@pytest.mark.parametrize(("sentence", "expected"), infrastructure.SENTENCES)
def test_location_countries_and_comparisons(sentence, expected):
    facts = extract_facts(sentence, PUBLISHED)
    got = [(f.attribute, f.value_number, f.location_countries) for f in facts]
    assert sorted(got, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("sentence", "expected"), infrastructure.SERVICES)
def test_route_timetables_and_first_services(sentence, expected):
    facts = extract_facts(sentence, PUBLISHED)
    got = [
        (f.attribute, f.value_number, f.value_date and f.value_date.isoformat(), f.unit, f.status)
        for f in facts
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_date_of_another_clause_is_not_taken():
    text = "Around 11,000 North Korean troops were deployed to Russia; about 6,000 more will arrive by the end of the year."
    by_quantity = {f.quantity: f for f in extract_facts(text, PUBLISHED)}
    assert by_quantity[11000.0].period_start is None
    assert by_quantity[6000.0].period_end == date(2025, 12, 31)


def test_since_month_year_runs_to_publication():
    facts = extract_facts("North Korea has supplied 5 million shells to Russia since August 2023.", PUBLISHED)
    assert [(f.period_start, f.period_end, f.date_precision) for f in facts] == [
        (date(2023, 8, 1), PUBLISHED, "month")
    ]
    facts = extract_facts("North Korea has supplied 5 million shells to Russia since August 2023.", None)
    assert [(f.period_start, f.period_end) for f in facts] == [(date(2023, 8, 1), None)]


def test_money_stated_twice_is_one_fact_with_its_equivalent():
    facts = extract_facts("The Khasan–Tumangang bridge will cost 9 billion rubles ($111 million).", PUBLISHED)
    assert [
        (f.attribute, f.value_number, f.unit, f.equivalent_value, f.equivalent_currency) for f in facts
    ] == [("cost", 9e9, "RUB", 111e6, "USD")]


def test_builder_value_is_the_name():
    facts = extract_facts("The general contractor for the Khasan–Tumangang bridge is Mostotrest.", PUBLISHED)
    assert [(f.attribute, f.value_text) for f in facts] == [("builder", "Mostotrest")]


@pytest.mark.parametrize(("body", "expected"), cooperation.HEADLINE_ARTICLES)
def test_headline_restating_the_body_is_one_fact(body, expected):
    facts = extract_facts(body, PUBLISHED)
    got = [(f.fact_type, f.quantity, f.item or f.personnel_type) for f in facts]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_since_early_month_runs_to_publication():
    facts = extract_facts(
        "Pyongyang has shipped 400,000 shells to Moscow since early August, Seoul said.", PUBLISHED
    )
    assert [(f.period_start, f.period_end) for f in facts] == [(date(2024, 8, 1), PUBLISHED)]


def test_date_of_a_coordinated_clause_with_its_own_verb_is_not_taken():
    text = "North Korea has sent 9,000 soldiers to Russia in two rotations, and shelling has eased since January."
    assert [(f.quantity, f.period_start) for f in extract_facts(text, PUBLISHED)] == [(9000.0, None)]


def test_alternative_figures_of_one_sentence_share_the_flow():
    body = (
        "North Korea has sent about 5,000 containers to Russia since last summer.\n"
        "The minister said they might hold two million 152mm shells or 400,000 122mm rounds.\n"
    )
    facts = extract_facts(body, PUBLISHED)
    got = {(f.item, f.quantity, f.origin_country, f.destination_country) for f in facts}
    assert ("artillery_shell", 2000000.0, "PRK", "RUS") in got
    assert ("artillery_shell", 400000.0, "PRK", "RUS") in got


def test_n_plus_is_at_least_n():
    facts = extract_facts("North Korea sent 3,000-plus engineers to Russia.", PUBLISHED)
    assert [(f.quantity_low, f.quantity_high) for f in facts] == [(3000.0, None)]


def _deployments(facts):
    return sorted(
        (
            f.personnel_type,
            f.quantity if f.quantity is not None else f.quantity_low,
            f.origin_country,
            f.destination_country,
        )
        for f in facts
        if f.fact_type == "deployment"
    )


@pytest.mark.parametrize(("text", "expected"), deployments.SENTENCES + deployments.ARTICLES)
def test_deployments_on_real_phrasing(text, expected):
    assert _deployments(extract_facts(text, PUBLISHED)) == sorted(expected)


@pytest.mark.parametrize(("sentence", "expected"), status.SENTENCES)
def test_status_on_real_phrasing(sentence, expected):
    assert sorted(f.status for f in extract_facts(sentence, PUBLISHED)) == expected


def test_relative_date_counts_from_a_sentence_without_facts():
    """A sentence with nothing a fact could hang on is not analysed (speed), but its date still
    anchors a later "eight months later"."""
    body = (
        "Kim Jong Un visited Vladivostok in March 2023.\n"
        "The talks were long.\n"
        "Eight months later, North Korea sent 1,000 engineers to Russia.\n"
    )
    (fact,) = extract_facts(body, PUBLISHED)
    assert (fact.period_start, fact.period_end) == (date(2023, 11, 1), date(2023, 11, 30))
