"""One user's entries in plain SQL over the driver's connections: queries, inserts, edits.

Every statement names the owner, so no query can reach another user's entries: an id that is
someone else's is as absent as one that was never saved. The SQL is the same on SQLite and
PostgreSQL but for placeholders and how dates travel (ISO text on SQLite, as SQLAlchemy writes
them for the tables in :mod:`cricketlog.store.models`).

Saving the entries of an audio file is where concurrency bites: two imports of one clip started
together both find nothing saved, both transcribe, both insert. The unique index over (owner,
audio hash, place in the set) lets only the first set in; the second insert fails as a whole and
gets back the set that won. Importing a file seen before on purpose (:attr:`Source.again`) numbers
its entries after the sets already there.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cricketlog.entries.schemas import ActivityType, Entry, SavedEntry
from cricketlog.errors import StoreError
from cricketlog.store.errors import Duplicate, EntryNotFound
from cricketlog.store.source import TYPED, Source
from cricketlog.store.users import as_utc, stored_time

if TYPE_CHECKING:
    from cricketlog.store.connections import Database

__all__ = ["Query", "UserEntries", "as_utc", "searchable"]

COLUMNS = "id, activity_type, entry_date, transcript, data, created_at, source"
WRITTEN = (
    "user_id, activity_type, entry_date, transcript, data, created_at, source, source_sha256, "
    "source_seq"
)
"""The columns an insert gives (the id comes from the database unless restoring)."""
HASHED = "source_sha256 IS NOT NULL"
MAX_LIMIT = 2**63 - 1
"""A limit beyond what any database holds means no limit (and fits the databases' integers)."""
RACES = 5
"""How often a further set from a file seen before is numbered again after losing a race."""


@dataclass(frozen=True)
class Query:
    """Which entries to list: a date window, kinds, a text search, a limit. Empty means all."""

    since: dt.date | None = None
    until: dt.date | None = None
    types: tuple[ActivityType, ...] = ()
    search: str = ""
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise StoreError(f"A limit must be 0 or more, not {self.limit}.")


@dataclass(frozen=True)
class _Row:
    """An entry on its way in: its source, place in its set, time, and id when restoring."""

    entry: Entry
    source: Source
    seq: int
    created_at: dt.datetime
    entry_id: int | None = None


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


class UserEntries:
    """The entries of one user in one database."""

    def __init__(self, database: Database, user_id: int) -> None:
        self._db = database
        self.user_id = user_id
        m = database.mark
        self._mine = f"user_id = {m}"

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._db.transaction() as cursor:
            cursor.execute(sql, (self.user_id, *params))
            return list(cursor.fetchall())

    def _param(self, day: dt.date) -> Any:
        return day.isoformat() if self._db.sqlite else day

    def _where(self, query: Query) -> tuple[str, list[Any]]:
        m = self._db.mark
        clauses: list[str] = [self._mine]
        params: list[Any] = []
        if query.since:
            clauses.append(f"entry_date >= {m}")
            params.append(self._param(query.since))
        if query.until:
            clauses.append(f"entry_date <= {m}")
            params.append(self._param(query.until))
        if query.types:
            clauses.append(f"activity_type IN ({', '.join([m] * len(query.types))})")
            params.extend(query.types)
        return " WHERE " + " AND ".join(clauses), params

    def find(self, query: Query | None = None) -> list[SavedEntry]:
        """Entries matching ``query`` (all when None), newest first (by date, then by id)."""
        query = query or Query()
        where, params = self._where(query)
        sql = f"SELECT {COLUMNS} FROM entries{where} ORDER BY entry_date DESC, id DESC"
        if query.limit is not None and not query.search:
            sql += f" LIMIT {min(query.limit, MAX_LIMIT)}"
        entries = [_saved(row) for row in self._rows(sql, params)]
        if query.search:
            pattern = words_pattern(query.search)
            entries = [e for e in entries if pattern.search(searchable(e))]
        return entries[: query.limit] if query.limit is not None else entries

    def get(self, entry_id: int) -> SavedEntry:
        """One entry; :class:`~cricketlog.store.errors.EntryNotFound` when this user has none
        with that id."""
        sql = f"SELECT {COLUMNS} FROM entries WHERE {self._mine} AND id = {self._db.mark}"
        rows = self._rows(sql, [entry_id])
        if not rows:
            raise EntryNotFound(f"No entry with id {entry_id}.")
        return _saved(rows[0])

    def by_source(self, sha256: str) -> list[SavedEntry]:
        """Entries saved from the audio file with this hash, oldest first."""
        m = self._db.mark
        sql = (
            f"SELECT {COLUMNS} FROM entries WHERE {self._mine} AND source_sha256 = {m} ORDER BY id"
        )
        return [_saved(row) for row in self._rows(sql, [sha256])]

    def count(self) -> int:
        """How many entries this user has."""
        return int(self._rows(f"SELECT COUNT(*) FROM entries WHERE {self._mine}")[0][0])

    def hashes(self) -> dict[int, str]:
        """The SHA-256 of the audio file each entry came from, by id (typed entries have none)."""
        sql = f"SELECT id, source_sha256 FROM entries WHERE {self._mine} AND {HASHED}"
        return {int(i): str(h) for i, h in self._rows(sql)}

    def first_date(self) -> dt.date | None:
        """The date of the oldest entry, or None when there are none."""
        value = self._rows(f"SELECT MIN(entry_date) FROM entries WHERE {self._mine}")[0][0]
        return None if value is None else _day(value)

    def dates(self, until: dt.date, types: tuple[ActivityType, ...] = ()) -> list[dt.date]:
        """Distinct days up to ``until`` with an entry of one of ``types`` (any), newest first."""
        where, params = self._where(Query(until=until, types=types))
        sql = f"SELECT DISTINCT entry_date FROM entries{where} ORDER BY entry_date DESC"
        return [_day(row[0]) for row in self._rows(sql, params)]

    def add(self, entries: Sequence[Entry], source: Source = TYPED) -> list[SavedEntry]:
        """Save ``entries`` in one transaction; all are stored or none.

        Entries from an audio file this user already saved entries from come back as those
        saved before, not as a second set, unless ``source.again`` asks for a further set.
        """
        if not entries:
            return []
        now = dt.datetime.now(dt.UTC)
        for _ in range(RACES):
            try:
                with self._db.transaction(write=True) as cursor:
                    first = self._next_seq(cursor, source.sha256) if source.again else 0
                    step = 1 if source.sha256 else 0  # typed entries are all at place 0
                    rows = [_Row(e, source, first + i * step, now) for i, e in enumerate(entries)]
                    return [self._insert(cursor, row) for row in rows]
            except Duplicate:
                if not source.again:
                    assert source.sha256 is not None  # typed entries have no unique index
                    return self.by_source(source.sha256)
        raise StoreError("The database kept refusing a further set of entries from one file.")

    def _next_seq(self, cursor: Any, sha256: str | None) -> int:
        m = self._db.mark
        cursor.execute(
            f"SELECT MAX(source_seq) FROM entries WHERE {self._mine} AND source_sha256 = {m}",
            (self.user_id, sha256),
        )
        (last,) = cursor.fetchone()
        return 0 if last is None else int(last) + 1

    def restore(
        self, entries: Iterable[SavedEntry], hashes: Mapping[int, str] | None = None
    ) -> int:
        """Insert exported entries with their times as they were; returns how many.

        Their ids are kept when no entry in the database has any of them (so a diary moved to a
        new database keeps its numbers), and are new otherwise. ``hashes`` gives the audio files'
        SHA-256 by entry id, so a restored diary still knows which files were imported.
        """
        hashes = hashes or {}
        entries = sorted(entries, key=lambda e: e.id)
        m = self._db.mark
        with self._db.transaction(write=True) as cursor:
            ids = [e.id for e in entries]
            taken = False
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                cursor.execute(
                    f"SELECT 1 FROM entries WHERE id IN ({', '.join([m] * len(chunk))}) LIMIT 1",
                    chunk,
                )
                taken = taken or cursor.fetchone() is not None
            places: dict[str, int] = defaultdict(int)
            for entry in entries:
                sha = hashes.get(entry.id)
                if sha is not None and sha not in places:
                    places[sha] = self._next_seq(cursor, sha)
                row = _Row(
                    entry,
                    Source(entry.source, sha),
                    places[sha] if sha else 0,
                    as_utc(entry.created_at),
                    None if taken else entry.id,
                )
                if sha:
                    places[sha] += 1
                self._insert(cursor, row)
            if not self._db.sqlite and not taken:  # move the id sequence past the restored ids
                cursor.execute(
                    "SELECT setval(pg_get_serial_sequence('entries', 'id'), "
                    "COALESCE((SELECT MAX(id) FROM entries), 0) + 1, false)"
                )
        return len(entries)

    def _insert(self, cursor: Any, row: _Row) -> SavedEntry:
        entry, db = row.entry, self._db
        values: list[Any] = [
            self.user_id,
            entry.activity_type,
            self._param(entry.entry_date),
            entry.transcript,
            json.dumps(entry.data.model_dump(mode="json")),
            stored_time(row.created_at, db.sqlite),
            row.source.name,
            row.source.sha256,
            row.seq,
        ]
        columns = WRITTEN if row.entry_id is None else f"id, {WRITTEN}"
        if row.entry_id is not None:
            values.insert(0, row.entry_id)
        marks = ", ".join([db.mark] * len(values))
        cursor.execute(f"INSERT INTO entries ({columns}) VALUES ({marks}) RETURNING id", values)
        (new_id,) = cursor.fetchone()
        return SavedEntry(
            id=new_id,
            activity_type=entry.activity_type,
            entry_date=entry.entry_date,
            transcript=entry.transcript,
            data=entry.data.model_copy(deep=True),
            created_at=row.created_at.astimezone(dt.UTC),
            source=row.source.name,
        )

    def update(self, entry_id: int, entry: Entry) -> SavedEntry:
        """Replace an entry's kind, date, transcript and data, keeping its id and source."""
        m = self._db.mark
        self._change(
            f"UPDATE entries SET activity_type = {m}, entry_date = {m}, transcript = {m}, "
            f"data = {m} WHERE {self._mine} AND id = {m}",
            [
                entry.activity_type,
                self._param(entry.entry_date),
                entry.transcript,
                json.dumps(entry.data.model_dump(mode="json")),
            ],
            entry_id,
        )
        return self.get(entry_id)

    def delete(self, entry_id: int) -> None:
        """Remove an entry; :class:`~cricketlog.store.errors.EntryNotFound` when this user has
        none with that id."""
        self._change(
            f"DELETE FROM entries WHERE {self._mine} AND id = {self._db.mark}", [], entry_id
        )

    def _change(self, sql: str, values: list[Any], entry_id: int) -> None:
        with self._db.transaction(write=True) as cursor:
            cursor.execute(sql, (*values, self.user_id, entry_id))
            changed = cursor.rowcount
        if not changed:
            raise EntryNotFound(f"No entry with id {entry_id}.")
