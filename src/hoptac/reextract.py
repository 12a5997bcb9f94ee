"""`hoptac reextract`: today's rules over documents stored by an older run.

A stored document is re-extracted from its stored text and body (the body is not
looked for again) through the extraction stages of the one pipeline, when the run
that extracted it (`documents.extracted_by`: hoptac's version and the rules' hash)
is not today's, or always with `everything`. Its machine records are replaced in
one transaction per batch, with their events; events no record reports any more
are removed. A document whose records come out the same keeps them (and their ids):
only its run is renewed.

Human decisions stand (hoptac.store.curation): a confirmed, corrected, rejected or added
record is never replaced, and a re-extracted record that repeats one (a type the human
record has had, stated by overlapping text) is not added, so a rejected record does not
come back and a corrected one is not doubled by the machine's first reading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import delete, exists, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, selectinload

from hoptac.lexicon import run_id
from hoptac.model import Record
from hoptac.pipeline import Pipeline, default_stages
from hoptac.store.writer import SAVE_LOCK
from hoptac.store.convert import fit_row, record_row, to_document
from hoptac.store.curation import human_types
from hoptac.store.events import link_records
from hoptac.store.tallies import adjust
from hoptac.store.schema import DocumentRow, EventRecordRow, EventRow, RecordRow

SKIPPED_STAGES = ("body", "keys")  # stored already: the body is not looked for again


@dataclass
class ReextractReport:
    documents: int = 0
    before: int = 0  # records replaced
    after: int = 0  # records now
    changed: int = 0  # documents whose records differ
    errors: list[str] = field(default_factory=list)


def extraction_pipeline() -> Pipeline:
    """The pipeline's stages but the body's and the store keys': normalise, sentences, mentions,
    records, merge, score, run."""
    return Pipeline([(n, s) for n, s in default_stages(True) if n not in SKIPPED_STAGES])


def _repeats(rec: Record, human: list[RecordRow], types: dict[int, set[str]]) -> bool:
    """Whether a re-extracted record says what a decided record says: one of the types the
    human record has had, stated by text overlapping its evidence."""
    spans = [(m.start, m.end) for m in rec.mentions]
    for h in human:
        if rec.type == h.type or rec.type in types.get(h.pk, ()):
            if any(s < me and ms < e for s, e in spans for ms, me in ((m.start, m.end) for m in h.mentions)):
                return True
    return False


def _signature(records: list) -> list:  # type: ignore[type-arg]
    return sorted(str(r.to_json()) for r in records)


def runs_since(session: Session, version: str) -> list[str]:
    """The stored runs (`version+hash`) of hoptac `version` or later."""
    from packaging.version import InvalidVersion, Version

    try:
        floor = Version(version)
    except InvalidVersion:
        raise ValueError(f"--since {version!r} is no version (such as 0.1.0)") from None
    out = []
    for run in session.scalars(select(DocumentRow.extracted_by).distinct()):
        try:
            if run and Version(run.split("+", 1)[0]) >= floor:
                out.append(run)
        except InvalidVersion:
            continue
    return out


def reextract(store, everything: bool = False, batch_size: int = 64,  # type: ignore[no-untyped-def]
              on_batch: Callable[[int], None] = lambda _n: None, since: str | None = None) -> ReextractReport:
    """Re-extract the stored documents today's run has not extracted (all with `everything`);
    with `since`, only those extracted by a run of that hoptac version or later (a release
    whose rules went wrong)."""
    from hoptac.pipeline import load_data

    load_data(True)  # a malformed data file is one LexiconError here, not a failure of every document
    current = run_id()
    pipeline = extraction_pipeline()
    report = ReextractReport()
    chosen: list[str] | None = None
    if since is not None:
        with Session(store.engine) as session:
            chosen = runs_since(session, since)
    last = 0
    while True:
        with Session(store._writer) as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":  # take turns with ingest (Store.save)
                session.execute(sql_text("SELECT pg_advisory_xact_lock(:k)"), {"k": SAVE_LOCK})
            stmt = (select(DocumentRow).where(DocumentRow.pk > last).order_by(DocumentRow.pk).limit(batch_size)
                    .options(selectinload(DocumentRow.records).selectinload(RecordRow.mentions),
                             selectinload(DocumentRow.records).selectinload(RecordRow.actors),
                             selectinload(DocumentRow.records).selectinload(RecordRow.codes)))
            if chosen is not None:
                stmt = stmt.where(DocumentRow.extracted_by.in_(chosen or ["-"]))
            if not everything:
                stmt = stmt.where(or_(DocumentRow.extracted_by.is_(None), DocumentRow.extracted_by != current))
            rows = session.scalars(stmt).all()
            if not rows:
                break
            decided = human_types(session, [r.pk for row in rows for r in row.records if r.curation])
            last = rows[-1].pk
            redone: list[tuple[DocumentRow, list[tuple[RecordRow, Record]]]] = []
            touched: set[int] = set()
            for row in rows:
                doc = to_document(row)
                human = [r for r in row.records if r.curation]
                old_records = [rec for rec, r in zip(doc.records, row.records) if not r.curation]
                doc.records = []
                doc = pipeline.guarded(doc)
                report.documents += 1
                if doc.failed:
                    report.errors.append(f"{row.doc_id or row.pk}: {doc.failed}")
                    continue
                doc.records = [r for r in doc.records if not _repeats(r, human, decided)]
                report.before += len(old_records)
                report.after += len(doc.records)
                row.extracted_by = doc.extracted_by
                if _signature(old_records) == _signature(doc.records):
                    for rec in row.records:  # the same records: they keep their ids (and links to them)
                        if not rec.curation:
                            rec.extracted_by = doc.extracted_by
                    continue
                report.changed += 1
                adjust(session, [r for r in row.records if not r.curation], -1)
                gone = [r.pk for r in row.records if not r.curation]
                if gone:  # their events' links first (no ORM relationship leads there)
                    touched.update(session.scalars(select(EventRecordRow.event_id)
                                                   .where(EventRecordRow.record_id.in_(gone))))
                    session.execute(delete(EventRecordRow).where(EventRecordRow.record_id.in_(gone)))
                notes: list[str] = []
                first = max((r.position for r in human), default=-1) + 1
                new_rows = [record_row(r, first + i, doc.extracted_by) for i, r in enumerate(doc.records)]
                row.records = human + new_rows
                for rec in new_rows:  # fitted to their columns, as ingest fits them
                    for child in (rec, *rec.mentions, *rec.actors, *rec.codes):
                        fit_row(child, notes)
                if notes:
                    row.warnings = list(row.warnings or []) + notes
                adjust(session, new_rows)
                redone.append((row, list(zip(new_rows, doc.records))))
            session.flush()
            link_records(session, redone)
            if touched:  # events whose every report was replaced
                session.execute(delete(EventRow).where(EventRow.pk.in_(sorted(touched)),
                                                       ~exists().where(EventRecordRow.event_id == EventRow.pk)))
        on_batch(len(rows))
    return report
