"""One query layer for the ledger's records: the CLI's `records`, `export` and `totals` (and
the web app's pages and API, which build on it) filter with the same `RecordQuery`.

A query is checked before it reaches SQL: a type, status, category or measure that
types.toml does not declare, an actor code no lexicon knows, a date that is no ISO
date, a confidence outside 0..1 is a `QueryError` naming the value, never an empty
answer that looks like "nothing happened". Free text matches the record's evidence
as a phrase of whole words, without diacritics ("vien tro" finds "viện trợ", not "sinh
viên trong"), folded in Python as the documents' search is (hoptac.keys).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, exists, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, selectinload

from hoptac.store.schema import DocumentRow, MentionRow, RecordCodeRow, RecordRow

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
SORTS = {"date": RecordRow.date, "confidence": RecordRow.confidence, "type": RecordRow.type,
         "published": DocumentRow.published}


def _real_date(value: str) -> bool:
    """Whether YYYY[-MM[-DD]] names a day, month or year of the calendar."""
    from datetime import date

    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


class QueryError(ValueError):
    """A filter value that cannot be right; the message names it."""


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """Every actor code the lexicons can give (states, organisations, INTL)."""
    from hoptac.mentions.actor_lexicon import load

    return frozenset({e.code for entries in load().entries.values() for e in entries if e.code not in ("", "-")}
                     | {"INTL"})


def _allowed(type_name: str, field_name: str) -> tuple[str, ...]:
    from hoptac.records.types import record_types

    declared = record_types().get(type_name)
    return tuple(declared.values.get(field_name, ())) if declared else ()


@dataclass
class RecordQuery:
    """Filters of records; every one optional, all of them together (AND).

    `source`/`target` are actor codes on that side (a donor, a recipient; for the types whose
    actors are participants, such as CONSULT, a participant counts on both sides); `either`
    is a code on any side; `since`/`until` bound the event date (YYYY, YYYY-MM or YYYY-MM-DD,
    inclusive); `text` is matched in the evidence, with or without diacritics."""

    type: str | None = None
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    either: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    status: str | None = None
    category: str | None = None
    measure: str | None = None
    min_confidence: float | None = None
    outlet: str | None = None
    text: str | None = None
    sort: str = "date"
    descending: bool = True
    # Human decisions (hoptac.store.curation): machine (unchecked), confirmed, corrected, rejected,
    # added, human (the three kept decisions) or all. None of them: every record but the rejected.
    curation: list[str] = field(default_factory=list)
    index: str | None = None  # the full-text index free text may use: "sqlite", "postgresql", or None (a scan)

    def checked(self) -> RecordQuery:
        """This query with codes and words normalised (upper-case codes, lower-case values),
        or a QueryError naming the first value that cannot be right."""
        from hoptac.records.types import type_names

        q = replace(self)
        if q.type is not None:
            q.type = q.type.strip().upper()
            if q.type not in type_names():
                raise QueryError(f"type {self.type!r} is not one of {', '.join(type_names())}")
        for side in ("source", "target", "either"):
            codes = [c.strip().upper() for c in getattr(q, side) if c.strip()]
            unknown = [c for c in codes if c not in known_codes()]
            if unknown:
                raise QueryError(f"{side} {unknown[0]!r} is no actor code the lexicons know "
                                 "(ISO 3166-1 alpha-3 such as CHN, an organisation such as ASEAN or WHO, or INTL)")
            setattr(q, side, codes)
        for name, type_name in (("status", "AID"), ("category", "AID"), ("measure", "MEASURE")):
            value = getattr(q, name)
            if value is not None:
                value = value.strip().lower()
                allowed = _allowed(type_name, name)
                if value not in allowed:
                    raise QueryError(f"{name} {getattr(self, name)!r} is not one of {', '.join(allowed)}")
                setattr(q, name, value)
        for name in ("since", "until"):
            value = getattr(q, name)
            if value is not None:
                value = value.strip()
                if not _DATE.match(value) or not _real_date(value):
                    raise QueryError(f"{name} {getattr(self, name)!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                setattr(q, name, value)
        if q.since and q.until and q.since[:len(q.until)] > q.until:
            raise QueryError(f"since {q.since} is after until {q.until}")
        if q.min_confidence is not None and not 0 <= q.min_confidence <= 1:
            raise QueryError(f"min confidence {q.min_confidence} is not between 0 and 1")
        states = [c.strip().lower() for c in q.curation if c.strip()]
        bad = [c for c in states if c not in CURATION_WORDS]
        if bad:
            raise QueryError(f"curation {bad[0]!r} is not one of {', '.join(CURATION_WORDS)}")
        q.curation = states
        if q.sort not in SORTS:
            raise QueryError(f"sort {q.sort!r} is not one of {', '.join(SORTS)}")
        if q.text is not None and len(q.text) > 200:
            raise QueryError("free text is limited to 200 characters")
        if q.text is not None and q.text.strip():
            from hoptac.store.convert import phrase_key

            if not phrase_key(q.text).strip():
                raise QueryError(f"free text {q.text!r} holds no word to look for")
        return q

    def over(self, stmt: Select[Any]) -> Select[Any]:
        """`stmt` (over records) joined to documents where a condition needs them, then filtered:
        a count of records alone can then be answered from an index."""
        if self.outlet is not None:
            stmt = stmt.join(DocumentRow, RecordRow.document_id == DocumentRow.pk)
        return self.where(stmt)

    def where(self, stmt: Select[Any]) -> Select[Any]:
        """`stmt` (over records joined to documents) with this query's conditions."""
        q = self
        if q.type:
            stmt = stmt.where(RecordRow.type == q.type)
        for side, sides in (("source", ("source", "participant")), ("target", ("target", "participant")),
                            ("either", ("source", "target", "participant"))):
            for code in getattr(q, side):
                stmt = stmt.where(exists().where(RecordCodeRow.record_id == RecordRow.pk, RecordCodeRow.code == code,
                                                 RecordCodeRow.side.in_(sides)))
        if q.since or q.until:  # a date of unknown year ("XXXX-04-01") is in no range
            stmt = stmt.where(RecordRow.date.is_not(None), func.substr(RecordRow.date, 1, 4) != "XXXX")
        if q.since:
            stmt = stmt.where(RecordRow.date >= q.since)
        if q.until:  # "2021-05" holds every day of May: compare as many characters as it has
            stmt = stmt.where(func.substr(RecordRow.date, 1, len(q.until)) <= q.until)
        if q.status:
            stmt = stmt.where(RecordRow.status == q.status)
        if q.category:
            stmt = stmt.where(RecordRow.category == q.category)
        if q.measure:
            stmt = stmt.where(RecordRow.measure == q.measure)
        if q.min_confidence is not None:
            stmt = stmt.where(RecordRow.confidence >= q.min_confidence)
        stmt = _curated(stmt, q.curation)
        if q.outlet is not None:
            stmt = stmt.where(DocumentRow.outlet == q.outlet)
        if q.text and q.text.strip():
            from hoptac.store.convert import phrase_key

            for part in _phrases(q.text):  # "quoted parts" are phrases that must each occur
                key = phrase_key(part)
                if key.strip():
                    stmt = stmt.where(RecordRow.pk.in_(_mentions_holding(key, self.index)))
        return stmt


CURATION_WORDS = ("machine", "confirmed", "corrected", "rejected", "added", "human", "all")


def _curated(stmt: Select[Any], words: list[str]) -> Select[Any]:
    """Records in the curation states `words` name; none named: every record but the rejected."""
    if "all" in words:
        return stmt
    if not words:  # the few rejected ones looked up once: the rest of the query keeps its covering indexes
        return stmt.where(RecordRow.pk.not_in(select(RecordRow.pk).where(RecordRow.curation == "rejected")
                                              .scalar_subquery()))
    states = {s for w in words for s in (("confirmed", "corrected", "added") if w == "human" else (w,))}
    decided = sorted(states - {"machine"})
    conditions = [RecordRow.curation.in_(decided)] if decided else []
    if "machine" in states:
        conditions.append(RecordRow.curation.is_(None))
    return stmt.where(or_(*conditions))


def indexed(query: RecordQuery, store: Any) -> RecordQuery:
    """The query, told which full-text index the store's free text may use."""
    index = getattr(store, "_mentions_index", False)
    if index is False:
        index = None
        dialect = store.engine.dialect.name
        if dialect == "postgresql":
            index = "postgresql"
        elif dialect == "sqlite":
            with store.engine.connect() as conn:
                if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'mentions_fts'").first():
                    index = "sqlite"
        store._mentions_index = index
    return replace(query, index=index)


def _mentions_holding(key: str, index: str | None) -> Any:
    """The records of the mentions whose words hold the phrase `key` (a `phrase_key`): looked up
    in the full-text index of migration 0006 where there is one, else by a scan."""
    phrase = key.strip()  # words of [a-z0-9], one space apart: no FTS operator can reach the query
    if index == "sqlite":
        # unique: two phrases are two lookups, each with a parameter of its own
        hits = text("SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH :p").bindparams(
            bindparam("p", value=f'"{phrase}"', unique=True))
        return select(MentionRow.record_id).where(MentionRow.pk.in_(hits))
    if index == "postgresql":
        simple = literal_column("'simple'")
        return select(MentionRow.record_id).where(
            func.to_tsvector(simple, MentionRow.search_plain).op("@@")(func.phraseto_tsquery(simple, phrase)))
    return select(MentionRow.record_id).where(MentionRow.search_plain.contains(key, autoescape=True))


def _phrases(text: str) -> list[str]:
    """The phrases of a free-text query: each "quoted" part, and the rest as one phrase."""
    quoted = re.findall(r'"([^"]+)"', text)
    rest = re.sub(r'"[^"]*"', " ", text)
    return quoted + ([rest] if rest.strip() else [])


def _base(query: RecordQuery) -> Select[Any]:
    stmt = (select(RecordRow, DocumentRow.doc_id, DocumentRow.title, DocumentRow.published, DocumentRow.outlet,
                   DocumentRow.url)
            .join(DocumentRow, RecordRow.document_id == DocumentRow.pk))
    return query.where(stmt)


def count_records(session: Session, query: RecordQuery) -> int:
    stmt = query.over(select(func.count(RecordRow.pk)))
    return session.scalar(stmt) or 0


def iter_records(session: Session, query: RecordQuery, limit: int | None = None, offset: int = 0,
                 chunk: int = 1000) -> Iterator[tuple[Any, ...]]:
    """(record row, doc id, title, published, outlet, url) in the query's order, fetched `chunk`
    rows at a time: an export of every record never holds them all."""
    column = SORTS[query.sort]
    order = [column.is_(None), column.desc() if query.descending else column.asc(), RecordRow.pk.desc()]
    stmt = (_base(query).order_by(*order)
            .options(selectinload(RecordRow.mentions), selectinload(RecordRow.actors))
            .execution_options(yield_per=chunk))
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    yield from (tuple(row) for row in session.execute(stmt))


def aid_rows(session: Session, query: RecordQuery) -> Iterator[tuple[Any, ...]]:
    """(pk, source, targets, status, quantities) of the selected records: only the columns sums
    need, no mentions or actors (totals over every aid record stay cheap)."""
    stmt = query.where(select(RecordRow.pk, RecordRow.source, RecordRow.targets, RecordRow.status,
                              RecordRow.quantities).join(DocumentRow, RecordRow.document_id == DocumentRow.pk))
    yield from (tuple(row) for row in session.execute(stmt.execution_options(yield_per=5000)))


def totals(session: Session, query: RecordQuery) -> list[dict[str, Any]]:
    """AID amounts summed per donor, recipient, status and unit (a record with several donors
    or recipients counts once for each pair; one with no amount counts as a record only)."""
    aid = replace(query, type="AID")
    sums: dict[tuple[str, str, str, str], float] = defaultdict(float)
    records: dict[tuple[str, str, str, str], set[int]] = defaultdict(set)
    for pk, source, targets, status, quantities in aid_rows(session, aid):
        for donor in source or ["?"]:
            for recipient in targets or ["?"]:
                for q in quantities or [{"unit": "", "value": 0}]:
                    key = (donor, recipient, status or "", q.get("unit") or "")
                    sums[key] += float(q.get("value") or 0)
                    records[key].add(pk)
    return [{"donor": d, "recipient": r, "status": s, "unit": u, "total": v, "records": len(records[(d, r, s, u)])}
            for (d, r, s, u), v in sorted(sums.items())]


def stored_record(row: RecordRow, doc_id: str, title: str | None, published: str | None,
                  outlet: str | None, url: str | None) -> Any:
    """A row of `iter_records` as the store lists records (hoptac.store.StoredRecord)."""
    from hoptac.store import StoredRecord
    from hoptac.store.convert import to_record

    return StoredRecord(pk=row.pk, document_pk=row.document_id, doc_id=doc_id, title=title, published=published,
                        outlet=outlet, record=to_record(row), url=url, curation=row.curation)


def find_records(store: Any, query: RecordQuery, limit: int = 50, offset: int = 0) -> tuple[list[Any], int]:
    """One page of records matching `query` (checked first), and how many match in all."""
    query = indexed(query.checked(), store)
    with Session(store.engine) as session:
        rows = [stored_record(*t) for t in iter_records(session, query, limit, offset)]
        return rows, count_records(session, query)


def counts_by_type(store: Any, query: RecordQuery) -> dict[str, int]:
    query = indexed(query.checked(), store)
    stmt = query.over(select(RecordRow.type, func.count(RecordRow.pk))).group_by(RecordRow.type)
    with Session(store.engine) as session:
        return dict(sorted((t, n) for t, n in session.execute(stmt)))


def aid_totals(store: Any, query: RecordQuery) -> list[dict[str, Any]]:
    query = indexed(query.checked(), store)
    with Session(store.engine) as session:
        return totals(session, query)
