"""Running tallies of the whole ledger, so the Overview of every record answers at once.

The Overview's four aggregates (records by type, by month and type, the most active
pairs, aid by donor, status and unit) over every record cost a scan of all records and
their codes, which grows with the ledger (1.2 s at 200,000 records). Here they are kept
as counts that each write adjusts in its own transaction: storing documents
(`Store.save`), re-extraction (old machine records out, new ones in) and curation (a
record's contribution before the change out, after it in; a rejected record counts
nowhere, as in every default listing). The Overview reads them when it shows the whole
ledger; a filtered Overview still asks the records themselves (hoptac.store.overview).

Rows of `tallies`: (kind, k1, k2, k3) -> (n, total):
  type   (type)                  records
  month  (type, YYYY-MM)         records with a date of known year and month
  pair   (code a, code b), a < b  records naming both, on any side
  aid    (donor, status, unit)   AID records per donor ("?" if none), and their amounts
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hoptac.store.schema import RecordRow, TallyRow

Key = tuple[str, str, str, str]


def _get(rec: Any, name: str) -> Any:
    return rec.get(name) if isinstance(rec, dict) else getattr(rec, name)


def contributions(records: Iterable[Any]) -> dict[Key, list[float]]:
    """What the records (rows, or snapshots of hoptac.store.curation) add to the tallies."""
    out: dict[Key, list[float]] = defaultdict(lambda: [0, 0.0])

    def bump(key: Key, total: float = 0.0) -> None:
        cell = out[tuple(k[:64] for k in key)]  # type: ignore[index]
        cell[0] += 1
        cell[1] += total

    for rec in records:
        if _get(rec, "curation") == "rejected":
            continue
        kind, date = _get(rec, "type"), _get(rec, "date") or ""
        bump(("type", kind, "", ""))
        if len(date) >= 7 and not date.startswith("XXXX"):
            bump(("month", kind, date[:7], ""))
        codes = sorted({c for side in ("source", "targets", "participants") for c in _get(rec, side) or []})
        for i, a in enumerate(codes):
            for b in codes[i + 1:]:
                bump(("pair", a, b, ""))
        if kind == "AID":
            per_unit: dict[str, float] = defaultdict(float)
            for q in _get(rec, "quantities") or [{"unit": "", "value": 0}]:
                per_unit[q.get("unit") or ""] += float(q.get("value") or 0)
            for donor in _get(rec, "source") or ["?"]:
                for unit, total in per_unit.items():
                    bump(("aid", donor, _get(rec, "status") or "", unit), total)
    return out


def adjust(session: Session, records: Iterable[Any], sign: int = 1) -> None:
    """Add (sign 1) or take away (sign -1) the records' contributions, in the caller's transaction."""
    cells = contributions(records)
    if not cells:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    rows = [{"kind": k[0], "k1": k[1], "k2": k[2], "k3": k[3], "n": sign * int(v[0]), "total": sign * v[1]}
            for k, v in sorted(cells.items())]
    for start in range(0, len(rows), 500):
        stmt = insert(TallyRow).values(rows[start:start + 500])
        session.execute(stmt.on_conflict_do_update(
            index_elements=["kind", "k1", "k2", "k3"],
            set_={"n": TallyRow.n + stmt.excluded.n, "total": TallyRow.total + stmt.excluded.total}))
    if sign < 0:
        session.execute(delete(TallyRow).where(TallyRow.n <= 0))


def rebuild(session: Session, batch: int = 5000) -> None:
    """The tallies counted again from every record (a migration's backfill, a bulk load)."""
    session.execute(delete(TallyRow))
    last = 0
    while True:
        rows = session.execute(select(RecordRow.pk, RecordRow.type, RecordRow.date, RecordRow.source,
                                      RecordRow.targets, RecordRow.participants, RecordRow.status,
                                      RecordRow.quantities, RecordRow.curation)
                               .where(RecordRow.pk > last).order_by(RecordRow.pk).limit(batch)).mappings().all()
        if not rows:
            break
        last = rows[-1]["pk"]
        adjust(session, [dict(r) for r in rows])


def overview(session: Session, limit: int = 10) -> dict[str, Any]:
    """The Overview of the whole ledger, read from the tallies: the same shapes as
    hoptac.store.overview's over_time, active_pairs and aid_by_donor, and counts by type."""
    def cells(kind: str) -> list[Any]:
        return list(session.execute(select(TallyRow.k1, TallyRow.k2, TallyRow.k3, TallyRow.n, TallyRow.total)
                                    .where(TallyRow.kind == kind, TallyRow.n > 0)))

    counts = dict(sorted((k1, n) for k1, _k2, _k3, n, _t in cells("type")))
    months = [{"month": k2, "type": k1, "records": n} for k1, k2, _k3, n, _t in cells("month")]
    months.sort(key=lambda r: (r["month"], r["type"]))
    pairs = session.execute(select(TallyRow.k1, TallyRow.k2, TallyRow.n).where(TallyRow.kind == "pair", TallyRow.n > 0)
                            .order_by(TallyRow.n.desc(), TallyRow.k1, TallyRow.k2).limit(limit))
    aid = [{"donor": k1, "status": k2, "unit": k3, "total": total, "records": n}
           for k1, k2, k3, n, total in cells("aid")]
    aid.sort(key=lambda e: (e["unit"] == "", e["unit"], -e["total"], e["donor"]))
    return {"counts": counts, "over_time": months, "pairs": [{"a": a, "b": b, "records": n} for a, b, n in pairs],
            "aid_by_donor": aid}


def whole_ledger(query: Any) -> bool:
    """Whether a query selects every record the tallies count (no filter; the default curation)."""
    from dataclasses import replace

    from hoptac.store.query import RecordQuery

    return replace(query, sort="date", descending=True, index=None) == RecordQuery()


def count_rows(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(TallyRow)) or 0
