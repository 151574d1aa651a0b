"""`cricketlog extract`, `add` and `transcribe` from the command line."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_extract_reads_one_utterance_per_line(cli: Run) -> None:
    utterances = "45 minute run, hard, felt great\nrest day, just stretching\n\nhello there\n"
    result = cli("extract", "--json", "-", "--today", "2026-11-24", input=utterances)
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 3
    [run], [rest], nothing = (a["entries"] for a in answers)
    assert run["activity_type"] == "fitness" and run["entry_date"] == "2026-11-24"
    assert run["data"]["duration_minutes"] == 45 and run["data"]["intensity"] == "high"
    assert run["missing"] == [] and run["questions"] == []
    assert rest["activity_type"] == "rest_day"
    assert rest["missing"] == ["recovery_quality", "mental_state"]
    assert rest["questions"][0].endswith("?")
    assert nothing == []


def test_extract_shows_a_table_for_people(cli: Run) -> None:
    result = cli("extract", "nets for an hour, felt sharp")
    assert result.returncode == 0
    assert "Cricket coaching" in result.stdout and "netting" in result.stdout


def test_add_saves_a_typed_note(cli: Run) -> None:
    result = cli("add", "gym session, 40 minutes, moderate, felt okay", "--yes", "--json")
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)["entries"]
    assert entry["id"] == 1 and entry["source"] == "typed"
    assert entry["data"]["type"] == "gym"


def test_add_with_nothing_to_log_is_an_error(cli: Run) -> None:
    result = cli("add", "the weather is nice", "--yes")
    assert result.returncode == 1
    assert result.stderr.startswith("error: No diary entry found")


def test_transcribe_prints_json_lines(cli: Run, data_dir: Path, home: Path) -> None:
    result = cli("transcribe", "--json", str(data_dir / "run.mp3"), str(data_dir / "empty.wav"))
    assert not list(home.rglob("*.db"))  # transcribing opens no database
    assert result.returncode == 1
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert set(line) == {"file", "text", "duration_s", "engine"}
    assert "run" in line["text"].lower() and line["engine"] == "local:tiny.en"
    assert 3 < line["duration_s"] < 6
    assert "empty.wav: the file is empty" in result.stderr


def test_config_show_masks_secrets_and_set_validates(cli: Run, home: Path) -> None:
    assert cli("config", "set", "openai_api_key", "sk-test-abcdef987654").returncode == 0
    shown = json.loads(cli("config", "show", "--json").stdout)
    key = shown["settings"]["openai_api_key"]
    assert key["value"] == "****7654" and key["source"].startswith("file ")
    assert "sk-test" not in cli("config", "show").stdout
    bad = cli("config", "set", "transcriber", "cloud")
    assert bad.returncode == 2 and "must be one of local, openai" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_help_lists_the_commands_with_examples(cli: Run) -> None:
    result = cli("--help")
    for command in ("transcribe", "extract", "import", "add", "config"):
        assert command in result.stdout
    assert "Example" in cli("import", "--help").stdout
