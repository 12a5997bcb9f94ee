"""`hoptac records`, `hoptac export` and `hoptac totals`: one set of filters over the ledger
(hoptac.store.query), the same the web app's pages and API use.

Kept apart from cli.py (which registers them) to keep that module small."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.table import Table

from hoptac.cli import DbOption, _actors_brief, _fail, _json_line, _store, app, err, out

if TYPE_CHECKING:
    from hoptac.store.query import RecordQuery
# (hoptac.store.query, and SQLAlchemy with it, is imported where a command runs: the forkserver of
# `hoptac ingest --workers N`, which its workers are forked from, imports this module with the CLI,
# and never queries.)

Codes = Optional[list[str]]
TypeOpt = Annotated[Optional[str], typer.Option("--type", help="CONSULT, AGREE, REQUEST, SUPPORT, AID or MEASURE")]
SourceOpt = Annotated[Codes, typer.Option("--source", help="an actor code on the giving/asking side "
                                                           "(a donor); repeat for several")]
TargetOpt = Annotated[Codes, typer.Option("--target", help="an actor code on the receiving side (a recipient)")]
CodeOpt = Annotated[Codes, typer.Option("--code", help="an actor code on any side, e.g. CHN or chn")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="event date from (YYYY, YYYY-MM or YYYY-MM-DD)")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="event date until, inclusive")]
StatusOpt = Annotated[Optional[str], typer.Option("--status", help="AID status: pledged, announced, delivered")]
CategoryOpt = Annotated[Optional[str], typer.Option("--category", help="AID category (financial, vaccine, ...)")]
MeasureOpt = Annotated[Optional[str], typer.Option("--measure", help="MEASURE kind (lockdown, quarantine, ...)")]
ConfOpt = Annotated[Optional[float], typer.Option("--min-confidence", help="only records at least this confident")]
TextOpt = Annotated[Optional[str], typer.Option("-q", "--text", help="words of the evidence, with or without "
                                                                     "diacritics ('vien tro')")]
OutletOpt = Annotated[Optional[str], typer.Option("--outlet", help="the outlet, as stored")]
CurationOpt = Annotated[Codes, typer.Option("--curation", help="machine (unchecked), confirmed, corrected, "
                                                               "rejected, added, human or all; repeat for several "
                                                               "(default: all but the rejected)")]


def _query(type: str | None, source: Codes, target: Codes, code: Codes, since: str | None, until: str | None,
           status: str | None, category: str | None, measure: str | None, min_confidence: float | None,
           text: str | None, outlet: str | None, sort: str = "date", ascending: bool = False,
           curation: Codes = None) -> RecordQuery:
    from hoptac.store.query import QueryError, RecordQuery

    try:
        return RecordQuery(type=type, source=source or [], target=target or [], either=code or [], since=since,
                           until=until, status=status, category=category, measure=measure,
                           min_confidence=min_confidence, text=text, outlet=outlet, sort=sort,
                           descending=not ascending, curation=curation or []).checked()
    except QueryError as exc:
        raise _fail(str(exc)) from None


@app.command()
def records(
    db: DbOption = None, type: TypeOpt = None, source: SourceOpt = None, target: TargetOpt = None,
    code: CodeOpt = None, since: SinceOpt = None, until: UntilOpt = None, status: StatusOpt = None,
    category: CategoryOpt = None, measure: MeasureOpt = None, min_confidence: ConfOpt = None,
    text: TextOpt = None, outlet: OutletOpt = None, curation: CurationOpt = None,
    sort: Annotated[str, typer.Option(help="date, confidence, type or published")] = "date",
    ascending: Annotated[bool, typer.Option("--ascending", help="oldest (lowest) first")] = False,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    offset: Annotated[int, typer.Option(min=0, max=10**12)] = 0,
    as_json: Annotated[bool, typer.Option("--jsonl", help="one JSON object per line")] = False,
) -> None:
    """List stored records with their actors, date and evidence, filtered."""
    from hoptac.store.query import counts_by_type, find_records

    query = _query(type, source, target, code, since, until, status, category, measure, min_confidence, text,
                   outlet, sort, ascending, curation)
    with _store(db) as store:
        rows, total = find_records(store, query, limit, offset)
        if as_json:
            for row in rows:
                sys.stdout.write(_json_line({"doc": row.doc_id, **row.record.to_json()}) + "\n")
            return
        table = Table("doc", "type", "actors", "detail", "date", "evidence", show_lines=True)
        for row in rows:
            rec = row.record.to_json()
            detail = " ".join(str(rec[k]) for k in ("mode", "category", "status", "measure") if rec.get(k))
            qty = "; ".join(f"{q['qualifier']} {q['value']:,} {q['unit']}" for q in rec.get("quantities", []))
            table.add_row(row.doc_id[:12], rec["type"], _actors_brief(rec), " ".join(filter(None, [detail, qty])),
                          str(rec["date"]), rec["evidence"][:160])
        out.print(table)
        counts = counts_by_type(store, query)
        shown = f"showing {len(rows)} of {total}" + (f" (--limit {limit}, --offset {offset})"
                                                     if len(rows) < total else "")
        out.print(", ".join(f"{t} {n}" for t, n in counts.items()) + f"; {shown}" if counts
                  else "no records match the filter", highlight=False)


@app.command()
def export(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl, parquet or polecat")] = "jsonl",
    out_file: Annotated[Optional[str], typer.Option("--out", help="the file to write (default: standard "
                                                                  "output; Parquet needs a file)")] = None,
    type: TypeOpt = None, source: SourceOpt = None, target: TargetOpt = None, code: CodeOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, status: StatusOpt = None, category: CategoryOpt = None,
    measure: MeasureOpt = None, min_confidence: ConfOpt = None, text: TextOpt = None, outlet: OutletOpt = None,
    curation: CurationOpt = None,
) -> None:
    """Write the records the filters select, streamed, as CSV, JSON lines, Parquet or POLECAT-like CSV."""
    from sqlalchemy.orm import Session

    from hoptac.export import FORMATS, write

    if fmt not in FORMATS:
        raise _fail(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt == "parquet" and not out_file:
        raise _fail("--format parquet needs --out FILE (Parquet is no text stream)")
    query = _query(type, source, target, code, since, until, status, category, measure, min_confidence, text,
                   outlet, "date", True, curation)
    from hoptac.store.query import indexed

    with _store(db) as store, Session(store.engine) as session:
        query = indexed(query, store)
        try:
            if fmt == "parquet":
                n = write(session, query, fmt, str(out_file))
            elif out_file:
                with open(out_file, "w", encoding="utf-8", newline="") as fh:
                    n = write(session, query, fmt, fh)
            else:
                n = write(session, query, fmt, sys.stdout)
        except BrokenPipeError:  # `hoptac export | head`: the reader has what it wanted
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more is written to the closed pipe
            raise typer.Exit(0) from None
        except OSError as exc:
            raise _fail(f"cannot write {out_file or 'standard output'}: {exc.strerror or exc}") from None
    err.print(f"{n} records written" + (f" to {out_file}" if out_file else ""), highlight=False)


@app.command()
def totals(
    db: DbOption = None, source: SourceOpt = None, target: TargetOpt = None, code: CodeOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, status: StatusOpt = None, category: CategoryOpt = None,
    min_confidence: ConfOpt = None, text: TextOpt = None, outlet: OutletOpt = None, curation: CurationOpt = None,
    as_json: Annotated[bool, typer.Option("--jsonl", help="one JSON object per line")] = False,
) -> None:
    """AID amounts summed per donor, recipient, status and unit (a record with no amount counts
    as a record only)."""
    from hoptac.store.query import aid_totals

    query = _query("AID", source, target, code, since, until, status, category, None, min_confidence, text, outlet,
                   curation=curation)
    with _store(db) as store:
        rows = aid_totals(store, query)
    if as_json:
        for row in rows:
            sys.stdout.write(_json_line(row) + "\n")
        return
    table = Table("donor", "recipient", "status", "unit", "total", "records")
    for row in rows:
        total = row["total"]
        table.add_row(row["donor"], row["recipient"], row["status"], row["unit"] or "-",
                      f"{total:,.0f}" if row["unit"] else "-", str(row["records"]))
    out.print(table)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="the address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="the port to listen on", min=1, max=65535)] = 8000,
    private: Annotated[bool, typer.Option("--private", help="reading needs signing in too "
                                                            "(editing always does)")] = False,
    https_only: Annotated[bool, typer.Option("--https-only", help="send the session cookie over HTTPS only "
                                                                  "(behind a TLS proxy)")] = False,
) -> None:
    """Serve the ledger as a web app: overview, records, aid ledger, measures, documents, exports,
    curation and uploads for signed-in editors (`hoptac user add`), and a JSON API (/api/, schema
    at /openapi.json)."""
    import uvicorn

    from hoptac.web import create_app

    with _store(db):  # a missing or unreadable database is one line here, not a traceback there
        pass
    try:
        application = create_app(db, private=private, https_only=https_only)
    except Exception as exc:  # noqa: BLE001
        raise _fail(f"serve: {exc}") from None
    err.print(f"hoptac: serving {db or 'the default database'} at http://{host}:{port}/", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
