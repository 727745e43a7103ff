"""Issue 7, section 4, shipments: the project's own examples of each rule (tests/corpus/shipments.py)
run through the whole extractor."""

from __future__ import annotations

from datetime import date

import pytest
from corpus import figures, shipments

from dagster_project.extraction import extract_facts
from dagster_project.extraction.numbers import find_quantities

PUBLISHED = date(2025, 3, 10)
CASES = [
    pytest.param(sentence, expected, id=f"{name.lower()}-{i}")
    for name in shipments.__all__
    for i, (sentence, expected) in enumerate(getattr(shipments, name))
]


def _row(f):
    figure = f.quantity if f.quantity is not None else f.quantity_low
    return (f.item, figure, f.unit if figure is not None else None, f.origin_country, f.destination_country)


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_shipment_rules(sentence, expected):
    got = [_row(f) for f in extract_facts(sentence, PUBLISHED) if f.fact_type == "shipment"]
    assert sorted(got, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "value"), figures.ARTICLE_BEFORE_NUMBER_WORD)
def test_article_before_number_word(text, value):
    assert [q.value for q in find_quantities(text)] == [value]
