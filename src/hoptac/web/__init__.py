"""`hoptac serve`: the ledger as pages, JSON and files, over the one query layer.

A thin shell, like the CLI: every page and every `/api/` route reads through
`hoptac.store.query` (filters) and `hoptac.store.overview` (aggregates), so the CLI's
`records`, `export` and `totals` and the app always agree. Pages are server-rendered
(Jinja2, autoescaped: an article holding `<script>` shows as text); charts are SVG
drawn on the server; the one stylesheet is served by the app itself. Nothing is
fetched from elsewhere: the app works offline.

Reading is open unless `private`; changing the ledger (curation, uploads: hoptac.web.edit)
needs a signed-in editor and the session's CSRF token (hoptac.web.auth).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from hoptac.store import Store
from hoptac.store.query import QueryError, RecordQuery
from hoptac.web.labels import LANGS, name_of, word

HERE = Path(__file__).resolve().parent
PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_PAGE = 10_000_000


def query_from(request: Request, **fixed: Any) -> RecordQuery:
    """The records filter of a request's query string (the same names as the CLI's options)."""
    p = request.query_params

    def one(name: str) -> str | None:
        value = p.get(name)
        return value if value not in (None, "") else None

    conf = one("min_confidence")
    try:
        min_conf = float(conf) if conf is not None else None
    except ValueError:
        raise QueryError(f"min confidence {conf!r} is not a number") from None
    def codes(name: str) -> list[str]:  # repeated (?code=CHN&code=USA) or listed (?code=CHN,USA)
        return [c for value in p.getlist(name) for c in value.replace(";", ",").split(",") if c.strip()]

    q = RecordQuery(type=one("type"), source=codes("source"), target=codes("target"), either=codes("code"),
                    since=one("since"), until=one("until"), status=one("status"), category=one("category"),
                    measure=one("measure"), min_confidence=min_conf, text=one("q"), outlet=one("outlet"),
                    sort=one("sort") or "date", descending=one("order") != "asc", curation=codes("curation"))
    for key, value in fixed.items():
        setattr(q, key, value)
    from hoptac.store.query import indexed

    return indexed(q.checked(), request.app.state.store)


def page_of(request: Request) -> tuple[int, int]:
    """(page, per page) of a request, bounded."""
    try:
        page = max(1, int(request.query_params.get("page", "1")))
        per = min(MAX_PER_PAGE, max(1, int(request.query_params.get("per_page", str(PER_PAGE)))))
    except ValueError:
        raise QueryError("page and per_page are whole numbers") from None
    if page > MAX_PAGE:
        raise QueryError(f"page {page} is past the last page there can be ({MAX_PAGE})")
    return page, per


def amount(value: float) -> str:
    """An amount with thousands separated: 19,000,000 (no ".0" for a whole number)."""
    value = float(value)
    return f"{int(value):,}" if value.is_integer() else f"{value:,.2f}"


def web_link(url: str | None) -> str | None:
    """A source URL that may be a link (http or https); anything else ("javascript:...") is
    shown as text, never followed."""
    return url if url and url.strip().lower().startswith(("http://", "https://")) else None


def create_app(db: str | None = None, private: bool = False, https_only: bool = False) -> FastAPI:
    """The app over the database `db` (a path or URL; default as the CLI's). `private`: reading
    needs signing in too; `https_only`: session cookies are sent over HTTPS only."""
    from fastapi import Depends
    from starlette.middleware.sessions import SessionMiddleware

    from hoptac import __version__
    from hoptac.store.users import setting
    from hoptac.web.auth import NotAllowed, can_edit, csrf_token, reader, refusal, user_of

    store = Store(db, create=False)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    # No /docs or /redoc: FastAPI's viewers load their scripts from a CDN, and the app works
    # offline. The schema itself is at /openapi.json.
    # A private app serves its schema through a route of its own, behind the reader check that
    # FastAPI's built-in schema route would skip.
    app = FastAPI(title="hoptac", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None if private else "/openapi.json",
                  description="A verifiable ledger of international cooperation from Vietnamese news.",
                  dependencies=[Depends(reader)])
    app.state.store = store
    app.state.private = private
    app.state.failures = {}  # failed sign-ins per name (hoptac.web.auth)
    if private:
        @app.get("/openapi.json", include_in_schema=False)
        def schema() -> Any:
            return JSONResponse(app.openapi())

    app.add_middleware(SessionMiddleware, secret_key=setting(store, "session_key"), session_cookie="hoptac_session",
                       max_age=14 * 24 * 3600, same_site="lax", https_only=https_only)
    from hoptac.web import edit
    from hoptac.web.body_limit import SMALL, BodyLimit

    app.add_middleware(BodyLimit, limit_of=lambda path: edit.upload_bytes() if path in edit.UPLOAD_PATHS else SMALL)
    templates = Jinja2Templates(directory=str(HERE / "templates"))

    def lang_of(request: Request) -> str:
        lang = request.query_params.get("lang") or request.cookies.get("lang") or "vi"
        return lang if lang in LANGS else "vi"

    def render(request: Request, name: str, status: int = 200, **context: Any) -> Any:
        lang = lang_of(request)
        who = user_of(request)
        response = templates.TemplateResponse(
            request, name, {"lang": lang, "t": lambda key: word(key, lang), "name": lambda c: name_of(c, lang),
                            "user": who, "can_edit": can_edit(who),
                            "csrf": lambda: csrf_token(request), "amount": amount,
                            "query_string": str(request.query_params), "web_link": web_link,
                            "page_url": lambda n: str(request.url.include_query_params(page=n)),
                            "sort_url": lambda key: str(request.url.include_query_params(
                                sort=key, page=1, order="asc" if request.query_params.get("sort", "date") == key
                                and request.query_params.get("order") != "asc" else "desc")),
                            **context}, status_code=status)
        if request.query_params.get("lang") in LANGS:
            response.set_cookie("lang", lang, httponly=True, samesite="lax")
        return response

    app.state.render = render

    @app.exception_handler(QueryError)
    async def refused(request: Request, exc: QueryError) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=400)
        return render(request, "error.html", status=400, message=str(exc))

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        """One shape for every refusal of the API, {"error": why}; a page for the rest."""
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return render(request, "error.html", status=exc.status_code, message=str(exc.detail))

    @app.exception_handler(NotAllowed)
    async def not_allowed(request: Request, exc: NotAllowed) -> Any:
        return refusal(request, exc)

    from hoptac.web import api, auth, pages

    app.include_router(auth.router)
    app.include_router(edit.router)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app
