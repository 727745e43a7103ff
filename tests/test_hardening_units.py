"""Unit tests of the hardening: exponents are not figures, dedup stays linear, one bad article or file\nnever stops the others, encodings are detected, sidecars are read safely."""

from __future__ import annotations

import json
import os
import socket
from datetime import date

import pytest

from dagster_project.extraction import extract_facts
from dagster_project.extraction.batch import extract_guarded
from dagster_project.extraction.cleaning import clean_text
from dagster_project.extraction.numbers import find_quantities
from dagster_project.ingest.metadata import read_sidecar
from dagster_project.ingest.reader import ArticlesDirError, decode_bytes, scan_articles


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


# --- extraction isolation and budget -------------------------------------------------------------


def test_one_failing_article_and_one_slow_article_do_not_stop_the_others():
    slow = "Pyongyang moved 2,500 soldiers to Kursk in March, the ministry said. " * 30_000
    items = [
        ("good", "Russia shipped 300 tonnes of wheat to North Korea in May 2024, officials said.", None),
        ("slow", slow, date(2025, 5, 1)),
        ("broken", None, None),  # not a text: the extractor raises
        ("good2", "North Korea sent 1,200 engineers to Russia, the agency said.", None),
    ]
    facts, failures = extract_guarded(items, workers=2, budget_seconds=2)
    assert set(facts) == {"good", "good2"} and facts["good"]
    assert failures["slow"][0] == "extraction_timeout" and "budget of 2 s" in failures["slow"][1]
    assert failures["broken"][0] == "extraction_error" and "AttributeError" in failures["broken"][1]


# --- decoding -------------------------------------------------------------------------------------

_SAMPLES = {
    "euc_kr": "북한은 러시아에 포탄 수백만 발을 보낸 것으로 알려졌다고 정보 당국이 밝혔다.",
    "latin-1": "Le Kremlin a reçu des obus nord-coréens, selon un député français.",
    "shift_jis": "北朝鮮はロシアに砲弾を送ったと政府関係者が述べた。",
    "gb2312": "朝鲜向俄罗斯运送了大量炮弹，官员表示。",
    "cp1251": "Россия отправила 500 тонн пшеницы в КНДР, сообщил министр.",
}


@pytest.mark.parametrize("encoding", sorted(_SAMPLES))
def test_legacy_encodings_are_read_as_written(encoding):
    decoded = decode_bytes(_SAMPLES[encoding].encode(encoding))
    assert decoded.text == _SAMPLES[encoding]
    assert decoded.encoding != "utf-8" and 0.5 <= decoded.confidence <= 1.0


def test_utf8_with_one_bad_byte_stays_utf8_with_a_warning():
    data = "Café owners in Vladivostok say trade with Pyongyang doubled — officials agree.".encode()
    data = data.replace(b"doubled", b"doub\xffled")
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8" and "Café" in decoded.text and "\ufffd" in decoded.text
    assert decoded.warning and "1 invalid" in decoded.warning


def test_strict_utf8_and_boms():
    assert decode_bytes("Kursk — Курск".encode()).encoding == "utf-8"
    assert decode_bytes(b"\xef\xbb\xbfplain text").text == "plain text"
    assert decode_bytes("Kursk".encode("utf-16")).encoding == "utf-16"


def test_no_credible_encoding_is_rejected():
    assert decode_bytes(bytes(range(128, 256)) * 3).text is None


def test_sidecar_with_bom_and_sidecar_nested_too_deep(tmp_path):
    good = tmp_path / "a.meta.json"
    good.write_bytes(b"\xef\xbb\xbf" + json.dumps({"title": "T", "published_date": "2024-05-01"}).encode())
    fields, problem = read_sidecar(good)
    assert problem is None and fields["title"] == "T" and fields["published_date"] == date(2024, 5, 1)
    deep = tmp_path / "b.meta.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    fields, problem = read_sidecar(deep)
    assert fields == {} and "nested too deeply" in problem


# --- the reader: one file never stops the scan ------------------------------------------------------


def _text(n: int) -> str:
    return f"Russia shipped {n:,} tonnes of wheat to North Korea in May 2024, officials said.\n"


def test_scan_isolates_every_odd_file(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    (root / "ok.txt").write_text(_text(100), encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "sock.txt"))
    (root / ".drafts").mkdir()
    (root / ".drafts" / "article.txt").write_text(_text(101), encoding="utf-8")
    (root / ".hidden.txt").write_text(_text(102), encoding="utf-8")
    long_name = "n" * 251 + ".txt"  # 255 bytes: its sidecar's name would be too long to exist
    (root / long_name).write_text(_text(103), encoding="utf-8")
    with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write(_text(104))
    (root / "deep.txt").write_text(_text(105), encoding="utf-8")
    (root / "deep.meta.json").write_text("{" * 1 + '"a":' + "[" * 100_000 + "]" * 100_000 + "}")
    try:
        articles, rejected = scan_articles(root, clean_text)
    finally:
        sock.close()
    read = {a.source_path: a for a in articles}
    reasons = {r.source_path: r.reason_code for r in rejected}
    assert set(read) == {"ok.txt", long_name, "caf\\xe9.txt", "deep.txt"}
    assert reasons == {
        "pipe.txt": "not_regular_file",
        "sock.txt": "not_regular_file",
        ".drafts/article.txt": "hidden",
        ".hidden.txt": "hidden",
        "deep.meta.json": "bad_sidecar",
    }
    assert any("not valid UTF-8" in w for w in read["caf\\xe9.txt"].warnings)


def test_missing_or_unreadable_folder_is_a_run_fault(tmp_path):
    with pytest.raises(ArticlesDirError, match="does not exist"):
        scan_articles(tmp_path / "no such folder", clean_text)
