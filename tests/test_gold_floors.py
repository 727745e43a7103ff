"""The extractor against the hand-annotated gold set (tests/gold): floors on precision, recall, F1, fields."""

from __future__ import annotations

import pytest

from dagster_project.evaluation import GOLD_SETS, evaluate


@pytest.fixture(scope="module")
def report():
    return evaluate()


@pytest.mark.parametrize("gold", GOLD_SETS[1:], ids=lambda p: p.stem)
def test_held_out_batches_floor(gold):
    result = evaluate(gold)
    assert result["overall"]["f1"] >= 0.9, "\n".join(result["details"])


def test_overall_f1_floor(report):
    assert report["overall"]["f1"] >= 0.95, "\n".join(report["details"])


@pytest.mark.parametrize("fact_type", ["shipment", "deployment", "infrastructure", "currency"])
def test_per_type_f1_floor(report, fact_type):
    assert report["per_type"][fact_type]["f1"] >= 0.9, "\n".join(report["details"])


@pytest.mark.parametrize("field", ["origin", "destination", "status", "claimant", "dates", "units"])
def test_field_accuracy_floor(report, field):
    accuracy, _, evaluated = report["fields"][field]
    assert evaluated > 0 and accuracy >= 0.9, "\n".join(report["details"])


def test_gold_set_covers_enough_articles(report):
    assert report["articles"] >= 19
