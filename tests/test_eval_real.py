"""make eval-real: scores a cached real-text batch against offset-only gold, and copes without a cache.

The article here is written in the project's own words; the scorer runs the real extractor on it.
"""

import hashlib
import json

from dagster_project.evaluation_real import main, score_batch

TEXT = (
    "Seoul, 3 March 2025 - North Korea has sent about 2,000 more soldiers to Russia, "
    "the National Intelligence Service said on Monday.\n\n"
    "Russia delivered 50,000 tonnes of wheat to North Korea in January, the agency said.\n"
)


def _layout(tmp_path, text=TEXT, write_cache=True):
    real = tmp_path / "real"
    (real / "manifests").mkdir(parents=True)
    (real / "gold").mkdir()
    sha = hashlib.sha256(text.encode()).hexdigest()
    (real / "manifests" / "b91.csv").write_text(
        "id,url,outlet,query,published_date,sha256,chars,kind\n"
        f"b91_01,https://example.org/x,Example,own words,2025-03-03,{sha},{len(text)},other\n",
        encoding="utf-8",
    )
    # A second batch with a manifest and no gold file: listed as not annotated.
    (real / "manifests" / "b92.csv").write_text("id,url,outlet,query,published_date,sha256,chars,kind\n")
    first = text.index("North Korea has sent")
    second = text.index("Russia delivered")
    facts = [
        {
            "fact_type": "deployment",
            "personnel_type": "troops",
            "quantity": 2000,
            "origin_country": "PRK",
            "destination_country": "RUS",
            "status": "reported",
            "claimed_by": "National Intelligence Service",
            "evidence_start": 0,
            "evidence_end": text.index("\n"),
        },
        {
            "fact_type": "shipment",
            "item": "wheat",
            "quantity": 50000,
            "unit": "tonne",
            "origin_country": "RUS",
            "destination_country": "PRK",
            "status": "reported",
            "claimed_by": "National Intelligence Service",
            "evidence_start": second,
            "evidence_end": len(text) - 1,
        },
        # Not in the text at all: must count as a miss, never as a match.
        {
            "fact_type": "currency",
            "mechanism": "ruble_settlement",
            "status": "reported",
            "claimed_by": None,
            "evidence_start": first,
            "evidence_end": first + 10,
        },
    ]
    gold = {
        "batch": "b91",
        "annotator": "test",
        "articles": [{"id": "b91_01", "sha256": sha, "published_date": "2025-03-03", "facts": facts}],
    }
    (real / "gold" / "b91.json").write_text(json.dumps(gold), encoding="utf-8")
    if write_cache:
        (real / "cache" / "b91").mkdir(parents=True)
        (real / "cache" / "b91" / "b91_01.txt").write_bytes(text.encode())
    return real


def test_scores_a_cached_batch(tmp_path, capsys):
    real = _layout(tmp_path)
    result = score_batch("b91", real)
    overall = result["report"]["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (2, 0, 1), result["report"]["details"]
    assert abs(overall["recall"] - 2 / 3) < 1e-9 and overall["precision"] == 1.0
    assert result["report"]["per_type"]["currency"]["fn"] == 1
    assert result["report"]["fields"]["status"][2] == 2
    assert main(["--real-dir", str(real), "--first-sight", "--details"]) == 0
    out = capsys.readouterr().out
    assert "b92: not annotated" in out
    assert "| b91 | 1 | 3 | 1.00 | 0.67 | 0.80 |" in out
    # The missed fact is shown with its gold sentence, cut from the cached text by its offsets.
    assert "MISS b91/b91_01" in out and "North Korea has sent" in out


def test_missing_cache_says_what_to_do_and_exits_zero(tmp_path, capsys):
    real = _layout(tmp_path, write_cache=False)
    assert main(["--real-dir", str(real)]) == 0
    out = capsys.readouterr().out
    assert "real_cache.py verify" in out and "b91_01" in out


def test_changed_text_is_not_scored(tmp_path, capsys):
    real = _layout(tmp_path)
    (real / "cache" / "b91" / "b91_01.txt").write_text(TEXT.replace("2,000", "3,000"), encoding="utf-8")
    assert main(["--real-dir", str(real)]) == 1
    assert "differ from the gold's sha256" in capsys.readouterr().out


def test_figures_written_as_null_count_as_not_given(tmp_path):
    """The annotation guide lets annotators omit a field or write it as null: both mean the text
    does not give it, so an exact figure with null bounds matches, and a wrong figure still fails."""
    real = _layout(tmp_path)
    gold_path = real / "gold" / "b91.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    facts = gold["articles"][0]["facts"]
    facts[0].update({"quantity_low": None, "quantity_high": None, "unit": None})
    facts[1].update({"quantity": 60000, "quantity_low": None, "quantity_high": None})  # wrong figure
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    overall = score_batch("b91", real)["report"]["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (1, 1, 2)
