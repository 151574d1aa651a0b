"""The people whose diaries a database holds.

The command line acts as one user: the one the ``user`` setting names, or the local user, created
on first use (by many processes at once if it comes to that: the email's unique index decides, and
every process gets the same user). A web server adds users with passwords; the store keeps only
the password's hash, which the server makes and checks. Emails are kept lower-cased, so one person
cannot be two users by the way they type their address.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cricketlog.errors import StoreError
from cricketlog.store.errors import AlreadyExists, Duplicate, UserNotFound

if TYPE_CHECKING:
    from cricketlog.store.connections import Database

LOCAL_EMAIL = "local@cricketlog.invalid"
"""The local user's email (``.invalid`` is reserved: no real address can take it)."""
COLUMNS = "id, email, password_hash, created_at"


@dataclass(frozen=True)
class User:
    """A user as stored."""

    id: int
    email: str
    password_hash: str | None
    """None for a user who cannot sign in with a password (the local user)."""
    created_at: dt.datetime


def stored_time(moment: dt.datetime, sqlite: bool) -> Any:
    """A time as the database keeps it: UTC without a zone (ISO text on SQLite)."""
    utc = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return utc.isoformat(" ", "microseconds") if sqlite else utc


def as_utc(value: Any) -> dt.datetime:
    """A stored time, in UTC; SQLite gives back the UTC time it was given without its zone."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _user(row: tuple[Any, ...]) -> User:
    user_id, email, password_hash, created_at = row
    return User(int(user_id), str(email), password_hash, as_utc(created_at))


def normal(email: str) -> str:
    """An email as it is stored and looked up."""
    return email.strip().lower()


class Users:
    """The users of one database (opened on first use through ``database``)."""

    def __init__(self, database: Callable[[], Database]) -> None:
        self._database = database

    def _one(self, where: str, value: Any) -> User | None:
        db = self._database()
        with db.transaction() as cursor:
            cursor.execute(f"SELECT {COLUMNS} FROM users WHERE {where} = {db.mark}", (value,))
            row = cursor.fetchone()
        return None if row is None else _user(row)

    def create(self, email: str, password_hash: str | None = None) -> User:
        """A new user; :class:`~cricketlog.store.errors.AlreadyExists` when the email is taken."""
        address = normal(email)
        if "@" not in address:
            raise StoreError(f"{email!r} is not an email address.")
        db = self._database()
        now = dt.datetime.now(dt.UTC)
        try:
            with db.transaction(write=True) as cursor:
                cursor.execute(
                    f"INSERT INTO users (email, password_hash, created_at) "
                    f"VALUES ({db.mark}, {db.mark}, {db.mark})",
                    (address, password_hash, stored_time(now, db.sqlite)),
                )
        except Duplicate:
            raise AlreadyExists(f"There is already a user {address}.") from None
        created = self.by_email(address)
        assert created is not None
        return created

    def by_email(self, email: str) -> User | None:
        """The user with this email, or None."""
        return self._one("email", normal(email))

    def get(self, user_id: int) -> User:
        """One user; :class:`~cricketlog.store.errors.UserNotFound` when none has that id."""
        user = self._one("id", user_id)
        if user is None:
            raise UserNotFound(f"No user with id {user_id}.")
        return user

    def all(self) -> list[User]:
        """Every user, oldest first."""
        with self._database().transaction() as cursor:
            cursor.execute(f"SELECT {COLUMNS} FROM users ORDER BY id")
            return [_user(row) for row in cursor.fetchall()]

    def set_password(self, user_id: int, password_hash: str | None) -> None:
        """Replace a user's password hash (None: no password sign-in)."""
        self._change(
            "UPDATE users SET password_hash = {mark} WHERE id = {mark}",
            (password_hash, user_id),
            user_id,
        )

    def delete(self, user_id: int) -> None:
        """Remove a user and, with them, every entry of theirs."""
        self._change("DELETE FROM users WHERE id = {mark}", (user_id,), user_id)

    def _change(self, sql: str, params: tuple[Any, ...], user_id: int) -> None:
        db = self._database()
        with db.transaction(write=True) as cursor:
            cursor.execute(sql.format(mark=db.mark), params)
            changed = cursor.rowcount
        if not changed:
            raise UserNotFound(f"No user with id {user_id}.")

    def local(self) -> User:
        """The command line's local user, created on first use."""
        db = self._database()
        now = stored_time(dt.datetime.now(dt.UTC), db.sqlite)
        with db.transaction(write=True) as cursor:
            cursor.execute(
                f"INSERT INTO users (email, password_hash, created_at) "
                f"VALUES ({db.mark}, NULL, {db.mark}) ON CONFLICT (email) DO NOTHING",
                (LOCAL_EMAIL, now),
            )
            cursor.execute(f"SELECT {COLUMNS} FROM users WHERE email = {db.mark}", (LOCAL_EMAIL,))
            return _user(cursor.fetchone())

    def acting(self, email: str = "") -> User:
        """The user the command line acts as: the one with ``email``, or the local user."""
        if not email:
            return self.by_email(LOCAL_EMAIL) or self.local()
        user = self.by_email(email)
        if user is None:
            raise UserNotFound(f"No user {normal(email)} in the database (the `user` setting).")
        return user
