"""The app's pages: Overview, Records, Record, Aid ledger, Measures, Documents, and exports of
the current filter. Each page reads through the query layer and renders a template."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, StreamingResponse
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from starlette.background import BackgroundTask

from hoptac.store import StoredRecord, overview
from hoptac.store.convert import to_document, to_record
from hoptac.store.query import count_records, counts_by_type, iter_records, stored_record, totals
from hoptac.store.schema import DocumentRow, RecordRow
from hoptac.web import page_of, query_from

router = APIRouter()
COLOURS = {"CONSULT": "#4e79a7", "AGREE": "#59a14f", "REQUEST": "#f28e2b", "SUPPORT": "#b07aa1", "AID": "#e15759",
           "MEASURE": "#76b7b2"}


def load_record(store: Any, pk: int) -> tuple[StoredRecord, Any] | None:
    """A record with its whole document."""
    with Session(store.engine) as session:
        row = session.get(RecordRow, pk, options=[selectinload(RecordRow.mentions), selectinload(RecordRow.actors)])
        if row is None:
            return None
        doc_row = session.get(DocumentRow, row.document_id)
        doc = to_document(doc_row, full=False)
        stored = StoredRecord(pk=row.pk, document_pk=doc_row.pk, doc_id=doc_row.doc_id, title=doc_row.title,
                              published=doc_row.published, outlet=doc_row.outlet, record=to_record(row),
                              url=doc_row.url, curation=row.curation)
        return stored, doc


def marked(doc: Any, spans: list[tuple[int, int, str]]) -> list[list[tuple[str, str | None]]]:
    """Each body paragraph as pieces (text, mark) where `mark` names the highlight a span of
    the original text carries (a record's evidence), else None. Text stays text: the template
    escapes it."""
    out = []
    for p in doc.paragraphs:
        pieces: list[tuple[str, str | None]] = []
        pos = p.start
        for s, e, mark in sorted((max(s, p.start), min(e, p.end), m) for s, e, m in spans if s < p.end and e > p.start):
            if s < pos:
                continue
            pieces.append((doc.text[pos:s], None))
            pieces.append((doc.text[s:e], mark))
            pos = e
        pieces.append((doc.text[pos:p.end], None))
        out.append([(text, mark) for text, mark in pieces if text])
    return out


def bar_chart(rows: list[dict[str, Any]], width: int = 760, height: int = 180) -> dict[str, Any]:
    """Records per month and type as stacked bars, drawn here as SVG shapes."""
    months = sorted({r["month"] for r in rows})
    if not months:
        return {"bars": [], "width": width, "height": height, "labels": []}
    per: dict[str, dict[str, int]] = {m: {} for m in months}
    for r in rows:
        per[r["month"]][r["type"]] = r["records"]
    top = max(sum(v.values()) for v in per.values()) or 1
    step = width / len(months)
    bars, labels = [], []
    for i, m in enumerate(months):
        y = height
        for t, n in sorted(per[m].items()):
            h = n / top * (height - 20)
            y -= h
            bars.append({"x": round(i * step + 1, 1), "y": round(y, 1), "w": round(max(step - 2, 1), 1),
                         "h": round(h, 1), "colour": COLOURS.get(t, "#999"), "title": f"{m} {t}: {n}"})
        if len(months) <= 24 or i % max(1, len(months) // 12) == 0:
            labels.append({"x": round(i * step + step / 2, 1), "text": m})
    return {"bars": bars, "width": width, "height": height, "labels": labels}


@router.get("/")
def overview_page(request: Request) -> Any:
    query = query_from(request)
    with Session(request.app.state.store.engine) as session:
        found = overview.everything(session, query, request.app.state.store)
    return request.app.state.render(request, "overview.html", counts=found["counts"],
                                    chart=bar_chart(found["over_time"]), colours=COLOURS,
                                    aid=found["aid_by_donor"], pairs=found["pairs"])


@router.get("/records")
def records_page(request: Request) -> Any:
    query = query_from(request)
    page, per = page_of(request)
    store = request.app.state.store
    counts = counts_by_type(store, query)
    with Session(store.engine) as session:
        rows = [stored_record(*t) for t in iter_records(session, query, per, (page - 1) * per)]
    return request.app.state.render(request, "records.html", rows=rows, total=sum(counts.values()), page=page,
                                    per=per, query=query, counts=counts)


@router.get("/records/{pk}")
def record_page(request: Request, pk: int) -> Any:
    found = load_record(request.app.state.store, pk)
    if found is None:
        raise HTTPException(404, f"no record {pk}")
    stored, doc = found
    from hoptac.store.curation import audit_of

    spans = [(m.start, m.end, "evidence") for m in stored.record.mentions]
    rec = stored.record
    fields = {"type": rec.type, "source": rec.source, "targets": rec.targets, "participants": rec.participants,
              "date": rec.date, "mode": rec.mode, "status": rec.status, "category": rec.category,
              "measure": rec.measure, "quantities": [q.to_json() for q in rec.quantities]}
    return request.app.state.render(request, "record.html", r=stored, rec=rec.to_json(), fields=fields,
                                    body=marked(doc, spans), doc=doc, audit=audit_of(request.app.state.store, pk))


@router.get("/aid")
def aid_page(request: Request) -> Any:
    query = query_from(request, type="AID")
    page, per = page_of(request)
    store = request.app.state.store
    with Session(store.engine) as session:
        rows = [stored_record(*t) for t in iter_records(session, query, per, (page - 1) * per)]
        total = count_records(session, query)
        sums = totals(session, query)
    flows: dict[tuple[str, str], list[Any]] = {}
    for r in rows:  # one flow, pledged then delivered: shown together as a timeline
        flows.setdefault((",".join(r.record.source), ",".join(r.record.targets)), []).append(r)
    for items in flows.values():
        items.sort(key=lambda r: (r.record.date or "9999", r.pk))
    return request.app.state.render(request, "aid.html", flows=flows, total=total, page=page, per=per, sums=sums,
                                    query=query)


@router.get("/measures")
def measures_page(request: Request) -> Any:
    query = query_from(request, type="MEASURE")
    with Session(request.app.state.store.engine) as session:
        cells = overview.measures(session, query)
    codes = sorted({c["code"] for c in cells})
    kinds = sorted({c["measure"] for c in cells})
    grid = {(c["code"], c["measure"]): c for c in cells}
    return request.app.state.render(request, "measures.html", codes=codes, kinds=kinds, grid=grid)


@router.get("/documents")
def documents_page(request: Request, q: str | None = None, page: int = 1) -> Any:
    from hoptac.store import SearchError

    try:
        docs = request.app.state.store.list_documents(limit=50, offset=(max(page, 1) - 1) * 50, q=q or None)
    except SearchError as exc:
        return request.app.state.render(request, "error.html", status=400, message=str(exc))
    return request.app.state.render(request, "documents.html", docs=docs, q=q or "", page=max(page, 1))


@router.get("/documents/{pk}")
def document_page(request: Request, pk: int) -> Any:
    doc = request.app.state.store.get_document(pk)
    if doc is None:
        raise HTTPException(404, f"no document {pk}")
    from hoptac.web.auth import can_edit, user_of

    with Session(request.app.state.store.engine) as session:
        keys = [k for k in session.execute(select(RecordRow.pk, RecordRow.curation)
                                           .where(RecordRow.document_id == pk)
                                           .order_by(RecordRow.position, RecordRow.pk)) if k[1] != "rejected"]
    spans = [(m.start, m.end, r.type) for r in doc.records for m in r.mentions]  # rejected ones are left out
    body = marked(doc, spans)
    sentences = []
    if can_edit(user_of(request)):
        from hoptac.web.edit import sentences_of

        sentences = sentences_of(doc)  # the document loaded above, split as the pipeline splits it
    return request.app.state.render(request, "document.html", doc=doc, body=body,
                                    records=[(k[0], r, k[1]) for k, r in zip(keys, doc.records)],
                                    sentences=sentences)


@router.get("/export.{fmt}")
def export(request: Request, fmt: str) -> Any:
    """The current filter's records as csv, jsonl, polecat (CSV) or parquet, streamed."""
    from hoptac.export import FLAT, FORMATS, POLECAT, rows

    if fmt not in FORMATS:
        raise HTTPException(404, f"no export format {fmt!r} ({', '.join(FORMATS)})")
    query = query_from(request)
    store = request.app.state.store
    if fmt == "parquet":
        from hoptac.export import write

        fd, path = tempfile.mkstemp(suffix=".parquet")
        os.close(fd)
        try:
            with Session(store.engine) as session:
                write(session, query, "parquet", path)
        except BaseException:
            os.unlink(path)
            raise
        return FileResponse(path, filename="hoptac-records.parquet", media_type="application/vnd.apache.parquet",
                            background=BackgroundTask(os.unlink, path))

    def stream() -> Iterator[str]:
        with Session(store.engine) as session:
            if fmt == "jsonl":
                for row in rows(session, query, "json"):
                    yield json.dumps(row, ensure_ascii=False) + "\n"
                return
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=POLECAT if fmt == "polecat" else FLAT)
            writer.writeheader()
            for row in rows(session, query, "polecat" if fmt == "polecat" else "flat"):
                writer.writerow(row)
                if buffer.tell() > 65536:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
            yield buffer.getvalue()

    media = "application/x-ndjson" if fmt == "jsonl" else "text/csv; charset=utf-8"
    name = f"hoptac-records.{'csv' if fmt == 'polecat' else fmt}"
    return StreamingResponse(stream(), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})
