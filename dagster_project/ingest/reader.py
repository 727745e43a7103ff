"""Scans ``ARTICLES_DIR``: every file becomes an article to read or a rejection with a reason.

Checks, in order: symbolic link (never followed), unsupported extension, oversized (> 5 MB by
default), empty, binary (NUL bytes or control characters), undecodable (UTF-8 first, then the
common legacy encodings: UTF-16 with a BOM, Windows-1252, Windows-1251, EUC-KR), no text left
after cleaning, and duplicate content (same text as an earlier file in path order).
Nothing is silently dropped: sidecars without an article are reported too.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import metadata
from .html_text import html_to_text

ARTICLE_EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
SIDECAR_SUFFIX = ".meta.json"
MAX_BYTES = 5 * 1024 * 1024
LEGACY_ENCODINGS = ("cp1252", "cp1251", "euc_kr")


@dataclass(slots=True)
class ArticleFile:
    article_id: str
    source_path: str
    file_type: str
    encoding: str
    byte_size: int
    raw_text: str
    body_text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published_date: date | None = None
    published_date_source: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Rejection:
    source_path: str
    reason_code: str
    reason: str
    byte_size: int | None = None


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, encoding) or (None, None) when no supported encoding reads the bytes as text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text, encoding):
            return text, encoding
    return None, None


_SCRIPT_OF = {"cp1252": "LATIN", "cp1251": "CYRILLIC", "euc_kr": "HANGUL"}


def _plausible(text: str, encoding: str) -> bool:
    """Legacy decodings always 'succeed': keep one only if its letters are mostly of the script that
    encoding is for (Windows-1252 read from Russian bytes gives a soup of accented Latin letters)."""
    sample = text[:20000]
    if not sample:
        return False
    weird = sum(unicodedata.category(ch) in ("Co", "Cn", "Cc") and ch not in "\n\r\t" for ch in sample)
    if weird / len(sample) > 0.01:
        return False
    foreign = [ch for ch in sample if ch.isalpha() and ord(ch) > 127]
    if not foreign:
        return True
    script = _SCRIPT_OF[encoding]
    if script == "LATIN":
        letters = sum(ch.isalpha() for ch in sample)
        return len(foreign) / max(1, letters) < 0.1
    return sum(script in unicodedata.name(ch, "") for ch in foreign) / len(foreign) > 0.8


def _binary(data: bytes) -> bool:
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    control = sum(b < 9 or 13 < b < 32 for b in head)
    return control / max(1, len(head)) > 0.05


def scan_articles(
    articles_dir: str | os.PathLike,
    clean: Callable[[str], str],
    max_bytes: int = MAX_BYTES,
) -> tuple[list[ArticleFile], list[Rejection]]:
    """Read every file under ``articles_dir``; ``clean`` turns raw text into body text."""
    root = Path(articles_dir)
    articles: list[ArticleFile] = []
    rejected: list[Rejection] = []
    if not root.is_dir():
        return [], [Rejection(str(root), "missing_folder", f"articles folder {root} does not exist")]
    paths: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for d in list(dirnames):
            if (base / d).is_symlink():
                rejected.append(
                    Rejection(_relative(base / d, root), "symlink", "symbolic link to a folder: not followed")
                )
        dirnames[:] = sorted(d for d in dirnames if not (base / d).is_symlink() and not d.startswith("."))
        paths.extend(base / name for name in filenames)
    paths.sort(key=lambda p: _relative(p, root))
    names = {_relative(p, root) for p in paths}
    seen_hashes: dict[str, str] = {}
    for path in paths:
        rel = _relative(path, root)
        if rel.endswith(SIDECAR_SUFFIX):
            stem = rel[: -len(SIDECAR_SUFFIX)]
            if not any(stem + ext in names for ext in ARTICLE_EXTENSIONS):
                rejected.append(
                    Rejection(rel, "orphan_sidecar", "metadata sidecar without a matching article file")
                )
            continue
        result = read_article_file(path, rel, root, clean, max_bytes)
        if isinstance(result, Rejection):
            rejected.append(result)
            continue
        first = seen_hashes.get(result.article_id)
        if first is not None:
            rejected.append(
                Rejection(rel, "duplicate", f"duplicate content: same text as {first}", result.byte_size)
            )
            continue
        seen_hashes[result.article_id] = rel
        articles.append(result)
    return articles, rejected


def read_article_file(path: Path, rel: str, root: Path, clean, max_bytes: int) -> ArticleFile | Rejection:
    if path.is_symlink():
        return Rejection(
            rel, "symlink", "symbolic link: not followed (it may point outside the articles folder)"
        )
    ext = "".join(path.suffixes[-1:]).lower()
    if ext not in ARTICLE_EXTENSIONS:
        return Rejection(
            rel,
            "unsupported_extension",
            f"unsupported file type {ext or '(none)'}: only .txt, .md, .html and .htm are read",
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Rejection(
                rel, "oversized", f"file is {size:,} bytes, over the {max_bytes:,}-byte limit", size
            )
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(rel, "unreadable", f"cannot read file: {exc.strerror or exc}")
    if not data.strip():
        return Rejection(rel, "empty", "empty file (no text)", size)
    if _binary(data):
        return Rejection(rel, "binary", "binary content (NUL or control bytes), not text", size)
    text, encoding = decode(data)
    if text is None:
        return Rejection(
            rel, "encoding", "not valid UTF-8, UTF-16, Windows-1252, Windows-1251 or EUC-KR text", size
        )
    file_type = ARTICLE_EXTENSIONS[ext]
    html_meta: dict = {}
    raw_text = text
    if file_type == "html":
        raw_text, meta = html_to_text(text)
        html_meta = metadata.from_html(meta)
    front: dict = {}
    body_source = raw_text
    if file_type == "markdown":  # front matter is metadata (title, date), not body text
        front, body_source = metadata.split_front_matter(raw_text)
    body = clean(body_source)
    if not body.strip():
        return Rejection(rel, "no_text", "no article text left after removing markup and boilerplate", size)
    sidecar: dict = {}
    warnings: list[str] = []
    sidecar_path = path.with_name(path.name[: -len(ext)] + SIDECAR_SUFFIX)
    if sidecar_path.exists() and not sidecar_path.is_symlink():
        sidecar, problem = metadata.read_sidecar(sidecar_path)
        if problem:
            warnings.append(problem)
            sidecar.pop("published_date", None) if not isinstance(
                sidecar.get("published_date"), date
            ) else None
    merged = metadata.merge(sidecar, html_meta, metadata.from_text(body_source, body), front)
    article_id = hashlib.sha256(unicodedata.normalize("NFC", raw_text).strip().encode("utf-8")).hexdigest()[
        :32
    ]
    return ArticleFile(
        article_id=article_id,
        source_path=rel,
        file_type=file_type,
        encoding=encoding,
        byte_size=size,
        raw_text=raw_text,
        body_text=body,
        warnings=warnings,
        **merged,
    )
