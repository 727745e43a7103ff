"""Fault test and served-warehouse guard, on real pipeline runs.

A folder of 50 good articles plus one file of each hostile kind publishes the 50; every bad file is
rejected with a reason or its fact quarantined. A missing folder, or a build that would drop most
served articles, publishes nothing unless allowed explicitly.
"""

from __future__ import annotations

import json
import os

import duckdb

from dagster_project.cli import execute, hardening_run_config

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
TEMPLATES = [
    "Russia shipped {n:,} tonnes of wheat to North Korea in {month} 2024, the agriculture ministry said.",
    "North Korea sent {n:,} construction workers to Russia's Primorye region in {month} 2024, officials said.",
    "Pyongyang delivered {n:,} artillery shells to Moscow in {month} 2024, according to the defence ministry.",
    "Moscow supplied {n:,} barrels of oil to Pyongyang in {month} 2024, a customs report showed.",
    "North Korea dispatched {n:,} engineers to the Kursk region in {month} 2024, Seoul's spy agency said.",
]


def _good_articles(root) -> dict[str, str]:
    written = {}
    for i in range(50):
        sentence = TEMPLATES[i % len(TEMPLATES)].format(n=1_000 + 37 * i, month=MONTHS[i % len(MONTHS)])
        name = f"good/{i:02d}.txt"
        (root / name).write_text(f"Cooperation brief number {i}\n\n{sentence}\n", encoding="utf-8")
        written[name] = sentence
    return written


# Good articles whose header dates and units a real outlet's text has (a wire dateline, a timestamp,
# a "Published:" line; ferry and flight frequencies, a vessel's load, a count of tankers): each is
# published with its facts, none quarantined.
OUTLET_SHAPED = {
    "good/ferry.txt": "Ferry schedule\n\nVLADIVOSTOK, 3 March 2025 – The Rajin–Vladivostok ferry will sail twice "
    "a week from April, the operator said. The ferry can take 200 passengers and 1,500 tonnes of cargo.\n",
    "good/tankers.txt": "Tanker watch\nMarch 12, 2025 9:30 AM GMT+9\n\nFive tankers carried Russian oil to "
    "North Korea in February 2025, a monitoring group said.\n",
    "good/flights.txt": "Air link\nPublished: 2025-02-10\n\nFlights between Moscow and Pyongyang will run "
    "twice a month, the transport ministry said.\n",
}


def _bad_files(root) -> None:
    bad = root / "bad"
    bad.mkdir()
    # a 255-byte name (its sidecar's name would be too long) and a name that is not UTF-8
    (bad / ("x" * 251 + ".txt")).write_text(
        "Russia sent 777 tonnes of flour to North Korea in May 2024, the ministry said.\n", encoding="utf-8"
    )
    with open(os.path.join(os.fsencode(bad), b"r\xe9sum\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write("North Korea sent 888 welders to Russia in June 2024, officials said.\n")
    # a sidecar nested 100,000 levels deep
    (bad / "deep.txt").write_text(
        "Russia shipped 999 tonnes of maize to North Korea in July 2024, traders said.\n", encoding="utf-8"
    )
    (bad / "deep.meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    # odd figures: zero people, an absurd shipment, an exponent
    (bad / "zero.txt").write_text(
        "Pyongyang sent 0 troops to Kursk in March 2024, the ministry said.\n", encoding="utf-8"
    )
    (bad / "absurd.txt").write_text(
        "Russia received 3,000,000,000,000,000,000 shells from North Korea in May 2024, a blogger claimed.\n",
        encoding="utf-8",
    )
    (bad / "exponent.txt").write_text(
        "North Korea shipped 10^100 shells to Russia in May 2024, a parody account joked.\n", encoding="utf-8"
    )
    # a FIFO, a hidden folder, an empty file
    os.mkfifo(bad / "pipe.txt")
    (root / ".drafts").mkdir()
    (root / ".drafts" / "article.txt").write_text(
        "North Korea sent 4,321 troops to Russia in May 2024, officials said.\n", encoding="utf-8"
    )
    (bad / "empty.txt").write_bytes(b"")
    # 4.1 MB of one news sentence repeated (under the 5 MB limit): runs over its extraction budget
    (bad / "repeated.txt").write_text(
        "North Korea sent 1,000 troops to Russia in May, officials said. " * 64_000, encoding="utf-8"
    )
    # encodings
    enc = root / "encodings"
    enc.mkdir()
    (enc / "korean.txt").write_bytes(
        "북한은 러시아에 포탄 수백만 발을 보낸 것으로 알려졌다고 정보 당국이 밝혔다.".encode("euc_kr")
    )
    (enc / "french.txt").write_bytes(
        "Le Kremlin a reçu des obus nord-coréens, selon un député français.".encode("latin-1")
    )
    (enc / "japanese.txt").write_bytes(
        "北朝鮮はロシアに砲弾を送ったと政府関係者が述べた。".encode("shift_jis")
    )
    (enc / "chinese.txt").write_bytes("朝鲜向俄罗斯运送了大量炮弹，官员表示。".encode("gb2312"))
    (enc / "one bad byte.txt").write_bytes(
        "Café owners near the Khasan crossing said trade doubled this year.".encode().replace(
            b"doubled", b"dou\xffbled"
        )
    )
    (enc / "bom sidecar.txt").write_text(
        "Russia shipped 2,222 tonnes of rice to North Korea last month, traders said.\n", encoding="utf-8"
    )
    (enc / "bom sidecar.meta.json").write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"title": "Rice by rail", "published_date": "2024-08-15"}).encode()
    )


def test_fifty_good_articles_publish_despite_one_of_each_bad_kind(tmp_path, dagster_instance):
    root = tmp_path / "articles"
    (root / "good").mkdir(parents=True)
    good = _good_articles(root)
    for name, text in OUTLET_SHAPED.items():
        (root / name).write_text(text, encoding="utf-8")
    _bad_files(root)
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    result, summary = execute(
        root, warehouse, instance=dagster_instance, run_config=hardening_run_config(extraction_budget=8)
    )
    assert result.success and summary.published, summary.lines()
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        read = {
            r[0]: r[1:]
            for r in con.execute(
                "select source_path, source_encoding, body_text, title, published_date, fact_count from marts.dim_articles"
            ).fetchall()
        }
        rejected = dict(
            con.execute("select source_path, reason_code from marts.rejected_articles").fetchall()
        )
        quarantined = con.execute(
            "select source_path, rule, rules, reason from marts.quarantined_facts order by 1"
        ).fetchall()
        exponent_facts = con.execute(
            "select count(*) from marts.fct_shipments s join marts.dim_articles a using (article_id) "
            "where a.source_path = 'bad/exponent.txt' and s.quantity is not null"
        ).fetchone()[0]
        shell_max = con.execute("select max(quantity) from marts.fct_shipments").fetchone()[0]
        zero_troops = con.execute(
            "select count(*) from marts.fct_deployments where headcount <= 0"
        ).fetchone()[0]
        header_sources = dict(
            con.execute(
                "select source_path, published_date_source from marts.dim_articles where source_path in "
                "('good/ferry.txt', 'good/tankers.txt', 'good/flights.txt')"
            ).fetchall()
        )
        capacities = set(
            con.execute(
                "select value_number, unit, normalized_unit from marts.fct_infrastructure_specs "
                "where attribute = 'capacity'"
            ).fetchall()
        )
        tankers = con.execute("select quantity from marts.fct_shipments where unit = 'tanker'").fetchall()
    finally:
        con.close()
    # the 50 good articles are published, each with its fact
    assert set(good) <= set(read)
    assert all(read[name][4] >= 1 for name in good), {n: read[n][4] for n in good if read[n][4] < 1}
    # every bad file is rejected with a reason ...
    assert rejected == {
        "bad/deep.meta.json": "bad_sidecar",
        "bad/pipe.txt": "not_regular_file",
        ".drafts/article.txt": "hidden",
        "bad/empty.txt": "empty",
        "bad/repeated.txt": "extraction_timeout",
    }
    # ... or read, with odd names kept (escaped) and its odd facts quarantined
    assert {"bad/" + "x" * 251 + ".txt", "bad/r\\xe9sum\\xe9.txt", "bad/deep.txt"} <= set(read)
    by_file = {path: (rule, rules, reason) for path, rule, rules, reason in quarantined}
    assert set(by_file) == {"bad/zero.txt", "bad/absurd.txt"}, quarantined
    assert "bounds" in by_file["bad/zero.txt"][1] and "plausibility" in by_file["bad/zero.txt"][1]
    assert by_file["bad/absurd.txt"][0] == "plausibility" and "munitions" in by_file["bad/absurd.txt"][2]
    assert exponent_facts == 0 and shell_max < 1e9 and zero_troops == 0
    # outlet-shaped headers and units are published, not failed or quarantined
    assert header_sources == {
        "good/ferry.txt": "dateline",
        "good/tankers.txt": "timestamp",
        "good/flights.txt": "published_line",
    }
    assert {
        (200.0, "passenger", "passenger"),
        (1500.0, "tonne", "tonne"),
        (2.0, "trips_per_week", "trips_per_day"),
        (2.0, "flights_per_month", "flights_per_day"),
    } <= capacities, capacities
    assert tankers == [(5.0,)]
    # encodings read as written
    assert read["encodings/korean.txt"][1].startswith("북한은 러시아에")
    assert read["encodings/french.txt"][1].startswith("Le Kremlin a reçu")
    assert read["encodings/japanese.txt"][1].startswith("北朝鮮はロシアに")
    assert read["encodings/chinese.txt"][1].startswith("朝鲜向俄罗斯")
    assert read["encodings/one bad byte.txt"][0] == "utf-8" and read["encodings/one bad byte.txt"][
        1
    ].startswith("Café owners")
    assert read["encodings/bom sidecar.txt"][2] == "Rice by rail"
    assert str(read["encodings/bom sidecar.txt"][3]) == "2024-08-15"
    # the summary and the Dagster checks show the quarantine; every file is accounted for
    text = "\n".join(summary.lines())
    assert (
        "quarantined facts (kept out of the fact tables): 2" in text
        and "bad/absurd.txt [plausibility]" in text
    )
    checks = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert checks["every_file_accounted_for"].passed
    assert not checks["quarantine_report"].passed
    assert checks["quarantine_report"].metadata["quarantined"].value == 2


def test_the_served_warehouse_is_guarded(tmp_path, dagster_instance):
    root = tmp_path / "articles"
    root.mkdir()
    for i, name in enumerate(("a.txt", "b.txt", "c.txt")):
        (root / name).write_text(
            f"Russia shipped {1_000 + i:,} tonnes of wheat to North Korea in May 2024, officials said.\n",
            encoding="utf-8",
        )
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    warehouse.parent.mkdir()
    (warehouse.parent / "parquet").mkdir()  # the user's own folder beside the warehouse
    (warehouse.parent / "parquet" / "mine.parquet").write_bytes(b"user data")
    first, summary = execute(root, warehouse, instance=dagster_instance)
    assert first.success and summary.published, summary.lines()
    served = warehouse.read_bytes()

    # a typo in ARTICLES_DIR: the run fails and the served warehouse stays
    missing, summary = execute(tmp_path / "artcles", warehouse, instance=dagster_instance)
    assert not missing.success and not summary.published
    assert any("does not exist" in message for _, message in summary.failed_steps), summary.lines()
    assert warehouse.read_bytes() == served

    # an empty folder (an unmounted share) would drop every served article: refused, with the reason
    empty = tmp_path / "share"
    empty.mkdir()
    refused, summary = execute(empty, warehouse, instance=dagster_instance)
    assert not refused.success and not summary.published
    assert any("--allow-large-drop" in message for _, message in summary.failed_steps), summary.lines()
    assert warehouse.read_bytes() == served

    # allowed explicitly (run config; `make run` takes --allow-large-drop)
    allowed, summary = execute(
        empty, warehouse, instance=dagster_instance, run_config=hardening_run_config(allow_large_drop=True)
    )
    assert allowed.success and summary.published
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("select count(*) from marts.dim_articles").fetchone()[0] == 0
    con.close()
    assert (warehouse.parent / "parquet" / "mine.parquet").read_bytes() == b"user data"
