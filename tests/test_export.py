"""Export then restore gives identical rows, on SQLite and PostgreSQL; bad inputs are refused."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

import season
from cricketlog.entries.export import LEGACY_CSV, dump, load, records
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


def _export(entries: object, version: object = 1) -> str:
    return json.dumps({"format": "cricketlog-export", "version": version, "entries": entries})


GOOD = {
    "id": 1,
    "activity_type": "rest_day",
    "entry_date": "2026-06-01",
    "created_at": "2026-06-01T20:00:00+00:00",
    "source": "typed",
    "transcript": "",
    "data": {},
}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (_export({"1": GOOD}), "its entries are not a list"),
        (_export([GOOD, None]), "entry 2: is null, not an entry"),
        (_export([{**GOOD, "id": 1e30}]), "entry 1: id"),
        (_export([{**GOOD, "id": 0}]), "entry 1: id: 0 is not an id"),
        (_export([GOOD, GOOD]), "entry 2: id 1 appears twice"),
        (_export([{**GOOD, "created_at": "0001-01-01T00:00:00+05:00"}]), "has no time in UTC"),
        (_export([GOOD], version=99), "version 99: this cricketlog reads version 1"),
        (_export([GOOD], version=True), "version True"),
        (_export([{**GOOD, "source_sha256": "x" * 10_000}]), "source_sha256: not a SHA-256"),
        ('{"format": "cricketlog-export", "version": 1, "entries": ' + "[" * 100_000, "nested"),
        (_export([GOOD]).replace('"data": {}', '"data": {"x": Infinity}'), "Infinity is not"),
    ],
)
def test_hostile_export_files_are_refused_in_one_line_and_nothing_is_written(
    sqlite_url: str, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(content, encoding="utf-8")
    diary = local_diary(sqlite_url)
    with pytest.raises(CricketlogError, match=re.escape(message)) as caught:
        load(diary, path)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 400
    assert diary.count() == 0


def test_csv_has_a_column_per_field_and_reads_back_the_old_single_column_too(
    sqlite_url: str, tmp_path: Path
) -> None:
    original = filled(sqlite_url)
    out = io.StringIO()
    dump(original, out, "csv")
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    columns = reader.fieldnames or []
    assert "data" not in columns
    assert {"duration_minutes", "mental_state", "batting.runs", "bowling.wickets"} <= set(columns)
    match = next(row for row in reader if row["activity_type"] == "cricket_match")
    assert match["batting.runs"] and match["opponent"]
    legacy = tmp_path / "legacy.csv"
    with legacy.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=LEGACY_CSV, lineterminator="\n")
        writer.writeheader()
        for record in records(original):
            writer.writerow({**record, "data": json.dumps(record["data"])})
    target_url = f"sqlite:///{tmp_path / 'legacy.db'}"
    assert load(local_diary(target_url), legacy) == 6
    assert rows(target_url, local_diary(target_url)) == rows(sqlite_url, original)
