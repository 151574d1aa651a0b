"""Engines from URLs, and keeping the schema at the newest migration.

SQLite is the default (a file in the data folder) and runs in WAL mode with a busy timeout, so a
``record`` and a ``history`` in two terminals do not trip over each other. PostgreSQL works through
the same code with ``postgresql+psycopg://`` URLs. Schema changes are Alembic migrations, applied on
first use; a cheap version check on every open keeps ``history`` from loading Alembic at all.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cricketlog.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0001"
"""The newest migration's revision; a test checks it matches Alembic's head."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get WAL mode, a busy timeout and owner-only access."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                path = Path(parsed.database)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.touch(mode=0o600, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 10})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise StoreError(f"Database URL is not usable: {exc}") from None
    return engine


def current_revision(engine: Engine) -> str | None:
    """The schema's migration revision, or None for an empty database."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` (``head`` by default)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def describe(url: str) -> str:
    """The URL with any password hidden, fit for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable database URL>"


_opening = threading.Lock()


def open_engine(url: str) -> Engine:
    """An engine whose schema is at :data:`HEAD`, migrating first when it is not (once per URL).

    Safe to call from several threads at once: a warm-up thread may be opening the database
    while the caller reads it, and a new database must be migrated once, not twice.
    """
    with _opening:
        return _open_engine(url)


@functools.cache
def _open_engine(url: str) -> Engine:
    from sqlalchemy.exc import OperationalError

    engine = make_engine(url)
    try:
        if current_revision(engine) != HEAD:
            upgrade(engine)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError(f"Cannot open the database {describe(url)}: {reason}") from None
    return engine
