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
from itertools import islice

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


def read_documents(inputs: Iterable[str], limits: Limits, report: IngestReport,
                   on_error: Callable[[str], None] = lambda _line: None,
                   on_note: Callable[[Document, str], None] = lambda _doc, _line: None) -> Iterator[Document]:
    """The readable documents of `inputs`; every unreadable one becomes a line in `report.errors`."""
    from hoptac.read import read_inputs

    for item in read_inputs(inputs, limits):
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


def ingest(inputs: Iterable[str], store, *, pipeline: Pipeline | None = None,  # type: ignore[no-untyped-def]
           limits: Limits | None = None, batch_size: int = 64,
           on_error: Callable[[str], None] = lambda _line: None,
           on_note: Callable[[Document, str], None] = lambda _doc, _line: None,
           on_batch: Callable[[int], None] = lambda _n: None) -> IngestReport:
    """Read, extract and store `inputs` into `store` (a `hoptac.store.Store`)."""
    limits = limits or Limits.from_env()
    pipeline = pipeline or Pipeline(limits=limits)
    report = IngestReport()
    docs = processed(read_documents(inputs, limits, report, on_error, on_note), pipeline, report,
                     batch_size, on_error)
    while batch := list(islice(docs, batch_size)):
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
        on_batch(len(batch))
    return report
