"""The one pipeline: read → normalise → body → sentences → mentions → records → merge.

Every shell (CLI, Python API, web app, Dask runner) runs documents through a
`Pipeline`. A stage is a callable taking and returning a `Document`; a stage
that learns from a whole batch (the body finder learns which lines repeat
across pages of a site) also has `prepare(docs)`, which `pipe` calls once per
batch before the documents go through one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from functools import partial
from itertools import islice

from hoptac.limits import Limits, OutOfTime, time_limit
from hoptac.model import Document
from hoptac.text.normalise import normalise

Stage = Callable[[Document], Document]


def normalise_stage(doc: Document) -> Document:
    """Attach the normalised text (with its offset map) that later stages match on."""
    doc.norm = normalise(doc.text)
    return doc


def mark_run(doc: Document) -> Document:
    """Name the run that extracted the document's records (hoptac's version and the rules' hash),
    so that `hoptac reextract` knows which stored documents today's rules have not seen."""
    from hoptac.lexicon import run_id

    doc.extracted_by = run_id()
    return doc


def default_stages(extract: bool = True, keys: bool = True, gate: bool | None = None) -> list[tuple[str, Stage]]:
    """The named stages in order; `extract=False` stops after the body; `keys=False` leaves out the
    store keys (identity, search text, MinHash), which only storing reads: a fifth of the time of
    extracting a Dân trí article, spent for nothing by `hoptac extract` and the Python API's `extract`
    (a document stored later gets its keys then, `hoptac.keys.keys_of`); `gate=False` works out the
    dates and records of every document, even one the document gate (records/gate.py) knows holds
    none (`--explain` shows their drops), `gate=True` gates whatever HOPTAC_NO_GATE says, and None
    (the default) follows HOPTAC_NO_GATE."""
    from hoptac.body import BodyFinder

    from hoptac.keys import store_keys

    stages: list[tuple[str, Stage]] = [("normalise", normalise_stage), ("body", BodyFinder())]
    if extract:
        from hoptac.mentions import mentions_stage
        from hoptac.records import find_records, merge_records
        from hoptac.records.proposer import propose_records
        from hoptac.records.scorer import score_records
        from hoptac.text.sentences import split_sentences

        stages += [
            ("sentences", split_sentences),
            ("mentions", mentions_stage if gate is None else partial(mentions_stage, gate=gate)),
            ("records", find_records),
            ("merge", merge_records),
            ("score", score_records),
            ("propose", propose_records),  # after the scorer: a proposed record's confidence is its own probability
            ("run", mark_run),
        ]
    if keys:
        stages.append(("keys", store_keys))  # identity, search text, MinHash: computed here, not when storing
    return stages


def load_data(extract: bool = True) -> None:
    """Read and check every data file the stages use, once, before the first document:
    a malformed lexicon is one LexiconError naming its file and line, not a failure of
    every document (nor a run that scores zero)."""
    from hoptac.body.cues import load_cues
    from hoptac.text.sentences import _abbreviations

    load_cues()
    if extract:
        from hoptac.mentions import actor_lexicon, dates, quantities
        from hoptac.records.cues import lexicon
        from hoptac.records.roles import _role_words

        _abbreviations()
        actor_lexicon.load()
        dates._lex()
        quantities._lex()
        lexicon()
        _role_words()


class Pipeline:
    """Runs documents through the named stages; `pipe` does it in batches.

    `lazy`: the default stages are built, and their data files read and checked, only when a
    document first needs them (or `load` is called). A rerun over a stored corpus never does:
    building them (the data files compiled) cost more than reading the 2,653 Dân trí articles.
    `keys`, `gate`: see `default_stages` (without the store keys; with the document gate forced on or
    off rather than as HOPTAC_NO_GATE says)."""

    def __init__(self, stages: list[tuple[str, Stage]] | None = None, extract: bool = True,
                 limits: Limits | None = None, lazy: bool = False, keys: bool = True, gate: bool | None = None):
        self.limits = limits or Limits.from_env()
        self._extract = extract
        self._keys = keys
        self._gate = gate
        self._stages = stages
        self._defaults: list[tuple[str, Stage]] | None = None  # a copy of the default stages, once built
        if stages is None and not lazy:
            self.load()

    def load(self) -> Pipeline:
        """Build the default stages now, reading and checking their data files (a malformed one
        raises hoptac.lexicon.LexiconError, naming its file and line); nothing when built."""
        if self._stages is None:
            stages = default_stages(self._extract, self._keys, self._gate)
            load_data(self._extract)
            self._stages, self._defaults = stages, list(stages)
        return self

    @property
    def stages(self) -> list[tuple[str, Stage]]:
        return self.load()._stages  # type: ignore[return-value]

    @stages.setter
    def stages(self, stages: list[tuple[str, Stage]]) -> None:
        self._stages = stages  # (given, not the defaults: `recipe` is None, this one goes to workers)

    @property
    def recipe(self) -> tuple[bool, Limits] | None:
        """How a worker process builds the same pipeline: (extract, limits) while the stages are
        the default ones (built or still to build); None when they were given or changed, or leave out
        the store keys or set the gate (then this one is sent, pickled)."""
        if not self._keys or self._gate is not None:
            return None
        if self._stages is None:
            return self._extract, self.limits
        if self._defaults is None or self._stages != self._defaults:
            return None
        return self._extract, self.limits

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
        stages = self.stages  # built here, outside the document's time limit (a lazy pipeline's data files)
        try:
            with time_limit(self.limits.seconds):
                for name, stage in stages:
                    doc = stage(doc)
        except OutOfTime:
            doc.failed = (f"gave up after {self.limits.seconds:g} s in stage {name!r} "
                          "(limit seconds, HOPTAC_MAX_SECONDS)")
        except Exception as exc:  # noqa: BLE001 - one document's failure must not end the run
            why = " ".join(str(exc).split())[:200]
            doc.failed = f"stage {name!r} failed: {type(exc).__name__}: {why}"
        if doc.failed:
            doc.records = []
        return doc

    def _prepare(self, name: str, prepare: Callable[[list[Document]], None], batch: list[Document]) -> None:
        """A stage's look at the whole batch, under the same time limit as one document:
        if it runs out, the batch goes on without what it would have learnt, with a note."""
        try:
            with time_limit(self.limits.seconds):
                prepare(batch)
        except OutOfTime:
            for doc in batch:
                doc.warnings.append(f"stage {name!r} gave up learning from the batch after "
                                    f"{self.limits.seconds:g} s (limit seconds)")

    def run_batch(self, batch: list[Document], skip: Collection[int] = ()) -> list[Document]:
        """One batch: batch-aware stages learn from all of it, then every document whose
        position is not in `skip` goes through the stages (see `guarded`). A skipped
        document (already stored, say) still counts for what the batch teaches, so that
        a rerun that skips some documents processes the others exactly as the first run did."""
        for name, stage in self.stages:
            prepare = getattr(stage, "prepare", None)
            if prepare is not None:
                self._prepare(name, prepare, batch)
        return [doc if i in skip else self.guarded(doc) for i, doc in enumerate(batch)]

    def pipe(self, docs: Iterable[Document], batch_size: int = 64) -> Iterator[Document]:
        """Process a stream of documents; batch-aware stages see each batch first.

        A document that fails is yielded with `failed` set (see `guarded`)."""
        it = iter(docs)
        while batch := list(islice(it, batch_size)):
            yield from self.run_batch(batch)
