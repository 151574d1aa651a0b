"""Settings and paths: every file the tool touches is derived here.

Settings come from three layers, later ones winning: built-in defaults, the TOML config file, and
environment variables (``CRICKETLOG_<KEY>``, plus ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` as the
OpenAI tools name them). ``CRICKETLOG_HOME`` moves every file of the tool (config, database,
recordings) into one folder, which is how tests and portable installs keep to themselves.
The data folder holds health data, so it is created readable by its owner only.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from cricketlog.errors import ConfigError

APP = "cricketlog"
SECRET_KEYS = frozenset({"openai_api_key"})
CHOICES: dict[str, tuple[str, ...]] = {
    "transcriber": ("local", "openai"),
    "extractor": ("rules", "openai"),
    "week_start": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
EXTRA_ENV = {"openai_api_key": "OPENAI_API_KEY", "openai_base_url": "OPENAI_BASE_URL"}


@dataclass(frozen=True)
class Settings:
    """The settings in force; ``sources`` says where each value came from."""

    database_url: str = ""
    """SQLAlchemy URL; empty means SQLite in the data folder."""
    user: str = ""
    """The email of the user the command line acts as; empty means the local user."""
    transcriber: str = "local"
    """``local`` (faster-whisper, offline) or ``openai`` (the Whisper API)."""
    extractor: str = "rules"
    """``rules`` (offline, deterministic) or ``openai`` (structured outputs)."""
    whisper_model: str = ""
    """A faster-whisper model folder or name; empty means the bundled tiny.en model."""
    whisper_threads: int = 0
    """CPU threads for the local model; 0 means one per core."""
    openai_api_key: str = ""
    """Secret: never printed in full."""
    openai_base_url: str = ""
    """Another OpenAI-compatible server; empty means OpenAI's own."""
    openai_transcribe_model: str = "whisper-1"
    openai_extract_model: str = "gpt-4o-mini"
    max_audio_seconds: float = 300.0
    """Longer recordings and files are refused."""
    max_audio_mb: float = 50.0
    """Larger files are refused before they are read."""
    speak: bool = True
    """Speak a confirmation after saving."""
    keep_recordings: bool = False
    """Keep recordings in the data folder after their entries are stored."""
    silence_seconds: float = 2.0
    """With auto-stop, stop after this much silence once speech was heard."""
    input_device: str = ""
    """Microphone name or index; empty means the system default."""
    week_start: str = "monday"
    """First day of the week for ``history --week``."""
    home: Path = field(default_factory=Path)
    """The data folder (``CRICKETLOG_HOME`` or the platform's user data folder)."""
    config_file: Path = field(default_factory=Path)
    sources: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def db_url(self) -> str:
        """The database URL in force, SQLite in the data folder by default."""
        return self.database_url or f"sqlite:///{self.home / 'cricketlog.db'}"

    @property
    def recordings_dir(self) -> Path:
        """Where recordings wait until their entries are stored."""
        return self.home / "recordings"


KEYS = tuple(f.name for f in fields(Settings) if f.name not in {"home", "config_file", "sources"})


def _paths() -> tuple[Path, Path]:
    home = os.environ.get("CRICKETLOG_HOME")
    if home:
        root = Path(home).expanduser()
        return root, root / "config.toml"
    import platformdirs

    return (
        Path(platformdirs.user_data_dir(APP, appauthor=False)),
        Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.toml",
    )


def _coerce(key: str, raw: Any) -> Any:
    """Turn a raw value (from TOML or a string from the environment) into the key's type."""
    kind = type(getattr(Settings(), key))
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        value = kind(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"Setting {key} must be {kind.__name__}, not {raw!r}.") from None
    if key in CHOICES and value not in CHOICES[key]:
        raise ConfigError(f"Setting {key} must be one of {', '.join(CHOICES[key])}, not {raw!r}.")
    return value


def read_file(path: Path) -> dict[str, Any]:
    """The key/value pairs of a config file; unknown keys, bad TOML and no access are errors."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(
            f"Cannot read the config file {path}: {exc.strerror}{_owned(path.parent)}"
        ) from None
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Config file {path} is not valid TOML: {exc}") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"Config file {path} has unknown key(s): {', '.join(unknown)}.")
    return data


def load_settings() -> Settings:
    """Read defaults, the config file and the environment into one :class:`Settings`."""
    home, config_file = _paths()
    values: dict[str, Any] = {}
    sources = dict.fromkeys(KEYS, "default")
    for key, raw in read_file(config_file).items():
        values[key], sources[key] = _coerce(key, raw), f"file {config_file}"
    for key in KEYS:
        for name in (f"CRICKETLOG_{key.upper()}", EXTRA_ENV.get(key)):
            if name and os.environ.get(name):
                values[key], sources[key] = _coerce(key, os.environ[name]), f"env {name}"
                break
    return Settings(**values, home=home, config_file=config_file, sources=sources)


def set_value(settings: Settings, key: str, raw: str) -> Any:
    """Validate ``raw`` for ``key`` and write it to the config file; returns the stored value."""
    if key not in KEYS:
        raise ConfigError(f"Unknown setting {key!r}. Known: {', '.join(KEYS)}.")
    import tomli_w

    value = _coerce(key, raw)
    data = read_file(settings.config_file)
    data[key] = value
    settings.config_file.parent.mkdir(parents=True, exist_ok=True)
    settings.config_file.write_text(tomli_w.dumps(data), encoding="utf-8")
    if key in SECRET_KEYS:
        settings.config_file.chmod(0o600)
    return value


def mask(key: str, value: Any) -> str:
    """A value as it may be shown: secrets keep only their last four characters."""
    text = str(value)
    if key in SECRET_KEYS and text:
        return "****" + text[-4:] if len(text) > 8 else "****"
    return text


def ensure_home(settings: Settings) -> Path:
    """Create the data folder (and its recordings folder) readable by its owner only.

    This is the tool's own folder; folders a server is given are left as they are.
    """
    for path in (settings.home, settings.recordings_dir):
        try:
            path.mkdir(parents=True, exist_ok=True)
            path.chmod(0o700)
        except OSError as exc:
            raise ConfigError(
                f"Cannot use the data folder {path}: {exc.strerror}{_owned(path)}"
            ) from None
    return settings.home


def _owned(path: Path) -> str:
    """ " (it belongs to USER)." when another user owns ``path``, else "."."""
    try:
        uid = path.stat().st_uid
    except OSError:
        return "."
    if uid == os.getuid():
        return "."
    import pwd

    try:
        return f" (it belongs to the user {pwd.getpwuid(uid).pw_name})."
    except KeyError:
        return f" (it belongs to the user with id {uid})."
