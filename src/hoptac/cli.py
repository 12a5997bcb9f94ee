"""The `hoptac` command: a thin shell over the pipeline, the store and the scorer."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from hoptac.model import Document, ReadError
from hoptac.pipeline import Pipeline

app = typer.Typer(help="hoptac: a verifiable ledger of international cooperation from Vietnamese news.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

DbOption = Annotated[Optional[str], typer.Option("--db", envvar="HOPTAC_DB",
                                                 help="SQLAlchemy URL or SQLite file [default: hoptac.db]")]


class _RateColumn(ProgressColumn):
    """Documents per second (rich has no unit-agnostic rate column)."""

    def render(self, task) -> Text:  # type: ignore[no-untyped-def]
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "- docs/s", style="progress.data.speed")


class _Tally:
    """Counts what was read and keeps the errors, so a bad file never stops a batch."""

    def __init__(self) -> None:
        self.read = 0
        self.errors: list[str] = []

    def documents(self, inputs: Iterable[str]) -> Iterator[Document]:
        from hoptac.read import read_inputs

        for item in read_inputs(inputs):
            if isinstance(item, ReadError):
                self.errors.append(str(item))
                err.print(f"[red]error[/red] {item}", highlight=False)
            else:
                self.read += 1
                for w in item.warnings:
                    err.print(f"[yellow]note[/yellow] {item.source or item.id}: {w}", highlight=False)
                yield item

    def exit_code(self, strict: bool) -> int:
        if self.read == 0 and self.errors:
            return 1
        return 1 if strict and self.errors else 0


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} docs"),
                    _RateColumn(), TimeElapsedColumn(), console=err, transient=False)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="files, directories, globs, or - for stdin")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="documents per transaction")] = 64,
    extract: Annotated[bool, typer.Option(help="extract records too")] = True,
    strict: Annotated[bool, typer.Option(help="exit non-zero on any unreadable input")] = False,
) -> None:
    """Read, extract and store documents; a rerun stores nothing twice."""
    from itertools import islice

    from hoptac.store import Store

    tally = _Tally()
    pipeline = Pipeline(extract=extract)
    stored, skipped = 0, Counter()
    records = Counter()
    with Store(db) as store, _progress() as progress:
        task = progress.add_task("ingest", total=None)
        docs = pipeline.pipe(tally.documents(paths), batch_size=batch_size)
        while batch := list(islice(docs, batch_size)):
            report = store.save(batch)
            stored += report.stored
            skipped.update(why for _doc, why in report.skipped)
            saved_ids = {d for d, _ in report.skipped}
            for doc in batch:
                if doc.id not in saved_ids:
                    records.update(r.type for r in doc.records)
            progress.advance(task, len(batch))
        total = store.count_documents()
    table = Table(title="ingest summary", show_header=False)
    table.add_row("read", str(tally.read))
    table.add_row("stored", str(stored))
    for why, n in skipped.items():
        table.add_row(f"skipped: {why}", str(n))
    table.add_row("unreadable", str(len(tally.errors)))
    if extract:
        table.add_row("records stored", ", ".join(f"{t} {n}" for t, n in sorted(records.items())) or "0")
    table.add_row("documents in store", str(total))
    out.print(table)
    raise typer.Exit(tally.exit_code(strict))


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="files, directories, globs, or - for stdin")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="one JSON object per line")] = False,
    records: Annotated[bool, typer.Option(help="extract records (else bodies only)")] = True,
    strict: Annotated[bool, typer.Option(help="exit non-zero on any unreadable input")] = False,
) -> None:
    """Print each document in the annotation guide's schema."""
    tally = _Tally()
    for doc in Pipeline(extract=records).pipe(tally.documents(paths)):
        obj = doc.to_json()
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=None if jsonl else 2) + "\n")
    raise typer.Exit(tally.exit_code(strict))


@app.command()
def docs(
    key: Annotated[Optional[str], typer.Argument(help="show one document: its id, number or hash prefix")] = None,
    db: DbOption = None,
    q: Annotated[Optional[str], typer.Option("-q", help="search title and body")] = None,
    limit: int = 50,
) -> None:
    """List stored documents, or show one with its body and records."""
    from hoptac.store import Store

    with Store(db) as store:
        if key is None:
            table = Table("#", "id", "outlet", "published", "title")
            for d in store.list_documents(limit=limit, q=q):
                table.add_row(str(d.meta.get("pk", "")), d.id, d.outlet or "", d.published or "", d.title or "")
            out.print(table)
            return
        doc = store.get_document(key)
        if doc is None:
            err.print(f"no document {key!r}")
            raise typer.Exit(1)
        out.print(f"[bold]{doc.title}[/bold]", highlight=False)
        out.print(f"{doc.outlet or '-'} · {doc.published or '-'} · {doc.source}", highlight=False)
        for p in doc.paragraphs:
            out.print("\n" + p.text, highlight=False)
        if doc.records:
            out.print("\n[bold]records[/bold]")
            for r in doc.records:
                out.print(json.dumps(r.to_json(), ensure_ascii=False), highlight=False)


def _actors_brief(rec: dict) -> str:
    if "participants" in rec:
        return " + ".join(rec["participants"])
    src = rec.get("source")
    src = ",".join(src) if isinstance(src, list) else src
    return f"{src} → {', '.join(rec.get('targets', []))}" if rec.get("targets") else str(src)


@app.command()
def records(
    db: DbOption = None,
    type: Annotated[Optional[str], typer.Option("--type", help="CONSULT, AGREE, REQUEST, SUPPORT, AID or MEASURE")] = None,
    code: Annotated[Optional[str], typer.Option("--code", help="an actor code on any side, e.g. CHN")] = None,
    limit: int = 100,
    as_json: Annotated[bool, typer.Option("--jsonl", help="one JSON object per line")] = False,
) -> None:
    """List stored records with their actors, date and evidence."""
    from hoptac.store import Store

    with Store(db) as store:
        rows = store.list_records(type=type.upper() if type else None, code=code, limit=limit)
        if as_json:
            for row in rows:
                sys.stdout.write(json.dumps({"doc": row.doc_id, **row.record.to_json()}, ensure_ascii=False) + "\n")
            return
        table = Table("doc", "type", "actors", "detail", "date", "evidence", show_lines=True)
        for row in rows:
            rec = row.record.to_json()
            detail = " ".join(str(rec[k]) for k in ("mode", "category", "status", "measure") if rec.get(k))
            qty = "; ".join(f"{q['qualifier']} {q['value']:,} {q['unit']}" for q in rec.get("quantities", []))
            table.add_row(row.doc_id[:12], rec["type"], _actors_brief(rec), " ".join(filter(None, [detail, qty])),
                          str(rec["date"]), rec["evidence"][:160])
        out.print(table)
        counts = store.counts_by_type()
        out.print(", ".join(f"{t} {n}" for t, n in sorted(counts.items())) or "no records", highlight=False)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="gold JSONL in the annotation guide's schema")],
    docs_dir: Annotated[Optional[Path], typer.Option("--docs", help="directory of the documents to run on")] = None,
    pred: Annotated[Optional[Path], typer.Option("--pred", help="score this prediction JSONL instead")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="list false positives and misses")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as JSON")] = False,
) -> None:
    """Score hoptac (or a prediction file) against gold, as the annotation guide defines."""
    from hoptac.evaluate import format_report, score

    gold_docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if pred is not None:
        pred_docs = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    elif docs_dir is not None:
        wanted = {g["id"] for g in gold_docs}
        tally = _Tally()
        start = time.perf_counter()
        pred_docs = [d.to_json() for d in Pipeline().pipe(tally.documents([str(docs_dir)])) if d.id in wanted]
        err.print(f"{len(pred_docs)} documents in {time.perf_counter() - start:.2f}s")
    else:
        err.print("give --docs DIR or --pred FILE")
        raise typer.Exit(2)
    report = score(gold_docs, pred_docs)
    if as_json:
        out.print_json(data=report.as_dict())
    else:
        out.print(format_report(report, errors=errors), highlight=False)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
