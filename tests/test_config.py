"""Settings: layers, validation, the config file, secrets and the data folder's permissions."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from cricketlog.config import ensure_home, load_settings, mask, set_value
from cricketlog.errors import ConfigError


def test_defaults_live_under_cricketlog_home(home: Path) -> None:
    settings = load_settings()
    assert settings.home == home
    assert settings.config_file == home / "config.toml"
    assert settings.db_url == f"sqlite:///{home / 'cricketlog.db'}"
    assert settings.transcriber == "local" and settings.extractor == "rules"
    assert settings.sources["transcriber"] == "default"


def test_file_then_environment_win_in_that_order(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.mkdir()
    (home / "config.toml").write_text('extractor = "openai"\nmax_audio_seconds = 60\n')
    monkeypatch.setenv("CRICKETLOG_MAX_AUDIO_SECONDS", "90")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-123456")
    settings = load_settings()
    assert settings.extractor == "openai"
    assert settings.sources["extractor"].startswith("file ")
    assert settings.max_audio_seconds == 90.0
    assert settings.sources["max_audio_seconds"] == "env CRICKETLOG_MAX_AUDIO_SECONDS"
    assert settings.openai_api_key == "sk-secret-123456"
    assert settings.sources["openai_api_key"] == "env OPENAI_API_KEY"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("extractor = ", "not valid TOML"),
        ("colour = 'red'", "unknown key(s): colour"),
        ("transcriber = 'cloud'", "must be one of local, openai"),
        ("speak = 'sometimes'", "must be bool"),
    ],
)
def test_bad_config_files_are_one_line_errors(home: Path, content: str, message: str) -> None:
    home.mkdir()
    (home / "config.toml").write_text(content)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings()


def test_set_value_writes_the_file_and_validates(home: Path) -> None:
    settings = load_settings()
    assert set_value(settings, "speak", "no") is False
    assert set_value(settings, "openai_api_key", "sk-abcdefgh1234") == "sk-abcdefgh1234"
    reloaded = load_settings()
    assert reloaded.speak is False
    assert stat.S_IMODE(settings.config_file.stat().st_mode) == 0o600
    with pytest.raises(ConfigError, match="There is no setting 'volume'"):
        set_value(settings, "volume", "11")
    with pytest.raises(ConfigError, match="must be float"):
        set_value(settings, "silence_seconds", "long")


def test_secrets_are_masked() -> None:
    assert mask("openai_api_key", "sk-abcdefgh1234") == "****1234"
    assert mask("openai_api_key", "short") == "****"
    assert mask("openai_api_key", "") == ""
    assert mask("extractor", "rules") == "rules"


def test_data_folder_is_private(home: Path) -> None:
    ensure_home(load_settings())
    for path in (home, home / "recordings"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
