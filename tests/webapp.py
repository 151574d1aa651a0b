"""A real ``cricketlog serve`` for tests, and signing up: fixtures shared by tests/web and the
``serve`` and ``users`` command tests (which import them from here).

``server`` starts the real ``cricketlog serve`` in a process of its own on a free port and yields
its base URL; ``start_server(env)`` starts one with extra environment (PostgreSQL, workers).
What a server prints goes to ``serve-PORT.out`` and ``serve-PORT.err`` in the test's tmp_path.
``signup(client_or_url, email)`` opens an account and returns a bearer token.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
StartServer = Callable[..., str]
Signup = Callable[[TestClient | str, str], str]


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    """Return once ``url`` answers; fail if the server exits or never does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"cricketlog serve exited {process.returncode} (see serve-*.err)")
        try:
            httpx.get(f"{url}/api/entries", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    pytest.fail(f"cricketlog serve did not answer at {url} within {timeout:g} s")


def stop_servers(processes: list[subprocess.Popen[bytes]]) -> None:
    """Stop servers gracefully (a killed one is left as it is), killing any that hang."""
    for process in processes:
        if process.poll() is not None:
            continue
        process.terminate()
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def bearer(token: str) -> dict[str, str]:
    """The API's authorisation header for ``token``."""
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def start_server(home: Path, sqlite_url: str, tmp_path: Path) -> Iterator[StartServer]:
    """``start_server(env={...}, args=[...])`` -> the base URL of a real ``cricketlog serve``
    (on this test's SQLite database unless ``env`` names another); stopped after the test."""
    started: list[subprocess.Popen[bytes]] = []

    def start(env: dict[str, str] | None = None, args: tuple[str, ...] = ()) -> str:
        port = free_port()
        environment = {**os.environ, "CRICKETLOG_DATABASE_URL": sqlite_url, **(env or {})}
        with (
            (tmp_path / f"serve-{port}.out").open("wb") as out,
            (tmp_path / f"serve-{port}.err").open("wb") as err,
        ):
            process = subprocess.Popen(
                [sys.executable, "-m", "cricketlog", "serve", "--port", str(port), *args],
                env=environment,
                stdout=out,
                stderr=err,
            )
        started.append(process)
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url, process)
        return url

    yield start
    stop_servers(started)


@pytest.fixture
def server(start_server: StartServer) -> str:
    """The base URL of a real ``cricketlog serve`` on this test's SQLite database."""
    return start_server()


def _post(target: TestClient | str, path: str, **kwargs: object) -> httpx.Response:
    if isinstance(target, str):
        return httpx.post(f"{target}{path}", timeout=30, **kwargs)  # type: ignore[arg-type]
    return target.post(path, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def signup() -> Signup:
    """``signup(client_or_url, email)`` opens an account (password :data:`PASSWORD`) and
    returns a bearer token for it."""

    def sign_up(target: TestClient | str, email: str) -> str:
        made = _post(target, "/api/users", json={"email": email, "password": PASSWORD})
        assert made.status_code == 201, made.text
        token = _post(target, "/api/token", data={"username": email, "password": PASSWORD})
        assert token.status_code == 200, token.text
        return str(token.json()["access_token"])

    return sign_up
