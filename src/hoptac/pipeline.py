"""The one pipeline: read → normalise → body → sentences → mentions → records → merge.

Every shell (CLI, Python API, web app, Dask runner) runs documents through a
`Pipeline`. A stage is a callable taking and returning a `Document`; a stage
that learns from a whole batch (the body finder learns which lines repeat
across pages of a site) also has `prepare(docs)`, which `pipe` calls once per
batch before the documents go through one by one.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from hoptac.limits import Limits
from hoptac.model import Document
from hoptac.text.normalise import normalise

Stage = Callable[[Document], Document]


def normalise_stage(doc: Document) -> Document:
    """Attach the normalised text (with its offset map) that later stages match on."""
    doc.norm = normalise(doc.text)
    return doc


def default_stages(extract: bool = True) -> list[tuple[str, Stage]]:
    """The named stages in order; `extract=False` stops after the body."""
    from hoptac.body import BodyFinder

    stages: list[tuple[str, Stage]] = [("normalise", normalise_stage), ("body", BodyFinder())]
    if extract:
        from hoptac.mentions import find_mentions
        from hoptac.records import find_records, merge_records
        from hoptac.text.sentences import split_sentences

        stages += [
            ("sentences", split_sentences),
            ("mentions", find_mentions),
            ("records", find_records),
            ("merge", merge_records),
        ]
    return stages


class StageTimeout(Exception):
    """A document took longer than `Limits.seconds`."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise StageTimeout in the block after `seconds` (SIGALRM; main thread only).

    Every stage is meant to be linear, and the readers bound each document's
    size; this is the last guard, so that a pathological input costs one
    document, not the run and the unsaved batch before it. Where signals are
    not available (other threads, Windows) the block runs unguarded."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _alarm(_signum: int, _frame: object) -> None:
        raise StageTimeout()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Pipeline:
    """Runs documents through the named stages; `pipe` does it in batches."""

    def __init__(self, stages: list[tuple[str, Stage]] | None = None, extract: bool = True,
                 limits: Limits | None = None):
        self.stages = stages if stages is not None else default_stages(extract)
        self.limits = limits or Limits.from_env()

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.stages]

    def __call__(self, doc: Document) -> Document:
        for _name, stage in self.stages:
            doc = stage(doc)
        return doc

    def guarded(self, doc: Document) -> Document:
        """Run the stages, but never raise: a document that fails or runs out of time
        comes back with `failed` saying in which stage and why, and no records."""
        name = "-"
        try:
            with _time_limit(self.limits.seconds):
                for name, stage in self.stages:
                    doc = stage(doc)
        except StageTimeout:
            doc.failed = (f"gave up after {self.limits.seconds:g} s in stage {name!r} "
                          "(limit seconds, HOPTAC_MAX_SECONDS)")
        except Exception as exc:  # noqa: BLE001 - one document's failure must not end the run
            why = " ".join(str(exc).split())[:200]
            doc.failed = f"stage {name!r} failed: {type(exc).__name__}: {why}"
        if doc.failed:
            doc.records = []
        return doc

    def pipe(self, docs: Iterable[Document], batch_size: int = 64) -> Iterator[Document]:
        """Process a stream of documents; batch-aware stages see each batch first.

        A document that fails is yielded with `failed` set (see `guarded`)."""
        it = iter(docs)
        while batch := list(islice(it, batch_size)):
            for _name, stage in self.stages:
                prepare = getattr(stage, "prepare", None)
                if prepare is not None:
                    prepare(batch)
            for doc in batch:
                yield self.guarded(doc)
