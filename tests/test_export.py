"""Export then restore gives identical rows, on SQLite and PostgreSQL; bad inputs are refused."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import season
from cricketlog.entries.export import dump, load
from cricketlog.errors import CricketlogError, StoreError
from cricketlog.store import Source, UserEntries
from cricketlog.store.db import make_engine
from stores import local_diary


def rows(url: str, store: UserEntries) -> list[tuple[Any, ...]]:
    """Every column of every row of this user, as the database holds them."""
    from sqlalchemy import text

    engine = make_engine(url)
    with engine.connect() as conn:
        result = conn.execute(
            text("SELECT * FROM entries WHERE user_id = :u ORDER BY id"), {"u": store.user_id}
        )
        found = [tuple(r) for r in result]
    engine.dispose()
    return found


def filled(url: str) -> UserEntries:
    store = local_diary(url)
    store.add(season.week()[:4])
    store.add(season.week()[4:], Source("match-day.m4a", "ab" * 32))
    store.delete(2)  # a gap in the ids must survive too
    return store


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_then_restore_gives_identical_rows(
    sqlite_url: str, tmp_path: Path, fmt: str
) -> None:
    original = filled(sqlite_url)
    path = tmp_path / f"export.{fmt}"
    with path.open("w", encoding="utf-8", newline="") as out:
        assert dump(original, out, fmt) == 6  # type: ignore[arg-type]
    target_url = f"sqlite:///{tmp_path / 'restored.db'}"
    target = local_diary(target_url)
    assert load(target, path) == 6
    assert rows(target_url, target) == rows(sqlite_url, original)
    assert [r[0] for r in rows(target_url, target)] == [1, 3, 4, 5, 6, 7]
    assert target.add(season.week()[:1])[0].id == 8  # new ids go on after the restored ones


@pytest.mark.postgres
def test_postgres_export_restores_exactly(postgres_url: str, tmp_path: Path) -> None:
    original = filled(postgres_url)
    before = rows(postgres_url, original)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        dump(original, out)
    for entry_id in (1, 3, 4, 5, 6, 7):
        original.delete(entry_id)
    assert load(original, path) == 6
    assert rows(postgres_url, original) == before
    assert original.add(season.week()[:1])[0].id == 8  # the id sequence moved past them


def test_restore_refuses_a_database_with_entries(sqlite_url: str, tmp_path: Path) -> None:
    store = filled(sqlite_url)
    path = tmp_path / "export.json"
    path.write_text(_json(store), encoding="utf-8")
    with pytest.raises(StoreError, match="already has 6 entries"):
        load(store, path)
    assert len(rows(sqlite_url, store)) == 6


def _json(store: UserEntries) -> str:
    out = io.StringIO()
    dump(store, out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not an export", "is not a cricketlog export"),
        ('{"format": "something-else"}', "is not a cricketlog export"),
        ("a,b\n1,2\n", "expected the columns"),
        (
            '{"format": "cricketlog-export", "version": 1, "entries": [{"id": 1, '
            '"activity_type": "fitness", "entry_date": "2026-13-01", "created_at": '
            '"2026-01-01T00:00:00", "data": {}}]}',
            "entry 1: entry_date",
        ),
    ],
)
def test_bad_export_files_are_refused_with_one_line(
    sqlite_url: str, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CricketlogError, match=message) as caught:
        load(local_diary(sqlite_url), path)
    assert "\n" not in str(caught.value)


def test_missing_file(sqlite_url: str, tmp_path: Path) -> None:
    with pytest.raises(CricketlogError, match="Cannot read the export"):
        load(local_diary(sqlite_url), tmp_path / "nope.json")
