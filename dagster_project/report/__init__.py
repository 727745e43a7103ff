"""The static report: a self-contained folder (HTML, JavaScript, CSS and data; no server, no CDN)
with timelines of claims per measure, latest estimates, conflicts and an evidence viewer."""

from .data import load_bundle
from .write import publish_report, report_link

__all__ = ["load_bundle", "publish_report", "report_link"]
