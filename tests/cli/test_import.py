"""`cricketlog import`: real clips through the real pipeline into a real database."""

from __future__ import annotations

import json
import subprocess
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
