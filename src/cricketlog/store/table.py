"""The entries table in plain SQL through the database driver: the queries and the inserts.

``cricketlog history`` must answer in well under half a second from a cold start, and importing
SQLAlchemy and SQLModel alone takes longer than that; on a cold ``cricketlog import`` that import
costs a third of a second of the interpreter lock while the clip is transcribed. So reads and new
entries go through the DB-API driver directly (the standard library's ``sqlite3``, or ``psycopg``)
whenever the URL is one of the two the project supports and the schema is already at the newest
migration. Anything else (another driver, a database that needs migrating, a server that does not
answer) takes the SQLAlchemy engine's raw connection instead, which migrates first and turns
connection failures into :class:`~cricketlog.errors.StoreError`. Either way the same SQL below
runs, and :class:`~cricketlog.store.repo.Store` uses it for its own finds and inserts. Values are
written as SQLAlchemy writes them for the SQLModel table (:mod:`cricketlog.store.models`): dates
and UTC times as ISO text on SQLite, ``data`` as JSON text; a test reads them back through both.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cricketlog.entries.schemas import ActivityType, Entry, SavedEntry
from cricketlog.errors import StoreError
from cricketlog.store.db import HEAD
from cricketlog.store.source import TYPED, Source

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

COLUMNS = "id, activity_type, entry_date, transcript, data, created_at, source"
WRITTEN = "activity_type, entry_date, transcript, data, created_at, source, source_sha256"
"""The columns an insert gives (the id comes from the database unless restoring)."""
NewRow = tuple[Entry, Source, dt.datetime, int | None]
"""What :meth:`EntryTable._insert` stores: an entry, its source, its time, and its id or None."""


@dataclass(frozen=True)
class Query:
    """Which entries to list: a date window, kinds, a text search, a limit. Empty means all."""

    since: dt.date | None = None
    until: dt.date | None = None
    types: tuple[ActivityType, ...] = ()
    search: str = ""
    limit: int | None = None


def searchable(entry: SavedEntry) -> str:
    """The lower-cased text a ``--search`` looks in: the transcript and every data value.

    Underscores become spaces, so ``drills`` finds ``batting_drills``.
    """
    data: dict[str, Any] = entry.data.model_dump()
    text = " ".join([entry.transcript, *(str(v) for v in data.values() if v)])
    return text.replace("_", " ").lower()


def words_pattern(search: str) -> re.Pattern[str]:
    """A search as whole words: ``cover`` finds "cover drive", not "recovered"."""
    words = r"\s+".join(re.escape(word) for word in search.lower().replace("_", " ").split())
    return re.compile(rf"(?<!\w){words}(?!\w)")


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def as_utc(value: Any) -> dt.datetime:
    """A stored time, in UTC; SQLite gives back the UTC time it was given without its zone."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class EntryTable:
    """Queries and inserts over DB-API connections; ``dialect`` picks placeholders and types.

    With ``connection`` the table runs every statement on that one connection (a command's few
    queries need not each pay for connecting) and :meth:`close` closes it; otherwise each one
    takes a connection from ``connect`` and gives it back.
    """

    def __init__(self, connect: Callable[[], Any], dialect: str, *, connection: Any = None) -> None:
        self._connect = connect
        self._connection = connection
        self._sqlite = dialect == "sqlite"
        self._mark = "?" if self._sqlite else "%s"

    @classmethod
    def for_engine(cls, engine: Engine) -> EntryTable:
        """The table over an SQLAlchemy engine's pooled raw connections."""
        return cls(engine.raw_connection, engine.dialect.name)

    def close(self) -> None:
        """Close the table's own connection, if it has one."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> EntryTable:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        conn = self._connection or self._connect()
        try:
            cursor = conn.cursor()
            cursor.execute(sql, tuple(params))
            return list(cursor.fetchall())
        finally:
            if conn is not self._connection:
                conn.close()

    def _param(self, day: dt.date) -> Any:
        return day.isoformat() if self._sqlite else day

    def _where(self, query: Query) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if query.since:
            clauses.append(f"entry_date >= {self._mark}")
            params.append(self._param(query.since))
        if query.until:
            clauses.append(f"entry_date <= {self._mark}")
            params.append(self._param(query.until))
        if query.types:
            clauses.append(f"activity_type IN ({', '.join([self._mark] * len(query.types))})")
            params.extend(query.types)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def find(self, query: Query | None = None) -> list[SavedEntry]:
        """Entries matching ``query`` (all when None), newest first (by date, then by id)."""
        query = query or Query()
        where, params = self._where(query)
        sql = f"SELECT {COLUMNS} FROM entries{where} ORDER BY entry_date DESC, id DESC"
        if query.limit is not None and not query.search:
            sql += f" LIMIT {int(query.limit)}"
        entries = [self._saved(row) for row in self._rows(sql, params)]
        if query.search:
            pattern = words_pattern(query.search)
            entries = [e for e in entries if pattern.search(searchable(e))]
        return entries[: query.limit] if query.limit is not None else entries

    def by_source(self, sha256: str) -> list[SavedEntry]:
        """Entries saved from the audio file with this hash, oldest first."""
        sql = f"SELECT {COLUMNS} FROM entries WHERE source_sha256 = {self._mark} ORDER BY id"
        return [self._saved(row) for row in self._rows(sql, [sha256])]

    def first_date(self) -> dt.date | None:
        """The date of the oldest entry, or None when there are none."""
        value = self._rows("SELECT MIN(entry_date) FROM entries")[0][0]
        return None if value is None else _day(value)

    def dates(self, until: dt.date, types: tuple[ActivityType, ...] = ()) -> list[dt.date]:
        """Distinct days up to ``until`` with an entry of one of ``types`` (any), newest first."""
        where, params = self._where(Query(until=until, types=types))
        sql = f"SELECT DISTINCT entry_date FROM entries{where} ORDER BY entry_date DESC"
        return [_day(row[0]) for row in self._rows(sql, params)]

    def add(self, entries: Sequence[Entry], source: Source = TYPED) -> list[SavedEntry]:
        """Save ``entries`` in one transaction; all are stored or none."""
        now = dt.datetime.now(dt.UTC)
        return self._insert([(entry, source, now, None) for entry in entries])

    def restore(
        self, entries: Iterable[SavedEntry], hashes: Mapping[int, str] | None = None
    ) -> int:
        """Insert exported entries with their ids and times as they were; returns how many.

        ``hashes`` gives the audio files' SHA-256 by entry id, so a restored database still
        knows which files were imported. PostgreSQL's id sequence is moved past the new ids.
        """
        hashes = hashes or {}
        rows = [
            (entry, Source(entry.source, hashes.get(entry.id)), as_utc(entry.created_at), entry.id)
            for entry in entries
        ]
        reset = (
            None
            if self._sqlite
            else "SELECT setval(pg_get_serial_sequence('entries', 'id'), "
            "COALESCE((SELECT MAX(id) FROM entries), 0) + 1, false)"
        )
        return len(self._insert(rows, then=reset))

    def _insert(
        self,
        rows: Sequence[NewRow],
        then: str | None = None,
    ) -> list[SavedEntry]:
        """Insert ``(entry, source, created_at, id or None)`` rows, then run ``then``, and
        commit; on any failure nothing is kept, and a database's refusal is a
        :class:`~cricketlog.errors.StoreError`."""
        conn = self._connection or self._connect()
        try:
            cursor = conn.cursor()
            saved = [self._insert_one(cursor, *row) for row in rows]
            if then:
                cursor.execute(then)
            conn.commit()
            return saved
        except BaseException as exc:
            conn.rollback()
            if isinstance(exc, conn.Error):  # the driver's DB-API base class
                reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise StoreError(f"The database refused the entries: {reason}") from None
            raise
        finally:
            if conn is not self._connection:
                conn.close()

    def _insert_one(
        self,
        cursor: Any,
        entry: Entry,
        source: Source,
        created_at: dt.datetime,
        entry_id: int | None,
    ) -> SavedEntry:
        created_at = created_at.astimezone(dt.UTC)
        stored = created_at.replace(tzinfo=None)  # the column holds UTC without a zone
        values: list[Any] = [
            entry.activity_type,
            self._param(entry.entry_date),
            entry.transcript,
            json.dumps(entry.data.model_dump(mode="json")),
            stored.isoformat(" ", "microseconds") if self._sqlite else stored,
            source.name,
            source.sha256,
        ]
        columns = WRITTEN if entry_id is None else f"id, {WRITTEN}"
        if entry_id is not None:
            values.insert(0, entry_id)
        marks = ", ".join([self._mark] * len(values))
        sql = f"INSERT INTO entries ({columns}) VALUES ({marks})"
        if self._sqlite:
            cursor.execute(sql, values)
            new_id = entry_id or cursor.lastrowid
        else:
            cursor.execute(f"{sql} RETURNING id", values)
            new_id = cursor.fetchone()[0]
        return SavedEntry(
            id=new_id,
            activity_type=entry.activity_type,
            entry_date=entry.entry_date,
            transcript=entry.transcript,
            data=entry.data.model_copy(deep=True),
            created_at=created_at,
            source=source.name,
        )

    def revision(self) -> str | None:
        """The schema's migration revision (raises when there is no ``alembic_version`` table)."""
        rows = self._rows("SELECT version_num FROM alembic_version")
        return str(rows[0][0]) if rows else None

    @staticmethod
    def _saved(row: tuple[Any, ...]) -> SavedEntry:
        entry_id, kind, day, transcript, data, created_at, source = row
        return SavedEntry.model_validate(
            {
                "id": entry_id,
                "activity_type": kind,
                "entry_date": day,
                "transcript": transcript,
                "data": json.loads(data) if isinstance(data, str) else data,
                "created_at": as_utc(created_at),
                "source": source,
            }
        )


def _sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///FILE`` URL (None for any other kind)."""
    if url.startswith("sqlite:///") and "?" not in url:
        return Path(url.removeprefix("sqlite:///"))
    return None


def exists(url: str) -> bool:
    """False when ``url`` is an SQLite file that does not exist yet, so holds no entries.

    Lets a caller that only reads skip creating and migrating a new database. A server's
    database is taken to exist: connecting is what tells.
    """
    path = _sqlite_file(url)
    return path is None or path.is_file()


def _direct(url: str) -> EntryTable | None:
    """The table on its own driver connection, for ``sqlite:///FILE`` and ``postgresql+psycopg://``.

    None when the URL is another kind, or the database cannot be opened or is not at
    :data:`~cricketlog.store.db.HEAD` (the slow path then migrates it or says what is wrong).
    """
    if not exists(url):
        return None
    path = _sqlite_file(url)
    if path is not None:
        import sqlite3

        connect: Callable[[], Any] = lambda: sqlite3.connect(path, timeout=10)  # noqa: E731
        dialect = "sqlite"
    elif url.startswith("postgresql+psycopg://"):
        import psycopg

        conninfo = "postgresql://" + url.removeprefix("postgresql+psycopg://")
        connect = lambda: psycopg.connect(conninfo, connect_timeout=5)  # noqa: E731
        dialect = "postgresql"
    else:
        return None
    table = None
    try:
        table = EntryTable(connect, dialect, connection=connect())
        if table.revision() == HEAD:
            return table
    except Exception:  # no server, no alembic_version table, a bad URL: the slow path says which
        pass
    if table is not None:  # opened, but not at the newest schema: not left open
        table.close()
    return None


def open_table(url: str) -> EntryTable:
    """The entries table of the database at ``url``, migrating it first when it needs it."""
    table = _direct(url)
    if table is not None:
        return table
    from cricketlog.store.db import open_engine

    return EntryTable.for_engine(open_engine(url))
