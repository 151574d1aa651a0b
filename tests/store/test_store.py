"""The store on real SQLite and real PostgreSQL: round trips, queries, edits, one user's view."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from cricketlog.entries.schemas import Entry
from cricketlog.errors import NotFound, StoreError
from cricketlog.store import Query, Source, Store, UserEntries

TODAY = dt.date(2026, 11, 24)
PRAGMAS = ("journal_mode", "busy_timeout", "foreign_keys")


def entry(kind: str, days_ago: int = 0, transcript: str = "", **data: object) -> Entry:
    return Entry.model_validate(
        {
            "activity_type": kind,
            "entry_date": TODAY - dt.timedelta(days=days_ago),
            "transcript": transcript,
            "data": data,
        }
    )


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue(f"{request.param}_url"))


@pytest.fixture
def store(url: str) -> UserEntries:
    """The local user's entries in a new database."""
    db = Store(url)
    return db.entries(db.users.local().id)


def test_round_trip_keeps_every_field(store: UserEntries) -> None:
    match = entry(
        "cricket_match",
        transcript="32 off 28, kept wicket, two catches",
        opponent="Mosman",
        batting={"runs": 32, "balls": 28, "dismissal": "caught"},
        keeping={"catches": 2},
        mental_state="good",
    )
    [saved] = store.add([match], Source("match.wav", "a" * 64))
    assert saved.id > 0 and saved.source == "match.wav"
    assert saved.created_at.tzinfo is not None
    got = store.get(saved.id)
    assert got == saved
    assert got.data == match.data and got.transcript == match.transcript


def test_find_filters_sorts_and_limits(store: UserEntries) -> None:
    store.add([entry("fitness", 3, "5k run", type="running")])
    store.add([entry("rest_day", 1, "day off, foam rolling", activities="foam rolling")])
    store.add([entry("cricket_coaching", 0, "nets", activity="netting")])
    assert [e.activity_type for e in store.find()] == ["cricket_coaching", "rest_day", "fitness"]
    window = store.find(
        Query(since=TODAY - dt.timedelta(days=2), until=TODAY - dt.timedelta(days=1))
    )
    assert [e.activity_type for e in window] == ["rest_day"]
    assert [e.activity_type for e in store.find(Query(types=("fitness",)))] == ["fitness"]
    assert [e.activity_type for e in store.find(Query(search="FOAM"))] == ["rest_day"]
    assert len(store.find(Query(limit=2))) == 2
    assert store.count() == 3


def test_entries_from_the_same_file_are_found_by_hash(store: UserEntries) -> None:
    source = Source("both.wav", "b" * 64)
    store.add([entry("fitness", type="running"), entry("cricket_coaching")], source)
    assert [e.activity_type for e in store.by_source("b" * 64)] == ["fitness", "cricket_coaching"]
    assert store.by_source("c" * 64) == []


def test_update_and_delete(store: UserEntries) -> None:
    [saved] = store.add([entry("fitness", type="gym")])
    changed = store.update(saved.id, entry("fitness", 2, "edited", type="running"))
    assert changed.id == saved.id and changed.entry_date == TODAY - dt.timedelta(days=2)
    assert store.get(saved.id).data.type == "running"  # type: ignore[union-attr]
    store.delete(saved.id)
    with pytest.raises(NotFound, match=f"No entry with id {saved.id}"):
        store.get(saved.id)
    with pytest.raises(NotFound):
        store.delete(saved.id)
    with pytest.raises(NotFound):
        store.update(saved.id, entry("fitness", type="gym"))


@pytest.mark.parametrize("pooled", [False, True])
def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_private_file(
    sqlite_url: str, tmp_path: Path, pooled: bool
) -> None:
    store = Store(sqlite_url, pooled=pooled)
    store.open()
    with store._open().transaction() as cursor:
        pragmas = [cursor.execute(f"PRAGMA {p}").fetchone()[0] for p in PRAGMAS]
    assert pragmas == ["wal", 10000, 1]
    assert (tmp_path / "test.db").stat().st_mode & 0o077 == 0


def test_two_processes_can_write_at_once(sqlite_url: str) -> None:
    Store(sqlite_url).open()  # create the schema first
    script = (
        "import datetime as dt, sys\n"
        "from cricketlog.store import Store\n"
        "from cricketlog.entries.schemas import Entry\n"
        "db = Store(sys.argv[1])\n"
        "s = db.entries(db.users.local().id)\n"
        "for i in range(40):\n"
        "    s.add([Entry(activity_type='rest_day', entry_date=dt.date(2026, 1, 1), data={})])\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, sqlite_url]) for _ in range(2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    db = Store(sqlite_url)
    assert db.entries(db.users.local().id).count() == 80


def test_unreachable_or_unsupported_databases_are_one_line_errors() -> None:
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/none"
    with pytest.raises(StoreError, match=r"Cannot open the database .*127\.0\.0\.1:1") as caught:
        Store(url).open()
    assert "secret" not in str(caught.value)
    for bad in ("nosuchdb://x", "mysql://u:secret@host/db", "postgresql+psycopg2://h/db"):
        with pytest.raises(StoreError, match="is not supported: use SQLite") as caught:
            Store(bad)
        assert "secret" not in str(caught.value) and "\n" not in str(caught.value)


def test_a_batch_that_fails_part_way_keeps_nothing(store: UserEntries) -> None:
    [kept] = store.add([entry("fitness", type="running")])
    fresh = kept.model_copy(update={"id": kept.id + 1})
    clash = fresh.model_copy(update={"transcript": "same id again"})
    with pytest.raises(StoreError, match=r"(?i)refused the change: .*(unique|duplicate)"):
        store.restore([fresh, clash])
    assert [e.id for e in store.find()] == [kept.id]
    [after] = store.add([entry("rest_day")])
    assert after.id == kept.id + 1
