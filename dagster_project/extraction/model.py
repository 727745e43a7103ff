"""The record the extractor emits: one candidate fact with its evidence and slots.

A single flat record serves the four fact types (shipment, deployment, infrastructure,
currency); fields that do not apply to a type stay None. ``quantity*`` hold the headcount
of a deployment too. dbt splits the raw table into the contract's four fact tables.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date

FACT_TYPES = ("shipment", "deployment", "infrastructure", "currency")


@dataclass(slots=True)
class Fact:
    fact_type: str
    status: str = "reported"
    claimed_by: str | None = None
    claimant_type: str | None = None
    evidence_text: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    anchor_start: int = 0
    anchor_end: int = 0
    hedge: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    date_precision: str | None = None
    date_text: str | None = None
    origin_country: str | None = None
    destination_country: str | None = None
    item: str | None = None
    item_category: str | None = None
    personnel_type: str | None = None
    location: str | None = None
    quantity: float | None = None
    quantity_low: float | None = None
    quantity_high: float | None = None
    quantity_text: str | None = None
    unit: str | None = None
    per_period: str | None = None
    project: str | None = None
    project_type: str | None = None
    location_countries: str | None = None
    attribute: str | None = None
    value_number: float | None = None
    value_text: str | None = None
    value_date: date | None = None
    equivalent_value: float | None = None
    equivalent_currency: str | None = None
    currencies: str | None = None
    mechanism: str | None = None
    share_low: float | None = None
    share_high: float | None = None
    amount: float | None = None
    amount_currency: str | None = None
    fact_id: str | None = None
    spec_line: bool = field(default=False, repr=False, compare=False)

    def as_dict(self) -> dict:
        out = asdict(self)
        out.pop("spec_line")
        return out

    def filled(self) -> int:
        return sum(getattr(self, f.name) is not None for f in fields(self) if f.name != "spec_line")


FACT_COLUMNS = tuple(f.name for f in fields(Fact) if f.name != "spec_line")
