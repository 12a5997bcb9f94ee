"""`hoptac ingest --engine dask`: the same ingest loop on a Dask cluster.

The inputs are cut into partitions along the lines `hoptac.ingest.batches`
cuts batches: every file that holds many documents (JSONL, WARC, WET) is a
partition of its own, and runs of one-document files (page dumps, HTML) are
cut every `batch_size` files. Each partition is one Dask task that runs
`hoptac.ingest.ingest` itself, in the worker, over its files, so what a
batch-aware stage learns and what is extracted is what one machine would
do. Results go

- to the database (`--db`): each task stores its batches itself, as
  concurrent `hoptac ingest` processes do (the store serialises writers and
  skips what is stored, so a rerun or a retried task stores nothing twice);
- or to Parquet (`--out DIR`): one file per partition, written to a temporary
  name and renamed when complete, so a rerun skips finished partitions and a
  killed task leaves nothing half-written. `hoptac load DIR` stores them.

Without `--scheduler` a `LocalCluster` of `workers` processes (one thread
each: extraction is pure Python) is started and stopped with the run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from hoptac.ingest import MULTI_DOCUMENT_READERS, IngestReport, input_kinds
from hoptac.limits import Limits
from hoptac.model import Document, ReadError
from hoptac.store import SaveReport

PART = "part-{:05d}.parquet"
_KIND_READER = {"jsonl": "jsonl", "warc": "warc"}  # detected kind -> the reader that takes it


Part = tuple[str, int, int | None]  # (path, first line, last line); first 0: the whole file


def partitions(inputs: Iterable[str], batch_size: int, part_lines: int = 0) -> list[list[Part]]:
    """Input files grouped into partitions: a many-document file alone, or in parts of
    `part_lines` lines (a multiple of `batch_size`; default 8 batches) when it is a JSON-lines
    file longer than that; one-document files by `batch_size` in reading order."""
    import gzip

    part_lines = part_lines or 8 * batch_size
    part_lines = max(batch_size, part_lines // batch_size * batch_size)
    out: list[list[Part]] = []
    pages: list[Part] = []
    for path, kind, gz in input_kinds(inputs):
        if _KIND_READER.get(kind) not in MULTI_DOCUMENT_READERS:
            pages.append((path, 0, None))
            if len(pages) == batch_size:
                out.append(pages)
                pages = []
            continue
        if pages:
            out.append(pages)
            pages = []
        lines = 0
        if kind == "jsonl":
            with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
                lines = sum(1 for _ in fh)
        if lines <= part_lines:
            out.append([(path, 0, None)])
            continue
        out += [[(path, first, min(first + part_lines - 1, lines))] for first in range(1, lines + 1, part_lines)]
    if pages:
        out.append(pages)
    return out


def read_parts(parts: Iterable[Part], limits: Limits) -> Iterator[Document | ReadError]:
    """The documents of a partition: whole files as `hoptac ingest` reads them, line ranges
    of JSON-lines files numbered as in the whole file."""
    from hoptac.read import read_inputs, read_jsonl_part

    for path, first, last in parts:
        if first == 0:
            yield from read_inputs([path], limits)
        else:
            yield from read_jsonl_part(path, first, last, limits)


class ParquetSink:
    """Stands where a `Store` stands in the ingest loop, writing documents to one Parquet file
    (row group by row group, so a partition's memory is one batch)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.writer: Any = None

    def already_stored(self, docs: list[Document]) -> dict[int, str]:
        return {}

    def save(self, docs: list[Document]) -> SaveReport:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from hoptac.serial import document_to_json

        text = pa.string()
        schema = pa.schema([("doc_id", text), ("title", text), ("published", text), ("outlet", text),
                            ("url", text), ("records", pa.int32()), ("document", text)])
        table = pa.table({
            "doc_id": [d.id for d in docs],
            "title": [d.title for d in docs],
            "published": [d.published for d in docs],
            "outlet": [d.outlet for d in docs],
            "url": [d.url for d in docs],
            "records": [len(d.records) for d in docs],
            "document": [document_to_json(d) for d in docs],
        }, schema=schema)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.tmp, table.schema, compression="zstd")
        self.writer.write_table(table)
        return SaveReport(stored=len(docs), stored_ids=[d.id for d in docs])

    def finish(self) -> None:
        if self.writer is None:  # nothing to write: an empty file still marks the partition done
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.table({"doc_id": pa.array([], pa.string())}), self.tmp)
        else:
            self.writer.close()
        os.replace(self.tmp, self.path)


_pipelines: dict[str, Any] = {}  # per worker process: one pipeline per recipe


def run_partition(index: int, parts: list[Part], extract: bool, limits: Limits, batch_size: int,
                  db: str | None, out: str | None) -> dict[str, Any]:
    """One Dask task: ingest a partition's files into the database or one Parquet file."""
    from hoptac.ingest import ingest
    from hoptac.pipeline import Pipeline
    from hoptac.store import Store

    key = repr((extract, limits))
    if key not in _pipelines:
        _pipelines[key] = Pipeline(extract=extract, limits=limits)
    pipeline = _pipelines[key]
    if out is not None:
        target = Path(out) / PART.format(index)
        if target.exists():
            return {"partition": index, "done_before": True}
        sink = ParquetSink(target)
        report = ingest(parts, sink, pipeline=pipeline, limits=limits, batch_size=batch_size, reader=read_parts)
        sink.finish()
    else:
        with Store(db, migrate=False, create=False) as store:
            report = ingest(parts, store, pipeline=pipeline, limits=limits, batch_size=batch_size, reader=read_parts)
    return {"partition": index, "read": report.read, "stored": report.stored, "skipped": dict(report.skipped),
            "records": dict(report.records), "errors": list(report.errors)}


def run(inputs: Iterable[str], *, db: str | None = None, out: str | None = None, scheduler: str | None = None,
        workers: int = 2, extract: bool = True, limits: Limits | None = None, batch_size: int = 64,
        part_lines: int = 0, on_partition: Callable[[dict[str, Any]], None] = lambda _r: None) -> IngestReport:
    """Ingest `inputs` on a Dask cluster; the report sums the partitions'."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError("the Dask engine needs its extra: pip install 'hoptac[dask]'") from None
    limits = limits or Limits.from_env()
    if out is not None:
        Path(out).mkdir(parents=True, exist_ok=True)
    parts = partitions(inputs, batch_size, part_lines)
    total = IngestReport()
    if not parts:
        return total
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = [client.submit(run_partition, i, part, extract, limits, batch_size, db, out, pure=False)
                       for i, part in enumerate(parts)]
            for future in as_completed(futures):
                result = future.result()
                _add(total, result)
                on_partition(result)
    finally:
        if cluster is not None:
            cluster.close()
    return total


def _add(total: IngestReport, part: dict[str, Any]) -> None:
    total.read += part.get("read", 0)
    total.stored += part.get("stored", 0)
    total.skipped.update(part.get("skipped", {}))
    total.records.update(part.get("records", {}))
    total.errors.extend(part.get("errors", []))


def parquet_documents(folder: str) -> Iterator[Document]:
    """The documents of a `--out` folder's finished partitions, in partition order."""
    import pyarrow.parquet as pq

    from hoptac.serial import document_from_json

    for path in sorted(Path(folder).glob("part-*.parquet")):
        pf = pq.ParquetFile(path)
        if "document" not in pf.schema_arrow.names:
            continue  # an empty partition
        for group in range(pf.num_row_groups):
            for text in pf.read_row_group(group, columns=["document"]).column("document").to_pylist():
                yield document_from_json(text)
