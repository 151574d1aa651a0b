"""Faults a deployment meets: its database restarts, its Redis goes away.

Each test has servers of its own (a PostgreSQL cluster and a redis-server started by the test on
free ports), so stopping them disturbs nothing else. What must hold: while PostgreSQL is down the
app says it is not ready and answers API calls with a one-line 503, never a traceback; once it is
back the app is ready again by itself and no saved entry is lost. Without Redis the app keeps
serving everyone who holds a token, and logins fail closed (503) rather than go unthrottled,
until Redis is back.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from services import PrivatePostgres, PrivateRedis, private_postgres, private_redis  # noqa: F401
from webapp import PASSWORD, bearer


def wait_for_status(url: str, status: int, timeout: float = 30) -> float:
    """Seconds until ``url`` answers ``status``; fails after ``timeout``."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if httpx.get(url, timeout=10).status_code == status:
            return time.monotonic() - started
        time.sleep(0.2)
    pytest.fail(f"{url} did not answer {status} within {timeout:g} s")


@pytest.mark.postgres
def test_postgres_restarted_while_serving(
    private_postgres: PrivatePostgres,  # noqa: F811
    start_server: Callable[..., str],
    signup: Callable[[str, str], str],
) -> None:
    url = start_server(env={"CRICKETLOG_DATABASE_URL": private_postgres.url})
    token = signup(url, "restart@example.org")
    texts = ["45 minute run, hard, felt great", "nets for an hour, cover drive felt good"]
    for text in texts:
        saved = httpx.post(
            f"{url}/api/notes", json={"text": text, "save": True}, headers=bearer(token), timeout=30
        )
        assert saved.status_code == 200, saved.text
    before = httpx.get(f"{url}/api/entries", headers=bearer(token), timeout=30).json()["entries"]

    private_postgres.stop()
    wait_for_status(f"{url}/readyz", 503)
    checks = httpx.get(f"{url}/readyz", timeout=10).json()["checks"]
    assert checks["model"] == "ok" and checks["database"] != "ok"
    assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200  # alive, not ready
    down = httpx.get(f"{url}/api/entries", headers=bearer(token), timeout=30)
    assert down.status_code == 503
    assert "Traceback" not in down.text and down.json()["detail"]

    private_postgres.start()
    wait_for_status(f"{url}/readyz", 200)  # by itself: no restart of the app
    after = httpx.get(f"{url}/api/entries", headers=bearer(token), timeout=30)
    assert after.status_code == 200
    assert after.json()["entries"] == before
    again = httpx.post(
        f"{url}/api/notes",
        json={"text": "rest day, slept well", "save": True},
        headers=bearer(token),
        timeout=30,
    )
    assert again.status_code == 200
    assert len(httpx.get(f"{url}/api/entries", headers=bearer(token)).json()["entries"]) == 3


def test_redis_stopped_while_serving(
    private_redis: PrivateRedis,  # noqa: F811
    start_server: Callable[..., str],
    signup: Callable[[str, str], str],
) -> None:
    url = start_server(env={"CRICKETLOG_REDIS_URL": private_redis.url})
    token = signup(url, "redis@example.org")
    login = {"username": "redis@example.org", "password": PASSWORD}

    private_redis.stop()
    assert httpx.get(f"{url}/readyz", timeout=10).status_code == 200
    listed = httpx.get(f"{url}/api/entries", headers=bearer(token), timeout=30)
    assert listed.status_code == 200
    saved = httpx.post(
        f"{url}/api/notes",
        json={"text": "45 minute run, hard", "save": True},
        headers=bearer(token),
        timeout=30,
    )
    assert saved.status_code == 200
    refused = httpx.post(f"{url}/api/token", data=login, timeout=30)
    assert refused.status_code == 503  # closed: no login goes uncounted
    assert "login counters" in refused.json()["detail"]
    wrong = httpx.post(f"{url}/api/token", data={**login, "password": "not-it-at-all"}, timeout=30)
    assert wrong.status_code == 503

    private_redis.start()
    assert httpx.post(f"{url}/api/token", data=login, timeout=30).status_code == 200
