"""The web app's users and the ledger's settings.

Passwords are hashed with argon2 (argon2-cffi's defaults, RFC 9106's second recommended
profile); only the hash is stored. A role says what someone may do: a viewer reads (when
the app requires sign-in to read), an editor also curates records and uploads files, an
admin does all of that. The key that signs session cookies is kept in the ledger's
`settings` table, made on first use, so a restarted app keeps its users signed in and
two app processes over one database agree.
"""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hoptac.store.schema import SettingRow, UserRow

ROLES = ("viewer", "editor", "admin")
MIN_PASSWORD = 8


class UserError(ValueError):
    """A user that cannot be added or changed; the message says why."""


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def add_user(store: Any, name: str, role: str, password: str) -> None:
    """A new user; refused if the name is taken, the role unknown or the password short."""
    name = name.strip()
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        raise UserError(f"user name {name!r} must be 1-100 characters without spaces")
    if role not in ROLES:
        raise UserError(f"role {role!r} is not one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password has at least {MIN_PASSWORD} characters")
    try:
        with Session(store._writer) as session, session.begin():
            session.add(UserRow(name=name, role=role, password_hash=_hasher().hash(password), generation=0))
    except IntegrityError:
        raise UserError(f"there is a user {name!r} already") from None


def list_users(store: Any) -> list[tuple[str, str]]:
    with Session(store.engine) as session:
        return [(u.name, u.role) for u in session.scalars(select(UserRow).order_by(UserRow.name))]


def check_password(store: Any, name: str, password: str) -> str | None:
    """The user's role if `password` is theirs, else None. An unknown name costs a hash as
    well, so timing does not tell which names exist."""
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = _hasher()
    with Session(store.engine) as session:
        user = session.scalars(select(UserRow).where(UserRow.name == name.strip())).first()
        stored = user.password_hash if user else _DUMMY.get("hash") or _DUMMY.setdefault("hash", hasher.hash("-"))
        try:
            hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        return user.role if user else None


_DUMMY: dict[str, str] = {}


def role_of(store: Any, name: str) -> tuple[str, int] | None:
    """A user's current role and session generation (None once removed): a session names a
    user, the ledger says what they may do and whether that session still stands."""
    with Session(store.engine) as session:
        found = session.execute(select(UserRow.role, UserRow.generation).where(UserRow.name == name)).first()
        return (found[0], found[1]) if found else None


def end_sessions(store: Any, name: str) -> None:
    """Every session of the user stops working (signing out; a new password)."""
    with Session(store._writer) as session, session.begin():
        session.execute(update(UserRow).where(UserRow.name == name).values(generation=UserRow.generation + 1))


def set_password(store: Any, name: str, password: str) -> None:
    """A new password; the user's sessions end."""
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password has at least {MIN_PASSWORD} characters")
    with Session(store._writer) as session, session.begin():
        done = session.execute(update(UserRow).where(UserRow.name == name.strip()).values(
            password_hash=_hasher().hash(password), generation=UserRow.generation + 1))
        if done.rowcount == 0:
            raise UserError(f"there is no user {name!r}")


def remove_user(store: Any, name: str) -> None:
    """The user can no longer sign in; their sessions end at once. Their audit entries stay."""
    with Session(store._writer) as session, session.begin():
        if session.execute(delete(UserRow).where(UserRow.name == name.strip())).rowcount == 0:
            raise UserError(f"there is no user {name!r}")


def setting(store: Any, key: str, make: Any = lambda: secrets.token_urlsafe(32)) -> str:
    """A setting of the ledger, made (and stored) by `make` the first time it is asked for."""
    with Session(store.engine) as session:
        row = session.get(SettingRow, key)
        if row is not None:
            return row.value
    try:
        with Session(store._writer) as session, session.begin():
            session.add(SettingRow(key=key, value=make()))
    except IntegrityError:  # another process made it first: theirs stands
        pass
    with Session(store.engine) as session:
        return session.get(SettingRow, key).value  # type: ignore[union-attr]
