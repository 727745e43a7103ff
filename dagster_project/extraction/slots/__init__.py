"""Slot filling per fact type, from the structure of one analysed sentence.

Each ``*_facts`` function returns candidate facts with their type-specific slots and an anchor
(the figure or noun the fact hangs on); the article-level extractor adds evidence offsets,
claimant, status, dates and ids. One module per fact type, ``common`` for what they share.
"""

from .common import ArticleContext, attachments_for, own_end
from .currency import currency_facts
from .deployments import deployment_facts, may_count_nationals
from .infrastructure import infrastructure_date_facts, infrastructure_facts, may_state_frequency, rate_unit
from .shipments import may_count_rail_cars, shipment_facts

__all__ = [
    "ArticleContext",
    "attachments_for",
    "currency_facts",
    "deployment_facts",
    "infrastructure_date_facts",
    "infrastructure_facts",
    "may_count_nationals",
    "may_count_rail_cars",
    "may_state_frequency",
    "own_end",
    "rate_unit",
    "shipment_facts",
]
