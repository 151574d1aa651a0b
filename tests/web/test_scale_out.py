"""Several hosts behave as one app: two real ``cricketlog serve`` processes on two ports share one
PostgreSQL database, one Redis and one data folder (what a deployment gives every host), with
nothing else in common.

A token one issues works on the other (the signing secret is generated once into the shared
folder), failed logins on both add up to one throttle (the counters are in Redis), a recording
whose socket drops on one is offered and finished on the other (pending recordings live in the
shared folder), and either keeps serving when the other is killed outright.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import websockets.sync.client

from services import PrivateRedis, private_redis  # noqa: F401  (a fixture)
from webapp import PASSWORD, bearer, free_port, stop_servers, wait_until_up

Host = tuple[str, subprocess.Popen[bytes]]


@pytest.fixture
def launch(
    postgres_url: str,
    private_redis: PrivateRedis,  # noqa: F811
    home: Path,
    tmp_path: Path,
) -> Iterator[Callable[[], Host]]:
    """``launch()`` -> (base URL, process) of one more host of the same deployment, not yet
    answering; all are stopped after the test."""
    started: list[subprocess.Popen[bytes]] = []
    env = {
        **os.environ,
        "CRICKETLOG_DATABASE_URL": postgres_url,
        "CRICKETLOG_REDIS_URL": private_redis.url,
        "CRICKETLOG_HOME": str(home),  # the shared data folder
    }

    def start() -> Host:
        port = free_port()
        with (tmp_path / f"host-{port}.log").open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "cricketlog", "serve", "--port", str(port)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        started.append(process)
        return f"http://127.0.0.1:{port}", process

    yield start
    stop_servers(started)


@pytest.fixture
def start_host(launch: Callable[[], Host]) -> Callable[[], Host]:
    """``start_host()`` -> (base URL, process) of one more host, once it answers."""

    def start() -> Host:
        url, process = launch()
        wait_until_up(url, process)
        return url, process

    return start


@pytest.mark.postgres
def test_two_hosts_starting_at_once_on_a_new_database_migrate_it_once(
    launch: Callable[[], Host], postgres_url: str
) -> None:
    from sqlalchemy import create_engine, text

    from cricketlog.store.db import HEAD

    hosts = [launch(), launch()]  # both start before either has migrated
    for url, process in hosts:
        wait_until_up(url, process)
        assert httpx.get(f"{url}/readyz", timeout=30).status_code == 200
    engine = create_engine(postgres_url)
    with engine.connect() as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    engine.dispose()
    assert versions == [HEAD]


def log_in(url: str, email: str, password: str = PASSWORD) -> httpx.Response:
    return httpx.post(
        f"{url}/api/token", data={"username": email, "password": password}, timeout=30
    )


def entries(url: str, token: str) -> httpx.Response:
    return httpx.get(f"{url}/api/entries", headers=bearer(token), timeout=30)


def note(url: str, token: str, text: str) -> httpx.Response:
    return httpx.post(
        f"{url}/api/notes",
        json={"text": text, "save": True},
        headers=bearer(token),
        timeout=30,
    )


@pytest.mark.postgres
def test_a_token_from_one_host_works_on_the_other(
    start_host: Callable[[], Host], signup: Callable[[str, str], str]
) -> None:
    (one, _), (two, _) = start_host(), start_host()
    token = signup(one, "both@example.org")
    saved = note(two, token, "45 minute run, hard, felt great")
    assert saved.status_code == 200, saved.text
    [entry] = saved.json()["entries"]
    listed = entries(one, token).json()["entries"]
    assert [e["id"] for e in listed] == [entry["id"]]
    token_two = log_in(two, "both@example.org").json()["access_token"]
    assert entries(one, token_two).status_code == 200


@pytest.mark.postgres
def test_failed_logins_on_both_hosts_add_up_to_one_throttle(
    start_host: Callable[[], Host], signup: Callable[[str, str], str]
) -> None:
    (one, _), (two, _) = start_host(), start_host()
    signup(one, "guessed@example.org")
    for url in (one, two, one, two, one):  # five failures in all: the account's limit
        assert log_in(url, "guessed@example.org", "wrong-password").status_code == 401
    for url in (two, one):  # now refused everywhere, even with the right password
        refused = log_in(url, "guessed@example.org")
        assert refused.status_code == 429
        assert int(refused.headers["Retry-After"]) > 0


@pytest.mark.postgres
def test_each_host_survives_the_other_being_killed(
    start_host: Callable[[], Host], signup: Callable[[str, str], str]
) -> None:
    (one, first), (two, second) = start_host(), start_host()
    token = signup(one, "survivor@example.org")
    assert note(one, token, "nets for an hour, felt good").status_code == 200
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert note(two, token, "rest day, slept well").status_code == 200
    assert len(entries(two, token).json()["entries"]) == 2
    (three, _third) = start_host()  # the killed host comes back
    second.send_signal(signal.SIGKILL)
    second.wait(timeout=30)
    assert len(entries(three, token).json()["entries"]) == 2
    assert log_in(three, "survivor@example.org").status_code == 200


def pending(url: str, token: str) -> list[str]:
    """The names of the unfinished recordings the record page offers this user."""
    page = httpx.get(
        f"{url}/record",
        headers={"HX-Request": "true"},
        cookies={"cricketlog_token": token},
        timeout=30,
    )
    assert page.status_code == 200, page.text
    return sorted(set(re.findall(r"/record/pending/(record-[0-9-]+)/finish", page.text)))


@pytest.mark.postgres
def test_a_recording_dropped_on_one_host_is_finished_on_the_other(
    start_host: Callable[[], Host], signup: Callable[[str, str], str], data_dir: Path
) -> None:
    (one, _), (two, _) = start_host(), start_host()
    token = signup(one, "dropped@example.org")
    audio = (data_dir / "record_run.pcm16").read_bytes()
    socket_url = f"ws://{one.removeprefix('http://')}/ws/record?token={token}"
    with websockets.sync.client.connect(socket_url, open_timeout=10) as socket:
        socket.send(json.dumps({"type": "start", "format": "pcm16"}))
        for offset in range(0, len(audio), 3200):  # 100 ms frames, all of them, then gone
            socket.send(audio[offset : offset + 3200])
    # the socket closed without stop or save: the other host offers the recording
    deadline = time.monotonic() + 30
    while not (offered := pending(two, token)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert len(offered) == 1, "the dropped recording is not offered on the other host"
    csrf = "csrf-token-of-this-test-0123456789"
    saved = httpx.post(
        f"{two}/record/pending/{offered[0]}/save",
        headers={"X-CSRF-Token": csrf, "HX-Request": "true"},
        cookies={"cricketlog_token": token, "cricketlog_csrf": csrf},
        timeout=60,
    )
    assert saved.status_code == 200, saved.text
    [entry] = entries(one, token).json()["entries"]
    assert entry["activity_type"] == "fitness"
    assert pending(one, token) == [] and pending(two, token) == []
