"""The store: one façade over the database, for the command line and a server alike.

    store = Store(url)                         # pooled=True in a long-running process
    me = store.users.local()                   # or create / by_email / get / all
    diary = store.entries(me.id)               # UserEntries: add, find, get, update, delete, ...

Callers never choose how the database is reached: a command uses the driver directly when the
schema is current (no SQLAlchemy import, see :mod:`cricketlog.store.connections`), a server gets
a pool, and either way a database that is new or behind is migrated first, once. Everything about
entries goes through :class:`UserEntries`, which belongs to one user: no read or write can see
another user's entries, and an id of theirs raises :class:`NotFound` like one that never existed.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from cricketlog.errors import NotFound, StoreError
from cricketlog.store.db import dialect_of, sqlite_file
from cricketlog.store.errors import AlreadyExists, EntryNotFound, UserNotFound
from cricketlog.store.source import TYPED, Source
from cricketlog.store.table import Query, UserEntries
from cricketlog.store.users import LOCAL_EMAIL, User, Users

if TYPE_CHECKING:
    from cricketlog.store.connections import Database

__all__ = [
    "LOCAL_EMAIL",
    "TYPED",
    "AlreadyExists",
    "EntryNotFound",
    "NotFound",
    "Query",
    "Source",
    "Store",
    "StoreError",
    "User",
    "UserEntries",
    "UserNotFound",
    "Users",
]


class Store:
    """One database, given by its URL: its users, and each user's entries.

    Nothing is opened until first used; the first use creates or migrates the database when it
    needs it. ``pooled`` is for a long-running process that serves many requests at once: its
    connections come from a pool that checks them before lending them. One ``Store`` may be
    shared by threads.
    """

    def __init__(self, url: str, *, pooled: bool = False) -> None:
        dialect_of(url)  # an unsupported URL is refused now, in one line
        self.url = url
        self.pooled = pooled
        self.users = Users(self._open)
        self._database: Database | None = None
        self._opening = threading.Lock()

    def _open(self) -> Database:
        with self._opening:
            if self._database is None:
                from cricketlog.store.connections import open_database

                self._database = open_database(self.url, pooled=self.pooled)
            return self._database

    def open(self) -> None:
        """Open the database now (creating or migrating it), rather than on first use."""
        self._open()

    def ping(self) -> None:
        """Ask the database the simplest question; a :class:`StoreError` says it cannot answer.

        A server's readiness check: a pooled store opens a fresh connection when the one it had
        died (a database restart), so a ping that passes means requests will too.
        """
        with self._open().transaction() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()

    def exists(self) -> bool:
        """False when the database is an SQLite file not created yet, so holds nothing.

        Lets a caller that only looks skip creating a database; a server's database is taken to
        exist (connecting is what tells).
        """
        path = sqlite_file(self.url)
        return path is None or path.is_file()

    def entries(self, user_id: int) -> UserEntries:
        """The entries of the user with ``user_id``."""
        return UserEntries(self._open(), user_id)

    def close(self) -> None:
        """Close the database's connections (a later use opens them again)."""
        with self._opening:
            if self._database is not None:
                self._database.close()
                self._database = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
