"""Manage the git-ignored cache of real articles behind ``tests/real/manifests/<batch>.csv``.

The repository holds no text written elsewhere: each manifest row records where an article came from
(url, the search query that finds it), its character count and the sha256 of its UTF-8 bytes. The text
itself lives in ``tests/real/cache/<batch>/<id>.txt`` (git-ignored) and is rebuilt with the search tool
(see ``tests/real/README.md``).

    python scripts/real_cache.py verify [--batch b01 ...]
        every manifest row: file present, sha256 and chars match; exit 1 on any mismatch or missing file
        (``--allow-missing``: missing files are listed but only mismatches fail).
    python scripts/real_cache.py add --batch b01 --id b01_07 --url URL --query Q --text-file F \
            [--outlet NAME --kind wire --published-date 2025-11-03]
        writes the cache file from F (exactly its characters); with a manifest row for the id, checks the
        text against it (exit 1 on mismatch, the cache file is then not written); without one, appends a row.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "real"
MANIFESTS = REAL / "manifests"
CACHE = REAL / "cache"
HEADER = ["id", "url", "outlet", "query", "published_date", "sha256", "chars", "kind"]
KINDS = {
    "wire",
    "korean",
    "ukrainian",
    "russian",
    "japanese",
    "think_tank",
    "government",
    "un",
    "scraped",
    "repost",
    "opinion",
    "other",
}
# The shared exclusion script sits beside the repository (/work/main) or two levels up (/work/wt/<name>).
EXCLUSION_SCRIPT = next(
    (
        p / "shared" / "eval" / "is_excluded.py"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared" / "eval" / "is_excluded.py").is_file()
    ),
    ROOT.parent / "shared" / "eval" / "is_excluded.py",
)


def digest(text: str) -> tuple[str, int]:
    """sha256 of the text's UTF-8 bytes and its length in characters."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), len(text)


def read_text(path: Path) -> str:
    """The file's text exactly as stored (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def manifest_path(batch: str, manifests: Path = MANIFESTS) -> Path:
    return manifests / f"{batch}.csv"


def read_manifest(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != HEADER:
            raise SystemExit(f"{path}: header must be {','.join(HEADER)} (found {reader.fieldnames})")
        return list(reader)


def batches(manifests: Path = MANIFESTS) -> list[str]:
    return sorted(p.stem for p in manifests.glob("*.csv")) if manifests.is_dir() else []


def cache_file(batch: str, article_id: str, cache: Path = CACHE) -> Path:
    return cache / batch / f"{article_id}.txt"


def check_rows(batch: str, manifests: Path = MANIFESTS, cache: Path = CACHE) -> tuple[list, list, list]:
    """(ok ids, missing ids, mismatch descriptions) for one batch."""
    ok, missing, bad = [], [], []
    seen: set[str] = set()
    for row in read_manifest(manifest_path(batch, manifests)):
        rid = row["id"]
        if rid in seen:
            bad.append(f"{batch}/{rid}: duplicate id in manifest")
            continue
        seen.add(rid)
        path = cache_file(batch, rid, cache)
        if not path.is_file():
            missing.append(f"{batch}/{rid}")
            continue
        sha, chars = digest(read_text(path))
        if sha != row["sha256"] or str(chars) != row["chars"]:
            bad.append(
                f"{batch}/{rid}: cache sha256 {sha[:12]}… chars {chars}, manifest {row['sha256'][:12]}… chars {row['chars']}"
            )
        else:
            ok.append(f"{batch}/{rid}")
    return ok, missing, bad


def cmd_verify(args) -> int:
    names = args.batch or batches(args.manifests)
    if not names:
        print(f"no manifests in {args.manifests}")
        return 1
    total_ok = total_missing = total_bad = 0
    urls: dict[str, str] = {}
    duplicate_urls = []
    for batch in names:
        ok, missing, bad = check_rows(batch, args.manifests, args.cache)
        for row in read_manifest(manifest_path(batch, args.manifests)):
            if row["url"] in urls:
                duplicate_urls.append(f"{batch}/{row['id']}: url also in {urls[row['url']]}")
            urls[row["url"]] = f"{batch}/{row['id']}"
        print(f"{batch}: {len(ok)} ok, {len(missing)} missing, {len(bad)} mismatched")
        for line in missing:
            print(f"  MISSING {line}")
        for line in bad:
            print(f"  MISMATCH {line}")
        total_ok, total_missing, total_bad = (
            total_ok + len(ok),
            total_missing + len(missing),
            total_bad + len(bad),
        )
    for line in duplicate_urls:
        print(f"  DUPLICATE URL {line}")
    print(
        f"all: {total_ok} ok, {total_missing} missing, {total_bad} mismatched, {len(duplicate_urls)} duplicate urls"
    )
    failed = total_bad or duplicate_urls or (total_missing and not args.allow_missing)
    return 1 if failed else 0


def excluded(path: Path, url: str) -> bool:
    """True when the shared exclusion script says the text or url belongs to the evaluation set."""
    if not EXCLUSION_SCRIPT.is_file():
        return False
    result = subprocess.run(
        [sys.executable, str(EXCLUSION_SCRIPT), "--text", str(path), url], capture_output=True, text=True
    )
    return result.returncode == 1


def cmd_add(args) -> int:
    source = Path(args.text_file)
    text = read_text(source)
    sha, chars = digest(text)
    target = cache_file(args.batch, args.id, args.cache)
    path = manifest_path(args.batch, args.manifests)
    rows = read_manifest(path) if path.is_file() else []
    row = next((r for r in rows if r["id"] == args.id), None)
    if row is not None:
        if row["url"] != args.url:
            print(f"{args.batch}/{args.id}: url differs from the manifest ({row['url']})")
            return 1
        if row["sha256"] != sha or row["chars"] != str(chars):
            print(
                f"{args.batch}/{args.id}: text does not match the manifest (chars {chars} vs {row['chars']})"
            )
            return 1
        if source.resolve() != target.resolve():
            write_text(target, text)
        print(f"{args.batch}/{args.id}: matches the manifest, cached at {target}")
        return 0
    if args.check_exclusion and excluded(source, args.url):
        print(f"{args.batch}/{args.id}: EXCLUDED (evaluation set); nothing written")
        return 1
    if args.kind and args.kind not in KINDS:
        print(f"unknown kind {args.kind!r}; one of {', '.join(sorted(KINDS))}")
        return 1
    for other in batches(args.manifests):
        for r in read_manifest(manifest_path(other, args.manifests)):
            if r["url"] == args.url:
                print(f"{args.batch}/{args.id}: url already in {other}/{r['id']}")
                return 1
    if source.resolve() != target.resolve():
        write_text(target, text)
    new = not path.is_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if new:
            writer.writerow(HEADER)
        writer.writerow(
            [
                args.id,
                args.url,
                args.outlet or "",
                args.query,
                args.published_date or "",
                sha,
                chars,
                args.kind or "",
            ]
        )
    print(f"{args.batch}/{args.id}: added ({chars} chars)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--manifests", type=Path, default=MANIFESTS, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, default=CACHE, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True)
    verify = sub.add_parser("verify", help="check every manifest row against the cache")
    verify.add_argument("--batch", action="append", help="only these batches (repeatable)")
    verify.add_argument("--allow-missing", action="store_true", help="missing files do not fail")
    add = sub.add_parser("add", help="cache one article's text (and add its manifest row if new)")
    add.add_argument("--batch", required=True)
    add.add_argument("--id", required=True)
    add.add_argument("--url", required=True)
    add.add_argument("--query", required=True)
    add.add_argument("--text-file", required=True)
    add.add_argument("--outlet")
    add.add_argument("--kind")
    add.add_argument("--published-date")
    add.add_argument("--no-exclusion-check", dest="check_exclusion", action="store_false")
    args = parser.parse_args(argv)
    return cmd_verify(args) if args.command == "verify" else cmd_add(args)


if __name__ == "__main__":
    sys.exit(main())
