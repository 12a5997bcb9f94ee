"""Read → pipeline → store, batch by batch: the one ingest loop every shell uses.

Kept out of the CLI so the Python API, the web app's upload and the Dask
runner store documents exactly as `hoptac ingest` does: in batches of one
transaction each, skipping what is stored, and reporting (never raising for)
an input that cannot be read, a document the pipeline gave up, or one the
database refused, while the rest of the batch is stored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from hoptac.limits import Limits
from hoptac.model import Document, ReadError
from hoptac.pipeline import Pipeline


@dataclass
class IngestReport:
    """What one ingest did, for the CLI's summary table and the API's callers."""

    read: int = 0
    stored: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    records: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)  # inputs, documents and rows that failed, one line each

    @property
    def ok(self) -> bool:
        return not self.errors


Reader = Callable[[Iterable[Any], Limits], Iterator["Document | ReadError"]]


def read_documents(inputs: Iterable[Any], limits: Limits, report: IngestReport,
                   on_error: Callable[[str], None] = lambda _line: None,
                   on_note: Callable[[Document, str], None] = lambda _doc, _line: None,
                   reader: Reader | None = None) -> Iterator[Document]:
    """The readable documents of `inputs`; every unreadable one becomes a line in `report.errors`.
    `reader` turns the inputs into documents (default: paths, by hoptac.read.read_inputs)."""
    from hoptac.read import read_inputs

    for item in (reader or read_inputs)(inputs, limits):
        if isinstance(item, ReadError):
            report.errors.append(str(item))
            on_error(str(item))
        else:
            report.read += 1
            for note in item.warnings:
                on_note(item, note)
            yield item


def processed(docs: Iterable[Document], pipeline: Pipeline, report: IngestReport, batch_size: int,
              on_error: Callable[[str], None] = lambda _line: None) -> Iterator[Document]:
    """The pipeline's documents, without those it gave up (each reported with its reason)."""
    for doc in pipeline.pipe(docs, batch_size=batch_size):
        if doc.failed:
            line = f"{doc.source or doc.id}: {doc.failed}"
            report.errors.append(line)
            on_error(line)
            continue
        yield doc


def batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Documents in batches of `size`, cut where the input file changes, except between files
    of one document each (page dumps), which are batched together: what a batch-aware stage
    learns (the lines a site repeats) then depends only on the input, not on how a run is
    split up. The Dask runner partitions inputs along the same cuts."""
    batch: list[Document] = []
    unit: str | None = None
    for doc in docs:
        here = _unit(doc)
        if batch and (len(batch) >= size or here != unit):
            yield batch
            batch = []
        batch.append(doc)
        unit = here
    if batch:
        yield batch


MULTI_DOCUMENT_READERS = ("jsonl", "warc", "wet")  # the readers that find many documents in one file


def _unit(doc: Document) -> str:
    """The input a document belongs to for batching: its file, or "pages" for a one-document file."""
    return f"{doc.reader}:{doc.source}" if doc.reader in MULTI_DOCUMENT_READERS else "pages"


def ingest(inputs: Iterable[str], store, *, pipeline: Pipeline | None = None,  # type: ignore[no-untyped-def]
           limits: Limits | None = None, batch_size: int = 64, workers: int = 1,
           on_error: Callable[[str], None] = lambda _line: None,
           on_note: Callable[[Document, str], None] = lambda _doc, _line: None,
           on_batch: Callable[[int, int], None] = lambda _docs, _chars: None,
           reader: Reader | None = None) -> IngestReport:
    """Read, extract and store `inputs` into `store` (a `hoptac.store.Store`).

    Batches are stored in input order, one transaction each, so a run that is stopped
    (even killed) and started again stores exactly what one uninterrupted run stores:
    documents already stored are recognised by text or URL before any extraction and
    skipped, the rest are processed in the same batches as the first time. `workers` > 1
    processes batches in that many processes. `on_batch` gets each batch's documents
    and characters, for a progress bar. A malformed data file raises hoptac.lexicon.LexiconError
    when the first batch to extract comes (what was stored before stays stored)."""
    from hoptac.runners import InProcess, Planned, WorkerPool

    limits = limits or Limits.from_env()
    # Built when a batch first needs extracting: a rerun of a stored corpus costs its reading.
    pipeline = pipeline or Pipeline(limits=limits, lazy=True)
    report = IngestReport()
    docs = read_documents(inputs, limits, report, on_error, on_note, reader)
    planned = (Planned(batch, store.already_stored(batch)) for batch in batches(docs, batch_size))
    runner = WorkerPool(workers, pipeline) if workers > 1 else InProcess(pipeline)
    try:
        for done in runner.run(planned):
            _store(done, store, report, on_error)
            on_batch(len(done.docs), sum(len(d.text) for d in done.docs))
    finally:
        runner.close()
    return report


def _store(done, store, report: IngestReport, on_error: Callable[[str], None]) -> None:  # type: ignore[no-untyped-def]
    """Save one processed batch and account for every document of it."""
    report.skipped.update(done.planned.skip.values())
    if done.failed:
        for i, doc in enumerate(done.docs):
            if i not in done.planned.skip:
                line = f"{doc.source or doc.id}: {done.failed}"
                report.errors.append(line)
                on_error(line)
        return
    batch = []
    for i, doc in enumerate(done.docs):
        if i in done.planned.skip:
            continue
        if doc.failed:
            line = f"{doc.source or doc.id}: {doc.failed}"
            report.errors.append(line)
            on_error(line)
            continue
        batch.append(doc)
    if not batch:
        return
    saved = store.save(batch)
    report.stored += saved.stored
    report.skipped.update(why for _doc, why in saved.skipped)
    for doc_id, why in saved.failed:
        line = f"{doc_id}: {why}"
        report.errors.append(line)
        on_error(line)
    stored = set(saved.stored_ids)
    for doc in batch:
        if doc.id in stored:
            report.records.update(r.type for r in doc.records)


def input_kinds(inputs: Iterable[str]) -> Iterator[tuple[str, str, bool]]:
    """(path, kind, gzipped) of every input file, in reading order, by the reader's own detection
    (its first bytes); unreadable inputs are left to the readers to report."""
    from hoptac.read import STDIN, expand
    from hoptac.read.detect import HEAD_SIZE, detect

    for path in expand(inputs):
        if isinstance(path, ReadError) or path == STDIN:
            continue
        try:
            with open(path, "rb") as fh:
                head = fh.read(HEAD_SIZE)
        except OSError:
            continue
        kind, gz = detect(path, head)
        yield path, kind, gz


def count_documents(inputs: Iterable[str], max_bytes: int = 2 << 30) -> int | None:
    """How many documents the inputs hold, when that is cheap to know (pages, JSON lines), for a
    progress bar's total; None for stdin, WARC files or inputs over `max_bytes` on disk."""
    import gzip
    import os

    from hoptac.read import STDIN

    inputs = list(inputs)
    if STDIN in inputs:
        return None
    total, size = 0, 0
    for path, kind, gz in input_kinds(inputs):
        size += os.path.getsize(path)
        if kind == "warc" or size > max_bytes:
            return None
        if kind != "jsonl":
            total += 1
            continue
        try:
            with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
                total += sum(1 for line in fh if line.strip())
        except (OSError, EOFError):
            return None
    return total


def store_processed(docs: Iterable[Document], store, batch_size: int = 64,  # type: ignore[no-untyped-def]
                    on_error: Callable[[str], None] = lambda _line: None,
                    on_batch: Callable[[int, int], None] = lambda _docs, _chars: None) -> IngestReport:
    """Store documents that were processed elsewhere (a Dask run's Parquet files): the same
    batches, skipping and reporting as `ingest`, without running the pipeline again."""
    from hoptac.runners import Done, Planned

    report = IngestReport()
    for batch in batches(docs, batch_size):
        report.read += len(batch)
        plan = Planned(batch, store.already_stored(batch))
        _store(Done(plan, batch), store, report, on_error)
        on_batch(len(batch), sum(len(d.text) for d in batch))
    return report
