"""Aggregates of the ledger for the web app's Overview, Aid ledger and Measures pages (and their
JSON API): each one SQL query over the records a `RecordQuery` selects (but aid amounts, which
live in the records' JSON), so the pages answer from indexes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from hoptac.store.query import RecordQuery
from hoptac.store.schema import RecordCodeRow, RecordRow


def _selected(query: RecordQuery) -> Any:
    """The pks of the records the query selects, as a subquery."""
    return query.over(select(RecordRow.pk.label("pk"))).subquery()


def everything(session: Session, query: RecordQuery, store: Any) -> dict[str, Any]:
    """The Overview's four aggregates: from the running tallies when the query selects the
    whole ledger (hoptac.store.tallies), else from the records the query selects."""
    from hoptac.store import tallies
    from hoptac.store.query import counts_by_type

    if tallies.whole_ledger(query):
        return tallies.overview(session)
    return {"counts": counts_by_type(store, query), "over_time": over_time(session, query),
            "aid_by_donor": aid_by_donor(session, query), "pairs": active_pairs(session, query)}


def over_time(session: Session, query: RecordQuery) -> list[dict[str, Any]]:
    """Records per month (of the event date) and type; undated records and year-only dates left out."""
    picked = _selected(query)
    month = func.substr(RecordRow.date, 1, 7)
    stmt = (select(month, RecordRow.type, func.count()).where(RecordRow.pk.in_(select(picked.c.pk)))
            .where(RecordRow.date.is_not(None), func.length(RecordRow.date) >= 7,
                   func.substr(RecordRow.date, 1, 4) != "XXXX")
            .group_by(month, RecordRow.type).order_by(month, RecordRow.type))
    return [{"month": m, "type": t, "records": n} for m, t, n in session.execute(stmt)]


def active_pairs(session: Session, query: RecordQuery, limit: int = 10) -> list[dict[str, Any]]:
    """The pairs of actor codes that share the most records."""
    picked = _selected(query)
    a, b = aliased(RecordCodeRow), aliased(RecordCodeRow)
    n = func.count(func.distinct(a.record_id))
    stmt = (select(a.code, b.code, n).join(b, and_(a.record_id == b.record_id, a.code < b.code))
            .where(a.record_id.in_(select(picked.c.pk))).group_by(a.code, b.code).order_by(n.desc(), a.code, b.code)
            .limit(limit))
    return [{"a": x, "b": y, "records": k} for x, y, k in session.execute(stmt)]


def aid_by_donor(session: Session, query: RecordQuery) -> list[dict[str, Any]]:
    """AID amounts per donor, status and unit, each record counted once per donor (whatever its
    number of recipients). Amounts live in the records' JSON, so this one reads the AID
    records (a thousand at a time) rather than summing in SQL."""
    from dataclasses import replace

    from hoptac.store.query import aid_rows

    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for pk, source, _targets, status, quantities in aid_rows(session, replace(query, type="AID")):
        for donor in source or ["?"]:
            for q in quantities or [{"unit": "", "value": 0}]:
                key = (donor, status or "", q.get("unit") or "")
                entry = out.setdefault(key, {"donor": donor, "status": key[1], "unit": key[2], "total": 0.0,
                                             "records": set()})
                entry["total"] += float(q.get("value") or 0)
                entry["records"].add(pk)
    rows = [{**e, "records": len(e["records"])} for e in out.values()]
    return sorted(rows, key=lambda e: (e["unit"] == "", e["unit"], -e["total"], e["donor"]))


def measures(session: Session, query: RecordQuery) -> list[dict[str, Any]]:
    """For each state and measure: how many records, the first and the last date."""
    picked = _selected(query)
    stmt = (select(RecordCodeRow.code, RecordRow.measure, func.count(), func.min(RecordRow.date),
                   func.max(RecordRow.date))
            .join(RecordRow, RecordRow.pk == RecordCodeRow.record_id)
            .where(RecordRow.type == "MEASURE", RecordRow.pk.in_(select(picked.c.pk)),
                   RecordCodeRow.side == "source")
            .group_by(RecordCodeRow.code, RecordRow.measure).order_by(RecordCodeRow.code, RecordRow.measure))
    return [{"code": c, "measure": m, "records": n, "first": lo, "last": hi} for c, m, n, lo, hi in session.execute(stmt)]
