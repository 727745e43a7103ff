"""HTML to plain text and metadata with the standard library's parser (nothing is executed).

Script, style, navigation, header/footer, figure captions and forms are dropped; block elements
become line breaks. Metadata comes from <title>, <meta> (Open Graph, article:published_time,
author, site name), <link rel=canonical> and schema.org JSON-LD (parsed as JSON, never run).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

_SKIP = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
    "select",
    "textarea",
}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "main",
    "time",
}
_VOID = {
    "br",
    "hr",
    "img",
    "meta",
    "link",
    "input",
    "source",
    "wbr",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "track",
}


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.stack: list[str] = []
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title = ""
        self.in_json_ld = False
        self.json_ld: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"].strip())
            return
        if tag == "link" and "canonical" in attrs.get("rel", "").lower() and attrs.get("href"):
            self.meta.setdefault("canonical", attrs["href"].strip())
            return
        if tag == "time" and attrs.get("datetime"):
            self.meta.setdefault("time", attrs["datetime"].strip())
        if tag in _VOID:
            if tag == "br":
                self.parts.append("\n")
            return
        if tag == "script" and "ld+json" in attrs.get("type", "").lower():
            self.in_json_ld = True
            self.json_ld.append("")
        if tag in _SKIP:
            self.skip_depth += 1
        self.stack.append(tag)
        if tag == "title":
            self.in_title = True
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        if tag in self.stack:
            while self.stack:
                top = self.stack.pop()
                if top in _SKIP:
                    self.skip_depth = max(0, self.skip_depth - 1)
                if top == "title":
                    self.in_title = False
                if top == "script":
                    self.in_json_ld = False
                if top == tag:
                    break
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_json_ld:
            self.json_ld[-1] += data
            return
        if self.in_title:
            self.title += data
            return
        if self.skip_depth == 0 and "head" not in self.stack:
            self.parts.append(data)


def _json_ld_fields(blocks: list[str]) -> dict[str, str]:
    """Headline, dates, author and publisher from schema.org JSON-LD (read as data, never run)."""
    out: dict[str, str] = {}
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        items = (
            data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        )
        for item in items:
            if not isinstance(item, dict):
                continue
            for source, target in (
                ("datePublished", "datepublished"),
                ("headline", "og:title"),
                ("url", "og:url"),
            ):
                if isinstance(item.get(source), str):
                    out.setdefault(target, item[source])
            for source, target in (("author", "author"), ("publisher", "og:site_name")):
                value = item.get(source)
                value = value[0] if isinstance(value, list) and value else value
                name = value.get("name") if isinstance(value, dict) else value
                if isinstance(name, str):
                    out.setdefault(target, name)
    return out


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """(plain text, metadata) for an HTML document."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n", text)
    meta = dict(parser.meta)
    for key, value in _json_ld_fields(parser.json_ld).items():
        meta.setdefault(key, value)
    if parser.title.strip():
        meta.setdefault("title", re.sub(r"\s+", " ", parser.title).strip())
    return text.strip(), meta
