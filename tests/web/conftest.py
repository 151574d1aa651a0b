"""Fixtures for the web app: its settings, an in-process client, a real server, signing up.

``client`` drives the app in-process (lifespan included) on this test's SQLite database;
``server``, ``start_server`` and ``signup`` (a real server process, and opening an account) come
from ``tests/webapp.py``, a plugin of the whole suite, since the command tests use them too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cricketlog.config import Settings, load_settings


@pytest.fixture
def app_settings(home: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The settings of this test's app: its own data folder and SQLite database."""
    monkeypatch.setenv("CRICKETLOG_DATABASE_URL", sqlite_url)
    return load_settings()


@pytest.fixture
def client(app_settings: Settings) -> Iterator[TestClient]:
    """The app in-process over ``app_settings``, started and stopped around the test."""
    from cricketlog.web.app import create_app

    with TestClient(create_app(app_settings)) as test_client:
        yield test_client
