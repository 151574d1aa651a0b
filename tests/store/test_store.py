"""The store on real SQLite and real PostgreSQL: round trips, queries, edits, one user's view."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from cricketlog.entries.schemas import Entry
from cricketlog.errors import NotFound, StoreError
from cricketlog.store import AlreadyExists, Query, Source, Store, UserEntries

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


def test_each_user_sees_only_their_own_entries(url: str) -> None:
    db = Store(url)
    mine, theirs = db.entries(db.users.local().id), db.entries(db.users.create("b@x.org").id)
    [kept] = mine.add([entry("fitness", type="running")], Source("a.wav", "a" * 64))
    [other] = theirs.add([entry("rest_day", 1, "their note")], Source("a.wav", "a" * 64))
    assert [e.id for e in mine.find()] == [kept.id] and [e.id for e in theirs.find()] == [other.id]
    assert mine.count() == theirs.count() == 1
    assert mine.hashes() == {kept.id: "a" * 64} and theirs.by_source("a" * 64) == [other]
    assert theirs.first_date() == TODAY - dt.timedelta(days=1) and mine.dates(TODAY) == [TODAY]
    for attempt in (
        lambda: mine.get(other.id),
        lambda: mine.update(other.id, entry("fitness", type="gym")),
        lambda: mine.delete(other.id),
    ):
        with pytest.raises(NotFound, match=f"No entry with id {other.id}"):
            attempt()
    assert theirs.get(other.id) == other


def test_the_same_audio_twice_gives_back_the_first_set_unless_asked_again(
    store: UserEntries,
) -> None:
    source = Source("nets.wav", "d" * 64)
    first = store.add([entry("fitness", type="running"), entry("cricket_coaching")], source)
    assert store.add([entry("rest_day")], source) == first
    again = store.add([entry("rest_day")], Source("nets.wav", "d" * 64, again=True))
    assert [e.activity_type for e in again] == ["rest_day"] and again[0].id > first[-1].id
    assert store.by_source("d" * 64) == [*first, *again]


def test_users_are_created_found_changed_and_deleted_with_their_entries(url: str) -> None:
    db = Store(url)
    local = db.users.local()
    assert db.users.local() == local and db.users.acting() == local
    alice = db.users.create(" Alice@Example.org ", "hash-1")
    assert alice.email == "alice@example.org" and alice.password_hash == "hash-1"
    assert db.users.by_email("ALICE@example.org") == alice == db.users.acting("alice@example.org")
    assert db.users.get(alice.id) == alice and db.users.by_email("nobody@x.org") is None
    with pytest.raises(AlreadyExists):
        db.users.create("alice@example.org")
    with pytest.raises(StoreError, match="not an email"):
        db.users.create("alice")
    db.users.set_password(alice.id, "hash-2")
    assert db.users.get(alice.id).password_hash == "hash-2"
    db.entries(alice.id).add([entry("rest_day")], Source("x.wav", "e" * 64))
    db.entries(local.id).add([entry("rest_day")])
    assert [u.email for u in db.users.all()] == [local.email, alice.email]
    db.users.delete(alice.id)
    assert db.entries(alice.id).count() == 0 and db.entries(local.id).count() == 1
    for attempt in (
        lambda: db.users.get(alice.id),
        lambda: db.users.delete(alice.id),
        lambda: db.users.set_password(alice.id, None),
        lambda: db.users.acting("alice@example.org"),
    ):
        with pytest.raises(NotFound):
            attempt()
    with pytest.raises(StoreError, match="refused"):  # no entry without an owner
        db.entries(alice.id).add([entry("rest_day")])


def test_a_pooled_store_serves_threads_at_once(url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with Store(url, pooled=True) as db:
        diary = db.entries(db.users.local().id)
        with ThreadPoolExecutor(8) as pool:
            saved = list(pool.map(lambda n: diary.add([entry("rest_day", n % 5)]), range(40)))
        assert len({s[0].id for s in saved}) == 40 and diary.count() == 40


def test_processes_saving_one_clip_at_once_save_one_set(url: str) -> None:
    Store(url).users.local()
    script = (
        "import datetime as dt, sys\n"
        "from cricketlog.store import Source, Store\n"
        "from cricketlog.entries.schemas import Entry\n"
        "db = Store(sys.argv[1])\n"
        "e = Entry(activity_type='rest_day', entry_date=dt.date(2026, 1, 1), data={})\n"
        "saved = db.entries(db.users.local().id).add([e, e], Source('s.wav', 'f' * 64))\n"
        "print(*[s.id for s in saved])\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, url], stdout=subprocess.PIPE, text=True)
        for _ in range(10)
    ]
    printed = {p.communicate(timeout=120)[0].strip() for p in procs}
    assert all(p.returncode == 0 for p in procs)
    diary = Store(url).entries(Store(url).users.local().id)
    assert diary.count() == 2 and printed == {" ".join(str(e.id) for e in diary.find()[::-1])}
