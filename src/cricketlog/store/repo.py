"""Queries: entries in and out of the database as contract objects.

:class:`Store` is the only code that knows entries are rows; everything above it deals in
:class:`~cricketlog.extract.schemas.Entry` and :class:`~cricketlog.extract.schemas.SavedEntry`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from cricketlog.errors import StoreError
from cricketlog.extract.schemas import ActivityType, Entry, SavedEntry
from cricketlog.store.db import open_engine
from cricketlog.store.models import EntryRow, utcnow


@dataclass(frozen=True)
class Source:
    """Where entries came from: an audio file (name and SHA-256) or a typed note."""

    name: str = "typed"
    sha256: str | None = None


TYPED = Source()


@dataclass(frozen=True)
class Query:
    """Which entries to list: a date window, kinds, a text search, a limit. Empty means all."""

    since: dt.date | None = None
    until: dt.date | None = None
    types: tuple[ActivityType, ...] = ()
    search: str = ""
    limit: int | None = None


def to_saved(row: EntryRow) -> SavedEntry:
    """A row as a contract entry."""
    assert row.id is not None
    return SavedEntry.model_validate(
        {
            "id": row.id,
            "activity_type": row.activity_type,
            "entry_date": row.entry_date,
            "transcript": row.transcript,
            "data": row.data,
            "created_at": row.created_at,
            "source": row.source,
        }
    )


def _row(entry: Entry, source: Source, created_at: dt.datetime | None = None) -> EntryRow:
    return EntryRow(
        activity_type=entry.activity_type,
        entry_date=entry.entry_date,
        transcript=entry.transcript,
        data=entry.data.model_dump(mode="json"),
        created_at=created_at or utcnow(),
        source=source.name,
        source_sha256=source.sha256,
    )


class Store:
    """Entries in one database, given by its SQLAlchemy URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = open_engine(url)

    def add(self, entries: Sequence[Entry], source: Source = TYPED) -> list[SavedEntry]:
        """Save ``entries`` in one transaction; all are stored or none."""
        rows = [_row(entry, source) for entry in entries]
        with Session(self.engine, expire_on_commit=False) as session:
            session.add_all(rows)
            session.commit()
        return [to_saved(row) for row in rows]

    def restore(self, entries: Iterable[SavedEntry]) -> int:
        """Insert exported entries with their ids and times as they were; returns how many."""
        rows = []
        for entry in entries:
            row = _row(entry, Source(entry.source), entry.created_at)
            row.id = entry.id
            rows.append(row)
        with Session(self.engine) as session:
            session.add_all(rows)
            session.commit()
        self._reset_id_sequence()
        return len(rows)

    def _reset_id_sequence(self) -> None:
        """After inserting explicit ids, move PostgreSQL's id sequence past them."""
        if self.engine.dialect.name != "postgresql":
            return
        from sqlalchemy import text

        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('entries', 'id'), "
                    "COALESCE((SELECT MAX(id) FROM entries), 0) + 1, false)"
                )
            )

    def by_source(self, sha256: str) -> list[SavedEntry]:
        """Entries already saved from the audio file with this hash."""
        stmt = select(EntryRow).where(EntryRow.source_sha256 == sha256).order_by(col(EntryRow.id))
        with Session(self.engine) as session:
            return [to_saved(row) for row in session.exec(stmt)]

    def get(self, entry_id: int) -> SavedEntry:
        """One entry; :class:`StoreError` when there is none with that id."""
        with Session(self.engine) as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise StoreError(f"No entry with id {entry_id} (see `cricketlog history`).")
            return to_saved(row)

    def find(self, query: Query | None = None) -> list[SavedEntry]:
        """Entries matching ``query`` (all when None), newest first (by date, then by id)."""
        query = query or Query()
        stmt = select(EntryRow)
        if query.since:
            stmt = stmt.where(EntryRow.entry_date >= query.since)
        if query.until:
            stmt = stmt.where(EntryRow.entry_date <= query.until)
        if query.types:
            stmt = stmt.where(col(EntryRow.activity_type).in_(query.types))
        stmt = stmt.order_by(col(EntryRow.entry_date).desc(), col(EntryRow.id).desc())
        if query.limit is not None and not query.search:
            stmt = stmt.limit(query.limit)
        with Session(self.engine) as session:
            rows: Iterable[EntryRow] = session.exec(stmt)
            entries = [to_saved(row) for row in rows]
        if query.search:
            needle = query.search.lower()
            entries = [e for e in entries if needle in _searchable(e)]
        return entries[: query.limit] if query.limit is not None else entries

    def update(self, entry_id: int, entry: Entry) -> SavedEntry:
        """Replace an entry's kind, date, transcript and data, keeping its id and source."""
        with Session(self.engine, expire_on_commit=False) as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise StoreError(f"No entry with id {entry_id} (see `cricketlog history`).")
            row.activity_type = entry.activity_type
            row.entry_date = entry.entry_date
            row.transcript = entry.transcript
            row.data = entry.data.model_dump(mode="json")
            session.add(row)
            session.commit()
            return to_saved(row)

    def delete(self, entry_id: int) -> None:
        """Remove an entry; :class:`StoreError` when there is none with that id."""
        with Session(self.engine) as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise StoreError(f"No entry with id {entry_id} (see `cricketlog history`).")
            session.delete(row)
            session.commit()

    def count(self) -> int:
        """How many entries are stored."""
        from sqlalchemy import func

        with Session(self.engine) as session:
            return int(session.exec(select(func.count()).select_from(EntryRow)).one())


def _searchable(entry: SavedEntry) -> str:
    data: dict[str, Any] = entry.data.model_dump()
    return " ".join([entry.transcript, *(str(v) for v in data.values() if v)]).lower()
