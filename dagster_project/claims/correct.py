"""``make correct ARGS="..."``: add a validated analyst correction to the corrections CSV.

Examples (the fact's stable key is looked up in the served warehouse from its fact_id)::

    make correct ARGS="reject --fact-id 8e3fd51af72074a7d206 --by alice --note 'a share, not a shipment'"
    make correct ARGS="set --fact-id 8e3f... --field quantity --value '' --by alice --note 'up to N: no central figure'"
    make correct ARGS="add --article-id b330... --evidence 'sentence as in body_text' --fact-type shipment \
        --set item=artillery_shell --set quantity=1000000 --set origin_country=PRK --by alice --note '...'"
    make correct ARGS="map --fact-type shipment --field item --old-value shells --new-value artillery_shell ..."
    make correct ARGS="list"

The row is checked on its own (action, field, value types, who / when / why) and, when the served
warehouse exists, against it (the article exists, the fact exists, the evidence lies in the body).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from ..project import DEFAULT_WAREHOUSE_PATH
from .corrections import (
    ACTIONS,
    FACT_TABLE_TYPES,
    Correction,
    CorrectionError,
    append_correction,
    corrections_path,
    read_corrections,
)


def _connect(warehouse: Path):
    if not warehouse.exists():
        return None
    return duckdb.connect(str(warehouse), read_only=True)


def _fact_by_id(con, fact_id: str) -> tuple[str, int, int, str, int]:
    for table, fact_type in FACT_TABLE_TYPES.items():
        row = con.execute(
            f"select article_id, evidence_start, evidence_end, figure_index from marts.{table} where fact_id = ?",
            [fact_id],
        ).fetchone()
        if row:
            return row[0], row[1], row[2], fact_type, row[3]
    raise CorrectionError(f"no fact {fact_id} in the served warehouse")


def _check_against_warehouse(con, c: Correction) -> None:
    if c.action not in ("reject", "set", "add"):
        return
    body = con.execute(
        "select body_text from marts.dim_articles where article_id = ?", [c.article_id]
    ).fetchone()
    if body is None:
        raise CorrectionError(f"article {c.article_id} is not in the served warehouse")
    if int(c.evidence_end) > len(body[0]):
        raise CorrectionError("the evidence span lies outside the article's body_text")
    if c.action in ("reject", "set"):
        table = {v: k for k, v in FACT_TABLE_TYPES.items()}[c.fact_type]
        found = con.execute(
            f"select fact_id from marts.{table} where article_id = ? and evidence_start = ? and evidence_end = ? "
            "and figure_index = ?",
            [c.article_id, int(c.evidence_start), int(c.evidence_end), int(c.figure_index)],
        ).fetchone()
        if found is None:
            raise CorrectionError("no fact at this key in the served warehouse")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="make correct", description=__doc__.splitlines()[0])
    p.add_argument("action", choices=(*ACTIONS, "list"))
    p.add_argument("--fact-id", help="look the stable key up in the served warehouse")
    p.add_argument("--article-id")
    p.add_argument("--evidence-start", type=int)
    p.add_argument("--evidence-end", type=int)
    p.add_argument("--evidence", help="(add) the evidence sentence as it stands in body_text")
    p.add_argument("--fact-type", choices=tuple(FACT_TABLE_TYPES.values()))
    p.add_argument("--figure-index", type=int)
    p.add_argument("--field")
    p.add_argument("--value", dest="new_value", help="new value (set); empty string = null")
    p.add_argument("--old-value", help="(map) the value to replace")
    p.add_argument("--new-value", dest="map_value", help="(map) the replacement")
    p.add_argument(
        "--set", dest="sets", action="append", default=[], metavar="FIELD=VALUE", help="(add) a field"
    )
    p.add_argument("--by", default=os.environ.get("USER") or getpass.getuser(), help="who")
    p.add_argument("--note", default="", help="why (required)")
    p.add_argument("--id", dest="correction_id", help="correction id (default: generated)")
    p.add_argument("--at", default=None, help="when (ISO; default: now, UTC)")
    p.add_argument(
        "--file", default=None, help="the corrections CSV (default: CORRECTIONS_PATH or the project's)"
    )
    p.add_argument(
        "--warehouse",
        default=os.environ.get("WAREHOUSE_PATH") or str(DEFAULT_WAREHOUSE_PATH),
        help="served warehouse used to check the correction",
    )
    p.add_argument("--no-warehouse-check", action="store_true")
    return p


def corrections_from_args(args, con) -> list[Correction]:
    """The CSV rows one command adds (an `add` brings its `set` rows)."""
    at = args.at or datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    cid = args.correction_id or f"c{datetime.now(UTC):%Y%m%d}-{uuid.uuid4().hex[:6]}"
    key = {
        "article_id": args.article_id or "",
        "evidence_start": "" if args.evidence_start is None else str(args.evidence_start),
        "evidence_end": "" if args.evidence_end is None else str(args.evidence_end),
        "fact_type": args.fact_type or "",
        "figure_index": "" if args.figure_index is None else str(args.figure_index),
    }
    if args.fact_id:
        if con is None:
            raise CorrectionError("--fact-id needs the served warehouse")
        aid, start, end, fact_type, index = _fact_by_id(con, args.fact_id)
        key = {
            "article_id": aid,
            "evidence_start": str(start),
            "evidence_end": str(end),
            "fact_type": fact_type,
            "figure_index": str(index),
        }
    if args.action == "add" and args.evidence:
        if con is None:
            raise CorrectionError(
                "--evidence needs the served warehouse (or give --evidence-start/--evidence-end)"
            )
        row = con.execute(
            "select body_text from marts.dim_articles where article_id = ?", [key["article_id"]]
        ).fetchone()
        start = row[0].find(args.evidence) if row else -1
        if start < 0:
            raise CorrectionError("the evidence text is not in the article's body_text")
        key["evidence_start"], key["evidence_end"] = str(start), str(start + len(args.evidence))
    if args.action == "add" and not key["figure_index"]:
        same = [
            c
            for c in read_corrections(args.path)
            if c.action == "add"
            and (c.article_id, c.evidence_start, c.evidence_end, c.fact_type)
            == (key["article_id"], key["evidence_start"], key["evidence_end"], key["fact_type"])
        ]
        key["figure_index"] = str(100 + len(same))
    common = {"corrected_by": args.by, "corrected_at": at, "note": args.note}
    if args.action == "map":
        return [
            Correction(
                correction_id=cid,
                action="map",
                fact_type=args.fact_type or "",
                field=args.field or "",
                old_value=args.old_value or "",
                new_value=args.map_value or "",
                **common,
            )
        ]
    if args.action == "set":
        return [
            Correction(
                correction_id=cid,
                action="set",
                field=args.field or "",
                new_value=args.new_value or "",
                **key,
                **common,
            )
        ]
    rows = [Correction(correction_id=cid, action=args.action, **key, **common)]
    for i, item in enumerate(args.sets, start=1):
        name, _, value = item.partition("=")
        rows.append(
            Correction(
                correction_id=f"{cid}.{i}",
                action="set",
                field=name.strip(),
                new_value=value.strip(),
                **key,
                **common,
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.path = Path(args.file).expanduser().resolve() if args.file else corrections_path()
    if args.action == "list":
        for c in read_corrections(args.path):
            state = f"INVALID: {'; '.join(c.problems)}" if c.problems else "ok"
            print(
                f"{c.correction_id}\t{c.action}\t{c.fact_type}\t{c.field}\t{c.new_value}\t{c.corrected_by}\t{state}"
            )
        return 0
    con = None if args.no_warehouse_check else _connect(Path(args.warehouse))
    try:
        rows = corrections_from_args(args, con)
        if con is not None:
            _check_against_warehouse(con, rows[0])
        from .corrections import validate

        problems = [f"{r.correction_id}: {p}" for r in rows for p in validate(r)]
        if problems:
            raise CorrectionError("; ".join(problems))
        for r in rows:
            append_correction(args.path, r)
    except CorrectionError as exc:
        print(f"correction refused: {exc}", file=sys.stderr)
        return 1
    finally:
        if con is not None:
            con.close()
    for r in rows:
        print(f"added {r.correction_id} ({r.action} {r.field or ''}) to {args.path}")
    if con is None and not args.no_warehouse_check:
        print("note: no served warehouse to check against; the next run reports it if it does not apply")
    return 0


if __name__ == "__main__":
    sys.exit(main())
