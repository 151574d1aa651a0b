"""Settings and paths: every file the tool touches is derived here.

Settings come from three layers, later ones winning: built-in defaults, the TOML config file, and
environment variables (``CRICKETLOG_<KEY>``, plus ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` as the
OpenAI tools name them). ``CRICKETLOG_HOME`` moves every file of the tool (config, database,
recordings) into one folder, which is how tests and portable installs keep to themselves.
The data folder holds health data, so it is created readable by its owner only.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TextIO

from cricketlog.errors import ConfigError, Invalid, NotFound

APP = "cricketlog"
SECRET_KEYS = frozenset({"openai_api_key", "secret_key"})
CHOICES: dict[str, tuple[str, ...]] = {
    "transcriber": ("local", "openai"),
    "extractor": ("rules", "openai"),
    "registration": ("open", "closed"),
    "log_format": ("text", "json"),
    "week_start": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
RANGES: dict[str, tuple[float, float]] = {
    "whisper_threads": (0, 256),
    "max_audio_seconds": (1, 24 * 3600),
    "max_audio_mb": (1, 4096),
    "silence_seconds": (0.1, 60),
}
"""The numbers a setting may take, both ends included: a limit of 0 would refuse every clip."""
URL_KEYS = frozenset({"database_url", "openai_base_url", "redis_url"})
"""Settings that must be URLs; the database's must be one of the supported databases."""
DATABASES = ("sqlite", "postgresql")
SECRET_PARAMS = frozenset({"password", "passwd", "pwd", "token", "key", "api_key", "secret"})
"""URL query parameters that carry credentials (libpq takes ``?password=``)."""
EXTRA_ENV = {"openai_api_key": "OPENAI_API_KEY", "openai_base_url": "OPENAI_BASE_URL"}


class UnknownSetting(ConfigError, NotFound):
    """A setting name that does not exist."""


class BadSetting(ConfigError, Invalid):
    """A value a setting cannot take."""


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
    """Speak a confirmation after saving a recording (and the questions while confirming it)."""
    speak_add_import: bool = False
    """With ``speak``, also speak the confirmation after ``add`` and ``import``."""
    keep_recordings: bool = False
    """Keep recordings in the data folder after their entries are stored."""
    silence_seconds: float = 2.0
    """With auto-stop, stop after this much silence once speech was heard."""
    input_device: str = ""
    """Microphone name or index; empty means the system default."""
    week_start: str = "monday"
    """First day of the week for ``history --week``."""
    secret_key: str = ""
    """Secret: signs the web app's tokens; empty means one generated and kept in the data folder."""
    redis_url: str = ""
    """Redis shared by the web app's workers and hosts (throttling); empty means in-process."""
    registration: str = "open"
    """``open`` lets anyone sign up on the web app; ``closed`` leaves accounts to ``users add``."""
    allowed_origins: str = ""
    """Extra origins (comma-separated) whose pages may open the recording socket."""
    log_format: str = "text"
    """The web server's log lines: ``text`` for a person, ``json`` (one object a line) for a
    log collector."""
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
        value = _bool(raw) if kind is bool else kind(raw)
    except (TypeError, ValueError):
        raise BadSetting(f"Setting {key} must be {kind.__name__}, not {raw!r}.") from None
    if key in CHOICES and value not in CHOICES[key]:
        raise BadSetting(f"Setting {key} must be one of {', '.join(CHOICES[key])}, not {raw!r}.")
    if key in RANGES:
        low, high = RANGES[key]
        if not (math.isfinite(value) and low <= value <= high):
            raise BadSetting(f"Setting {key} must be from {low:g} to {high:g}, not {raw!r}.")
    if key in URL_KEYS and value:
        _check_url(key, str(value))
    return value


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off"}:
        return False
    raise ValueError(raw)


def _check_url(key: str, url: str) -> None:
    """Refuse what is not a URL of the right kind (the message never repeats a password)."""
    scheme, sep, rest = url.partition("://")
    base = scheme.split("+", 1)[0].lower()
    if key == "database_url":
        if not sep or base not in DATABASES:
            raise BadSetting(
                f"Setting database_url must be a SQLite or PostgreSQL URL "
                f"(sqlite:///PATH or postgresql+psycopg://USER@HOST/DB), not {mask_url(url)!r}."
            )
    elif key == "redis_url":
        if not sep or base not in ("redis", "rediss", "unix"):
            raise BadSetting(f"Setting redis_url must be a redis:// URL, not {mask_url(url)!r}.")
    elif not sep or base not in ("http", "https") or not rest.strip("/"):
        raise BadSetting(f"Setting {key} must be an http(s) URL, not {mask_url(url)!r}.")


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
        raise UnknownSetting(f"There is no setting {key!r}; the settings are {', '.join(KEYS)}.")
    value = _coerce(key, raw)
    data = read_file(settings.config_file)
    data[key] = value
    _write_config(settings.config_file, data)
    return value


def unset_value(settings: Settings, key: str) -> Any:
    """Remove ``key`` from the config file, so its default applies; returns the default."""
    if key not in KEYS:
        raise UnknownSetting(f"There is no setting {key!r}; the settings are {', '.join(KEYS)}.")
    data = read_file(settings.config_file)
    if data.pop(key, None) is not None:
        _write_config(settings.config_file, data)
    return getattr(Settings(), key)


def _write_config(path: Path, data: dict[str, Any]) -> None:
    """The config file, owner-only: it may hold an API key or a database password."""
    import tomli_w

    path.parent.mkdir(parents=True, exist_ok=True)
    with private_file(path) as file:
        file.write(tomli_w.dumps(data))


def mask(key: str, value: Any) -> str:
    """A value as it may be shown: secrets keep only their last four characters, and no URL
    shows a password or token."""
    text = str(value)
    if key in SECRET_KEYS and text:
        return "****" + text[-4:] if len(text) > 8 else "****"
    return mask_url(text) if "://" in text else text


def mask_url(url: str) -> str:
    """``url`` with the password of its user part and credential query parameters hidden."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority, tail = rest[:cut], rest[cut:]
    if "@" in authority:
        user, host = authority.rsplit("@", 1)
        name, colon, _ = user.partition(":")
        authority = f"{name}:****@{host}" if colon else f"{user}@{host}"
    if "?" in tail:
        path, _, query = tail.partition("?")
        pairs = [p.partition("=") for p in query.split("&")]
        query = "&".join(
            f"{k}={'****' if k.lower() in SECRET_PARAMS and v else v}" if eq else k
            for k, eq, v in pairs
        )
        tail = f"{path}?{query}"
    return f"{scheme}://{authority}{tail}"


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


@contextmanager
def private_file(path: Path, newline: str | None = None) -> Iterator[TextIO]:
    """``path`` written as text readable by its owner only, whole or not at all.

    The text goes to a new owner-only file beside ``path`` that replaces it once written, so no
    other user can read it even for a moment, a file that was readable by others is replaced
    rather than rewritten, and a failure leaves the old file as it was. A path that is not a
    regular file (``/dev/stdout``, a pipe) is written straight through.
    """
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8", newline=newline) as file:
            yield file
        return
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 600
    temp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as file:
            yield file
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
