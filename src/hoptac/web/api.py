"""The JSON API under /api/: what every page shows, for scripts (OpenAPI schema at /openapi.json)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from sqlalchemy.orm import Session

from hoptac.store import overview
from hoptac.store.query import count_records, iter_records, stored_record, totals
from hoptac.web import page_of, query_from

router = APIRouter(prefix="/api")


def record_json(stored: Any) -> dict[str, Any]:
    return {"id": stored.pk, "document": stored.document_pk, "doc_id": stored.doc_id, "title": stored.title,
            "published": stored.published, "outlet": stored.outlet, "url": stored.url, **stored.record.to_json()}


@router.get("/records")
def records(request: Request) -> dict[str, Any]:
    """Records matching the filter (type, source, target, code, since, until, status, category,
    measure, min_confidence, q, outlet, sort, order), a page at a time."""
    query = query_from(request)
    page, per = page_of(request)
    with Session(request.app.state.store.engine) as session:
        rows = [record_json(stored_record(*t)) for t in iter_records(session, query, per, (page - 1) * per)]
        return {"total": count_records(session, query), "page": page, "per_page": per, "records": rows}


@router.get("/records/{pk}")
def record(request: Request, pk: int) -> dict[str, Any]:
    from hoptac.web.pages import load_record

    found = load_record(request.app.state.store, pk)
    if found is None:
        raise HTTPException(404, f"no record {pk}")
    stored, doc = found
    return {**record_json(stored), "body": [p.text for p in doc.paragraphs]}


@router.get("/overview")
def overview_json(request: Request) -> dict[str, Any]:
    query = query_from(request)
    with Session(request.app.state.store.engine) as session:
        return overview.everything(session, query, request.app.state.store)


@router.get("/totals")
def totals_json(request: Request) -> list[dict[str, Any]]:
    """AID sums per donor, recipient, status and unit."""
    query = query_from(request, type="AID")
    with Session(request.app.state.store.engine) as session:
        return totals(session, query)


@router.get("/measures")
def measures_json(request: Request) -> list[dict[str, Any]]:
    query = query_from(request, type="MEASURE")
    with Session(request.app.state.store.engine) as session:
        return overview.measures(session, query)


@router.get("/documents")
def documents(request: Request, q: str | None = None, page: int = 1) -> dict[str, Any]:
    from hoptac.store import SearchError

    store = request.app.state.store
    per = 50
    try:
        docs = store.list_documents(limit=per, offset=(min(max(page, 1), 10_000_000) - 1) * per, q=q or None)
    except SearchError as exc:
        raise HTTPException(400, str(exc)) from None
    return {"page": page, "documents": [{"id": d.meta["pk"], "doc_id": d.id, "title": d.title, "outlet": d.outlet,
                                         "published": d.published, "records": d.meta.get("records", 0)}
                                        for d in docs]}


@router.get("/documents/{pk}")
def document(request: Request, pk: int) -> dict[str, Any]:
    doc = request.app.state.store.get_document(pk)
    if doc is None:
        raise HTTPException(404, f"no document {pk}")
    return {**doc.to_json(), "url": doc.url}


@router.get("/events")
def events(request: Request, type: str | None = None, code: str | None = None, page: int = 1) -> list[dict[str, Any]]:
    per = 50
    return request.app.state.store.list_events(type=type, code=code, limit=per, offset=(max(page, 1) - 1) * per)
