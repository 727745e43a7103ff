"""Scans ``ARTICLES_DIR``: every file becomes an article to read or a rejection with a reason.

Each file is handled on its own: whatever goes wrong with one file (its name, its bytes, its
sidecar) becomes a rejection with a reason and the scan goes on. Checks, in order: hidden file or
folder, symbolic link (never followed), not a regular file (FIFOs, sockets and devices are never
opened), unsupported extension, oversized (> 5 MB by default), empty, binary (NUL bytes or control
characters), undecodable (strict UTF-8 first, UTF-8 with a few bad bytes as UTF-8 with replacement
characters, then the ``charset-normalizer`` detector), no text left after cleaning, and duplicate
content (same text as an earlier file in path order). File names that are not valid UTF-8 are
recorded with their bad bytes escaped (``\\xff``). Sidecars without an article, and sidecars that
cannot be read, are reported too. A missing or unreadable folder raises ``ArticlesDirError``.
"""

from __future__ import annotations

import hashlib
import os
import stat
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
MAX_CHAOS = 0.25  # charset-normalizer's mess ratio above which no decoding is credible
MAX_BAD_UTF8_SHARE = 0.02  # UTF-8 with at most this share of bad sequences is still read as UTF-8


class ArticlesDirError(RuntimeError):
    """ARTICLES_DIR is missing, not a folder or unreadable: a fault of the run, not of a file."""


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
    encoding_confidence: float | None = None


@dataclass(slots=True)
class Rejection:
    source_path: str
    reason_code: str
    reason: str
    byte_size: int | None = None


@dataclass(slots=True)
class Decoded:
    text: str | None
    encoding: str | None
    confidence: float | None = None
    warning: str | None = None


def display_path(rel: str) -> str:
    """A relative path as stored: names that are not valid UTF-8 get their bad bytes escaped (\xff)."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return os.fsencode(rel).decode("utf-8", "backslashreplace")


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, encoding) or (None, None) when no encoding reads the bytes credibly as text."""
    result = decode_bytes(data)
    return result.text, result.encoding


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_bytes(data: bytes) -> Decoded:
    """Strict UTF-8 (or a BOM's encoding) first; UTF-8 with a few bad bytes stays UTF-8 with
    replacement characters and a warning; anything else goes to ``charset-normalizer``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return Decoded(None, None)
            return Decoded(text, "utf-8" if encoding == "utf-8-sig" else encoding, 1.0)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 127) - bad
    if multibyte > 0 and bad <= max(1, MAX_BAD_UTF8_SHARE * (multibyte + bad)):
        return Decoded(
            replaced,
            "utf-8",
            round(multibyte / (multibyte + bad), 3),
            f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD",
        )
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        return Decoded(None, None)
    return Decoded(str(best), best.encoding, round(1.0 - best.chaos, 3))


def _binary(data: bytes) -> bool:
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    control = sum(b < 9 or 13 < b < 32 for b in head)
    return control / max(1, len(head)) > 0.05


def _hidden(rel: str) -> bool:
    return any(part.startswith(".") for part in rel.split("/"))


def walk_files(root: Path) -> list[Path]:
    """Every entry under ``root`` that is not a folder, hidden ones included; links are not followed.
    Symbolic links to folders are listed (as entries) rather than entered."""
    paths: list[Path] = []

    def fail(exc: OSError) -> None:
        if Path(exc.filename or "") == root:
            raise ArticlesDirError(f"cannot read the articles folder {root}: {exc.strerror or exc}")
        paths.append(Path(exc.filename))  # an unreadable sub-folder: reported as unreadable

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=fail):
        base = Path(dirpath)
        links = [d for d in dirnames if (base / d).is_symlink()]
        dirnames[:] = sorted(d for d in dirnames if d not in links)
        paths.extend(base / name for name in (*filenames, *links))
    return paths


def scan_articles(
    articles_dir: str | os.PathLike,
    clean: Callable[[str], str],
    max_bytes: int = MAX_BYTES,
) -> tuple[list[ArticleFile], list[Rejection]]:
    """Read every file under ``articles_dir``; ``clean`` turns raw text into body text.

    Raises ``ArticlesDirError`` when the folder is missing or unreadable (the run must fail and
    the served warehouse stay); any problem with one file only rejects that file.
    """
    root = Path(articles_dir)
    if not root.is_dir():
        raise ArticlesDirError(f"articles folder {root} does not exist or is not a folder")
    if not os.access(root, os.R_OK | os.X_OK):
        raise ArticlesDirError(f"articles folder {root} is not readable")
    articles: list[ArticleFile] = []
    rejected: list[Rejection] = []
    paths = sorted(walk_files(root), key=lambda p: _relative(p, root))
    names = {_relative(p, root) for p in paths}
    seen_hashes: dict[str, str] = {}
    for path in paths:
        rel = _relative(path, root)
        shown = display_path(rel)
        try:
            result = _scan_one(path, rel, root, clean, max_bytes, names)
        except Exception as exc:  # noqa: BLE001 - one file never stops the scan
            result = Rejection(
                shown, "read_error", f"could not be read: {exc.__class__.__name__}: {exc}"[:500]
            )
        if result is None:
            continue
        for extra in result if isinstance(result, list) else [result]:
            if isinstance(extra, Rejection):
                rejected.append(extra)
                continue
            first = seen_hashes.get(extra.article_id)
            if first is not None:
                rejected.append(
                    Rejection(shown, "duplicate", f"duplicate content: same text as {first}", extra.byte_size)
                )
                continue
            seen_hashes[extra.article_id] = extra.source_path
            articles.append(extra)
    return articles, rejected


def _scan_one(path: Path, rel: str, root: Path, clean, max_bytes: int, names: set[str]):
    shown = display_path(rel)
    if _hidden(rel):
        return Rejection(
            shown, "hidden", "hidden file or inside a hidden folder (name starts with a dot): not read"
        )
    if rel.endswith(SIDECAR_SUFFIX):
        stem = rel[: -len(SIDECAR_SUFFIX)]
        if not any(stem + ext in names for ext in ARTICLE_EXTENSIONS):
            return Rejection(shown, "orphan_sidecar", "metadata sidecar without a matching article file")
        return None  # read with its article
    out: list = []
    result = read_article_file(path, rel, root, clean, max_bytes, problems=out)
    return [*out, result]


def _not_regular(mode: int) -> str | None:
    for test, label in (
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return label
    return None if stat.S_ISREG(mode) else "not a regular file"


def read_article_file(
    path: Path, rel: str, root: Path, clean, max_bytes: int, problems: list | None = None
) -> ArticleFile | Rejection:
    shown = display_path(rel)
    try:
        info = os.lstat(path)
    except OSError as exc:
        return Rejection(shown, "unreadable", f"cannot read file: {exc.strerror or exc}")
    if stat.S_ISLNK(info.st_mode):
        return Rejection(
            shown, "symlink", "symbolic link: not followed (it may point outside the articles folder)"
        )
    kind = _not_regular(info.st_mode)
    if kind is not None:
        return Rejection(shown, "not_regular_file", f"{kind}, not a regular file: not opened")
    ext = "".join(path.suffixes[-1:]).lower()
    if ext not in ARTICLE_EXTENSIONS:
        return Rejection(
            shown,
            "unsupported_extension",
            f"unsupported file type {ext or '(none)'}: only .txt, .md, .html and .htm are read",
        )
    size = info.st_size
    if size > max_bytes:
        return Rejection(
            shown, "oversized", f"file is {size:,} bytes, over the {max_bytes:,}-byte limit", size
        )
    try:
        # O_NONBLOCK: if the file was swapped for a FIFO since lstat, opening does not hang.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return Rejection(shown, "not_regular_file", "not a regular file: not read")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Rejection(shown, "unreadable", f"cannot read file: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Rejection(shown, "oversized", f"file grew over the {max_bytes:,}-byte limit while read", size)
    if not data.strip():
        return Rejection(shown, "empty", "empty file (no text)", size)
    if _binary(data):
        return Rejection(shown, "binary", "binary content (NUL or control bytes), not text", size)
    decoded = decode_bytes(data)
    if decoded.text is None:
        return Rejection(
            shown,
            "encoding",
            "no credible text encoding: not UTF-8 and the charset detector found no plausible reading",
            size,
        )
    text, encoding = decoded.text, decoded.encoding
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
        return Rejection(shown, "no_text", "no article text left after removing markup and boilerplate", size)
    sidecar: dict = {}
    warnings: list[str] = []
    if decoded.warning:
        warnings.append(decoded.warning)
    if shown != rel:
        warnings.append("file name is not valid UTF-8; stored with its bad bytes escaped")
    sidecar_path = path.with_name(path.name[: -len(ext)] + SIDECAR_SUFFIX)
    try:
        has_sidecar = sidecar_path.is_file() and not sidecar_path.is_symlink()
    except OSError:
        has_sidecar = False  # e.g. the sidecar's name would be too long to exist
    if has_sidecar:
        sidecar, problem = metadata.read_sidecar(sidecar_path)
        if problem:
            warnings.append(problem)
            if problems is not None and not sidecar:
                problems.append(
                    Rejection(
                        display_path(_relative(sidecar_path, root)),
                        "bad_sidecar",
                        f"{problem}; the article {shown} was read without it",
                    )
                )
            if not isinstance(sidecar.get("published_date"), date):
                sidecar.pop("published_date", None)
    merged = metadata.merge(sidecar, html_meta, metadata.from_text(body_source, body), front)
    article_id = hashlib.sha256(unicodedata.normalize("NFC", raw_text).strip().encode("utf-8")).hexdigest()[
        :32
    ]
    return ArticleFile(
        article_id=article_id,
        source_path=shown,
        file_type=file_type,
        encoding=encoding,
        byte_size=size,
        raw_text=raw_text,
        body_text=body,
        warnings=warnings,
        encoding_confidence=decoded.confidence,
        **merged,
    )
