"""Connections to one database: the driver's own for a command, SQLAlchemy's pool for a server.

``cricketlog history`` must answer in well under half a second from a cold start, and importing
SQLAlchemy alone takes longer than that; on a cold ``cricketlog import`` that import costs a third
of a second of the interpreter lock while the clip is transcribed. So a command talks to the
database through the DB-API driver directly (the standard library's ``sqlite3``, or ``psycopg``)
whenever the schema is already at the newest migration, keeping its connection for its next
statement. Anything else (a new database, one that needs migrating, one that cannot be read) goes
through :func:`~cricketlog.store.db.upgrade` first, which migrates or says what is wrong. A
long-running process asks for a pool instead: SQLAlchemy's, which checks a connection before
lending it, so a restarted PostgreSQL server costs no request an error.

Every statement runs inside :meth:`Database.transaction`, which commits or rolls back as a whole
and turns the driver's refusals into one-line :class:`~cricketlog.errors.StoreError`. SQLite
connections run with foreign keys on (SQLite's default is off) and take the write lock at the
start of a write (``BEGIN IMMEDIATE``), so a write never fails half way for want of it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from cricketlog.errors import StoreError
from cricketlog.store.db import HEAD, Dialect, describe, dialect_of, reason, sqlite_file, upgrade
from cricketlog.store.errors import Duplicate


class Database:
    """One database's connections, and transactions over them.

    ``connect`` gives a new DB-API connection; with ``keep`` idle connections are kept for the
    next transaction (the driver's own), otherwise each is closed, which gives a pooled one back.
    """

    def __init__(
        self,
        url: str,
        dialect: Dialect,
        connect: Callable[[], Any],
        *,
        keep: bool,
        errors: tuple[type[BaseException], ...],
        integrity: tuple[type[BaseException], ...],
        close: Callable[[], None] = lambda: None,
    ) -> None:
        self.url = url
        self.sqlite = dialect == "sqlite"
        self.mark = "?" if self.sqlite else "%s"
        """The driver's placeholder for a parameter."""
        self._connect = connect
        self._keep = keep
        self._errors = errors
        self._integrity = integrity
        self._close = close
        self._idle: list[Any] = []
        self._lock = threading.Lock()

    def _take(self) -> Any:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        try:
            return self._connect()
        except self._errors as exc:
            raise StoreError(
                f"Cannot open the database {describe(self.url)}: {_why(exc)}"
            ) from None

    def _give(self, conn: Any) -> None:
        usable = not getattr(conn, "closed", False) and not getattr(conn, "broken", False)
        if self._keep and usable:
            with self._lock:
                self._idle.append(conn)
            return
        with suppress(Exception):
            conn.close()

    @contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Any]:
        """A cursor in one transaction: committed when the block ends, rolled back if it raises.

        A unique index's refusal is a :class:`Duplicate`; any other refusal by the database a
        :class:`~cricketlog.errors.StoreError` naming what it said.
        """
        conn = self._take()
        try:
            cursor = conn.cursor()
            if self.sqlite:
                cursor.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            yield cursor
            conn.commit()
        except BaseException as exc:
            with suppress(Exception):
                conn.rollback()
            if not isinstance(exc, self._errors):
                raise
            if isinstance(exc, self._integrity) and _unique(exc):
                raise Duplicate(f"The database refused the change: {reason(exc)}") from None
            doing = "refused the change" if write else "could not be read"
            raise StoreError(f"The database {describe(self.url)} {doing}: {reason(exc)}") from None
        finally:
            self._give(conn)

    def close(self) -> None:
        """Close the kept connections (and a pool's)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            with suppress(Exception):
                conn.close()
        self._close()


def _unique(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "unique" in text or "duplicate key" in text


def _why(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    return reason(orig if orig is not None else exc)


def _direct(url: str, dialect: Dialect) -> Database | None:
    """The database through its driver when it is there and at :data:`HEAD`, else None."""
    errors: tuple[type[BaseException], ...]
    integrity: tuple[type[BaseException], ...]
    if dialect == "sqlite":
        import sqlite3

        path = sqlite_file(url)
        if path is None or not path.is_file():
            return None  # a new file is created, owner-only, by the migration

        def connect() -> Any:
            conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys=ON")
            return conn

        errors, integrity = (sqlite3.Error,), (sqlite3.IntegrityError,)
    else:
        import psycopg

        conninfo = "postgresql://" + url.partition("://")[2]

        def connect() -> Any:
            return psycopg.connect(conninfo, connect_timeout=5)

        errors, integrity = (psycopg.Error,), (psycopg.IntegrityError,)
    database = Database(url, dialect, connect, keep=True, errors=errors, integrity=integrity)
    try:
        with database.transaction() as cursor:
            cursor.execute("SELECT version_num FROM alembic_version")
            row = cursor.fetchone()
        if row is not None and row[0] == HEAD:
            return database
    except StoreError:  # no server, a new database, an unreadable file: the migration says which
        pass
    database.close()
    return None


def _pooled(url: str, dialect: Dialect) -> Database:
    import sqlite3

    import psycopg
    from sqlalchemy.exc import DBAPIError

    from cricketlog.store.db import make_engine

    engine = make_engine(url)
    return Database(
        url,
        dialect,
        engine.raw_connection,
        keep=False,
        errors=(sqlite3.Error, psycopg.Error, DBAPIError),
        integrity=(sqlite3.IntegrityError, psycopg.IntegrityError),
        close=engine.dispose,
    )


def open_database(url: str, *, pooled: bool = False) -> Database:
    """The database at ``url`` at the newest schema (created or migrated first if need be)."""
    dialect = dialect_of(url)
    if not pooled and (database := _direct(url, dialect)) is not None:
        return database
    upgrade(url)
    if pooled:
        return _pooled(url, dialect)
    database = _direct(url, dialect)
    if database is None:  # migrated a moment ago, so only a vanished database gets here
        raise StoreError(f"Cannot open the database {describe(url)} after creating it.")
    return database
