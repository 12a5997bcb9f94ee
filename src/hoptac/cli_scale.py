"""`hoptac events` (the ledger's real-world events, each with how many reports it has) and
`hoptac load` (store what a Dask run wrote to Parquet).

Kept apart from cli.py (which registers them) to keep that module small."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer
from rich.table import Table

from hoptac.cli import (DbOption, _actor_code, _actors_brief, _fail, _json_line, _print_error, _progress, _record_type,
                        _store, _summary, app, out)


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


@app.command()
def load(
    folder: Annotated[str, typer.Argument(help="a folder of Parquet files written by ingest --engine dask --out")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="documents per transaction", min=1)] = 64,
    create_dirs: Annotated[bool, typer.Option("--create-dirs", help="create the database's folder if missing")] = False,
) -> None:
    """Store the documents and records of a Dask run's Parquet files (a rerun stores nothing twice)."""
    from pathlib import Path

    from hoptac.ingest import store_processed

    if not Path(folder).is_dir():
        raise _fail(f"{folder}: no such folder")
    try:
        from hoptac.dask_runner import parquet_documents
        import pyarrow  # noqa: F401
    except ImportError:
        raise _fail("loading Parquet needs its extra: pip install 'hoptac[dask]'") from None
    with _store(db, create=True, create_dirs=create_dirs) as store, _progress() as progress:
        task = progress.add_task("load", total=None, chars=0)
        try:
            report = store_processed(parquet_documents(folder), store, batch_size, on_error=_print_error,
                                     on_batch=lambda n, _c: progress.advance(task, n))
        finally:
            progress.stop()
        _summary(report, True, store.count_documents(), store.count_events())
