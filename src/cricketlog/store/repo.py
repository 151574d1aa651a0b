"""Queries: entries in and out of the database as contract objects.

:class:`Store` is the only code that knows entries are rows; everything above it deals in
:class:`~cricketlog.entries.schemas.Entry` and :class:`~cricketlog.entries.schemas.SavedEntry`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlmodel import Session, col, select

from cricketlog.entries.schemas import Entry, SavedEntry
from cricketlog.errors import StoreError
from cricketlog.store.db import open_engine
from cricketlog.store.models import EntryRow
from cricketlog.store.source import TYPED, Source
from cricketlog.store.table import EntryTable, Query, as_utc

__all__ = ["Query", "Store", "to_saved"]


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
            "created_at": as_utc(row.created_at),
            "source": row.source,
        }
    )


def _existing(session: Session, entry_id: int) -> EntryRow:
    """The row with ``entry_id``; :class:`StoreError` when there is none."""
    row = session.get(EntryRow, entry_id)
    if row is None:
        raise StoreError(f"No entry with id {entry_id} (see `cricketlog history`).")
    return row


class Store:
    """Entries in one database, given by its SQLAlchemy URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = open_engine(url)
        self._table = EntryTable.for_engine(self.engine)

    def add(self, entries: Sequence[Entry], source: Source = TYPED) -> list[SavedEntry]:
        """Save ``entries`` in one transaction; all are stored or none."""
        return self._table.add(entries, source)

    def restore(
        self, entries: Iterable[SavedEntry], hashes: Mapping[int, str] | None = None
    ) -> int:
        """Insert exported entries with their ids and times as they were; returns how many.

        ``hashes`` gives the audio files' SHA-256 by entry id (see :meth:`hashes`), so a restored
        database still knows which files were imported.
        """
        return self._table.restore(entries, hashes)

    def by_source(self, sha256: str) -> list[SavedEntry]:
        """Entries already saved from the audio file with this hash, oldest first."""
        return self._table.by_source(sha256)

    def get(self, entry_id: int) -> SavedEntry:
        """One entry; :class:`StoreError` when there is none with that id."""
        with Session(self.engine) as session:
            row = _existing(session, entry_id)
            return to_saved(row)

    def find(self, query: Query | None = None) -> list[SavedEntry]:
        """Entries matching ``query`` (all when None), newest first (by date, then by id)."""
        return self._table.find(query)

    def hashes(self) -> dict[int, str]:
        """The SHA-256 of the audio file each entry came from, by id (typed entries have none)."""
        stmt = select(EntryRow.id, EntryRow.source_sha256).where(
            col(EntryRow.source_sha256).is_not(None)
        )
        with Session(self.engine) as session:
            return {int(i): str(h) for i, h in session.exec(stmt) if i is not None and h}

    def update(self, entry_id: int, entry: Entry) -> SavedEntry:
        """Replace an entry's kind, date, transcript and data, keeping its id and source."""
        with Session(self.engine, expire_on_commit=False) as session:
            row = _existing(session, entry_id)
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
            row = _existing(session, entry_id)
            session.delete(row)
            session.commit()

    def count(self) -> int:
        """How many entries are stored."""
        from sqlalchemy import func

        with Session(self.engine) as session:
            return int(session.exec(select(func.count()).select_from(EntryRow)).one())
