"""Where batches are processed: in this process, or in a pool of worker processes.

The ingest loop (hoptac.ingest) plans batches and stores them in input order;
a runner only turns planned batches into processed ones, also in input order,
so every runner stores exactly what the others do. Worker processes are forked
from a "forkserver" (a fork of this process, holding a database connection and a
progress thread, is not safe; the server is a fresh interpreter) that imported
the main script, as "spawn" would, and hoptac's data files once
(hoptac.worker_preload): each worker then builds its pipeline from data already
compiled, where a spawned one spent half a second of CPU compiling it anew, and
this process need not compile them at all. At most two batches per worker are in
flight, so memory stays bounded however long the input is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from hoptac.limits import Limits
from hoptac.model import Document
from hoptac.pipeline import Pipeline


@dataclass
class Planned:
    """A batch as read, and the positions in it not to process, with why (already stored)."""

    docs: list[Document]
    skip: dict[int, str] = field(default_factory=dict)

    @property
    def idle(self) -> bool:
        return len(self.skip) == len(self.docs)


@dataclass
class Done:
    """A processed batch: `docs` in input order (skipped ones as read), or why the batch failed."""

    planned: Planned
    docs: list[Document]
    failed: str | None = None


def slim(doc: Document) -> Document:
    """What storing needs of a processed document: no offset map, memo or per-cue trace
    (they are most of its size, and would otherwise travel back from a worker)."""
    doc.norm = None
    doc.scratch = {}
    doc.cues = []
    doc.drops = []
    doc.actors, doc.dates, doc.quantities, doc.sentences = [], [], [], []
    return doc


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def worker_context() -> multiprocessing.context.BaseContext:
    """A "forkserver" context that preloads the main script and hoptac's data (`PRELOAD`); "spawn"
    where there is no forkserver (Windows)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - not on Linux
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


class WorkersFailed(RuntimeError):
    """Worker processes cannot run at all (not one batch came back)."""


class InProcess:
    """Batches processed one after the other by one pipeline, here."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def run(self, planned: Iterable[Planned]) -> Iterator[Done]:
        for plan in planned:
            yield Done(plan, plan.docs if plan.idle else self.pipeline.run_batch(plan.docs, plan.skip))

    def close(self) -> None:
        pass


# -- worker processes --------------------------------------------------------

_worker_pipeline: Pipeline | None = None
_worker_failed: Exception | None = None  # the data files' error, raised by every batch (a LexiconError)
PRELOAD = ["__main__", "hoptac.worker_preload"]  # what the forkserver imports once (see the module's docstring)


def hoptac_environment() -> dict[str, str]:
    """The HOPTAC_* variables (extension lexicons, limits) a worker must see as this process does now:
    a forkserver's workers inherit the environment the server started with, not today's."""
    return {k: v for k, v in os.environ.items() if k.startswith("HOPTAC_")}


def _start_worker(recipe: tuple[bool, Limits] | Pipeline, environment: dict[str, str] | None = None) -> None:
    """Build this worker's pipeline once, from the data the forkserver compiled when they are still what
    this run reads (the same HOPTAC_* environment, the same files by `rules_hash`), else compiled here.
    A malformed data file is kept and raised by each batch: the caller gets the LexiconError itself,
    not a pool broken by an initializer that failed."""
    global _worker_pipeline, _worker_failed
    from hoptac.lexicon import reload, rules_hash

    try:
        if environment is not None and environment != hoptac_environment():
            for k in hoptac_environment():
                os.environ.pop(k)
            os.environ.update(environment)
            reload()
        else:
            preloaded = rules_hash()
            rules_hash.cache_clear()
            if rules_hash() != preloaded:  # a data file edited since the server compiled them
                reload()
        _worker_pipeline = Pipeline(extract=recipe[0], limits=recipe[1]) if isinstance(recipe, tuple) else recipe
    except Exception as exc:  # (a LexiconError, or the OSError of a data file gone)
        _worker_failed = exc


def _ping() -> bool:
    return True


def _work(docs: list[Document], skip: list[int]) -> list[Document]:
    if _worker_failed is not None:
        raise _worker_failed
    assert _worker_pipeline is not None
    out = _worker_pipeline.run_batch(docs, set(skip))
    return [d if i in skip else slim(d) for i, d in enumerate(out)]


class WorkerPool:
    """Batches processed by `workers` processes, handed back in input order.

    The pool starts only when the input holds a second batch, so a small input costs no
    process start-up. A worker that dies (killed, out of memory) costs only a batch that
    kills a worker alone, reported as failed; the pool is started again for the rest."""

    def __init__(self, workers: int, pipeline: Pipeline) -> None:
        self.workers = workers
        self.pipeline = pipeline
        self.recipe: Any = pipeline.recipe if pipeline.recipe is not None else pipeline
        self.pool: ProcessPoolExecutor | None = None
        self.owner: dict[int, ProcessPoolExecutor] = {}  # future -> the pool it runs on
        self.worked = False  # some batch came back: workers can start

    def run(self, planned: Iterable[Planned]) -> Iterator[Done]:
        it = iter(planned)
        held = list(islice(it, 2))
        if len(held) < 2:  # one batch: no process start-up
            yield from InProcess(self.pipeline).run(held)
            return
        pending: deque[tuple[Planned, Future[list[Document]] | None]] = deque()
        for plan in chain(held, it):
            pending.append((plan, None if plan.idle else self._submit(plan)))
            while len(pending) > 2 * self.workers:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _submit(self, plan: Planned) -> Future[list[Document]]:
        # (The data files are read and checked by the workers: a malformed one comes back as the
        # batch's LexiconError, raised from `_collect`.)
        for _attempt in range(2):
            if self.pool is None:
                self.pool = self._executor(self.workers, self.recipe)
            try:
                future = self.pool.submit(_work, plan.docs, sorted(plan.skip))
                self.owner[id(future)] = self.pool
                return future
            except BrokenProcessPool:
                self._restart(self.pool)
        raise BrokenProcessPool("worker processes cannot be started")

    def _collect(self, plan: Planned, future: Future[list[Document]] | None) -> Done:
        if future is None:
            return Done(plan, plan.docs)
        pool = self.owner.pop(id(future), None)
        try:
            done = Done(plan, future.result())
            self.worked = True
            return done
        except BrokenProcessPool:
            pass
        # A worker died, and every batch in flight on its pool is lost with it. Each is tried
        # again alone, in a process of its own: only a batch that kills a worker by itself is
        # reported, never one that happened to share the pool.
        self._restart(pool)
        try:
            done = Done(plan, self._alone(plan))
            self.worked = True
            return done
        except BrokenProcessPool:
            if not self.worked and not self._can_start():
                raise WorkersFailed("worker processes die before processing anything; in a script, call "
                                    "ingest(..., workers=N) under `if __name__ == '__main__':` (the server "
                                    "they are forked from imports the main module)") from None
            return Done(plan, plan.docs, "a worker process died while processing this batch, also alone")

    def _executor(self, workers: int, recipe: Any = None) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=worker_context(),
                                   initializer=None if recipe is None else _start_worker,
                                   initargs=() if recipe is None else (recipe, hoptac_environment()))

    def _alone(self, plan: Planned) -> list[Document]:
        with self._executor(1, self.recipe) as pool:
            return pool.submit(_work, plan.docs, sorted(plan.skip)).result()

    def _can_start(self) -> bool:
        """Whether a worker process can start and run anything at all."""
        try:
            with self._executor(1) as pool:
                return pool.submit(_ping).result()
        except BrokenProcessPool:
            return False

    def _restart(self, pool: ProcessPoolExecutor | None) -> None:
        """Drop `pool` if it is still the current one (a later batch may have replaced it already)."""
        if pool is not None and pool is self.pool:
            pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

