"""`hoptac events`: the ledger's real-world events, each with how many reports it has.

Kept apart from cli.py (which registers it) to keep that module small."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer
from rich.table import Table

from hoptac.cli import DbOption, _actor_code, _actors_brief, _json_line, _record_type, _store, app, out


@app.command()
def events(
    db: DbOption = None,
    type: Annotated[Optional[str], typer.Option("--type", callback=_record_type,
                                                help="CONSULT, AGREE, REQUEST, SUPPORT, AID or MEASURE")] = None,
    code: Annotated[Optional[str], typer.Option("--code", callback=_actor_code,
                                                help="an actor code on any side, e.g. CHN or chn")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
    as_json: Annotated[bool, typer.Option("--jsonl", help="one JSON object per line")] = False,
) -> None:
    """List events, most reported first: records of several documents (near-duplicate stories,
    several outlets) that describe one act are one event with several mentions."""
    with _store(db) as store:
        rows = store.list_events(type=type, code=code, limit=limit)
        if as_json:
            for row in rows:
                sys.stdout.write(_json_line(row) + "\n")
            return
        table = Table("event", "type", "actors", "detail", "date", "mentions", "documents", "outlets", "first seen")
        for row in rows:
            detail = " ".join(str(row[k]) for k in ("status", "measure") if row.get(k))
            qty = "; ".join(f"{q['value']:,} {q['unit']}" for q in row.get("quantities") or [])
            table.add_row(str(row["event"]), row["type"], _actors_brief(row), " ".join(filter(None, [detail, qty])),
                          str(row["date"]), str(row["mentions"]), str(row["documents"]), str(row["outlets"]),
                          str(row["first_seen"] or ""))
        out.print(table)
        n_events, n_records = store.count_events()
        out.print(f"{n_events} events from {n_records} records; showing {len(rows)}", highlight=False)
