"""The `hoptac` command: a thin shell over the pipeline, the store and the scorer."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import (BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from hoptac.model import Document
from hoptac.pipeline import Pipeline

from hoptac.limits import Limits

app = typer.Typer(help="hoptac: a verifiable ledger of international cooperation from Vietnamese news.\n\n"
                       "Exit codes: 0 all went well; 1 some input or document failed (the rest was still "
                       "processed and stored); 2 a usage or database error.",
                  no_args_is_help=True, add_completion=False,
                  context_settings={"help_option_names": ["-h", "--help"]})
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

DbOption = Annotated[Optional[str], typer.Option("--db", envvar="HOPTAC_DB",
                                                 help="SQLAlchemy URL or SQLite file [default: hoptac.db]")]
MaxDocBytes = Annotated[Optional[int], typer.Option(
    "--max-document-bytes", help="bytes of one page, JSON line or WARC payload [env HOPTAC_MAX_DOCUMENT_BYTES; "
                                 "default 16 MiB]")]
MaxInputBytes = Annotated[Optional[int], typer.Option(
    "--max-input-bytes", help="decompressed bytes read from one input [env HOPTAC_MAX_INPUT_BYTES; default 8 GiB]")]
MaxChars = Annotated[Optional[int], typer.Option(
    "--max-text-chars", help="characters of a document's text kept; the rest is cut with a note "
                             "[env HOPTAC_MAX_TEXT_CHARS; default 1,000,000]")]
MaxSeconds = Annotated[Optional[float], typer.Option(
    "--max-seconds", help="processing time of one document before it is given up "
                          "[env HOPTAC_MAX_SECONDS; default 120]")]


StrictOption = Annotated[bool, typer.Option(
    "--strict", hidden=True, help="kept for old scripts: the exit code is 1 whenever anything failed")]


def _version(value: bool) -> None:
    if value:
        from hoptac import __version__

        out.print(f"hoptac {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                 help="print the version and exit")] = False) -> None:
    """hoptac: a verifiable ledger of international cooperation from Vietnamese news."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error[/red] {message}", highlight=False)
    return typer.Exit(code)


def _pipeline(extract: bool = True, limits: Limits | None = None, gate: bool | None = None) -> Pipeline:
    """The pipeline without the store keys (nothing here stores), or a one-line error (exit 2) when a
    data file is malformed."""
    from hoptac.lexicon import LexiconError

    try:
        return Pipeline(extract=extract, limits=limits, keys=False, gate=gate)
    except LexiconError as exc:
        raise _fail(f"data file: {exc}") from None


def _limits(document_bytes: int | None, input_bytes: int | None, chars: int | None,
            seconds: float | None) -> Limits:
    try:
        return Limits.from_env(document_bytes=document_bytes, input_bytes=input_bytes, text_chars=chars,
                               seconds=seconds)
    except ValueError as exc:
        raise _fail(str(exc)) from None


@contextmanager
def _store(db: str | None, create: bool = False, create_dirs: bool = False) -> Iterator[Any]:
    """Open the store, or end with a one-line error (exit 2) naming what is wrong."""
    from hoptac.store import SearchError, Store, StoreError

    try:
        with Store(db, create=create, create_dirs=create_dirs) as store:
            yield store
    except StoreError as exc:
        raise _fail(str(exc)) from None
    except SearchError as exc:
        raise _fail(f"search: {exc}") from None


class _RateColumn(ProgressColumn):
    """Documents and megabytes of text per second, over the whole run so far (rich's own
    speed is over its last few updates, which jumps with batch sizes)."""

    def render(self, task) -> Text:  # type: ignore[no-untyped-def]
        elapsed = task.finished_time or task.elapsed or 0.0
        if not elapsed or not task.completed:
            return Text("- docs/s", style="progress.data.speed")
        chars = task.fields.get("chars", 0)
        return Text(f"{task.completed / elapsed:.1f} docs/s, {chars / elapsed / 1e6:.2f} MB/s",
                    style="progress.data.speed")


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    TextColumn("{task.completed} docs"), _RateColumn(), TimeElapsedColumn(),
                    TimeRemainingColumn(), console=err, transient=False)


def _print_error(line: str) -> None:
    err.print(f"[red]error[/red] {line}", highlight=False)


def _print_note(doc: Document, line: str) -> None:
    err.print(f"[yellow]note[/yellow] {doc.source or doc.id}: {line}", highlight=False)


def _json_line(obj: dict[str, Any], indent: int | None = None) -> str:
    """JSON that any terminal or file takes: text that cannot be UTF-8 (lone surrogates
    from a file name) is written as \\u escapes, never as a raw invalid byte."""
    line = json.dumps(obj, ensure_ascii=False, indent=indent)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj, ensure_ascii=True, indent=indent)
    return line


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="files, directories, globs, or - for stdin")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="one JSON object per line")] = False,
    records: Annotated[bool, typer.Option(help="extract records (else bodies only)")] = True,
    explain: Annotated[bool, typer.Option("--explain", help="show each sentence's actors, dates, amounts, "
                                                              "records and dropped cues with rules and reasons")] = False,
    max_document_bytes: MaxDocBytes = None,
    max_input_bytes: MaxInputBytes = None,
    max_text_chars: MaxChars = None,
    max_seconds: MaxSeconds = None,
    strict: StrictOption = False,
) -> None:
    """Print each document in the annotation guide's schema."""
    from hoptac.ingest import IngestReport, processed, read_documents

    limits = _limits(max_document_bytes, max_input_bytes, max_text_chars, max_seconds)
    report = IngestReport()
    docs = read_documents(paths, limits, report, _print_error, _print_note)
    # (--explain shows every sentence's dates and dropped cues, even where the document gate knows no record stands)
    for doc in processed(docs, _pipeline(records, limits, gate=False if explain else None), report, 64, _print_error):
        if explain:
            from hoptac.explain import explain as explained

            sys.stdout.write(explained(doc) + "\n\n")
        else:
            sys.stdout.write(_json_line(doc.to_json(), indent=None if jsonl else 2) + "\n")
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def docs(
    key: Annotated[Optional[str], typer.Argument(help="show one document: its id, number or hash prefix")] = None,
    db: DbOption = None,
    q: Annotated[Optional[str], typer.Option("-q", help="search title and body: the query as a phrase of whole words, "
                                                        "\"quoted\" \"parts\" each; no diacritics typed = any")] = None,
    exact: Annotated[bool, typer.Option("--exact", help="match diacritics as typed (Nga is then not ngà)")] = False,
    limit: Annotated[int, typer.Option(min=1)] = 50,
) -> None:
    """List stored documents, or show one with its body and records."""
    with _store(db) as store:
        if key is None:
            table = Table("#", "id", "outlet", "published", "title")
            for d in store.list_documents(limit=limit, q=q, exact=exact):
                table.add_row(str(d.meta.get("pk", "")), d.id, d.outlet or "", d.published or "", d.title or "")
            out.print(table)
            return
        try:
            doc = store.get_document(key)
        except LookupError as exc:
            raise _fail(str(exc)) from None
        if doc is None:
            raise _fail(f"no document {key!r}", 1)
        out.print(f"[bold]{doc.title}[/bold]", highlight=False)
        out.print(f"{doc.outlet or '-'} · {doc.published or '-'} · {doc.source}", highlight=False)
        for p in doc.paragraphs:
            out.print("\n" + p.text, highlight=False)
        if doc.records:
            out.print("\n[bold]records[/bold]")
            for r in doc.records:
                out.print(_json_line(r.to_json()), highlight=False)


def _actors_brief(rec: dict) -> str:
    if "participants" in rec:
        return " + ".join(rec["participants"])
    src = rec.get("source")
    src = ",".join(src) if isinstance(src, list) else src
    return f"{src} → {', '.join(rec.get('targets', []))}" if rec.get("targets") else str(src)


def _record_type(value: str | None) -> str | None:
    if value is None:
        return None
    from hoptac.records.types import type_names

    upper = value.strip().upper()
    if upper not in type_names():
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(type_names())}")
    return upper


def _actor_code(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if not code or not code.replace("_", "").isalnum() or len(code) > 32:
        raise typer.BadParameter(f"{value!r} is not an actor code (CHN, USA, ASEAN, WHO, INTL, ...)")
    return code


FROZEN = ("test", "check")  # the frozen splits of standoff gold: measured, never read for errors


def _has_frozen(gold_docs: list[dict[str, Any]]) -> bool:
    """Whether any gold document belongs to the frozen split (then its errors are never listed)."""
    return any(g.get("split") in FROZEN for g in gold_docs)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="gold JSONL: full documents in the guide's schema, or standoff "
                                              "gold pointing into --corpora")],
    docs_dir: Annotated[Optional[Path], typer.Option("--docs", help="directory of the documents to run on")] = None,
    corpora: Annotated[Optional[Path], typer.Option("--corpora", help="folder of the corpora standoff gold "
                                                                      "points into (<name>.jsonl.gz)")] = None,
    pred: Annotated[Optional[Path], typer.Option("--pred", help="score this prediction JSONL instead")] = None,
    split: Annotated[Optional[str], typer.Option("--split", help="score one split of standoff gold "
                                                                 "(train, test, check, extra)")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="list false positives and misses "
                                                         "(never for the frozen test split)")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as JSON")] = False,
) -> None:
    """Score hoptac (or a prediction file) against gold, as the annotation guide defines.

    Standoff gold is scored per split, then overall; its frozen test split is for
    measuring only, so --errors lists the train split's errors alone."""
    from hoptac.evaluate import format_report, score
    from hoptac.gold import (GoldError, corpus_articles, documents_of, is_standoff, load_standoff, read_jsonl,
                             wanted_articles)

    articles: dict[tuple[str, str], dict[str, Any]] = {}
    try:
        gold_docs = read_jsonl(gold)
        standoff = bool(gold_docs) and is_standoff(gold_docs[0])
        if standoff:
            if corpora is None:
                raise _fail(f"{gold} is standoff gold: give --corpora DIR (the folder of its corpora)")
            articles = corpus_articles(corpora, wanted_articles(gold_docs, str(gold)))
            gold_docs = load_standoff(gold_docs, corpora, where=str(gold), articles=articles)
    except (GoldError, OSError) as exc:
        raise _fail(str(exc)) from None
    if split is not None:
        gold_docs = [g for g in gold_docs if g.get("split") == split]
        if not gold_docs:
            raise _fail(f"no gold document in split {split!r}")
    if errors and split in FROZEN:
        raise _fail(f"the {split!r} split is frozen: it is measured, its errors are not listed")
    if pred is not None:
        pred_docs = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    elif docs_dir is not None or standoff:
        from hoptac.ingest import IngestReport, processed, read_documents

        wanted = {g["id"] for g in gold_docs}
        start = time.perf_counter()
        report = IngestReport()
        docs = (documents_of(gold_docs, articles) if standoff and docs_dir is None
                else read_documents([str(docs_dir)], Limits.from_env(), report, _print_error))
        pred_docs = [d.to_json() for d in processed(docs, _pipeline(), report, 64, _print_error) if d.id in wanted]
        err.print(f"{len(pred_docs)} documents in {time.perf_counter() - start:.2f}s")
    else:
        raise _fail("give --docs DIR, --corpora DIR (standoff gold) or --pred FILE")
    splits = sorted({g.get("split") for g in gold_docs if g.get("split")}) if standoff else []
    parts = [(name, [g for g in gold_docs if g.get("split") == name]) for name in splits] if len(splits) > 1 else []
    parts.append(("all", gold_docs))
    results = {name: score(part, pred_docs) for name, part in parts}
    if as_json:
        out.print_json(data={name: rep.as_dict() for name, rep in results.items()} if standoff
                       else results["all"].as_dict())
        return
    for name, rep in results.items():
        if standoff:
            n = sum(1 for g in gold_docs if name == "all" or g.get("split") == name)
            out.print(f"\n== {name} ({n} documents) ==", highlight=False)
        out.print(format_report(rep, errors=errors and not _has_frozen(gold_docs)), highlight=False, markup=False)
    if errors and _has_frozen(gold_docs):
        # The frozen split's errors are never listed: only the other splits' documents are.
        open_docs = [g for g in gold_docs if g.get("split") not in FROZEN]
        out.print(f"\n== errors of the open splits ({len(open_docs)} documents; the frozen "
                  f"{' and '.join(FROZEN)} splits are measured, never listed) ==", highlight=False)
        listed = format_report(score(open_docs, pred_docs), errors=True)
        out.print(listed[listed.index("false positives"):], highlight=False, markup=False)


from hoptac import cli_query, cli_scale, cli_train, cli_users  # noqa: E402,F401  (register their commands)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    # `python -m hoptac.cli`: run the app of the imported module, where every command
    # (cli_train's too) is registered, not this __main__ copy's.
    from hoptac.cli import main as _imported_main

    _imported_main()

