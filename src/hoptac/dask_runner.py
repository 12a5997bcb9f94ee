"""`hoptac ingest --engine dask`: the same ingest loop on a Dask cluster.

The inputs are cut into partitions along the lines `hoptac.ingest.batches`
cuts batches: a file that holds many documents (JSONL, WARC, WET) is a
partition of its own, a long JSON-lines file is cut into ranges of whole
batches of lines, about eight per worker and at most eight batches each (a plain
file is read from the range's byte offset; a gzipped one, which cannot be entered
in the middle, into at most eight ranges per worker), and runs of one-document files (page dumps, HTML) are cut every
`batch_size` files. Each partition is one Dask task that reads and processes
its documents with the one pipeline, batch by batch. Results go

- to the database (`--db`): the tasks send their processed batches back and
  this process stores them in input order, with the ingest loop's own storing
  step, at most two partitions per worker in flight. So the database holds
  exactly what `hoptac ingest` would store (the same copy of a duplicate, the
  same near-duplicate groups and events), and a rerun skips what is stored:
  each task asks the database (read only) before extracting, unless it held no
  document when the run began;
- or to Parquet (`--out DIR`): one file per partition, written to a temporary
  name and renamed when complete, so a rerun skips finished partitions and a
  killed task leaves nothing half-written. `hoptac load DIR` stores them, in
  partition order. The folder's manifest refuses parts of another run.

Without `--scheduler` a `LocalCluster` of `workers` processes (one thread
each: extraction is pure Python) is started and stopped with the run, in a
thread while this process prepares, its workers warmed (hoptac.dask_cluster). Dask
runs tasks in worker threads, where the per-document time limit (SIGALRM)
cannot act: only the size limits apply there.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from hoptac.dask_cluster import ClusterStart
from hoptac.ingest import MULTI_DOCUMENT_READERS, IngestReport, _store, batches, read_documents
from hoptac.limits import Limits
from hoptac.model import Document, ReadError, SaveReport

PART = "part-{:06d}.parquet"
MANIFEST = "hoptac-manifest.json"
_KIND_READER = {"jsonl": "jsonl", "warc": "warc"}  # detected kind -> the reader that takes it
PARTS_PER_WORKER = 8  # ranges of a long JSON-lines file per worker, by default
MAX_PART_BATCHES = 8  # batches in one range at most: a range's results are held until stored
GZ_PARTS_PER_WORKER = 8  # ranges of a gzipped file at most: each re-reads it from the start

Part = tuple[str, int, int | None, int]  # (path, first line, last line, byte offset); first 0: the whole file


def _line_ranges(path: str, gz: bool, part_lines: int, batch_size: int, workers: int) -> list[Part]:
    """A JSON-lines file's ranges of lines (with the byte offset of each range's start). `part_lines`
    0: about PARTS_PER_WORKER ranges per worker, each of one to MAX_PART_BATCHES whole batches. Few
    big ranges left a worker idle while the other finished its last one (six ranges of 512 lines
    for 2,653: one worker got 1,536 documents, the other 1,117), and the storing process, which
    stores a range once it is complete and in input order, waited for the first and stored the
    last after all the work."""
    offsets: list[int] = []  # byte offset of every batch's first line
    lines = offset = 0
    with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
        for raw in fh:
            if lines % batch_size == 0:
                offsets.append(offset)
            lines += 1
            offset += len(raw)
    if not part_lines:
        per_part = math.ceil(lines / (PARTS_PER_WORKER * workers) / batch_size)
        part_lines = min(max(per_part, 1), MAX_PART_BATCHES) * batch_size
    if gz and lines > part_lines:  # each range re-reads the file up to it: a few ranges only
        step = math.ceil(lines / (GZ_PARTS_PER_WORKER * workers) / batch_size) * batch_size
        part_lines = max(part_lines, step)
    if lines <= part_lines:
        return [(path, 0, None, 0)]
    return [(path, i * part_lines + 1, min((i + 1) * part_lines, lines),
             0 if gz else offsets[i * part_lines // batch_size])
            for i in range(math.ceil(lines / part_lines))]


def partitions(inputs: Iterable[str], batch_size: int, part_lines: int = 0,
               workers: int = 2) -> tuple[list[list[Part]], list[str]]:
    """Input files grouped into partitions (see the module's docstring), and one error line for
    each input that is no file to partition (missing, a folder error, stdin)."""
    from hoptac.read import STDIN, expand
    from hoptac.read.detect import HEAD_SIZE, detect

    part_lines = max(batch_size, part_lines // batch_size * batch_size) if part_lines else 0
    out: list[list[Part]] = []
    errors: list[str] = []
    pages: list[Part] = []

    def close_pages() -> None:
        nonlocal pages
        if pages:
            out.append(pages)
            pages = []

    for path in expand(inputs):
        if isinstance(path, ReadError):
            errors.append(str(path))
            continue
        if path == STDIN:
            errors.append("<stdin>: the Dask engine reads files only; write stdin to a file first")
            continue
        try:
            with open(path, "rb") as fh:
                kind, gz = detect(path, fh.read(HEAD_SIZE))
        except OSError:
            kind, gz = "text", False  # the reader, in its task, says what is wrong with it
        if _KIND_READER.get(kind) not in MULTI_DOCUMENT_READERS:
            pages.append((path, 0, None, 0))
            if len(pages) == batch_size:
                close_pages()
            continue
        close_pages()
        if kind != "jsonl":
            out.append([(path, 0, None, 0)])
            continue
        try:
            ranges = _line_ranges(path, gz, part_lines, batch_size, workers)
        except (OSError, EOFError, zlib.error):
            ranges = [(path, 0, None, 0)]  # broken: read whole, the reader reports where it breaks
        out += [[r] for r in ranges]
    close_pages()
    return out, errors


def read_parts(parts: Iterable[Part], limits: Limits) -> Iterator[Document | ReadError]:
    """The documents of a partition: whole files as `hoptac ingest` reads them, line ranges
    of JSON-lines files numbered as in the whole file."""
    from hoptac.read import read_inputs, read_jsonl_part

    for path, first, last, offset in parts:
        if first == 0:
            yield from read_inputs([path], limits)
        else:
            yield from read_jsonl_part(path, first, last, offset, limits)


_pipelines: dict[str, Any] = {}  # per worker process: one pipeline per recipe


def _pipeline(extract: bool, limits: Limits) -> Any:
    from hoptac.pipeline import Pipeline

    key = repr((extract, limits))
    if key not in _pipelines:
        _pipelines[key] = Pipeline(extract=extract, limits=limits)
    return _pipelines[key]


def process_partition(parts: list[Part], extract: bool, limits: Limits, batch_size: int,
                      db: str | None) -> dict[str, Any]:
    """One Dask task: a partition's batches processed, sent back for storing in order (slimmed, and
    pickled as Dask sends any result, as the local pool sends them: JSON both ways took twice the
    CPU, 0.55 + 0.52 s against 0.22 + 0.32 s for the 2,653 Dân trí articles).
    Documents the database (asked read only, when it can be reached) holds are not processed."""
    from hoptac.runners import slim

    pipeline = _pipeline(extract, limits)
    report = IngestReport()
    store = None
    if db is not None:  # None: nothing to ask, and no SQLAlchemy to import here
        from hoptac.store import Store, StoreError

        try:
            store = Store(db, migrate=False, create=False)
        except StoreError:
            store = None  # not reachable from here: the storing process skips what is stored
    out = []
    try:
        for batch in batches(read_documents(parts, limits, report, reader=read_parts), batch_size):
            skip = store.already_stored(batch) if store is not None else {}
            done = pipeline.run_batch(batch, skip)
            out.append({"skip": {str(i): why for i, why in skip.items()},
                        "docs": [None if i in skip else slim(d) for i, d in enumerate(done)]})
    finally:
        if store is not None:
            store.close()
    return {"read": report.read, "errors": list(report.errors), "batches": out}


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
        from hoptac.text.safe import safe_text

        def text(value: str | None) -> str | None:
            return None if value is None else safe_text(value)

        string = pa.string()
        schema = pa.schema([("doc_id", string), ("title", string), ("published", string), ("outlet", string),
                            ("url", string), ("records", pa.int32()), ("document", string)])
        table = pa.table({
            "doc_id": [text(d.id) for d in docs],
            "title": [text(d.title) for d in docs],
            "published": [text(d.published) for d in docs],
            "outlet": [text(d.outlet) for d in docs],
            "url": [text(d.url) for d in docs],
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


def write_partition(index: int, parts: list[Part], extract: bool, limits: Limits, batch_size: int,
                    out: str) -> dict[str, Any]:
    """One Dask task of `--out`: a partition's documents into one Parquet file."""
    from hoptac.ingest import ingest

    target = Path(out) / PART.format(index)
    if target.exists():
        return {"read": 0, "stored": 0, "skipped": {"partition written before": 1}, "records": {}, "errors": []}
    sink = ParquetSink(target)
    report = ingest(parts, sink, pipeline=_pipeline(extract, limits), limits=limits, batch_size=batch_size,
                    reader=read_parts)
    sink.finish()
    return {"read": report.read, "stored": report.stored, "skipped": dict(report.skipped),
            "records": dict(report.records), "errors": list(report.errors)}


def _manifest(out: Path, parts: list[list[Part]], extract: bool, batch_size: int) -> None:
    """Write the run's manifest, or refuse a folder holding parts of another run."""
    from hoptac import __version__

    mine = {"hoptac": __version__, "extract": extract, "batch_size": batch_size,
            "partitions": [[list(p) for p in part] for part in parts]}
    path = out / MANIFEST
    if path.exists():
        if json.loads(path.read_text(encoding="utf-8")) != mine:
            raise RuntimeError(f"{out} holds the parts of another run (other inputs, options or version); "
                               "give an empty folder")
    elif any(out.glob("part-*.parquet")):
        raise RuntimeError(f"{out} holds Parquet parts but no {MANIFEST}; give an empty folder")
    else:
        path.write_text(json.dumps(mine), encoding="utf-8")


def run(inputs: Iterable[str], *, db: str | None = None, out: str | None = None, scheduler: str | None = None,
        workers: int = 2, extract: bool = True, limits: Limits | None = None, batch_size: int = 64,
        part_lines: int = 0, store: Any = None, cluster: ClusterStart | None = None,
        on_partition: Callable[[dict[str, Any]], None] = lambda _r: None,
        on_error: Callable[[str], None] = lambda _line: None) -> IngestReport:
    """Ingest `inputs` on a Dask cluster into `db` (stored here, by `store` or a Store opened on
    `db`) or into Parquet files under `out`; the report sums the partitions'. `cluster`: a
    LocalCluster the caller started ahead (hoptac.dask_cluster), which the run closes; without it
    and without `scheduler` one is started here, while the inputs are partitioned."""
    from hoptac.store import Store

    limits = limits or Limits.from_env()
    if cluster is None and not scheduler:
        cluster = ClusterStart(workers, extract, limits)
    try:
        try:
            from dask.distributed import Client
        except ImportError:
            raise RuntimeError("the Dask engine needs its extra: pip install 'hoptac[dask]'") from None
        inputs = list(inputs)
        parts, errors = partitions(inputs, batch_size, part_lines, workers)
        total = IngestReport(errors=list(errors))
        for line in errors:
            on_error(line)
        if out is not None:
            Path(out).mkdir(parents=True, exist_ok=True)
            _manifest(Path(out), parts, extract, batch_size)
        if not parts:
            return total
        own_store = store is None and out is None
        if own_store:
            store = Store(db)
        try:
            client = cluster.client() if cluster is not None else Client(scheduler)
            try:
                if out is not None:
                    _run_to_parquet(client, parts, extract, limits, batch_size, out, total, on_partition, on_error)
                else:
                    _run_to_store(client, parts, extract, limits, batch_size, store, workers, total,
                                  on_partition, on_error)
            finally:
                if cluster is None:
                    client.close()
        finally:
            if own_store:
                store.close()
    finally:
        if cluster is not None:
            cluster.close()
    return total


def _run_to_store(client: Any, parts: list[list[Part]], extract: bool, limits: Limits, batch_size: int, store: Any,
                  workers: int, total: IngestReport, on_partition: Callable[[dict[str, Any]], None],
                  on_error: Callable[[str], None]) -> None:
    """Submit partitions in order, at most two per worker in flight, and store each, in order."""
    from hoptac.runners import Done, Planned
    pending: deque[tuple[int, Any]] = deque()
    # Tasks ask the database what it holds, so that a rerun extracts nothing twice; a database that
    # held no document when the run began can hold only this run's, which storing skips anyway, and
    # its tasks open no database at all (that was 0.4-0.5 s of SQLAlchemy and a connection in each
    # worker before its first batch, and a query per batch).
    asked = None if store.is_empty() else store.url

    def collect() -> None:
        index, future = pending.popleft()
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - one partition's failure must not end the run
            line = f"partition {index} ({', '.join(sorted({p[0] for p in parts[index]}))}): " \
                   f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
            total.errors.append(line)
            on_error(line)
            return
        total.read += result["read"]
        for line in result["errors"]:
            total.errors.append(line)
            on_error(line)
        for batch in result["batches"]:
            skip = {int(i): why for i, why in batch["skip"].items()}
            docs = [Document(text="") if doc is None else doc for doc in batch["docs"]]
            _store(Done(Planned(docs, skip), docs), store, total, on_error)
        on_partition(result)

    for index, part in enumerate(parts):
        pending.append((index, client.submit(process_partition, part, extract, limits, batch_size, asked,
                                             pure=False)))
        while len(pending) > 2 * workers:
            collect()
    while pending:
        collect()


def _run_to_parquet(client: Any, parts: list[list[Part]], extract: bool, limits: Limits, batch_size: int, out: str,
                    total: IngestReport, on_partition: Callable[[dict[str, Any]], None],
                    on_error: Callable[[str], None]) -> None:
    from dask.distributed import as_completed

    futures = {client.submit(write_partition, i, part, extract, limits, batch_size, out, pure=False): i
               for i, part in enumerate(parts)}
    for future in as_completed(futures):
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - one partition's failure must not end the run
            line = f"partition {futures[future]}: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
            total.errors.append(line)
            on_error(line)
            continue
        total.read += result["read"]
        total.stored += result["stored"]
        total.skipped.update(result["skipped"])
        total.records.update(result["records"])
        for line in result["errors"]:
            total.errors.append(line)
            on_error(line)
        on_partition(result)


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
