"""Text-to-facts extraction for news on Russia–North Korea cooperation (no Dagster imports).

Use ``extract_article(raw_text, published_date, article_id)``: it cleans the text and returns the
body text plus grounded facts (evidence sentence and offsets into that body text, claimant,
status, dates). Vocabularies live in ``vocab/`` as CSV files an analyst can extend.
"""

from .extractor import Extraction, extract_article, extract_facts, extractor_version
from .model import FACT_COLUMNS, FACT_TYPES, Fact

__all__ = [
    "FACT_COLUMNS",
    "FACT_TYPES",
    "Extraction",
    "Fact",
    "extract_article",
    "extract_facts",
    "extractor_version",
]
