"""`cricketlog import`: real clips through the real pipeline into a real database."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


def lines(result: subprocess.CompletedProcess[str]) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_import_saves_entries_once_per_file(cli: Run, data_dir: Path) -> None:
    clip = str(data_dir / "run.wav")
    first = cli("import", clip, "--yes", "--json")
    assert first.returncode == 0, first.stderr
    [result] = lines(first)
    assert result["file"] == clip and "45" in result["transcript"]
    [entry] = result["entries"]
    assert entry["activity_type"] == "fitness" and entry["id"] == 1
    assert entry["data"]["type"] == "running" and entry["data"]["duration_minutes"] == 45
    assert entry["source"] == "run.wav"

    again = cli("import", clip, "--yes", "--json")
    assert again.returncode == 0
    assert [e["id"] for e in lines(again)[0]["entries"]] == [1]
    assert "already imported as #1" in again.stderr

    forced = cli("import", clip, "--yes", "--json", "--again")
    assert [e["id"] for e in lines(forced)[0]["entries"]] == [2]


def test_one_bad_file_does_not_stop_the_others(cli: Run, data_dir: Path) -> None:
    paths = [data_dir / "silence.wav", data_dir / "nets.flac", data_dir / "notes.wav"]
    result = cli("import", "-", "--yes", "--json", input="\n".join(map(str, paths)) + "\n")
    assert result.returncode == 1
    assert [Path(r["file"]).name for r in lines(result)] == ["nets.flac"]
    assert lines(result)[0]["entries"][0]["activity_type"] == "cricket_coaching"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and "silence.wav: silent" in errors[0] and "notes.wav" in errors[1]
    assert "2 of 3 file(s) failed" in result.stderr
    assert "Traceback" not in result.stderr


def test_dry_run_saves_nothing(cli: Run, data_dir: Path, home: Path) -> None:
    dry = cli("import", str(data_dir / "nets.flac"), "--dry-run", "--json")
    assert dry.returncode == 0
    assert "id" not in lines(dry)[0]["entries"][0]
    assert not list(home.rglob("*.db"))  # not even created
    real = cli("import", str(data_dir / "nets.flac"), "--yes", "--json")
    assert lines(real)[0]["entries"][0]["id"] == 1


def test_without_a_terminal_it_will_not_guess_a_confirmation(cli: Run, data_dir: Path) -> None:
    result = cli("import", str(data_dir / "run.wav"))
    assert result.returncode == 2
    assert "Use --yes or --dry-run" in result.stderr


@pytest.mark.postgres
def test_import_into_postgresql(
    cli: Run, data_dir: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRICKETLOG_DATABASE_URL", postgres_url)
    result = cli("import", str(data_dir / "nets.flac"), "--yes", "--json")
    assert result.returncode == 0, result.stderr
    [entry] = lines(result)[0]["entries"]
    assert entry["activity_type"] == "cricket_coaching" and entry["id"] == 1
    from stores import local_diary

    assert local_diary(postgres_url).get(1).source == "nets.flac"


def test_a_file_imported_before_says_so_in_json(cli: Run, data_dir: Path) -> None:
    clip = str(data_dir / "run.wav")
    assert lines(cli("import", clip, "--yes", "--json"))[0]["already_saved"] is False
    [again] = lines(cli("import", clip, "--yes", "--json"))
    assert again["already_saved"] is True and [e["id"] for e in again["entries"]] == [1]


def test_the_same_audio_in_another_format_is_a_near_duplicate(cli: Run, data_dir: Path) -> None:
    first = cli("import", str(data_dir / "run.wav"), "--yes", "--json")
    assert first.returncode == 0, first.stderr
    other = cli("import", str(data_dir / "run.mp3"), "--yes", "--json")
    assert other.returncode == 0, other.stderr
    assert "looks already saved as #1 (same day, same kind, same words)" in other.stderr
    assert "Not saved again" in other.stderr
    assert lines(other)[0]["entries"] == []
    forced = cli("import", str(data_dir / "run.mp3"), "--yes", "--json", "--again")
    assert [e["id"] for e in lines(forced)[0]["entries"]] == [2]


def test_a_folder_imports_its_audio_files(cli: Run, data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("nets.flac", "match.ogg"):
        (folder / name).write_bytes((data_dir / name).read_bytes())
    (folder / "readme.txt").write_text("not audio")
    result = cli("import", str(folder), "--yes", "--json")
    assert result.returncode == 0, result.stderr
    assert [Path(r["file"]).name for r in lines(result)] == ["match.ogg", "nets.flac"]


def test_today_takes_the_words_since_takes(cli: Run, data_dir: Path) -> None:
    result = cli("add", "rest day, foam rolling", "--yes", "--json", "--today", "2026-11-25")
    assert lines(result)[0]["entries"][0]["entry_date"] == "2026-11-25"
    worded = cli("extract", "rest day yesterday", "--json", "--today", "last monday")
    assert worded.returncode == 0, worded.stderr
    assert lines(worded)[0]["entries"][0]["entry_date"]  # read against a Monday
    bad = cli("add", "rest day", "--yes", "--today", "someday")
    assert bad.returncode == 2 and "Cannot read the date 'someday'" in bad.stderr


def test_files_with_no_entry_count_as_failed_and_are_named(cli: Run, data_dir: Path) -> None:
    paths = [data_dir / "chatter.wav", data_dir / "nets.flac", data_dir / "silence.wav"]
    result = cli("import", *map(str, paths), "--yes")
    assert result.returncode == 1
    assert "2 of 3 file(s) failed: chatter.wav (no diary entry), silence.wav." in result.stderr


def test_add_without_a_terminal_suggests_options_that_exist(cli: Run) -> None:
    result = cli("add", "rest day")
    assert result.returncode == 2
    assert (
        "Use --yes, or `cricketlog extract`" in result.stderr and "--dry-run" not in result.stderr
    )


def test_a_locked_database_fails_each_file_on_its_own(cli: Run, data_dir: Path, home: Path) -> None:
    assert cli("add", "rest day", "--yes").returncode == 0
    locker = subprocess.Popen(  # holds the database locked until the import is over
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"db = sqlite3.connect({str(home / 'cricketlog.db')!r}, isolation_level=None)\n"
            "db.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert locker.stdout is not None and locker.stdout.readline() == "locked\n"
    paths = [data_dir / "run.wav", data_dir / "nets.flac", data_dir / "match.ogg"]
    try:
        result = cli("import", *map(str, paths), "--yes")
    finally:
        locker.communicate("")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3 and all("database is locked" in line for line in errors)
    assert "3 of 3 file(s) failed: run.wav, nets.flac, match.ogg." in result.stderr
    assert cli("import", *map(str, paths), "--yes").returncode == 0  # nothing half-saved
