"""Security as a feature: another user's entries are 404, logins are throttled, form posts need
their CSRF token, a note's HTML stays data, and nothing unexpected shows a traceback."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from cricketlog.config import Settings, load_settings
from webapp import PASSWORD, bearer

Signup = Callable[[TestClient, str], str]
REDIS_URL = os.environ.get("CRICKETLOG_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def two_users(client: TestClient, signup: Signup) -> tuple[dict[str, str], dict[str, str], int]:
    """Ann's and Bob's headers, and the id of an entry of Ann's."""
    ann, bob = (
        bearer(signup(client, "ann@example.com")),
        bearer(signup(client, "bob@example.com")),
    )
    saved = client.post(
        "/api/notes", json={"text": "Gym for 40 minutes, hard", "save": True}, headers=ann
    )
    return ann, bob, saved.json()["entries"][0]["id"]


@pytest.mark.parametrize(
    ("method", "body"),
    [("get", None), ("patch", {"data": {"intensity": "low"}}), ("delete", None)],
)
def test_another_users_entry_is_404(
    client: TestClient,
    two_users: tuple[dict[str, str], dict[str, str], int],
    method: str,
    body: object,
) -> None:
    ann, bob, entry_id = two_users
    before = client.get(f"/api/entries/{entry_id}", headers=ann).json()
    answer = client.request(method.upper(), f"/api/entries/{entry_id}", json=body, headers=bob)
    never = client.request(method.upper(), "/api/entries/999999", json=body, headers=bob)
    assert answer.status_code == 404
    assert answer.json() == {"detail": f"No entry with id {entry_id}."}
    assert never.json() == {"detail": "No entry with id 999999."}  # the same as one never saved
    assert client.get(f"/api/entries/{entry_id}", headers=ann).json() == before


def test_another_users_entries_never_show(
    client: TestClient, two_users: tuple[dict[str, str], dict[str, str], int]
) -> None:
    _, bob, _ = two_users
    assert client.get("/api/entries", headers=bob).json() == {"entries": []}
    assert client.get("/api/export", headers=bob).json()["entries"] == []
    assert client.get("/api/summary", headers=bob).json()["entries"] == 0


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/entries"),
        ("GET", "/api/entries/1"),
        ("PATCH", "/api/entries/1"),
        ("DELETE", "/api/entries/1"),
        ("POST", "/api/notes"),
        ("POST", "/api/recordings"),
        ("GET", "/api/summary"),
        ("GET", "/api/export"),
        ("POST", "/api/import"),
    ],
)
def test_every_diary_endpoint_needs_a_token(client: TestClient, method: str, path: str) -> None:
    assert client.request(method, path).status_code == 401
    bad = client.request(method, path, headers=bearer("a.b.c"))
    assert bad.status_code == 401


def wrong(client: TestClient, email: str) -> int:
    return client.post(
        "/api/token", data={"username": email, "password": "not it at all"}
    ).status_code


def test_repeated_failures_for_one_account_are_throttled(
    client: TestClient, signup: Signup
) -> None:
    signup(client, "ann@example.com")
    assert [wrong(client, "ann@example.com") for _ in range(5)] == [401] * 5
    throttled = client.post(
        "/api/token", data={"username": "ann@example.com", "password": PASSWORD}
    )
    assert throttled.status_code == 429  # even the right password, until the window passes
    assert 1 <= int(throttled.headers["Retry-After"]) <= 300
    assert (
        client.post(
            "/api/token", data={"username": "ANN@example.com", "password": PASSWORD}
        ).status_code
        == 429
    )
    signup(client, "bob@example.com")  # another account from the same address is not locked out


def test_a_good_login_clears_the_accounts_failures(client: TestClient, signup: Signup) -> None:
    signup(client, "ann@example.com")
    assert [wrong(client, "ann@example.com") for _ in range(4)] == [401] * 4
    assert (
        client.post(
            "/api/token", data={"username": "ann@example.com", "password": PASSWORD}
        ).status_code
        == 200
    )
    assert [wrong(client, "ann@example.com") for _ in range(4)] == [401] * 4


def test_repeated_failures_from_one_address_are_throttled(client: TestClient) -> None:
    codes = [wrong(client, f"guess{n}@example.com") for n in range(21)]
    assert codes[:20] == [401] * 20 and codes[20] == 429


@pytest.fixture
def redis_settings(app_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings with the login counters in Redis (skipped outside CI when it is not there)."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.RedisError as exc:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")
    monkeypatch.setenv("CRICKETLOG_REDIS_URL", REDIS_URL)
    yield load_settings()


def test_workers_share_the_counters_in_redis(redis_settings: Settings, signup: Signup) -> None:
    from cricketlog.web.app import create_app

    email = f"ann-{uuid.uuid4().hex[:8]}@example.com"
    with (
        TestClient(create_app(redis_settings)) as one,
        TestClient(create_app(redis_settings)) as two,
    ):
        one.app.state.web.limiter.clear("address:testclient")  # type: ignore[attr-defined]
        signup(one, email)
        codes = [
            wrong(one, email),
            wrong(two, email),
            wrong(one, email),
            wrong(two, email),
            wrong(one, email),
        ]
        assert codes == [401] * 5
        answer = two.post("/api/token", data={"username": email, "password": PASSWORD})
        assert answer.status_code == 429 and int(answer.headers["Retry-After"]) >= 1
        one.app.state.web.limiter.clear(f"account:{email}")  # type: ignore[attr-defined]


@pytest.fixture
def form_app(client: TestClient) -> TestClient:
    """The app with one form route protected like the pages' form posts."""
    from cricketlog.web.auth import check_csrf, csrf_token, set_csrf_cookie

    app: FastAPI = client.app  # type: ignore[assignment]

    @app.get("/test-form")
    def show(request: Request) -> JSONResponse:
        response = JSONResponse({"csrf_token": csrf_token(request)})
        set_csrf_cookie(request, response)
        return response

    @app.post("/test-form", dependencies=[Depends(check_csrf)])
    def post() -> dict[str, bool]:
        return {"done": True}

    return client


def test_form_post_needs_the_csrf_token_of_its_cookie(form_app: TestClient) -> None:
    token = form_app.get("/test-form").json()["csrf_token"]
    assert form_app.cookies.get("cricketlog_csrf") == token
    assert form_app.post("/test-form", data={"csrf_token": token}).json() == {"done": True}
    assert form_app.post("/test-form", headers={"X-CSRF-Token": token}).json() == {"done": True}
    # A cross-site page can make the browser post, cookie and all, but cannot know the token.
    assert form_app.post("/test-form", data={"x": "1"}).status_code == 403
    assert form_app.post("/test-form", data={"csrf_token": "guess"}).status_code == 403
    form_app.cookies.clear()
    assert form_app.post("/test-form", data={"csrf_token": token}).status_code == 403


def test_an_unexpected_error_is_500_json_without_a_traceback(app_settings: Settings) -> None:
    from cricketlog.web.app import create_app

    app = create_app(app_settings)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as broken:
        answer = broken.get("/api/boom")
    assert answer.status_code == 500
    assert answer.json() == {"detail": "Something went wrong on the server."}
