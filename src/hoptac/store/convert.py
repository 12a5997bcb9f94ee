"""Between the pipeline's dataclasses and the store's rows.

Kept apart from `Store` so the mapping can be read (and tested) on its own:
everything a `Document` carries that an analyst needs later goes into a row,
and comes back out as the same dataclasses, with text stored exactly as given
(no Unicode normalisation: offsets point into the original text).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import String, inspect

# (the keys stage lives outside the store package: it runs in workers that never store)
from hoptac.keys import SEARCH_CHARS, WORD, fold, keys_of, plain
from hoptac.model import Actor, Document, Mention, Paragraph, Quantity, Record
from hoptac.store.schema import ActorRow, DocumentRow, MentionRow, RecordCodeRow, RecordRow
from hoptac.text.safe import safe_text

SIDES = (("source", "source"), ("targets", "target"), ("participants", "participant"))



def phrase_key(text: str, limit: int = SEARCH_CHARS) -> str:
    """Words of a text, folded, without diacritics, one space apart and one space around: a
    phrase of whole words is then a substring (" vien tro " is in " ... vien tro quoc te ... "
    but not in " sinh vien trong "). At most `limit` characters, cut between words
    (PostgreSQL's tsvector holds at most 1 MB)."""
    words = " ".join(WORD.findall(plain(fold(text))))
    if len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0]
    return " " + words + " "


def fit_text(table: str, column: str, length: int | None, value: str, notes: list[str]) -> str:
    """A string made storable: no lone surrogates, and no longer than its column allows (SQLite
    would store an over-long outlet silently and PostgreSQL refuse the whole batch); a cut leaves
    a note."""
    fitted = safe_text(value)
    if length and len(fitted) > length:
        notes.append(f"{table}.{column} cut to {length} characters (was {len(fitted)}: {fitted[:40]!r}...)")
        fitted = fitted[:length]
    return fitted


def fit_row(row: Any, notes: list[str]) -> Any:
    """Make every string attribute of an ORM row storable (`fit_text`)."""
    for column in inspect(type(row)).columns:
        value = getattr(row, column.key, None)
        if isinstance(value, str):
            length = column.type.length if isinstance(column.type, String) else None
            setattr(row, column.key, fit_text(type(row).__tablename__, column.name, length, value, notes))
    return row


def nul_field(doc: Document) -> str | None:
    """The first text field holding a NUL character, which PostgreSQL cannot store."""
    for name in ("text", "raw", "title", "id", "source"):
        value = getattr(doc, name)
        if isinstance(value, str) and "\x00" in value:
            return name
    return None


def record_values(record: Record, position: int, extracted_by: str | None = None
                  ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """A record's columns, and those of its mentions, actors and codes (one per actor code and side),
    unfitted and without keys: the batch writer's rows (hoptac.store.rows) and `record_row`'s alike."""
    rec = {
        "position": position, "type": record.type, "date": record.date, "date_reason": record.date_reason or "",
        "source": list(record.source), "targets": list(record.targets), "participants": list(record.participants),
        "mode": record.mode, "category": record.category, "status": record.status, "measure": record.measure,
        "quantities": [asdict(q) for q in record.quantities], "rule": record.rule or "",
        "confidence": float(record.confidence), "extracted_by": extracted_by,
    }
    mentions = [{"position": i, "search_plain": phrase_key(m.text), **asdict(m)} for i, m in enumerate(record.mentions)]
    actors = [{"position": i, **asdict(a)} for i, a in enumerate(record.actors)]
    codes = [{"code": code, "side": side} for attr, side in SIDES for code in dict.fromkeys(getattr(record, attr) or [])]
    return rec, mentions, actors, codes


def record_row(record: Record, position: int, extracted_by: str | None = None) -> RecordRow:
    """A record with its mentions, actors and one code row per actor code, as ORM rows."""
    rec, mentions, actors, codes = record_values(record, position, extracted_by)
    return RecordRow(**rec, mentions=[MentionRow(**m) for m in mentions], actors=[ActorRow(**a) for a in actors],
                     codes=[RecordCodeRow(**c) for c in codes])


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


def stored_paragraph(p: Paragraph, text: str) -> list[int] | dict[str, Any]:
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

