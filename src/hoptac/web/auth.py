"""Signing in, sessions and CSRF for the web app.

A session is Starlette's signed cookie (HttpOnly, SameSite=Lax; Secure with `https_only`),
holding the user's name and a CSRF token; the key that signs it is kept in the ledger
(hoptac.store.users.setting). What a user may do is read from the ledger on each request,
so a removed user loses the right at once. Every form that changes something carries the
token in a hidden `csrf` field (the JSON API in an `X-CSRF-Token` header) and is refused
without it: another site can make a browser send the cookie, never the token.

Reading is open unless the app is made `private`; editing needs an editor or admin.
"""

from __future__ import annotations

import secrets
import time
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse

router = APIRouter()
CAN_EDIT = ("editor", "admin")
MAX_FAILURES, THROTTLE_SECONDS = 5, 900  # failed sign-ins per name, then a wait (per app process)
OPEN_PATHS = ("/login", "/static/")  # reachable without signing in when the app is private


class NotAllowed(HTTPException):
    """401 for someone not signed in, 403 for a role that may not."""


def csrf_token(request: Request) -> str:
    """This session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def user_of(request: Request) -> tuple[str, str] | None:
    """(name, role) of the signed-in user, or None."""
    from hoptac.store.users import role_of

    name = request.session.get("user")
    if not name:
        return None
    found = getattr(request.state, "hoptac_role", "?")
    if found == "?":  # read once per request
        found = request.state.hoptac_role = role_of(request.app.state.store, name)
    if not found or request.session.get("gen") != found[1]:
        return None  # removed, signed out elsewhere, or a new password since
    return name, found[0]


async def check_csrf(request: Request) -> None:
    """Refuse a changing request whose token is missing or not this session's."""
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        from hoptac.web.edit import MAX_FILES

        # the first parse is the one cached for the route too: its limits are the route's
        sent = (await request.form(max_files=MAX_FILES, max_fields=200)).get("csrf")
    token = request.session.get("csrf")
    if not token or not isinstance(sent, str) or not secrets.compare_digest(sent, token):
        raise NotAllowed(403, "the form's CSRF token is missing or out of date: reload the page and try again")


def can_edit(who: tuple[str, str] | None) -> bool:
    """Whether a signed-in user (user_of) may change the ledger."""
    return who is not None and who[1] in CAN_EDIT


def editor_page(request: Request, what: str) -> None:
    """A page of editing (a form): shown to editors only, 401/403 to anyone else."""
    who = user_of(request)
    if not can_edit(who):
        raise NotAllowed(401 if who is None else 403, f"sign in as an editor to {what}")


async def editor(request: Request) -> str:
    """The signed-in editor's name, after the CSRF check; else 401/403."""
    who = user_of(request)
    if who is None:
        raise NotAllowed(401, "sign in to change the ledger")
    if who[1] not in CAN_EDIT:
        raise NotAllowed(403, f"{who[0]} is a {who[1]}: changing the ledger needs an editor")
    await check_csrf(request)
    return who[0]


def reader(request: Request) -> None:
    """With sign-in required to read (a private app), anyone not signed in is refused (401;
    a page sends them to sign in)."""
    if request.app.state.private and not request.url.path.startswith(OPEN_PATHS) and user_of(request) is None:
        raise NotAllowed(401, "sign in to read this ledger")


def refusal(request: Request, exc: NotAllowed) -> Any:
    """The answer to a refusal: JSON for the API; for a page, a 401 sends to the sign-in form."""
    from fastapi.responses import JSONResponse

    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
    if exc.status_code == 401:
        back = request.url.path if request.method == "GET" else request.headers.get("referer", "/")
        from urllib.parse import urlsplit

        parts = urlsplit(back)
        back = parts.path + (f"?{parts.query}" if parts.query else "")
        return RedirectResponse(f"/login?next={quote(safe_next(back))}", status_code=303)
    return request.app.state.render(request, "error.html", status=exc.status_code, message=exc.detail)


def safe_next(value: str | None) -> str:
    """A place to go back to after signing in: a path of this app, never another site."""
    if value and value.startswith("/") and not value.startswith(("//", "/\\")):
        return value
    return "/"


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Any:
    return request.app.state.render(request, "login.html", next=safe_next(next), failed=False)


@router.post("/login")
async def login(request: Request) -> Any:
    from hoptac.store.users import check_password

    await check_csrf(request)
    form = await request.form()
    name, password = str(form.get("name") or ""), str(form.get("password") or "")
    failures = request.app.state.failures.setdefault(name.strip().lower(), [])
    now = time.monotonic()
    failures[:] = [t for t in failures if now - t < THROTTLE_SECONDS]
    if len(failures) >= MAX_FAILURES:
        return request.app.state.render(request, "error.html", status=429,
                                        message=f"too many failed sign-ins for {name.strip()!r}: wait "
                                                f"{THROTTLE_SECONDS // 60} minutes")
    role = check_password(request.app.state.store, name, password) if name and password else None
    if role is None:
        failures.append(now)
        return request.app.state.render(request, "login.html", status=401, next=safe_next(str(form.get("next") or "")),
                                        failed=True)
    from hoptac.store.users import role_of

    found = role_of(request.app.state.store, name.strip())
    request.session.clear()  # a new session: nothing of the anonymous one carries over
    request.session["user"] = name.strip()
    request.session["gen"] = found[1] if found else -1
    request.session["csrf"] = secrets.token_urlsafe(32)
    return RedirectResponse(safe_next(str(form.get("next") or "")), status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Any:
    """Signing out ends every session of the user (a copied cookie stops working too)."""
    from hoptac.store.users import end_sessions

    await check_csrf(request)
    who = user_of(request)
    if who is not None:
        end_sessions(request.app.state.store, who[0])
    request.session.clear()
    return RedirectResponse("/", status_code=303)
