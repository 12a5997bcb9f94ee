"""What signed-in editors do in the app: confirm, reject, correct and add records
(hoptac.store.curation, with its audit trail) and upload files to ingest, as pages and
as JSON under /api/. Every route here takes the editor through `auth.editor` (signed in,
a role that may edit, the CSRF token), so none can be reached around it.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from hoptac.store.curation import EDITABLE, CurationError, add, audit_of, decide, parse_quantities
from hoptac.web.auth import editor

router = APIRouter()
MAX_UPLOAD_MB = int(os.environ.get("HOPTAC_MAX_UPLOAD_MB", "20"))  # each file
MAX_FILES = 20
UPLOAD_PATHS = ("/upload", "/api/upload")


def upload_bytes() -> int:
    """The most an upload request may carry: every file at its limit, and the form around them."""
    return MAX_FILES * MAX_UPLOAD_MB * 1024 * 1024 + 65536
_SAFE_NAME = re.compile(r"[^\w.\-]+")


def form_fields(form: Any, before: dict[str, Any] | None = None) -> dict[str, Any]:
    """The record fields of a submitted form; quantities shown unchanged keep their detail."""
    fields: dict[str, Any] = {k: str(form.get(k) or "") for k in EDITABLE if k in form and k != "quantities"}
    if "quantities" in form:
        typed = str(form.get("quantities") or "")
        shown = "; ".join(f"{q['value']} {q['unit']}" for q in (before or {}).get("quantities") or [])
        if before is None or typed.strip() != shown:
            fields["quantities"] = parse_quantities(typed)
    return fields


def sentences_of(doc: Any) -> list[Any]:
    """The sentences of a stored document, as the pipeline splits them (for adding a record)."""
    from hoptac.pipeline import normalise_stage
    from hoptac.text.sentences import split_sentences

    return split_sentences(normalise_stage(doc)).sentences


def _snapshot(store: Any, pk: int) -> dict[str, Any]:
    from hoptac.store.curation import snapshot
    from hoptac.store.schema import RecordRow

    with Session(store.engine) as session:
        row = session.get(RecordRow, pk)
        if row is None:
            raise HTTPException(404, f"no record {pk}")
        return snapshot(row)


@router.post("/records/{pk}/decision")
async def decision_form(request: Request, pk: int, user: str = Depends(editor)) -> Any:
    form = await request.form()
    store = request.app.state.store
    action = str(form.get("action") or "")
    before = _snapshot(store, pk)
    try:
        fields = form_fields(form, before) if action == "correct" else None
        await run_in_threadpool(decide, store, pk, user, action, fields, str(form.get("note") or ""))
    except CurationError as exc:
        return request.app.state.render(request, "error.html", status=400, message=str(exc))
    return RedirectResponse(f"/records/{pk}", status_code=303)


def _sentence(request: Request, pk: int, index: int) -> tuple[Any, Any]:
    doc = request.app.state.store.get_document(pk)
    if doc is None:
        raise HTTPException(404, f"no document {pk}")
    sentences = sentences_of(doc)
    if not 0 <= index < len(sentences):
        raise HTTPException(404, f"document {pk} has no sentence {index}")
    return doc, sentences[index]


@router.get("/documents/{pk}/add")
def add_page(request: Request, pk: int, sentence: int = 0) -> Any:
    from hoptac.web.auth import editor_page

    editor_page(request, "add a record")
    doc, found = _sentence(request, pk, sentence)
    return request.app.state.render(request, "add.html", doc=doc, sentence=found, f={"type": "AID"}, message=None)


@router.post("/documents/{pk}/add")
async def add_form(request: Request, pk: int, user: str = Depends(editor)) -> Any:
    form = await request.form()
    try:
        index = int(str(form.get("sentence") or ""))
    except ValueError:
        raise HTTPException(400, "which sentence states the record? (a number)") from None
    doc, found = _sentence(request, pk, index)
    try:
        fields = form_fields(form)
        change = await run_in_threadpool(add, request.app.state.store, pk, found.start, found.end, user, fields,
                                         str(form.get("note") or ""))
    except CurationError as exc:
        shown: dict[str, Any] = {k: str(form.get(k) or "") for k in EDITABLE if k != "quantities"}
        for side in ("source", "targets", "participants"):
            shown[side] = [c.strip() for c in shown[side].split(",") if c.strip()]
        return request.app.state.render(request, "add.html", status=400, doc=doc, sentence=found, f=shown,
                                        message=str(exc))
    return RedirectResponse(f"/records/{change.record}", status_code=303)


@router.post("/api/records/{pk}/decision")
async def decision_json(request: Request, pk: int, user: str = Depends(editor)) -> dict[str, Any]:
    """Confirm, reject or correct: {"action": ..., "fields": {...}, "note": ...}; needs X-CSRF-Token."""
    body = await _json(request)
    fields = body.get("fields") or {}
    if not isinstance(fields, dict):
        raise HTTPException(400, "fields is a JSON object of the fields to change")
    try:
        change = await run_in_threadpool(decide, request.app.state.store, pk, user, str(body.get("action") or ""),
                                         fields, str(body.get("note") or ""))
    except CurationError as exc:
        raise HTTPException(404 if str(exc).startswith("no record") else 400, str(exc)) from None
    return {"record": change.record, "action": change.action, "audit": audit_of(request.app.state.store, pk)}


@router.post("/api/records")
async def add_json(request: Request, user: str = Depends(editor)) -> dict[str, Any]:
    """A record the machine missed: {"document", "start", "end", "fields": {...}, "note"}."""
    body = await _json(request)
    if not isinstance(body.get("fields") or {}, dict):
        raise HTTPException(400, "fields is a JSON object of the record's fields")
    try:
        change = await run_in_threadpool(add, request.app.state.store, int(body.get("document", -1)),
                                         int(body.get("start", -1)), int(body.get("end", -1)), user,
                                         body.get("fields") or {}, str(body.get("note") or ""))
    except (CurationError, TypeError, ValueError) as exc:
        raise HTTPException(400, str(exc)) from None
    return {"record": change.record, "audit": audit_of(request.app.state.store, change.record)}


@router.get("/api/records/{pk}/audit")
def audit_json(request: Request, pk: int) -> list[dict[str, Any]]:
    """Every change people made to record `pk`, oldest first."""
    return audit_of(request.app.state.store, pk)


async def _json(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise HTTPException(400, "the body is no JSON object") from None
    if not isinstance(body, dict):
        raise HTTPException(400, "the body is no JSON object")
    return body


@router.get("/upload")
def upload_page(request: Request) -> Any:
    from hoptac.web.auth import editor_page

    editor_page(request, "upload")
    return request.app.state.render(request, "upload.html", results=None, max_mb=MAX_UPLOAD_MB)


async def _uploaded(request: Request) -> list[dict[str, Any]]:
    """Each uploaded file ingested on its own, with what it gave or why it was refused."""
    from hoptac.read.detect import kind_from_name

    form = await request.form(max_files=MAX_FILES)  # parsed once (auth.check_csrf may have), bounded by BodyLimit
    files = [f for f in form.getlist("files") if hasattr(f, "filename")]
    if not files:
        raise HTTPException(400, "no file was sent (the form field is 'files')")
    if len(files) > MAX_FILES:
        raise HTTPException(413, f"an upload is at most {MAX_FILES} files of {MAX_UPLOAD_MB} MB")
    results, folder = [], tempfile.mkdtemp(prefix="hoptac-upload-")
    try:
        for upload in files:
            name = _SAFE_NAME.sub("_", os.path.basename(upload.filename or "upload")) or "upload"
            result: dict[str, Any] = {"name": upload.filename, "stored": 0, "skipped": 0, "documents": [],
                                      "errors": []}
            results.append(result)
            if kind_from_name(name) is None:
                result["errors"].append(f"{upload.filename}: not a kind of file hoptac reads (.txt, .html, "
                                        ".jsonl, .warc, .wet, each maybe .gz)")
                continue
            if (upload.size or 0) > MAX_UPLOAD_MB * 1024 * 1024:
                result["errors"].append(f"{upload.filename}: larger than {MAX_UPLOAD_MB} MB")
                result["too_large"] = True
                continue
            path = os.path.join(folder, name)
            with open(path, "wb") as fh:
                await upload.seek(0)
                shutil.copyfileobj(upload.file, fh)
            await run_in_threadpool(_ingest_one, request.app.state.store, path, upload.filename, result)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results


def _ingest_one(store: Any, path: str, shown: str, result: dict[str, Any]) -> None:
    from hoptac.ingest import ingest
    from hoptac.store.schema import DocumentRow, RecordRow

    report = ingest([path], store, workers=1)
    result["stored"], result["skipped"] = report.stored, sum(report.skipped.values())
    result["errors"] = [e.replace(path, shown or "upload") for e in report.errors]
    with Session(store._writer) as session, session.begin():
        n = func.count(RecordRow.pk)
        rows = session.execute(select(DocumentRow.pk, DocumentRow.title, DocumentRow.doc_id, n)
                               .outerjoin(RecordRow, RecordRow.document_id == DocumentRow.pk)
                               .where(DocumentRow.source == path).group_by(DocumentRow.pk).order_by(DocumentRow.pk))
        result["documents"] = [(pk, title or doc_id, k) for pk, title, doc_id, k in rows][:200]
        # stored under the name it was uploaded as, not the temporary path
        session.execute(update(DocumentRow).where(DocumentRow.source == path).values(source=f"upload:{shown}"))


@router.post("/upload")
async def upload_form(request: Request, user: str = Depends(editor)) -> Any:
    results = await _uploaded(request)
    status = 413 if all(r.get("too_large") for r in results) else 200
    return request.app.state.render(request, "upload.html", status=status, results=results, max_mb=MAX_UPLOAD_MB)


@router.post("/api/upload")
async def upload_json(request: Request, user: str = Depends(editor)) -> Any:
    """Files (multipart field `files`) read, extracted and stored; per file what it gave."""
    from fastapi.responses import JSONResponse

    results = await _uploaded(request)
    status = 413 if all(r.get("too_large") for r in results) else 200
    return JSONResponse({"files": [{k: v for k, v in r.items() if k != "too_large"} for r in results]},
                        status_code=status)
