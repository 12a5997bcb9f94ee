"""The data that flows through hoptac's pipeline.

One `Document` is carried through every stage (spaCy's `Doc` idea); each stage
fills in its own fields and leaves the others alone (one exception: the records
stage finds the amounts of the sentences it reads, which the mentions stage leaves
to it, and adds them to `quantities`). All character offsets
(`start`, `end`) point into `Document.text`, the original text as read, never
into a normalised copy: evidence must be checkable against what the outlet
published.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Paragraph:
    """A body paragraph: `text` is the line with whitespace collapsed (the
    annotation guide's form); `start`/`end` locate it in `Document.text`."""

    text: str
    start: int
    end: int


@dataclass
class Sentence:
    """A sentence of the body, located in `Document.text`."""

    text: str
    start: int
    end: int
    paragraph: int  # index into Document.paragraphs
    index: int  # index into Document.sentences


@dataclass
class Actor:
    """A state, organisation or the international community acting in a sentence.

    `code` is what is scored (ISO 3166-1 alpha-3, an organisation acronym, or
    INTL); the rest is detail an analyst can check."""

    code: str
    start: int
    end: int
    text: str
    kind: str = "state"  # state | org | intl | group (resolved later)
    country: str | None = None  # country name as written in the lexicon
    role: str | None = None  # e.g. "prime_minister", "foreign_ministry"
    name: str | None = None  # a person's name when one is given
    rule: str = ""  # lexicon entry or pattern that found it
    sentence: int = -1


@dataclass
class DateValue:
    """A date expression and what it resolved to (ISO, XXXX-MM-DD, or None)."""

    value: str | None
    start: int
    end: int
    text: str
    reason: str  # why it resolved so: "dd/mm + year from published 2020-04-03"
    sentence: int = -1
    is_range: bool = False  # days written as one, a range or a pair ("23-26/6/2017", "ngày 2 và 3/4"): `value` is the first


@dataclass
class Quantity:
    """An amount: `value` is the full number ("2 nghìn tỷ" = 2e12)."""

    value: float
    unit: str  # currency code or English singular count noun
    qualifier: str = "exact"  # exact | over | under | approx
    item: str | None = None
    start: int = -1
    end: int = -1
    text: str = ""
    sentence: int = -1

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "unit": self.unit, "qualifier": self.qualifier, "item": self.item}


@dataclass
class Mention:
    """One place in the text that states a record: the evidence."""

    sentence: int
    start: int
    end: int
    text: str
    rule: str
    confidence: float
    reason: str = ""


@dataclass
class CueMention:
    """A cue word or pattern found in a sentence (before any judgement of it)."""

    type: str
    rule: str
    sentence: int
    start: int
    end: int
    text: str


@dataclass
class Drop:
    """A cue that fired and gave no record, and why: every decision stays checkable.

    A merge keeps the whole sentence as `start`/`end` (the restated record's
    evidence) and the rule's cue as `cue`. `kind` is one of modality (negated,
    doubted, conditional, a question),
    guard (a word or context that rules the cue out: a caption, sport, a sale),
    condition (the rule's own requirement unmet), scope (inside another act:
    "đề nghị ... hỗ trợ"), party (a side missing), merge (a restatement folded
    into another record), score (the learned scorer's probability under its threshold)."""

    type: str
    rule: str
    sentence: int
    start: int  # the cue in Document.text
    end: int
    cue: str
    kind: str
    reason: str


@dataclass
class Record:
    """One record of the annotation guide (CONSULT, AGREE, REQUEST, SUPPORT,
    AID, MEASURE), with every mention that states it."""

    type: str
    date: str | None = None
    date_reason: str = ""
    source: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    mode: str | None = None
    category: str | None = None
    status: str | None = None
    measure: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)  # detail: people, roles
    mentions: list[Mention] = field(default_factory=list)
    rule: str = ""
    confidence: float = 0.0

    @property
    def evidence(self) -> str:
        return self.mentions[0].text if self.mentions else ""

    def to_json(self) -> dict[str, Any]:
        """The guide's schema plus detail fields (rule, confidence, mentions)."""
        from hoptac.records.types import record_types

        declared = record_types().get(self.type)
        roles = declared.roles if declared else "directed"
        out: dict[str, Any] = {"type": self.type}
        if roles == "participants":
            out["participants"] = list(self.participants)
        else:
            out["source"] = self.source[0] if len(self.source) == 1 else list(self.source)
            if roles == "directed":
                out["targets"] = list(self.targets)
        for name in declared.fields if declared else ():
            value = [q.to_json() for q in self.quantities] if name == "quantities" else getattr(self, name)
            if value or name not in declared.optional:  # type: ignore[union-attr]
                out[name] = value
        out["date"] = self.date
        out["evidence"] = self.evidence
        out["rule"] = self.rule
        out["confidence"] = round(self.confidence, 3)
        out["date_reason"] = self.date_reason
        out["actors"] = [
            {k: v for k, v in asdict(a).items() if v not in (None, "", -1)} for a in self.actors
        ]
        out["mentions"] = [asdict(m) for m in self.mentions]
        return out


@dataclass
class Document:
    """A news article as it reached us, and everything found in it."""

    text: str  # the original text, decoded; every offset points here
    id: str = ""
    source: str = ""  # path or URL it was read from
    reader: str = ""  # text | html | jsonl | warc | wet | stdin
    encoding: str = "utf-8"
    url: str | None = None
    raw: str | None = None  # the raw markup when the input was HTML
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601
    byline: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    drops: list[Drop] = field(default_factory=list)  # cues that gave no record, with the reason (none looked for in a gated document: records/gate.py)
    cues: list[CueMention] = field(default_factory=list)  # every cue found, for --explain
    body_ready: bool = False  # the reader already gave clean paragraphs
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    norm: Any = field(default=None, repr=False, compare=False)  # text.normalise.NormText
    failed: str | None = None  # why the pipeline gave this document up (then it has no records)
    extracted_by: str | None = None  # the run that found its records: version+rules hash (lexicon.run_id)
    # What one stage worked out and a later one reads again (the dates' candidates, say), so that
    # it is worked out once per document; never stored, never compared.
    scratch: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    keys: Any = field(default=None, repr=False, compare=False)  # hoptac.keys.StoreKeys (the keys stage), for storing

    def normalised(self, start: int = 0, end: int | None = None) -> tuple[str, int]:
        """The normalised text of an original span, and where it starts in `norm`.

        Stages match on this; `to_original` maps a match back for offsets."""
        if self.norm is None:
            from hoptac.text.normalise import normalise

            self.norm = normalise(self.text)
        end = len(self.text) if end is None else end
        ns, ne = self.norm.from_original(start, end)
        return self.norm.text[ns:ne], ns

    def to_original(self, nstart: int, nend: int) -> tuple[int, int]:
        """Map a span of `norm` back to offsets in `text`."""
        return self.norm.to_original(nstart, nend)

    @property
    def body(self) -> list[str]:
        return [p.text for p in self.paragraphs]

    @property
    def content_hash(self) -> str:
        """Key for storage: the same text from the same place is the same document."""
        # surrogatepass: a lone surrogate (from a broken JSON escape) must not stop a run here
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def to_json(self) -> dict[str, Any]:
        """The guide's per-document schema: id, title, outlet, published, body, events."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "body": self.body,
            "events": [r.to_json() for r in self.records],
        }


@dataclass
class SaveReport:
    """What one `save` call did: how many documents went in, and which did not and why. (A
    `Store`'s, or the Dask runner's Parquet sink's: here, not in hoptac.store, so that a Dask
    worker writing Parquet never imports the store and SQLAlchemy.)

    `skipped` are documents already stored (or repeated in the batch); `failed`
    are documents the database refused, with its reason; the rest of the
    batch was stored without them."""

    stored: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


class ReadError(Exception):
    """An input that could not be read; the message names the file (and line)."""

    def __init__(self, where: str, why: str):
        super().__init__(f"{where}: {why}")
        self.where = where
        self.why = why
