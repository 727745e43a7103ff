"""Publication dates from the text's own header, and front matter as metadata, on tests/corpus/header_dates.py."""

from __future__ import annotations

from datetime import date

import pytest
from corpus.header_dates import ARTICLES

from dagster_project.extraction.cleaning import clean_text
from dagster_project.ingest.reader import Rejection, read_article_file


@pytest.mark.parametrize(("name", "text", "published", "source"), ARTICLES)
def test_publication_date_from_header(tmp_path, name, text, published, source):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = read_article_file(path, name, tmp_path, clean_text, 5 * 1024 * 1024)
    assert not isinstance(article, Rejection)
    expected = date.fromisoformat(published) if published else None
    assert (article.published_date, article.published_date_source) == (expected, source)


def test_front_matter_is_metadata_not_body(tmp_path):
    name, text, _, _ = ARTICLES[-1]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = read_article_file(path, name, tmp_path, clean_text, 5 * 1024 * 1024)
    assert article.title == "Grain for the North"
    assert "tags:" not in article.body_text and "---" not in article.body_text
    assert article.body_text.startswith("Russia shipped")
