"""Between the pipeline's dataclasses and the store's rows.

Kept apart from `Store` so the mapping can be read (and tested) on its own:
everything a `Document` carries that an analyst needs later goes into a row,
and comes back out as the same dataclasses, with text stored exactly as given
(no Unicode normalisation: offsets point into the original text).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import String, inspect

from hoptac.text.safe import safe_text
from hoptac.model import Actor, Document, Mention, Paragraph, Quantity, Record
from hoptac.store.schema import ActorRow, DocumentRow, MentionRow, RecordCodeRow, RecordRow

SIDES = (("source", "source"), ("targets", "target"), ("participants", "participant"))


def fold(text: str) -> str:
    """The search form of a text: normalised as for matching (NFC, one tone placement,
    i/y variants), case-folded, whitespace collapsed.

    Done in Python because SQL `lower()` folds ASCII only on SQLite (and per
    locale on PostgreSQL), and NFD "Việt" must find NFC "Việt", "hoà" "hòa"."""
    from hoptac.text.normalise import fold as match_fold

    folded = unicodedata.normalize("NFC", match_fold(text).casefold())
    return " ".join(folded.split())


def plain(folded: str) -> str:
    """`fold`ed text without diacritics (đ → d): what "vien tro" is matched against."""
    from hoptac.text.normalise import strip_accents

    return strip_accents(folded)


MIN_IDENTITY_CHARS = 200  # shorter bodies ("Xem video", a caption) say too little to be an identity
IDENTITY_PARAGRAPHS = 3
SEARCH_CHARS = 200_000  # of title and body searched; PostgreSQL's tsvector holds at most 1 MB
_WORD = re.compile(r"[^\W_]+")


@dataclass
class StoreKeys:
    """What storing derives from a document's title and body: its identity, its search text
    with and without diacritics, and its MinHash signature (hoptac.store.events)."""

    identity: str
    search: str
    search_plain: str
    minhash: bytes | None


def store_keys(doc: Document) -> Document:
    """Pipeline stage, the last: work out `StoreKeys` where the document is processed (a worker
    process, a Dask worker) rather than in the one process that writes to the database, where
    folding every body again cost as much as extracting it."""
    doc.keys = _compute_keys(doc)
    return doc


def keys_of(doc: Document) -> StoreKeys:
    """The document's `StoreKeys`: those of the pipeline's last stage, else worked out now."""
    return doc.keys if isinstance(doc.keys, StoreKeys) else _compute_keys(doc)


def _compute_keys(doc: Document) -> StoreKeys:
    from hoptac.store.events import signature, signature_of_words

    # Each paragraph folded once, for the identity, the search text and the signature alike; from
    # the text the pipeline has normalised already where it has (normalising is the costly half).
    # A title the reader made the body's first paragraph (a corpus record's lead) counts once.
    title = "" if doc.meta.get("lead_from_title") else fold(doc.title or "")
    body = [_fold_paragraph(doc, p) for p in doc.paragraphs]
    text = " ".join(body)
    # The body's words read once, for the search text and the signature: the words of title and
    # body joined by a space are the title's then the body's, and without "_" (a word character
    # to the signature's `\w+`, not to `_WORD`) the signature's words are these too.
    words = _WORD.findall(text)
    search = " ".join(_WORD.findall(title) + words)[:SEARCH_CHARS]
    ident = body_identity([title, *body], already_folded=True) or doc.content_hash
    sig = signature(text) if "_" in text else signature_of_words(words)
    return StoreKeys(ident, search, plain(search), None if sig is None else sig.tobytes())


def _fold_paragraph(doc: Document, p: Paragraph) -> str:
    """`fold(p.text)`, from the document's normalised text when the pipeline made it and the
    paragraph is a span of the document's text (normalising works cluster by cluster and word by
    word, and a paragraph ends on a line break, so its span of the whole is what it would be alone)."""
    if doc.norm is None or doc.text[p.start:p.end] != p.text or not p.text or unicodedata.combining(p.text[0]):
        return fold(p.text)  # (a paragraph opening on a combining mark: in the whole, it joined the line break)
    folded = unicodedata.normalize("NFC", doc.normalised(p.start, p.end)[0].lower().casefold())
    return " ".join(folded.split())


def body_identity(paragraphs: list[str], already_folded: bool = False) -> str | None:
    """sha256 of the body's longest paragraphs in folded form, or None for a body too short
    (`already_folded`: the paragraphs are `fold`ed already).

    The same article keeps this across formats (JSONL, page dump, HTML), across
    NFC/NFD, spacing and case, and across the short lines one reader keeps and
    another drops (a caption, a subheading, a byline); `content_hash` does not."""
    folded = [f for f in (p if already_folded else fold(p) for p in paragraphs) if f]
    if sum(len(f) for f in folded) < MIN_IDENTITY_CHARS:
        return None
    core = sorted(folded, key=lambda f: (-len(f), f))[:IDENTITY_PARAGRAPHS]
    return hashlib.sha256("\n".join(core).encode("utf-8")).hexdigest()


def url_key(url: str | None) -> str | None:
    """sha256 of a URL (stripped): what the URL index holds, whatever the URL's length."""
    url = (url or "").strip()
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest() if url else None


def search_text(title: str | None, paragraphs: list[str]) -> tuple[str, str]:
    """What full-text search indexes: the folded words of title and body, with and without
    diacritics, one space apart. Punctuation is dropped here, in Python, so SQLite's and
    PostgreSQL's tokenizers see the same words ("covid-19" is "covid 19" on both)."""
    exact = " ".join(_WORD.findall(fold("\n".join([title or "", *paragraphs]))))[:SEARCH_CHARS]
    return exact, plain(exact)


def phrase_key(text: str, limit: int = SEARCH_CHARS) -> str:
    """Words of a text, folded, without diacritics, one space apart and one space around: a
    phrase of whole words is then a substring (" vien tro " is in " ... vien tro quoc te ... "
    but not in " sinh vien trong "). At most `limit` characters, cut between words
    (PostgreSQL's tsvector holds at most 1 MB)."""
    words = " ".join(_WORD.findall(plain(fold(text))))
    if len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0]
    return " " + words + " "


def fit_row(row: Any, notes: list[str]) -> Any:
    """Make every string attribute of a row storable: no lone surrogates, and no longer
    than its column allows (SQLite would store an over-long outlet silently and
    PostgreSQL refuse the whole batch); each cut leaves a note."""
    for column in inspect(type(row)).columns:
        key = column.key
        value = getattr(row, key, None)
        if not isinstance(value, str):
            continue
        value = safe_text(value)
        length = column.type.length if isinstance(column.type, String) else None
        if length and len(value) > length:
            notes.append(f"{type(row).__tablename__}.{column.name} cut to {length} characters "
                         f"(was {len(value)}: {value[:40]!r}...)")
            value = value[:length]
        setattr(row, key, value)
    return row


def _jsonable(value: Any) -> Any:
    """`meta` may hold anything a reader found; keep what JSON can say, stringify the rest."""
    return _safe_json(json.loads(json.dumps(value, default=str, ensure_ascii=False)))


def _safe_json(value: Any) -> Any:
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, list):
        return [_safe_json(v) for v in value]
    if isinstance(value, dict):
        return {safe_text(str(k)): _safe_json(v) for k, v in value.items()}
    return value


def nul_field(doc: Document) -> str | None:
    """The first text field holding a NUL character, which PostgreSQL cannot store."""
    for name in ("text", "raw", "title", "id", "source"):
        value = getattr(doc, name)
        if isinstance(value, str) and "\x00" in value:
            return name
    return None


def record_row(record: Record, position: int, extracted_by: str | None = None) -> RecordRow:
    """A record with its mentions, actors and one code row per actor code."""
    codes = [
        RecordCodeRow(code=code, side=side)
        for attr, side in SIDES
        for code in dict.fromkeys(getattr(record, attr) or [])
    ]
    return RecordRow(
        position=position,
        type=record.type,
        date=record.date,
        date_reason=record.date_reason or "",
        source=list(record.source),
        targets=list(record.targets),
        participants=list(record.participants),
        mode=record.mode,
        category=record.category,
        status=record.status,
        measure=record.measure,
        quantities=[asdict(q) for q in record.quantities],
        rule=record.rule or "",
        confidence=float(record.confidence),
        extracted_by=extracted_by,
        mentions=[MentionRow(position=i, search_plain=phrase_key(m.text), **asdict(m))
                  for i, m in enumerate(record.mentions)],
        actors=[ActorRow(position=i, **asdict(a)) for i, a in enumerate(record.actors)],
        codes=codes,
    )


def to_row(doc: Document) -> DocumentRow:
    """The rows for one document and all its records, fitted to their columns."""
    body = [_stored_paragraph(p, doc.text) for p in doc.paragraphs]
    keys = keys_of(doc)
    search, search_plain = keys.search, keys.search_plain
    notes: list[str] = []
    row = DocumentRow(
        content_hash=doc.content_hash,
        identity=keys.identity,
        minhash=keys.minhash,
        doc_id=doc.id or "",
        source=str(doc.source or ""),
        url=doc.url,
        reader=doc.reader or "",
        encoding=doc.encoding or "",
        title=doc.title,
        outlet=doc.outlet,
        published=doc.published,
        byline=doc.byline,
        body=body,
        text=doc.text,
        html=doc.raw,
        warnings=[str(w) for w in doc.warnings],
        meta=_jsonable(doc.meta or {}),
        search=search,
        search_plain=search_plain,
        url_key=url_key(doc.url),
        records=[record_row(r, i, doc.extracted_by) for i, r in enumerate(doc.records)],
        extracted_by=doc.extracted_by,
    )
    fit_row(row, notes)
    for rec in row.records:
        for child in (rec, *rec.mentions, *rec.actors, *rec.codes):
            fit_row(child, notes)
    row.warnings = [safe_text(w) for w in row.warnings] + notes
    return row


def identity(doc: Document) -> str:
    """What makes two stored documents the same article: the longest paragraphs of title and
    body (a reader may take the lead for the headline, another not), else the text."""
    return keys_of(doc).identity


def to_record(row: RecordRow) -> Record:
    """A stored record back as the pipeline's `Record`."""
    return Record(
        type=row.type,
        date=row.date,
        date_reason=row.date_reason,
        source=list(row.source or []),
        targets=list(row.targets or []),
        participants=list(row.participants or []),
        mode=row.mode,
        category=row.category,
        status=row.status,
        measure=row.measure,
        quantities=[Quantity(**q) for q in row.quantities or []],
        actors=[
            Actor(code=a.code, start=a.start, end=a.end, text=a.text, kind=a.kind, country=a.country,
                  role=a.role, name=a.name, rule=a.rule, sentence=a.sentence)
            for a in row.actors
        ],
        mentions=[
            Mention(sentence=m.sentence, start=m.start, end=m.end, text=m.text, rule=m.rule,
                    confidence=m.confidence, reason=m.reason)
            for m in row.mentions
        ],
        rule=row.rule,
        confidence=row.confidence,
    )


def _stored_paragraph(p: Paragraph, text: str) -> list[int] | dict[str, Any]:
    """A body paragraph as stored: its span in the text, which is stored already, when its
    text is that span with whitespace collapsed (every reader's paragraphs so far); else
    whole. The text is then stored once, not once more in the body."""
    if p.text == " ".join(text[p.start:p.end].split()):
        return [p.start, p.end]
    return asdict(p)


def _paragraph(stored: list[int] | dict[str, Any], text: str) -> Paragraph:
    if isinstance(stored, dict):  # stored whole (also every paragraph stored before spans were)
        return Paragraph(**stored)
    start, end = stored
    return Paragraph(" ".join(text[start:end].split()), start, end)


def to_document(row: DocumentRow, full: bool = True) -> Document:
    """A stored document back as a `Document`; `meta` gains `pk` and `content_hash`.

    `full=False` is for listings: no records and no HTML, which would be waste there."""
    meta = dict(row.meta or {})
    meta["pk"] = row.pk
    meta["content_hash"] = row.content_hash
    return Document(
        text=row.text,
        id=row.doc_id,
        source=row.source,
        reader=row.reader,
        encoding=row.encoding,
        url=row.url,
        raw=row.html if full else None,
        title=row.title,
        outlet=row.outlet,
        published=row.published,
        byline=row.byline,
        paragraphs=[_paragraph(p, row.text) for p in row.body or []],
        records=[to_record(r) for r in row.records] if full else [],
        body_ready=True,
        meta=meta,
        warnings=list(row.warnings or []),
    )
