"""`hoptac ingest` (here, on all cores, or on a Dask cluster), `hoptac load` (store what a Dask
run wrote to Parquet) and `hoptac events` (the ledger's real-world events, each with how many
reports it has).

Kept apart from cli.py (which registers them) to keep that module small."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer
from rich.table import Table

from hoptac.cli import (DbOption, MaxChars, MaxDocBytes, MaxInputBytes, MaxSeconds, StrictOption, _actor_code,
                        _actors_brief, _fail, _json_line, _limits, _pipeline, _print_error, _print_note, _progress,
                        _record_type, _store, app, out)
from hoptac.limits import Limits


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="files, directories, globs, or - for stdin")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="documents per transaction", min=1)] = 64,
    extract: Annotated[bool, typer.Option(help="extract records too")] = True,
    create_dirs: Annotated[bool, typer.Option("--create-dirs", help="create the database's folder if missing")] = False,
    max_document_bytes: MaxDocBytes = None,
    max_input_bytes: MaxInputBytes = None,
    max_text_chars: MaxChars = None,
    max_seconds: MaxSeconds = None,
    strict: StrictOption = False,
    workers: Annotated[int, typer.Option(help="processes that extract (0, the default: all cores)", min=0)] = 0,
    engine: Annotated[str, typer.Option(help="local (processes here) or dask (a Dask cluster)")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="a Dask scheduler's address (default: a LocalCluster "
                                                          "of --workers processes)")] = None,
    out_dir: Annotated[Optional[str], typer.Option("--out", help="with --engine dask: write Parquet files, one per "
                                                                 "partition, to this folder (hoptac load stores them)")] = None,
) -> None:
    """Read, extract and store documents; a rerun (or a run after a crash) stores nothing twice."""
    from hoptac.ingest import count_documents
    from hoptac.ingest import ingest as run
    from hoptac.lexicon import LexiconError
    from hoptac.pipeline import Pipeline
    from hoptac.runners import default_workers

    if engine not in ("local", "dask"):
        raise _fail(f"--engine {engine!r}: give local or dask")
    if engine == "local" and (scheduler or out_dir):
        raise _fail("--scheduler and --out go with --engine dask")
    limits = _limits(max_document_bytes, max_input_bytes, max_text_chars, max_seconds)
    workers = workers or default_workers()
    if engine == "dask":
        report = _ingest_dask(paths, db, out_dir, scheduler, workers, extract, limits, batch_size, create_dirs)
        if out_dir is not None:
            _summary(report, extract, None, None)
            return
        with _store(db) as store:
            _summary(report, extract, store.count_documents(), store.count_events())
    with _store(db, create=True, create_dirs=create_dirs) as store, _progress() as progress:
        task = progress.add_task("ingest", total=count_documents(paths), chars=0)

        def advance(docs: int, chars: int) -> None:
            progress.update(task, advance=docs, chars=progress.tasks[0].fields["chars"] + chars)

        try:
            # The pipeline is built when a batch first needs extracting (a rerun of a stored corpus never
            # does); a malformed data file is then one line, and what was stored before stays stored.
            report = run(paths, store, pipeline=Pipeline(extract=extract, limits=limits, lazy=True), limits=limits,
                         batch_size=batch_size, workers=workers, on_error=_print_error,
                         on_note=_print_note, on_batch=advance)
        except LexiconError as exc:
            raise _fail(f"data file: {exc}") from None
        finally:
            progress.stop()
        _summary(report, extract, store.count_documents(), store.count_events())


def _ingest_dask(paths: list[str], db: str | None, out_dir: str | None, scheduler: str | None, workers: int,
                 extract: bool, limits: Limits, batch_size: int, create_dirs: bool):  # type: ignore[no-untyped-def]
    """The Dask engine (hoptac.dask_runner): the database is created and migrated here, once."""
    from hoptac import dask_runner
    from hoptac.dask_cluster import ClusterStart
    from hoptac.ingest import count_documents

    try:  # started first: it comes up while the database is made ready and the input counted
        cluster = None if scheduler else ClusterStart(workers, extract, limits)
    except RuntimeError as exc:
        raise _fail(f"dask: {exc}") from None
    try:
        url = None
        if out_dir is None:
            with _store(db, create=True, create_dirs=create_dirs) as store:
                url = store.url
        _pipeline(extract, limits)  # a malformed data file is one line here, not an error in every task
        with _progress() as progress:
            task = progress.add_task("ingest (dask)", total=count_documents(paths), chars=0)
            try:
                report = dask_runner.run(paths, db=url, out=out_dir, scheduler=scheduler, workers=workers,
                                         extract=extract, limits=limits, batch_size=batch_size, cluster=cluster,
                                         on_error=_print_error,
                                         on_partition=lambda r: progress.advance(task, r.get("read", 0)))
            except (RuntimeError, OSError) as exc:
                raise _fail(f"dask: {exc}") from None
            finally:
                progress.stop()
    finally:
        if cluster is not None:
            cluster.close()  # when the run did not (it stopped before), or did not start
    return report


def _summary(report, extract: bool, total: int | None, events: tuple[int, int] | None) -> None:  # type: ignore[no-untyped-def]
    """The ingest summary table, and the exit code (1 when anything failed)."""
    table = Table(title="ingest summary", show_header=False)
    table.add_row("read", str(report.read))
    table.add_row("stored", str(report.stored))
    for why, n in report.skipped.items():
        table.add_row(f"skipped: {why}", str(n))
    table.add_row("failed (inputs, documents)", str(len(report.errors)))
    if extract:
        table.add_row("records stored", ", ".join(f"{t} {n}" for t, n in sorted(report.records.items())) or "0")
    if total is not None:
        table.add_row("documents in store", str(total))
    if events is not None:
        table.add_row("events in store (from records)", "{} ({})".format(*events))
    out.print(table)
    raise typer.Exit(0 if report.ok else 1)


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
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise _fail("loading Parquet needs its extra: pip install 'hoptac[dask]'")
    from hoptac.dask_runner import parquet_documents

    with _store(db, create=True, create_dirs=create_dirs) as store, _progress() as progress:
        task = progress.add_task("load", total=None, chars=0)
        try:
            report = store_processed(parquet_documents(folder), store, batch_size, on_error=_print_error,
                                     on_batch=lambda n, _c: progress.advance(task, n))
        finally:
            progress.stop()
        _summary(report, True, store.count_documents(), store.count_events())


@app.command()
def reextract(
    db: DbOption = None,
    everything: Annotated[bool, typer.Option("--all", help="every stored document, not only those an older "
                                                           "run extracted")] = False,
    batch_size: Annotated[int, typer.Option(help="documents per transaction", min=1)] = 64,
    since: Annotated[Optional[str], typer.Option("--since", help="only documents a run of this hoptac version "
                                                                 "or later extracted (e.g. 0.1.0)")] = None,
) -> None:
    """Run today's rules over stored documents that an older run (another hoptac version or
    other rules) extracted, replacing their machine records and events; records people
    confirmed, corrected, rejected or added are never touched."""
    from hoptac.lexicon import LexiconError, run_id
    from hoptac.reextract import reextract as run

    current = run_id()
    with _store(db) as store, _progress() as progress:
        task = progress.add_task(f"reextract ({current})", total=None, chars=0)
        try:
            report = run(store, everything, batch_size, on_batch=lambda n: progress.advance(task, n), since=since)
        except LexiconError as exc:
            raise _fail(f"data file: {exc}") from None
        except ValueError as exc:
            raise _fail(str(exc)) from None
        finally:
            progress.stop()
    for line in report.errors:
        _print_error(line)
    out.print(f"{report.documents} documents re-extracted by {current}: {report.before} records replaced by "
              f"{report.after}; {report.changed} documents changed", highlight=False)
    raise typer.Exit(0 if not report.errors else 1)
