"""scripts/real_cache.py: add writes the cache and the manifest row; verify catches edits and gaps."""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "real_cache.py"


def _run(tmp_path, *args):
    cmd = [
        sys.executable,
        str(SCRIPT),
        "--manifests",
        str(tmp_path / "m"),
        "--cache",
        str(tmp_path / "c"),
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True)


def _add(tmp_path, text_file, article_id="b09_01", url="https://example.org/a"):
    return _run(
        tmp_path,
        "add",
        "--batch",
        "b09",
        "--id",
        article_id,
        "--url",
        url,
        "--query",
        "some query",
        "--text-file",
        str(text_file),
        "--outlet",
        "Example",
        "--kind",
        "other",
        "--no-exclusion-check",
    )


def test_add_then_verify_then_tamper(tmp_path):
    source = tmp_path / "in.txt"
    # A text of our own with a CRLF and a non-ASCII character: both must survive byte for byte.
    source.write_bytes("Our own line one,\r\nline two — with a dash.\n".encode())
    assert _add(tmp_path, source).returncode == 0
    cached = tmp_path / "c" / "b09" / "b09_01.txt"
    assert cached.read_bytes() == source.read_bytes()
    manifest = (tmp_path / "m" / "b09.csv").read_text().splitlines()
    assert manifest[0] == "id,url,outlet,query,published_date,sha256,chars,kind"
    assert manifest[1].endswith(f",{len(source.read_bytes().decode())},other")
    ok = _run(tmp_path, "verify")
    assert ok.returncode == 0, ok.stdout
    assert "1 ok, 0 missing, 0 mismatched" in ok.stdout

    # Re-adding the same id with a different text is refused and leaves the cache alone.
    other = tmp_path / "other.txt"
    other.write_text("A different text.", encoding="utf-8")
    assert _add(tmp_path, other).returncode == 1
    assert cached.read_bytes() == source.read_bytes()

    # A rebuilt cache from the same text passes; a tampered one fails.
    cached.unlink()
    missing = _run(tmp_path, "verify")
    assert missing.returncode == 1 and "MISSING b09/b09_01" in missing.stdout
    assert _run(tmp_path, "verify", "--allow-missing").returncode == 0
    assert _add(tmp_path, source).returncode == 0
    cached.write_text("tampered", encoding="utf-8")
    bad = _run(tmp_path, "verify")
    assert bad.returncode == 1 and "MISMATCH b09/b09_01" in bad.stdout


def test_same_url_twice_is_refused(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("Text one of ours.", encoding="utf-8")
    assert _add(tmp_path, source).returncode == 0
    again = _add(tmp_path, source, article_id="b09_02")
    assert again.returncode == 1 and "already in b09/b09_01" in again.stdout
