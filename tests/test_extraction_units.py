"""Unit tests of the extraction package: numbers, dates, cleaning, attribution, slot filling."""

from __future__ import annotations

from datetime import date

import pytest

from dagster_project.extraction import extract_article, extract_facts
from dagster_project.extraction.attribution import find_claimant, status_for
from dagster_project.extraction.cleaning import clean_text
from dagster_project.extraction.extractor import is_opinion_piece
from dagster_project.extraction.numbers import find_quantities
from dagster_project.extraction.temporal import find_times


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("over 3 million shells", 3e6, 3e6, None),
        ("up to 260,000 shells", 2.6e5, None, 2.6e5),
        ("between 3 and 5 million", 4e6, 3e6, 5e6),
        ("70-90% of wages", 80, 70, 90),
        ("3,2 km", 3.2, 3.2, 3.2),
        ("10\u202f000 troops", 1e4, 1e4, 1e4),
        ("10 000 troops", 1e4, 1e4, 1e4),
        ("40-thousand troops", 4e4, 4e4, 4e4),
        ("twenty-five thousand workers", 2.5e4, 2.5e4, 2.5e4),
        ("5 to 7,000 troops", 6e3, 5e3, 7e3),
        ("dozens of missiles", None, 24, 99),
        ("tens of thousands of workers", None, 2e4, 99999),
        ("$1.5bn", 1.5e9, 1.5e9, 1.5e9),
        ("12 mln rounds", 1.2e7, 1.2e7, 1.2e7),
        ("1.000.000 shells", 1e6, 1e6, 1e6),
    ],
)
def test_numbers_as_intervals(text, value, low, high):
    q = find_quantities(text)[0]
    assert (q.value, q.low, q.high) == (value, low, high)


def test_years_are_not_quantities():
    assert all(q.is_year for q in find_quantities("in 2024 the plan"))


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("signed last June", date(2024, 6, 1), date(2024, 6, 30), "month"),
        ("since October", date(2024, 10, 1), date(2025, 7, 14), "month"),
        ("last month", date(2025, 6, 1), date(2025, 6, 30), "month"),
        ("by mid-2026", date(2026, 6, 30), date(2026, 6, 30), "half"),
        ("earlier this year", date(2025, 1, 1), date(2025, 7, 14), "year"),
        ("in 2024", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("Q3 2025", date(2025, 7, 1), date(2025, 9, 30), "quarter"),
        ("in the 1950s", date(1950, 1, 1), date(1959, 12, 31), "decade"),
        ("October 14, 2025", date(2025, 10, 14), date(2025, 10, 14), "day"),
        ("three weeks ago", date(2025, 6, 23), date(2025, 6, 23), "day"),
    ],
)
def test_temporal_grammar(text, start, end, precision):
    t = find_times(text, date(2025, 7, 14))[0]
    assert (t.period_start, t.period_end, t.precision) == (start, end, precision)


def test_relative_dates_need_a_publication_date():
    assert find_times("last June", None)[0].period_start is None
    assert find_times("in 2024", None)[0].period_start == date(2024, 1, 1)


def test_eight_months_later_uses_the_previous_date():
    t = find_times("Eight months later", date(2025, 7, 14), anchor=date(2024, 6, 1))[0]
    assert t.period_start == date(2025, 2, 1)


def test_cleaning_drops_boilerplate_and_keeps_offsets_valid():
    raw = "- Latest news\nHeadline here\n![img](x.png)\n02:22\n| a | b |\n|---|---|\nBy john // 2025-01-02\n• Russia sent 5 tanks to North Korea.\nHeadline here\nfoo-abc123.jpeg)\nShare this article"
    assert clean_text(raw) == "Headline here\nRussia sent 5 tanks to North Korea."


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("According to Pentagon assessments shared with NATO, North Korea sent shells.", "Pentagon"),
        ("South Korean intelligence warns that more troops could arrive.", "South Korean intelligence"),
        (
            "Russia sent wheat, Russia's agriculture ministry said.",
            "Russian agriculture ministry",
        ),  # a country's institution takes the demonym
        (
            "This exchange, confirmed last week by South Korean intelligence officials, is new.",
            "South Korean intelligence officials",
        ),
        ("North Korea sent shells, citing Yonhap.", "Yonhap"),
    ],
)
def test_claimants(sentence, claimant):
    assert find_claimant(sentence) == claimant


def test_claimant_carries_over_from_the_previous_sentence():
    assert find_claimant("The agency said 5,000 more could follow.", previous="NIS") == "NIS"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("North Korea may send 5,000 troops.", "possible"),
        ("North Korea will send 5,000 troops.", "planned"),
        ("North Korea has reportedly sent 5,000 troops.", "reported"),
        ("The bridge is under construction and will carry 300 vehicles.", "planned"),
    ],
)
def test_status(sentence, status):
    anchor = sentence.index("5,000") if "5,000" in sentence else sentence.index("300")
    assert status_for(sentence, anchor)[0] == status


def test_direction_from_verbs_and_prepositions():
    facts = extract_facts(
        "Russia received 2,000 drones from Iran. Moscow supplied Pyongyang with 10 fighter jets.",
        date(2025, 1, 1),
    )
    by_item = {f.item: (f.origin_country, f.destination_country) for f in facts}
    assert by_item["drone"] == ("IRN", "RUS")
    assert by_item["fighter_aircraft"] == ("RUS", "PRK")


def test_exchange_items_are_no_facts_of_their_own():
    """Issue 7: the goods of an "in exchange for ..." phrase without a verb of their own are not
    separate shipments (and never take the direction of the other side)."""
    facts = extract_facts(
        "Russia may supply North Korea with air-defense systems in exchange for artillery shells.",
        date(2025, 1, 1),
    )
    by_item = {f.item: (f.origin_country, f.destination_country, f.status) for f in facts}
    assert by_item == {"air_defense_system": ("RUS", "PRK", "possible")}


def test_no_facts_from_casualties_ages_and_counts():
    text = (
        "About 4,000 North Korean soldiers were killed in Kursk. Kim, 41, made 3 trips to Russia. "
        "The two leaders held 5 meetings in 2024."
    )
    assert extract_facts(text, date(2025, 1, 1)) == []


def test_opinion_pieces_yield_no_facts():
    assert (
        extract_article(
            "Opinion: We must act\nNorth Korea sent 5,000 troops to Russia.", date(2025, 1, 1)
        ).facts
        == []
    )


@pytest.mark.parametrize(
    ("head", "opinion"),
    [
        ("Home > Opinion > Columns", True),
        ("News » Commentary", True),
        ("World | Editorials", True),
        ("Home > World > Asia", False),
        ("Opinion polls show support for the bridge falling > 10 points", False),
        ("Politics / Defence", False),
    ],
)
def test_an_opinion_section_in_the_breadcrumb_marks_an_opinion_piece(head, opinion):
    text = f"Why the alliance will not last\n{head}\nA guest writer\nNorth Korea sent 5,000 troops to Russia."
    assert is_opinion_piece(clean_text(text)) is opinion
    assert (extract_article(text, date(2025, 1, 1)).facts == []) is opinion


def test_headline_and_body_are_one_fact():
    text = "North Korea sends 1,500 engineers to Russia\nNorth Korea has sent 1,500 engineers to Russia's Kursk region, state media said."
    facts = extract_facts(text, date(2025, 1, 1))
    assert len(facts) == 1 and facts[0].location == "Kursk" and facts[0].claimed_by == "state media"


def test_fact_ids_are_deterministic():
    text = "Russia shipped 40,000 tonnes of wheat to North Korea."
    first = [f.fact_id for f in extract_facts(text, None, "a1")]
    assert first == [f.fact_id for f in extract_facts(text, None, "a1")]
    assert first != [f.fact_id for f in extract_facts(text, None, "a2")]


def test_html_metadata_from_json_ld_is_read_not_run(tmp_path):
    from dagster_project.ingest.reader import read_article_file

    page = tmp_path / "a.html"
    page.write_text(
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
        '"datePublished":"2025-08-21T09:30:00+09:00","author":{"name":"Min-jun Lee"},'
        '"publisher":{"name":"Korea Daily"}}</script><script>var x = 1;</script></head>'
        "<body><p>Russia will ship 50,000 tonnes of diesel to North Korea.</p></body></html>",
        encoding="utf-8",
    )
    article = read_article_file(page, "a.html", tmp_path, clean_text, 5 * 1024 * 1024)
    assert (article.published_date, article.published_date_source) == (date(2025, 8, 21), "html")
    assert (article.title, article.author, article.outlet) == ("H", "Min-jun Lee", "Korea Daily")
    assert "datePublished" not in article.body_text and "var x" not in article.body_text


def test_remembered_sentences_give_the_same_facts_as_a_cold_run():
    """Speed memo (extraction/memo.py): an article whose sentences were all seen before gives the
    same facts as the first, cold extraction, and a sentence seen earlier in the same article too."""
    from dagster_project.extraction.memo import clear_all

    text = (
        "Pyongyang sent 2,000 workers to Vladivostok last June, officials said.\n"
        "The ministry said 300 containers of shells crossed at Tumangang in May 2024.\n"
        "Pyongyang sent 2,000 workers to Vladivostok last June, the agency added."
    )
    clear_all()
    cold = [f.as_dict() for f in extract_facts(text, date(2025, 3, 10), "m1")]
    warm = [f.as_dict() for f in extract_facts(text, date(2025, 3, 10), "m1")]
    assert cold and warm == cold
    other_date = [f.as_dict() for f in extract_facts(text, date(2026, 3, 10), "m1")]
    assert [f["period_start"] for f in other_date] != [f["period_start"] for f in cold]


def test_text_memo_is_bounded():
    from dagster_project.extraction.memo import text_memo

    calls = []

    @text_memo(size=2, max_chars=5)
    def length(text):
        calls.append(text)
        return len(text)

    assert [length("ab"), length("ab"), length("cd"), length("ef"), length("ab")] == [2, 2, 2, 2, 2]
    assert calls == ["ab", "cd", "ef", "ab"]  # "ab" was the oldest of three: forgotten
    assert length("longer") == length("longer") == 6 and calls[-2:] == ["longer", "longer"]


def test_the_extractor_version_covers_every_module_of_the_package():
    """A rule changed in a subpackage module (``slots/shipments.py``) must change the version, so
    an incremental build re-extracts every article."""
    from pathlib import Path

    from dagster_project.extraction import vocab

    package = Path(vocab.__file__).parent
    hashed = set(vocab.fingerprinted_files())
    modules = {p for p in package.rglob("*.py")}
    assert package / "slots" / "shipments.py" in hashed
    assert modules <= hashed
