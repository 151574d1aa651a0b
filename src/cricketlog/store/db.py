"""Database URLs, SQLAlchemy engines, and keeping the schema at the newest migration.

Entries live in SQLite (a file in the data folder by default) or PostgreSQL
(``postgresql+psycopg://`` URLs); any other URL is refused with one line. SQLite runs in WAL mode
with a busy timeout and foreign keys on, so a ``record`` and a ``history`` in two terminals do not
trip over each other and no entry can lose its owner. Schema changes are Alembic migrations,
applied on first use. They never run twice at once, even from two processes starting on a new
database together: on PostgreSQL the migration holds an advisory lock, and on SQLite it runs in one
``BEGIN IMMEDIATE`` transaction (SQLite's DDL is transactional), which takes the database's write
lock first. Either way the revision is read again under the lock, so the second process finds the
work done. A database at a revision this version does not know is refused, never touched.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cricketlog.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
REVISIONS = ("0001", "0002")
"""Every migration's revision, oldest first; a test checks them against Alembic's scripts."""
HEAD = REVISIONS[-1]
MIGRATION_LOCK = 0x63726C67
"""The PostgreSQL advisory lock key migrations hold ("crlg")."""
Dialect = Literal["sqlite", "postgresql"]
SUPPORTED = "SQLite (sqlite:///FILE) or PostgreSQL (postgresql+psycopg://USER@HOST/DB)"


def dialect_of(url: str) -> Dialect:
    """Which of the two supported databases ``url`` names; :class:`StoreError` for any other."""
    scheme = url.partition("://")[0].lower()
    name, _, driver = scheme.partition("+")
    if name == "sqlite" and driver in ("", "pysqlite"):
        return "sqlite"
    if name in ("postgresql", "postgres") and driver in ("", "psycopg"):
        return "postgresql"
    raise StoreError(f"The database URL {describe(url)} is not supported: use {SUPPORTED}.")


def sqlalchemy_url(url: str) -> str:
    """``url`` with the driver SQLAlchemy must use (psycopg for PostgreSQL)."""
    if dialect_of(url) == "postgresql":
        return "postgresql+psycopg://" + url.partition("://")[2]
    return url


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (None for an in-memory database or another kind of URL)."""
    if not url.startswith("sqlite:///"):
        return None
    name = url.removeprefix("sqlite:///").partition("?")[0]
    return Path(name) if name and name != ":memory:" else None


def prepare_file(path: Path) -> None:
    """Create an SQLite file readable by its owner only (its folder as a server was given it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the database {path}: {exc.strerror}.") from None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _transactional(dbapi_connection: Any, _record: Any) -> None:
    """Leave transactions to SQLAlchemy's ``begin`` (the driver would not wrap DDL in one)."""
    dbapi_connection.isolation_level = None


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _begin_immediate(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, *, migrating: bool = False) -> Engine:
    """An engine for ``url``. SQLite files get WAL mode, a busy timeout, foreign keys and
    owner-only access; with ``migrating`` every transaction takes SQLite's write lock first."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    dialect = dialect_of(url)
    try:
        if dialect == "sqlite":
            path = sqlite_file(url)
            if path is not None:
                prepare_file(path)
            engine = create_engine(url, connect_args={"timeout": 10})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "connect", _transactional)
            event.listen(engine, "begin", _begin_immediate if migrating else _begin)
        else:
            engine = create_engine(sqlalchemy_url(url), pool_pre_ping=True, pool_size=5)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise StoreError(f"The database URL {describe(url)} is not usable: {exc}") from None
    return engine


def current_revision(engine: Engine) -> str | None:
    """The schema's migration revision, or None for an empty database."""
    with engine.connect() as conn:
        return _revision(conn)


def _revision(conn: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_revision(revision: str | None, url: str) -> None:
    """:class:`StoreError` when ``revision`` is one this version of cricketlog does not know."""
    if revision is not None and revision not in REVISIONS:
        raise StoreError(
            f"The database {describe(url)} is at schema revision {revision}, newer than this "
            f"cricketlog knows ({HEAD}); it was left untouched. Upgrade cricketlog to use it."
        )


def upgrade(url: str, revision: str = "head") -> None:
    """Apply the migrations up to ``revision``, one process at a time; a known newer schema or a
    database that cannot be read is a :class:`StoreError` and nothing is changed."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    engine = make_engine(url, migrating=True)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            check_revision(_revision(conn), url)
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except DBAPIError as exc:
        raise StoreError(f"Cannot open the database {describe(url)}: {reason(exc.orig)}") from None
    finally:
        engine.dispose()


def reason(exc: BaseException | None) -> str:
    """The first line of a driver's error, fit for a one-line message."""
    text = str(exc).strip() if exc is not None else ""
    return (text.splitlines() or [type(exc).__name__])[0]


def describe(url: str) -> str:
    """The URL with any password hidden, fit for messages (without importing SQLAlchemy)."""
    return re.sub(r"^([^:/]+://[^:/@]*):[^@/]*@", r"\1:***@", url)
