"""Hostile and broken input: every file ends up in dim_articles or rejected_articles, the run goes on."""

from __future__ import annotations

import json
import os

import duckdb
from conftest import SEEDS, run_pipeline

GOOD = "Russia has shipped 40,000 tonnes of wheat to North Korea, the ministry said.\n"


def _make_folder(root, outside):
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_text("   \n\n  ", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "nul bytes.txt").write_bytes(b"North Korea sent\x00 troops\x00 to Russia." * 20)
    (root / "cp1252.txt").write_bytes(
        "Caf\xe9 owners say North Korea shipped 1,000 tonnes of coal to Russia \x96 officials said.".encode(
            "latin-1"
        )
    )
    (root / "cyrillic.txt").write_bytes(
        "Россия отправила 500 тонн пшеницы в КНДР, сообщил министр.".encode("cp1251")
    )
    (root / "utf16.txt").write_bytes(GOOD.replace("40,000", "41,000").encode("utf-16"))
    (root / "huge.txt").write_bytes(b"a" * (5 * 1024 * 1024 + 10))
    (root / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    (root / "notes.docx").write_bytes(b"PK\x03\x04")
    (root / "original.txt").write_text(GOOD, encoding="utf-8")
    (root / "copy of original.txt").write_text(GOOD, encoding="utf-8")
    (root / "orphan.meta.json").write_text(json.dumps({"title": "no article"}), encoding="utf-8")
    (root / "-leading dash 'quotes' ünïcode.md").write_text(
        "'); DROP TABLE marts.dim_articles; --\n" + GOOD.replace("40,000", "42,000"), encoding="utf-8"
    )
    (root / "script.html").write_text(
        "<html><head><title>T</title><script>alert('x'); var troops = 9999;</script></head>"
        "<body><p>Russia delivered 300 tonnes of flour to North Korea in May 2024, officials said.</p>"
        + "<div>" * 3000
        + "deep"
        + "</div>" * 3000
        + "</body></html>",
        encoding="utf-8",
    )
    (root / "one line.txt").write_text(
        ("word " * 200_000) + "North Korea sent 1,000 troops to Russia.", encoding="utf-8"
    )
    (root / "bad sidecar.txt").write_text(GOOD.replace("40,000", "43,000"), encoding="utf-8")
    (root / "bad sidecar.meta.json").write_text("{not json", encoding="utf-8")
    outside.write_text(GOOD.replace("40,000", "44,000"), encoding="utf-8")
    os.symlink(outside, root / "link.txt")
    (root / "sub").mkdir()
    (root / "sub" / "nested.md").write_text(GOOD.replace("40,000", "45,000"), encoding="utf-8")
    for seed in SEEDS.iterdir():
        (root / seed.name).write_bytes(seed.read_bytes())


def test_every_file_is_accounted_for(tmp_path, dagster_instance):
    folder = tmp_path / "articles"
    _make_folder(folder, tmp_path / "outside.txt")
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    result, summary = run_pipeline(folder, warehouse, dagster_instance)
    assert result.success and summary.published, summary.lines()
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        read = dict(con.execute("select source_path, source_encoding from marts.dim_articles").fetchall())
        rejected = dict(con.execute("select source_path, reason from marts.rejected_articles").fetchall())
        tables = {
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_schema='marts'"
            ).fetchall()
        }
        body = con.execute(
            "select body_text from marts.dim_articles where source_path = 'script.html'"
        ).fetchone()[0]
        injected = con.execute(
            "select body_text from marts.dim_articles where source_path like '-leading%'"
        ).fetchone()[0]
    finally:
        con.close()
    on_disk = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if (p.is_file() or p.is_symlink()) and not p.name.endswith(".meta.json")
    }
    on_disk |= {"orphan.meta.json", "bad sidecar.meta.json"}
    assert on_disk == set(read) | set(rejected)
    assert not set(read) & set(rejected)
    assert "empty" in rejected["empty.txt"] and "empty" in rejected["blank.md"]
    assert "binary" in rejected["binary.txt"] and "binary" in rejected["nul bytes.txt"]
    assert "over the" in rejected["huge.txt"]
    assert "unsupported" in rejected["picture.png"] and "unsupported" in rejected["notes.docx"]
    assert "duplicate" in rejected["original.txt"] or "duplicate" in rejected["copy of original.txt"]
    assert "symbolic link" in rejected["link.txt"]
    assert "sidecar" in rejected["orphan.meta.json"]
    # the detector may name a sibling single-byte code page that reads these bytes identically
    assert read["cp1252.txt"] in ("cp1252", "cp1250") and read["cyrillic.txt"] == "cp1251"
    assert read["utf16.txt"] == "utf-16" and "sidecar" in rejected["bad sidecar.meta.json"]
    assert "sub/nested.md" in read and "one line.txt" in read and "bad sidecar.txt" in read
    assert "dim_articles" in tables  # the SQL in the text was stored, not run
    assert "DROP TABLE" in injected
    assert "alert" not in body and "9999" not in body and "300 tonnes of flour" in body
