"""Unit tests for the hardening rules: exponents are not figures, restatement dedup stays linear."""

from __future__ import annotations

from datetime import date

import pytest

from dagster_project.extraction import extract_facts
from dagster_project.extraction.numbers import find_quantities


@pytest.mark.parametrize(
    "sentence",
    [
        "Pyongyang has promised 10^100 shells to Moscow.",
        "A blogger claimed 1e308 shells went north by rail.",
        "The post joked about 10**100 rounds of ammunition.",
        "Officials put the figure at 2.5e6 shells.",
    ],
)
def test_exponent_notation_is_not_a_figure(sentence):
    assert find_quantities(sentence) == []


def test_ordinary_figures_still_read_beside_exponents():
    values = [q.value for q in find_quantities("It sent 3,000 shells, 3.5 million rounds and 5^2 tanks.")]
    assert values == [3000.0, 3.5e6]


def test_repeated_sentence_is_one_fact():
    text = "Pyongyang moved 2,500 soldiers to Kursk in March, the ministry said. " * 400
    facts = extract_facts(text, date(2025, 5, 1), "rep")
    assert len(facts) == 1 and facts[0].quantity == 2500
