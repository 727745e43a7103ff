"""Reading a folder of articles: files to decoded text and metadata, or to a reject with a reason."""

from .reader import ArticleFile, Rejection, scan_articles

__all__ = ["ArticleFile", "Rejection", "scan_articles"]
