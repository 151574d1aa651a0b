"""`cricketlog config show|set|unset` through the real command: checked values, no secret shown."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from conftest import Run

URL = "postgresql+psycopg://coach:PASSWORD-s3cret@db.example/diary?sslmode=require&password=ALSO"


def test_a_database_password_is_never_shown_and_the_file_is_owner_only(
    cli: Run, home: Path
) -> None:
    set_ = cli("config", "set", "database_url", URL)
    assert set_.returncode == 0, set_.stderr
    shown = cli("config", "show")
    as_json = cli("config", "show", "--json")
    for result in (set_, shown, as_json):
        assert "PASSWORD" not in result.stdout + result.stderr
        assert "ALSO" not in result.stdout + result.stderr
    masked = "postgresql+psycopg://coach:****@db.example/diary?sslmode=require&password=****"
    assert masked in set_.stdout
    settings = json.loads(as_json.stdout)
    assert settings["settings"]["database_url"]["value"] == masked
    assert settings["database"] == masked
    config = home / "config.toml"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert "PASSWORD-s3cret" in config.read_text()  # kept, only never shown


def test_an_existing_readable_config_file_becomes_owner_only(cli: Run, home: Path) -> None:
    home.mkdir()
    (home / "config.toml").write_text("speak = false\n")
    (home / "config.toml").chmod(0o644)
    assert cli("config", "set", "week_start", "sunday").returncode == 0
    assert stat.S_IMODE((home / "config.toml").stat().st_mode) == 0o600
    assert (home / "config.toml").read_text() == 'speak = false\nweek_start = "sunday"\n'


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("database_url", "not a url", "must be a SQLite or PostgreSQL URL"),
        ("database_url", "mysql://me:pw@host/db", "not 'mysql://me:****@host/db'"),
        ("openai_base_url", "localhost:8080", "must be an http(s) URL"),
        ("max_audio_seconds", "0", "must be from 1 to 86400, not '0'"),
        ("max_audio_mb", "-5", "must be from 1 to 4096, not '-5'"),
        ("whisper_threads", "-1", "must be from 0 to 256, not '-1'"),
        ("silence_seconds", "nan", "must be from 0.1 to 60, not 'nan'"),
        ("silence_seconds", "-inf", "must be from 0.1 to 60, not '-inf'"),
        ("speak", "sometimes", "must be bool"),
        ("volume", "11", "There is no setting 'volume'"),
    ],
)
def test_config_set_checks_the_value(
    cli: Run, home: Path, key: str, value: str, message: str
) -> None:
    result = cli("config", "set", key, value)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not (home / "config.toml").exists()


def test_a_microphone_that_does_not_exist_is_refused(cli: Run, home: Path) -> None:
    result = cli("config", "set", "input_device", "no such microphone 123")
    assert result.returncode != 0
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (home / "config.toml").exists()


def test_config_unset_returns_to_the_default(cli: Run, home: Path) -> None:
    assert cli("config", "set", "week_start", "sunday").returncode == 0
    assert cli("config", "set", "speak", "false").returncode == 0
    unset = cli("config", "unset", "week_start")
    assert unset.returncode == 0 and "week_start = monday  (the default)" in unset.stdout
    shown = json.loads(cli("config", "show", "--json").stdout)["settings"]
    assert shown["week_start"] == {"value": "monday", "source": "default"}
    assert shown["speak"]["value"] == "False"
    assert cli("config", "unset", "week_start").returncode == 0  # already gone: still fine
    assert cli("config", "unset", "volume").returncode == 2
