"""The store on real SQLite and real PostgreSQL: round trips, queries, edits, migrations."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from cricketlog.entries.schemas import Entry
from cricketlog.errors import StoreError
from cricketlog.store.db import HEAD, MIGRATIONS, current_revision, make_engine, upgrade
from cricketlog.store.repo import Query, Store
from cricketlog.store.source import Source

TODAY = dt.date(2026, 11, 24)


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
def store(request: pytest.FixtureRequest) -> Store:
    url = request.getfixturevalue(f"{request.param}_url")
    return Store(url)


def test_round_trip_keeps_every_field(store: Store) -> None:
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


def test_find_filters_sorts_and_limits(store: Store) -> None:
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


def test_entries_from_the_same_file_are_found_by_hash(store: Store) -> None:
    source = Source("both.wav", "b" * 64)
    store.add([entry("fitness", type="running"), entry("cricket_coaching")], source)
    assert [e.activity_type for e in store.by_source("b" * 64)] == ["fitness", "cricket_coaching"]
    assert store.by_source("c" * 64) == []


def test_update_and_delete(store: Store) -> None:
    [saved] = store.add([entry("fitness", type="gym")])
    changed = store.update(saved.id, entry("fitness", 2, "edited", type="running"))
    assert changed.id == saved.id and changed.entry_date == TODAY - dt.timedelta(days=2)
    assert store.get(saved.id).data.type == "running"  # type: ignore[union-attr]
    store.delete(saved.id)
    with pytest.raises(StoreError, match=f"No entry with id {saved.id}"):
        store.get(saved.id)
    with pytest.raises(StoreError):
        store.delete(saved.id)


def test_head_matches_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD


def test_upgrade_keeps_existing_data(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    upgrade(engine)
    Store(sqlite_url).add([entry("rest_day", activities="walk")])
    upgrade(engine)  # again: a no-op that must not lose anything
    assert current_revision(engine) == HEAD
    assert Store(sqlite_url).find()[0].data.activities == "walk"  # type: ignore[union-attr]


def test_sqlite_runs_in_wal_mode_with_a_private_file(sqlite_url: str, tmp_path) -> None:
    store = Store(sqlite_url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
    assert (tmp_path / "test.db").stat().st_mode & 0o077 == 0


def test_two_processes_can_write_at_once(sqlite_url: str) -> None:
    Store(sqlite_url)  # create the schema first
    script = (
        "import datetime as dt, sys\n"
        "from cricketlog.store.repo import Store\n"
        "from cricketlog.entries.schemas import Entry\n"
        "s = Store(sys.argv[1])\n"
        "for i in range(40):\n"
        "    s.add([Entry(activity_type='rest_day', entry_date=dt.date(2026, 1, 1), data={})])\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, sqlite_url]) for _ in range(2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert Store(sqlite_url).count() == 80


def test_unreachable_database_is_a_one_line_error() -> None:
    from cricketlog.store.db import open_engine

    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    with pytest.raises(StoreError, match=r"Cannot open the database .*127\.0\.0\.1:1"):
        open_engine(url)
    with pytest.raises(StoreError, match="not usable"):
        make_engine("nosuchdb://x")


def test_a_batch_that_fails_part_way_keeps_nothing(store: Store) -> None:
    [kept] = store.add([entry("fitness", type="running")])
    clash = kept.model_copy(update={"transcript": "same id again"})
    fresh = kept.model_copy(update={"id": kept.id + 1})
    with pytest.raises(StoreError, match=r"(?i)refused the entries: .*(unique|duplicate)"):
        store.restore([fresh, clash])
    assert [e.id for e in store.find()] == [kept.id]
    [after] = store.add([entry("rest_day")])
    assert after.id == kept.id + 1
