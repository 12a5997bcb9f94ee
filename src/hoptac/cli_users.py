"""`hoptac user add|list`: who may sign in to the web app, and with which role.

Kept apart from cli.py (which registers it) to keep that module small."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from hoptac.cli import DbOption, _fail, _store, app, err

users = typer.Typer(help="Who may sign in to `hoptac serve`: viewers read, editors curate and upload.",
                    no_args_is_help=True)
app.add_typer(users, name="user")


@users.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="the name to sign in with")],
    role: Annotated[str, typer.Option(help="viewer, editor or admin")] = "viewer",
    password_stdin: Annotated[bool, typer.Option("--password-stdin",
                                                 help="read the password from standard input "
                                                      "(for scripts); else it is asked for")] = False,
    db: DbOption = None,
) -> None:
    """Add a user; the password is asked for twice (never given on the command line)."""
    from hoptac.store.users import UserError, add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    with _store(db) as store:
        try:
            add_user(store, name, role, password)
        except UserError as exc:
            raise _fail(f"user add: {exc}") from None
    err.print(f"{name.strip()} added as {role}", highlight=False)


@users.command("list")
def user_list(db: DbOption = None) -> None:
    """The users and their roles."""
    from hoptac.store.users import list_users

    with _store(db) as store:
        for name, role in list_users(store):
            typer.echo(f"{name}\t{role}")


@users.command("password")
def user_password(
    name: Annotated[str, typer.Argument(help="the user")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="read it from standard input")] = False,
    db: DbOption = None,
) -> None:
    """Give a user a new password; every session they have ends."""
    from hoptac.store.users import UserError, set_password

    password = (sys.stdin.readline().rstrip("\r\n") if password_stdin
                else typer.prompt("new password", hide_input=True, confirmation_prompt=True))
    with _store(db) as store:
        try:
            set_password(store, name, password)
        except UserError as exc:
            raise _fail(f"user password: {exc}") from None
    err.print(f"{name.strip()}: new password; their sessions have ended", highlight=False)


@users.command("remove")
def user_remove(name: Annotated[str, typer.Argument(help="the user")], db: DbOption = None) -> None:
    """Remove a user: they can no longer sign in, their sessions end at once; their audit entries stay."""
    from hoptac.store.users import UserError, remove_user

    with _store(db) as store:
        try:
            remove_user(store, name)
        except UserError as exc:
            raise _fail(f"user remove: {exc}") from None
    err.print(f"{name.strip()} removed", highlight=False)
