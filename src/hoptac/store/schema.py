"""The tables of the ledger, as SQLAlchemy 2 declarative models.

Only portable column types are used (JSON, Text, Integer, Float, DateTime) so
the same models run on SQLite for one analyst and on PostgreSQL for a team.
`migrations/versions/0001_initial.py` creates exactly these tables; the test
suite checks with Alembic's autogenerate compare that the two never drift.

Why some columns exist beyond the `Document` dataclass:

- `documents.search` is the title and body paragraphs, NFC-normalised and
  case-folded in Python at save time; `search_plain` is the same without
  diacritics (đ → d), for queries typed without them. Both are indexed for
  whole-word phrase search (SQLite FTS5, PostgreSQL full-text search). SQLite's `lower()`/`LIKE` fold ASCII
  only, and PostgreSQL's depend on the database locale, so a case-insensitive
  search for "việt nam" or an NFD/NFC-agnostic one cannot rely on the SQL side.
- `record_codes` repeats each record's source/targets/participants codes one
  per row, so "every record involving CHN" is an indexed lookup instead of a
  JSON-containment query that is spelled differently on every backend.
- `position` columns keep records, mentions and actors in the pipeline's
  order, which the primary key alone would not guarantee.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Deterministic constraint/index names, so the migration, SQLite and
# PostgreSQL all agree on them and later migrations can drop them by name.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Declarative base whose metadata carries the naming convention."""

    metadata = MetaData(naming_convention=NAMING)


# Full-text search lives beside the tables: an FTS5 table (and its shadow
# tables) on SQLite, expression GIN indexes on PostgreSQL (migration 0002).
# Neither is a SQLAlchemy model, so comparisons of models and database skip them.
FTS_TABLE = "documents_fts"
FTS_TABLES = (FTS_TABLE, "mentions_fts")


FTS_INDEXES = ("ix_documents_search_fts", "ix_documents_search_plain_fts", "ix_mentions_search_plain_fts")


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's filter: the FTS5 table, its shadow tables and the GIN indexes are not models."""
    if type_ == "table" and name is not None and name.startswith(FTS_TABLES):
        return False
    return not (type_ == "index" and name in FTS_INDEXES)


class DocumentRow(Base):
    """One stored article. `content_hash` (sha256 of the text) and `identity` (sha256 of
    its normalised body) both identify it, so the same article read from JSONL and
    from a page dump is one document; so is one URL."""

    __tablename__ = "documents"

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    identity: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    doc_id: Mapped[str] = mapped_column(String(512), index=True, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text)
    url_key: Mapped[str | None] = mapped_column(String(64), index=True)  # sha256 of the URL: any length indexes
    reader: Mapped[str] = mapped_column(String(32), default="")
    encoding: Mapped[str] = mapped_column(String(64), default="utf-8")
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    published: Mapped[str | None] = mapped_column(String(64), index=True)
    byline: Mapped[str | None] = mapped_column(Text)
    body: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    search: Mapped[str] = mapped_column(Text, default="")
    search_plain: Mapped[str] = mapped_column(Text, default="")  # `search` without diacritics
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    # Near-duplicates (one wire story on several sites): the MinHash signature of the body and
    # the head (first stored document) of its group; NULL when it heads its own group.
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    dup_group: Mapped[int | None] = mapped_column(Integer, index=True)
    extracted_by: Mapped[str | None] = mapped_column(String(64), index=True)  # the run: version+rules hash

    records: Mapped[list[RecordRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="RecordRow.position"
    )


class RecordRow(Base):
    """One record of the annotation guide, belonging to one document."""

    __tablename__ = "records"

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[str | None] = mapped_column(String(32), index=True)
    date_reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[list[str]] = mapped_column(JSON, default=list)
    targets: Mapped[list[str]] = mapped_column(JSON, default=list)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    mode: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(32))
    measure: Mapped[str | None] = mapped_column(String(64))
    quantities: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    rule: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    extracted_by: Mapped[str | None] = mapped_column(String(64))  # the run that made it (None: before runs)
    # A human decision (hoptac.store.curation): NULL for a machine record nobody has checked,
    # else confirmed, corrected, rejected or added. Re-extraction never replaces a decided record.
    curation: Mapped[str | None] = mapped_column(String(16), index=True)

    document: Mapped[DocumentRow] = relationship(back_populates="records")
    mentions: Mapped[list[MentionRow]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="MentionRow.position"
    )
    actors: Mapped[list[ActorRow]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="ActorRow.position"
    )
    codes: Mapped[list[RecordCodeRow]] = relationship(back_populates="record", cascade="all, delete-orphan")


class MentionRow(Base):
    """A place in the text that states a record: the evidence an analyst checks."""

    __tablename__ = "mentions"

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    sentence: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[str] = mapped_column(Text, default="")
    search_plain: Mapped[str] = mapped_column(Text, default="")  # the text folded, without diacritics

    record: Mapped[RecordRow] = relationship(back_populates="mentions")


class ActorRow(Base):
    """A person, office or state named in a record: detail behind the codes."""

    __tablename__ = "record_actors"

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="state")
    country: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text, default="")
    sentence: Mapped[int] = mapped_column(Integer, default=-1)

    record: Mapped[RecordRow] = relationship(back_populates="actors")


class RecordCodeRow(Base):
    """One actor code of a record and its side (source/target/participant), for filtering."""

    __tablename__ = "record_codes"
    __table_args__ = (Index("ix_record_codes_code_record_id", "code", "record_id"),)

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    side: Mapped[str] = mapped_column(String(16))

    record: Mapped[RecordRow] = relationship(back_populates="codes")


class DocumentBandRow(Base):
    """One LSH band of a document's MinHash: documents sharing a band are near-duplicate candidates."""

    __tablename__ = "document_bands"

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    band: Mapped[str] = mapped_column(String(24), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)


class EventRow(Base):
    """One real-world event: the records of every document that report it (same type, actors
    and day; for AID the same status and amounts; for MEASURE the same measure). `key` is the
    hash of those fields. Counts of mentions, documents and outlets come from its records."""

    __tablename__ = "events"

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[str | None] = mapped_column(String(32), index=True)
    source: Mapped[list[str]] = mapped_column(JSON, default=list)
    targets: Mapped[list[str]] = mapped_column(JSON, default=list)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str | None] = mapped_column(String(32))
    measure: Mapped[str | None] = mapped_column(String(64))
    quantities: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    first_seen: Mapped[str | None] = mapped_column(String(64))  # earliest publication (or storing) time


class EventRecordRow(Base):
    """Which event a record reports (each record belongs to exactly one event)."""

    __tablename__ = "event_records"

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), unique=True)


class AuditRow(Base):
    """One human change to a record: who, when, what it was before and after. No foreign key:
    the trail outlives what it describes."""

    __tablename__ = "audit"

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, index=True)
    user: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    action: Mapped[str] = mapped_column(String(16))  # confirm, reject, correct, add
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")


class UserRow(Base):
    """Someone who may sign in to the web app: a viewer, an editor (curates records, uploads)
    or an admin. Only an argon2 hash of the password is kept."""

    __tablename__ = "users"

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    # Sessions carry the generation they were signed in under; signing out or a new password
    # moves it on, so every older session cookie stops working (they are stateless otherwise).
    generation: Mapped[int] = mapped_column(Integer, default=0)


class SettingRow(Base):
    """A setting of this ledger kept with it (the key that signs the web app's session cookies,
    so that sessions outlive a restart of the app)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TallyRow(Base):
    """A running count of the whole ledger, for the Overview (hoptac.store.tallies): records of a
    type, of a type in a month, naming a pair of codes, or AID per donor, status and unit (with
    the sum of its amounts). Every write adjusts them in its own transaction."""

    __tablename__ = "tallies"
    __table_args__ = (Index("uq_tallies_kind_k1_k2_k3", "kind", "k1", "k2", "k3", unique=True),)

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    k1: Mapped[str] = mapped_column(String(64), default="")
    k2: Mapped[str] = mapped_column(String(64), default="")
    k3: Mapped[str] = mapped_column(String(64), default="")
    n: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[float] = mapped_column(Float, default=0.0)
