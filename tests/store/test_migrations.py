"""Migrations on real SQLite files and real PostgreSQL: old databases keep every row, two
processes never migrate at once, and a database from a newer version is left alone."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

import season
from cricketlog.errors import StoreError
from cricketlog.store import LOCAL_EMAIL, Store
from cricketlog.store.db import HEAD, MIGRATIONS, REVISIONS, current_revision, make_engine, upgrade

SAVED_AT = dt.datetime(2026, 6, 28, 20, 15, 3, 123456)
HASH = "ab" * 32


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue(f"{request.param}_url"))


def at_0001(url: str) -> list[dict[str, object]]:
    """A database at revision 0001 holding the season's week as 0001 stored it; the rows."""
    upgrade(url, "0001")
    rows = [
        {
            "activity_type": e.activity_type,
            "entry_date": e.entry_date,
            "transcript": e.transcript,
            "data": json.dumps(e.data.model_dump(mode="json")),
            "created_at": SAVED_AT,
            "source": "week.m4a" if n >= 4 else "typed",
            "source_sha256": HASH if n >= 4 else None,
        }
        for n, e in enumerate(season.week())
    ]
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO entries (activity_type, entry_date, transcript, data, created_at, "
                "source, source_sha256) VALUES (:activity_type, :entry_date, :transcript, "
                ":data, :created_at, :source, :source_sha256)"
            ),
            rows,
        )
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    engine.dispose()
    return rows


def test_an_old_database_keeps_every_entry_owned_by_the_local_user(url: str) -> None:
    week = season.week()
    at_0001(url)
    store = Store(url)
    local = store.users.local()
    assert [u.email for u in store.users.all()] == [LOCAL_EMAIL]  # made by the migration
    saved = sorted(store.entries(local.id).find(), key=lambda e: e.id)
    assert [e.id for e in saved] == list(range(1, len(week) + 1))
    for entry, before in zip(saved, week, strict=True):
        assert (entry.activity_type, entry.entry_date, entry.data) == (
            before.activity_type,
            before.entry_date,
            before.data,
        )
        assert entry.transcript == before.transcript
        assert entry.created_at == SAVED_AT.replace(tzinfo=dt.UTC)
    from_clip = store.entries(local.id).by_source(HASH)
    assert [e.id for e in from_clip] == list(range(5, len(week) + 1))
    assert current_revision(make_engine(url)) == HEAD
    engine = make_engine(url)
    with engine.connect() as conn:
        places = conn.execute(
            text("SELECT source_seq FROM entries WHERE source_sha256 IS NOT NULL ORDER BY id")
        )
        assert [p for (p,) in places] == list(range(len(from_clip)))
    engine.dispose()


def test_the_migrations_build_the_declared_tables(url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from cricketlog.store.models import EntryRow

    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), EntryRow.metadata)
    engine.dispose()
    assert diff == []


def test_revisions_match_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    assert [s.revision for s in reversed(list(scripts.walk_revisions()))] == list(REVISIONS)


def test_upgrading_again_changes_nothing(url: str) -> None:
    at_0001(url)
    upgrade(url)
    before = Store(url).entries(Store(url).users.local().id).find()
    upgrade(url)
    assert current_revision(make_engine(url)) == HEAD
    assert Store(url).entries(Store(url).users.local().id).find() == before


def test_a_newer_schema_is_refused_and_left_alone(url: str) -> None:
    upgrade(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    for attempt in (lambda: Store(url).open(), lambda: upgrade(url)):
        with pytest.raises(StoreError, match="revision 0099, newer than this cricketlog") as e:
            attempt()
        assert "\n" not in str(e.value)
    assert current_revision(engine) == "0099"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM users")).scalar() == 0
    engine.dispose()


def test_processes_migrating_one_old_database_at_once_migrate_it_once(url: str) -> None:
    rows = at_0001(url)
    script = "import sys\nfrom cricketlog.store.db import upgrade\nupgrade(sys.argv[1])\n"
    procs = [subprocess.Popen([sys.executable, "-c", script, url]) for _ in range(6)]
    assert [p.wait(timeout=120) for p in procs] == [0] * 6
    store = Store(url)
    assert len(store.users.all()) == 1
    assert store.entries(store.users.local().id).count() == len(rows)


def test_a_corrupt_sqlite_file_is_one_line_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    noise = bytes(range(256)) * 64
    path.write_bytes(noise)
    with pytest.raises(StoreError, match=r"Cannot open the database .*not a database") as caught:
        Store(f"sqlite:///{path}").open()
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == noise
