"""`cricketlog serve`: a real server process that migrates, prints its URL, and answers."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from cricketlog.store import Store

PASSWORD = "correct horse battery"


def test_serve_answers_the_api_and_prints_its_url(
    server: str, sqlite_url: str, tmp_path: Path
) -> None:
    made = httpx.post(f"{server}/api/users", json={"email": "a@x.org", "password": PASSWORD})
    assert made.status_code == 201
    token = httpx.post(f"{server}/api/token", data={"username": "a@x.org", "password": PASSWORD})
    assert token.status_code == 200
    assert httpx.get(f"{server}/api/entries").status_code == 401
    assert Store(sqlite_url).users.by_email("a@x.org") is not None  # the configured database
    port = server.rsplit(":", 1)[1]
    printed = (tmp_path / f"serve-{port}.out").read_text()
    assert f"http://127.0.0.1:{port}" in printed.splitlines()[0]


def test_serve_never_logs_a_token(
    start_server: Callable[..., str], signup: Callable[[str, str], str], tmp_path: Path
) -> None:
    url = start_server()
    token = signup(url, "a@x.org")
    assert httpx.get(f"{url}/api/entries?token={token}").status_code == 401  # a token in a URL
    assert httpx.get(f"{url}/api/entries", headers={"Authorization": f"Bearer {token}"}).is_success
    port = url.rsplit(":", 1)[1]
    logged = (tmp_path / f"serve-{port}.out").read_text() + (
        tmp_path / f"serve-{port}.err"
    ).read_text()
    assert '"GET /api/entries" 401' in logged  # logged by path, without the query
    assert token not in logged


def test_serve_with_workers_on_a_new_postgresql_database(
    start_server: Callable[..., str], postgres_url: str, signup: Callable[[str, str], str]
) -> None:
    url = start_server(env={"CRICKETLOG_DATABASE_URL": postgres_url}, args=("--workers", "2"))
    token = signup(url, "a@x.org")  # the database was made before either worker took a request
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=headers) as client:
        saved = client.post("/api/notes", json={"text": "rest day", "save": True})
        assert saved.status_code == 200
        # Fresh connections land on either worker; both know the secret and the entry.
        answers = [httpx.get(f"{url}/api/entries", headers=headers) for _ in range(8)]
    assert {a.status_code for a in answers} == {200}
    assert {len(a.json()["entries"]) for a in answers} == {1}
    assert Store(postgres_url).users.by_email("a@x.org") is not None


def test_workers_share_the_cores_between_their_speech_models(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cricketlog.cli.serve import share_cores

    monkeypatch.setattr("os.cpu_count", lambda: 4)
    monkeypatch.setenv("CRICKETLOG_WHISPER_THREADS", "")  # restored to unset afterwards
    monkeypatch.delenv("CRICKETLOG_WHISPER_THREADS")
    share_cores(1, 0)
    assert "CRICKETLOG_WHISPER_THREADS" not in os.environ  # one worker: every core
    share_cores(3, 6)
    assert "CRICKETLOG_WHISPER_THREADS" not in os.environ  # the setting wins
    share_cores(2, 0)
    assert os.environ["CRICKETLOG_WHISPER_THREADS"] == "2"
    share_cores(8, 0)
    assert os.environ["CRICKETLOG_WHISPER_THREADS"] == "1"
