"""The store under concurrency and bad databases, met through the real command line.

Real parallel processes on SQLite and PostgreSQL; for a file or folder the user may not touch,
the command runs without root's power to override file modes, so the test means the same as root
and as anyone else.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cricketlog.store import Store
from cricketlog.store.db import make_engine, upgrade
from stores import local_diary

CLI = [sys.executable, "-m", "cricketlog"]
BOUND_BY_FILE_MODES = (
    ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
    if os.geteuid() == 0
    else []
)
"""A prefix that makes root subject to file modes like any user (nothing for anyone else)."""


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The database the commands use: the data folder's SQLite file, or a new PostgreSQL one."""
    if request.param == "sqlite":
        return f"sqlite:///{home / 'cricketlog.db'}"
    database = str(request.getfixturevalue("postgres_url"))
    monkeypatch.setenv("CRICKETLOG_DATABASE_URL", database)
    return database


def at_once(runs: list[list[str]]) -> list[subprocess.CompletedProcess[str]]:
    """Start every command before waiting for any; their results in order."""
    procs = [
        subprocess.Popen([*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for args in runs
    ]
    done = []
    for proc, args in zip(procs, runs, strict=True):
        out, err = proc.communicate(timeout=600)
        done.append(subprocess.CompletedProcess(args, proc.returncode, out, err))
    return done


def test_twenty_imports_of_one_clip_at_once_save_one_set(url: str, data_dir: Path) -> None:
    clip = str(data_dir / "run.wav")
    results = at_once([["import", "--yes", "--json", clip]] * 20)
    assert [r.returncode for r in results] == [0] * 20, [r.stderr for r in results]
    assert not any("Traceback" in r.stderr for r in results)
    saved = local_diary(url).find()
    assert saved and {e.source for e in saved} == {"run.wav"}
    ids = {e.id for e in saved}
    for result in results:  # each run reports the one set (its own, or the one that won)
        reported = {e["id"] for line in result.stdout.splitlines() for e in _entries(line)}
        assert reported <= ids


def _entries(line: str) -> list[dict[str, object]]:
    record = json.loads(line)
    return list(record.get("entries") or record.get("already_saved") or [])


def test_ten_first_adds_at_once_save_ten(url: str) -> None:
    notes = [f"rest day number {n}, foam rolling, felt good" for n in range(10)]
    results = at_once([["add", "--yes", note] for note in notes])
    assert [r.returncode for r in results] == [0] * 10, [r.stderr for r in results]
    assert not any("Traceback" in r.stderr for r in results)
    saved = local_diary(url).find()
    assert sorted(e.transcript for e in saved) == sorted(notes)
    assert len(Store(url).users.all()) == 1


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BOUND_BY_FILE_MODES, *CLI, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def one_line_error(result: subprocess.CompletedProcess[str], words: str, code: int = 1) -> None:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_corrupt_database_file_is_one_line_and_untouched(home: Path) -> None:
    home.mkdir(parents=True)
    noise = os.urandom(8192)
    (home / "cricketlog.db").write_bytes(noise)
    for args in (["history"], ["add", "--yes", "rest day"], ["show", "1"]):
        one_line_error(run(*args), "not a database")
    assert (home / "cricketlog.db").read_bytes() == noise


def test_a_database_from_a_newer_version_is_one_line_and_untouched(url: str) -> None:
    local_diary(url).add([])
    upgrade(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    engine.dispose()
    for args in (["history"], ["add", "--yes", "rest day"]):
        one_line_error(run(*args), "newer than this cricketlog")
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0099"
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM entries").scalar() == 0
    engine.dispose()


def test_an_unsupported_database_url_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRICKETLOG_DATABASE_URL", "mysql://me:secret@localhost/diary")
    for args in (["history"], ["add", "--yes", "rest day"]):
        result = run(*args)  # the setting is refused before the store sees it: a usage error
        one_line_error(result, "SQLite or PostgreSQL", code=2)
        assert "secret" not in result.stderr


@pytest.mark.skipif(not shutil.which("setpriv") and os.geteuid() == 0, reason="needs setpriv")
def test_a_read_only_database_refuses_edit_and_delete_in_one_line(home: Path) -> None:
    diary = local_diary(f"sqlite:///{home / 'cricketlog.db'}")
    [entry] = diary.add(__import__("season").week()[:1])
    before = (home / "cricketlog.db").read_bytes()
    (home / "cricketlog.db").chmod(0o400)
    one_line_error(run("delete", str(entry.id), "--yes"), "readonly")
    one_line_error(run("edit", str(entry.id), "--set", "mental_state=poor"), "readonly")
    assert (home / "cricketlog.db").read_bytes() == before
    assert diary.get(entry.id) == entry


@pytest.mark.skipif(os.geteuid() != 0, reason="making a folder someone else owns needs root")
def test_a_data_folder_owned_by_someone_else_is_one_line(home: Path) -> None:
    home.mkdir(parents=True, mode=0o700)
    os.chown(home, 65534, 65534)
    for args in (["history"], ["add", "--yes", "rest day"]):
        one_line_error(run(*args), "belongs to")
    assert list(home.iterdir()) == []


def test_restoring_into_a_database_with_another_users_entries_keeps_them_apart(
    url: str, tmp_path: Path
) -> None:
    import season

    store = Store(url)
    other = store.entries(store.users.create("other@example.org").id)
    theirs = other.add(season.week())
    mine = local_diary(url)
    mine.add(season.week()[:3])
    export = tmp_path / "mine.json"
    assert run("export", "--out", str(export)).returncode == 0
    for saved in mine.find():
        mine.delete(saved.id)
    restored = run("import", "--from-export", str(export))
    assert restored.returncode == 0, restored.stderr
    assert "Restored 3 entries" in restored.stdout
    assert other.find() == sorted(theirs, key=lambda e: (e.entry_date, e.id), reverse=True)
    back = mine.find()
    assert len(back) == 3 and not {e.id for e in back} & {e.id for e in theirs}
    assert [e.transcript for e in back] == [e.transcript for e in season.week()[:3]][::-1]
