"""Curation: people confirm, reject, correct and add records, and every change is kept.

A record's `curation` is NULL while no one has looked at it (a machine record), then
`confirmed`, `corrected`, `rejected` or `added`. Each change writes an audit row (who,
when, the record before and after). `hoptac reextract` replaces machine records only,
and drops a re-extracted record that repeats a decided one (hoptac.reextract), so a
human decision outlives every later run of the rules. A rejected record stays stored
(with its trail) but leaves its event and, unless asked for, every listing and total.

Values are checked as the query layer checks filters: a type, status, category, measure
or mode that types.toml does not declare, an actor code no lexicon knows, a date that
is no YYYY[-MM[-DD]] is a `CurationError` naming it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session, selectinload

from hoptac.store.tallies import adjust
from hoptac.store.schema import (AuditRow, DocumentRow, EventRecordRow, EventRow, MentionRow, RecordCodeRow,
                                 RecordRow)

STATES = ("machine", "confirmed", "corrected", "rejected", "added")  # "machine": NULL in the column
HUMAN = ("confirmed", "corrected", "rejected", "added")
EDITABLE = ("type", "date", "source", "targets", "participants", "mode", "category", "status", "measure",
            "quantities")
_DATE = re.compile(r"^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?$")
SIDES = (("source", "source"), ("targets", "target"), ("participants", "participant"))


class CurationError(ValueError):
    """A change that cannot be made; the message says why."""


@dataclass
class Change:
    """What an editor did, for the caller to show."""

    record: int
    action: str
    audit: int


def snapshot(row: RecordRow) -> dict[str, Any]:
    """The fields a person can change, and the decision, as kept in the audit trail."""
    out = {name: getattr(row, name) for name in EDITABLE}
    out = {k: (list(v) if isinstance(v, list) else v) for k, v in out.items()}
    out["curation"] = row.curation or "machine"
    return out


def checked_fields(fields: dict[str, Any], base: dict[str, Any] | None = None) -> dict[str, Any]:
    """`fields` over `base` (a snapshot), normalised and checked as one record."""
    from hoptac.records.types import record_types, type_names
    from hoptac.store.query import _allowed, known_codes

    unknown = [k for k in fields if k not in EDITABLE]
    if unknown:
        raise CurationError(f"{unknown[0]!r} is not a field a person can change ({', '.join(EDITABLE)})")
    for name, value in fields.items():
        if value is not None and not isinstance(value, (list, tuple) if name == "quantities" else
                                                  (str, list, tuple) if name in ("source", "targets", "participants")
                                                  else str):
            raise CurationError(f"{name} {value!r} is not {'a list' if name == 'quantities' else 'text'}")
    out = dict(base or {})
    out.update(fields)
    kind = str(out.get("type") or "").strip().upper()
    if kind not in type_names():
        raise CurationError(f"type {out.get('type')!r} is not one of {', '.join(type_names())}")
    out["type"] = kind
    for side, _ in SIDES:
        value = out.get(side) or []
        if isinstance(value, str):
            value = value.replace(";", ",").split(",")
        if any(not isinstance(c, str) for c in value):
            raise CurationError(f"{side}: every actor code is text")
        codes = list(dict.fromkeys(c.strip().upper() for c in value if c and c.strip()))
        bad = [c for c in codes if c not in known_codes()]
        if bad:
            raise CurationError(f"{side}: {bad[0]!r} is no actor code the lexicons know")
        out[side] = codes
    roles = record_types()[kind].roles
    if roles == "participants":  # the guide's CONSULT and AGREE name participants, no sides
        out["participants"] = list(dict.fromkeys(out["source"] + out["targets"] + out["participants"]))
        out["source"], out["targets"] = [], []
    elif out["participants"]:
        raise CurationError(f"a {kind} record has a source and targets, not participants")
    if not (out["source"] or out["targets"] or out["participants"]):
        raise CurationError("a record names at least one actor")
    date = (out.get("date") or "").strip() or None
    if date is not None and not _DATE.match(date):
        raise CurationError(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    out["date"] = date
    for name in ("mode", "category", "status", "measure"):
        value = (out.get(name) or "").strip().lower() or None
        allowed = _allowed(kind, name)
        if value is not None and value not in allowed:
            raise CurationError(f"{name} {value!r} is not one of {', '.join(allowed) or 'nothing'} for {kind}")
        out[name] = value if allowed else None
    out["quantities"] = [_quantity(q) for q in out.get("quantities") or []] if kind in ("AID", "AGREE") else []
    return {k: out[k] for k in EDITABLE}


MAX_EVIDENCE = 5000
QUALIFIERS = ("exact", "over", "under", "approx")
MAX_AMOUNT = 1e15  # more than any aid flow; also keeps sums finite
MAX_UNIT = 32  # characters: units are a currency code or a count noun ("dose", "ventilator")


def _quantity(q: Any) -> dict[str, Any]:
    if isinstance(q, str):  # "1000000 USD" or "500000 dose"
        parts = q.replace("\u00a0", " ").split()
        if len(parts) != 2:
            raise CurationError(f"quantity {q!r} is not 'AMOUNT UNIT'")
        q = {"value": parts[0], "unit": parts[1]}
    if not isinstance(q, dict):
        raise CurationError(f"quantity {q!r} is not 'AMOUNT UNIT' nor {{value, unit}}")
    try:
        value = float(str(q.get("value")).replace(",", ""))
    except (TypeError, ValueError):
        raise CurationError(f"quantity amount {q.get('value')!r} is not a number") from None
    unit = q.get("unit")
    unit = unit.strip() if isinstance(unit, str) else ""
    if not unit or len(unit) > MAX_UNIT or not math.isfinite(value) or not 0 <= value <= MAX_AMOUNT:
        raise CurationError(f"quantity {q!r} needs a unit (at most {MAX_UNIT} characters) and an amount "
                            f"from 0 to {MAX_AMOUNT:.0e}")
    qualifier, item = q.get("qualifier") or "exact", q.get("item")
    if qualifier not in QUALIFIERS:
        raise CurationError(f"quantity qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    if item is not None and (not isinstance(item, str) or len(item) > 200):
        raise CurationError("a quantity's item is text of at most 200 characters")
    return {"value": int(value) if value.is_integer() else value, "unit": unit, "qualifier": qualifier,
            "item": item}


def parse_quantities(text: str) -> list[dict[str, Any]]:
    """Quantities typed in a form: "1000000 USD; 500000 dose"."""
    return [_quantity(part.strip()) for part in text.replace("\n", ";").split(";") if part.strip()]


def _apply(row: RecordRow, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        setattr(row, name, value)
    codes = {code for attr, _ in SIDES for code in getattr(row, attr)}
    row.actors = [a for a in row.actors if a.code in codes]  # detail only where it still holds
    row.codes = [RecordCodeRow(code=code, side=side) for attr, side in SIDES for code in getattr(row, attr)]


def _trail(session: Session, row: RecordRow, user: str, action: str, before: dict[str, Any] | None,
           note: str) -> AuditRow:
    entry = AuditRow(record_id=row.pk, user=user, action=action, before=before, after=snapshot(row), note=note)
    session.add(entry)
    return entry


def _unlink(session: Session, pk: int) -> None:
    """The record leaves its event; an event no record reports any more goes."""
    events = list(session.scalars(select(EventRecordRow.event_id).where(EventRecordRow.record_id == pk)))
    session.execute(delete(EventRecordRow).where(EventRecordRow.record_id == pk))
    if events:
        session.execute(delete(EventRow).where(EventRow.pk.in_(events),
                                               ~exists().where(EventRecordRow.event_id == EventRow.pk)))


def _relink(session: Session, row: RecordRow) -> None:
    from hoptac.store.convert import to_record
    from hoptac.store.events import link_records

    _unlink(session, row.pk)
    if row.curation != "rejected":
        session.flush()
        link_records(session, [(session.get(DocumentRow, row.document_id), [(row, to_record(row))])])


def _take_turns(session: Session) -> None:
    """On PostgreSQL, wait for any ingest or re-extraction writing now (the store's save lock),
    so a decision is never made on a record that batch is replacing, and two decisions on one
    record come one after the other. SQLite's writers take turns by themselves."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import text

        from hoptac.store.writer import SAVE_LOCK

        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SAVE_LOCK})


def _row(session: Session, pk: int) -> RecordRow:
    _take_turns(session)
    row = session.get(RecordRow, pk, options=[selectinload(RecordRow.actors), selectinload(RecordRow.codes)])
    if row is None:
        raise CurationError(f"no record {pk}")
    return row


def decide(store: Any, pk: int, user: str, action: str, fields: dict[str, Any] | None = None,
           note: str = "") -> Change:
    """Confirm, reject or correct record `pk` as `user`, in one transaction with its audit row."""
    if action not in ("confirm", "reject", "correct"):
        raise CurationError(f"{action!r} is not confirm, reject or correct")
    with Session(store._writer) as session, session.begin():
        row = _row(session, pk)
        before = snapshot(row)
        if action == "correct":
            changed = checked_fields(fields or {}, before)
            if all(changed[k] == before[k] for k in EDITABLE):
                raise CurationError("the correction changes nothing")
            _apply(row, changed)
            row.curation = "added" if row.curation == "added" else "corrected"
        elif action == "reject":
            row.curation = "rejected"
        else:  # confirming keeps where the record's values came from: a person's hand or the machine's
            corrected = session.scalar(select(AuditRow.pk).where(AuditRow.record_id == pk,
                                                                 AuditRow.action == "correct").limit(1))
            row.curation = ("added" if row.rule.startswith("human:") else "corrected" if corrected is not None
                            else "confirmed")
        session.flush()
        _relink(session, row)
        adjust(session, [before], -1)
        adjust(session, [snapshot(row)])
        entry = _trail(session, row, user, action, before, note)
        session.flush()
        return Change(record=pk, action=action, audit=entry.pk)


def add(store: Any, document: int, start: int, end: int, user: str, fields: dict[str, Any],
        note: str = "") -> Change:
    """A record the machine missed, stated by the text `start`..`end` of stored `document`."""
    from hoptac.store.convert import phrase_key

    with Session(store._writer) as session, session.begin():
        _take_turns(session)
        doc = session.get(DocumentRow, document)
        if doc is None:
            raise CurationError(f"no document {document}")
        if not 0 <= start < end <= len(doc.text):
            raise CurationError(f"evidence {start}..{end} is not inside document {document}")
        if end - start > MAX_EVIDENCE:
            raise CurationError(f"evidence of {end - start} characters: a record's evidence is one sentence "
                                f"or clause (at most {MAX_EVIDENCE})")
        values = checked_fields(fields)
        position = max(session.scalars(select(RecordRow.position).where(RecordRow.document_id == document)),
                       default=-1) + 1
        text = doc.text[start:end]
        row = RecordRow(document_id=document, position=position, date_reason=f"given by {user}", rule=f"human:{user}",
                        confidence=1.0, curation="added", extracted_by=None,
                        mentions=[MentionRow(position=0, sentence=-1, start=start, end=end, text=text,
                                             rule=f"human:{user}", confidence=1.0, reason=f"added by {user}",
                                             search_plain=phrase_key(text))])
        row.actors, row.codes = [], []
        _apply(row, values)
        session.add(row)
        session.flush()
        _relink(session, row)
        adjust(session, [snapshot(row)])
        entry = _trail(session, row, user, "add", None, note)
        session.flush()
        return Change(record=row.pk, action="add", audit=entry.pk)


def audit_of(store: Any, pk: int) -> list[dict[str, Any]]:
    """The trail of record `pk`, oldest first."""
    with Session(store.engine) as session:
        rows = session.scalars(select(AuditRow).where(AuditRow.record_id == pk).order_by(AuditRow.pk))
        return [{"id": a.pk, "user": a.user, "at": a.at.isoformat() if a.at else None, "action": a.action,
                 "before": a.before, "after": a.after, "note": a.note,
                 "changed": sorted(k for k in (a.after or {}) if (a.before or {}).get(k) != (a.after or {}).get(k))}
                for a in rows]


def human_types(session: Session, pks: list[int]) -> dict[int, set[str]]:
    """For decided records, every type each has had (a correction may have changed it): a
    re-extracted record of any of them, from the same text, repeats the human one."""
    out: dict[int, set[str]] = {pk: set() for pk in pks}
    if pks:
        for pk, before, after in session.execute(select(AuditRow.record_id, AuditRow.before, AuditRow.after)
                                                  .where(AuditRow.record_id.in_(pks))):
            out[pk].update(x["type"] for x in (before, after) if x and x.get("type"))
    return out
