"""`cricketlog users add|list|passwd|delete`: the web app's accounts, from the server's shell.

With registration closed (``CRICKETLOG_REGISTRATION=closed``) this is how accounts are made.
Passwords are asked twice with hidden prompts on a terminal, or read from the first line of
standard input for scripts; they are never taken as an argument, where they would end up in the
shell's history and the process list. ``delete`` asks first (``--yes`` skips the question) and
removes the user's entries and their unfinished recordings with them.
"""

from __future__ import annotations

import shutil
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from cricketlog.cli.app import Commands, app
from cricketlog.cli.common import JsonOpt, console, emit_json, interactive, notice, settings
from cricketlog.cli.errors import UsageError
from cricketlog.store.errors import UserNotFound

if TYPE_CHECKING:
    from cricketlog.store import Store, User

users_app = typer.Typer(cls=Commands, help="Manage the web app's accounts.", no_args_is_help=True)
app.add_typer(users_app, name="users")
EmailArg = Annotated[str, typer.Argument(metavar="EMAIL", help="The account's email.")]


class NoSuchAccount(UserNotFound):
    """No account with that email."""


def _store() -> Store:
    from cricketlog.config import ensure_home
    from cricketlog.store import Store

    ensure_home(settings())
    return Store(settings().db_url)


def _user(store: Store, email: str) -> User:
    from cricketlog.store.users import normal

    user = store.users.by_email(email)
    if user is None:
        raise NoSuchAccount(f"No account {normal(email)}.")
    return user


def _password() -> str:
    """A new password: asked twice, hidden, on a terminal; else stdin's first line."""
    from cricketlog.accounts import checked_password

    if interactive():
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    return checked_password(password)


@users_app.command("add")
def add(email: EmailArg) -> None:
    """Make an account that can sign in to the web app.

    Example: [cyan]cricketlog users add coach@example.com[/]
    """
    from cricketlog.accounts import checked_email, hash_password

    address = checked_email(email)
    password_hash = hash_password(_password())
    user = _store().users.create(address, password_hash)
    console.print(f"Added {user.email} (id {user.id}).", highlight=False)


@users_app.command("list")
def list_(as_json: JsonOpt = False) -> None:
    """List the accounts, oldest first, with how many entries each has.

    Example: [cyan]cricketlog users list[/]
    """
    from rich.table import Table

    from cricketlog.store import LOCAL_EMAIL

    store = _store()
    rows = [
        (user, store.entries(user.id).count())
        for user in store.users.all()
        if user.email != LOCAL_EMAIL
    ]
    if as_json:
        for user, count in rows:
            emit_json(
                {
                    "id": user.id,
                    "email": user.email,
                    "created_at": user.created_at.isoformat(),
                    "entries": count,
                    "can_sign_in": user.password_hash is not None,
                }
            )
        return
    if not rows:
        console.print("No accounts yet: `cricketlog users add EMAIL` makes one.")
        return
    table = Table(title=f"Accounts ({len(rows)})", title_justify="left")
    for column in ("id", "email", "created", "entries"):
        table.add_column(column)
    for user, count in rows:
        table.add_row(str(user.id), user.email, f"{user.created_at:%Y-%m-%d %H:%M}", str(count))
    console.print(table)


@users_app.command("passwd")
def passwd(email: EmailArg) -> None:
    """Set an account's password (it signs out every device signed in with the old one).

    Example: [cyan]cricketlog users passwd coach@example.com[/]
    """
    from cricketlog.accounts import hash_password

    store = _store()
    user = _user(store, email)
    store.users.set_password(user.id, hash_password(_password()))
    console.print(f"Password changed for {user.email}.", highlight=False)


@users_app.command("delete")
def delete(
    email: EmailArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Delete without asking.")] = False,
) -> None:
    """Delete an account with all its entries and unfinished recordings.

    Example: [cyan]cricketlog users delete old@example.com[/]
    """
    store = _store()
    user = _user(store, email)
    count = store.entries(user.id).count()
    if not yes:
        if not interactive():
            raise UsageError("Cannot ask to confirm: standard input is not a terminal. Use --yes.")
        question = f"Delete {user.email} and their {_entries(count)}? This cannot be undone"
        if not typer.confirm(question, default=False):
            notice("Nothing deleted.")
            return
    store.users.delete(user.id)
    shutil.rmtree(settings().recordings_dir / f"user-{user.id}", ignore_errors=True)
    console.print(f"Deleted {user.email} and their {_entries(count)}.", highlight=False)


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"
