"""Shared fixtures: every test gets its own CRICKETLOG_HOME, and real databases on request.

PostgreSQL tests run against the server on 127.0.0.1:5432 (or CRICKETLOG_TEST_PG_URL). In CI
(CI=true) a missing server is a failure, not a skip, so the PostgreSQL path is always exercised
there; elsewhere those tests skip with the reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
PG_ADMIN_URL = os.environ.get(
    "CRICKETLOG_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
ENV_KEYS = ("CRICKETLOG_", "OPENAI_")
Run = Callable[..., subprocess.CompletedProcess[str]]
pytest_plugins = ["webapp"]  # a real `cricketlog serve` and signing up, for web and CLI tests


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder for each test; settings from the outer environment are dropped."""
    for key in list(os.environ):
        if key.startswith(ENV_KEYS):
            monkeypatch.delenv(key)
    folder = tmp_path / "home"
    monkeypatch.setenv("CRICKETLOG_HOME", str(folder))
    monkeypatch.setenv("CRICKETLOG_SPEAK", "false")
    from cricketlog.cli import common

    common.settings.cache_clear()  # in-process CLI runs read this test's settings afresh
    common.pipeline.cache_clear()
    return folder


@pytest.fixture
def data_dir() -> Path:
    """The folder of audio clips made for the tests (see tests/data/README.md)."""
    return DATA


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite database file of this test's own."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A PostgreSQL database of this test's own, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    name = f"cricketlog_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc.orig}")
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:  # FORCE ends the connections this test's engines still hold
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def cli() -> Run:
    """``cli("import", "x.wav", input=...)`` runs the real command in this test's data folder."""

    def run(*args: str, input: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cricketlog", *args],
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return run
