"""Accounts: signing up, logging in, tokens (expiry, tampering), closed registration."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cricketlog.config import load_settings

PASSWORD = "correct horse battery"


def test_sign_up_then_log_in(client: TestClient) -> None:
    made = client.post("/api/users", json={"email": "Ann@Example.com", "password": PASSWORD})
    assert made.status_code == 201
    assert made.json() == {"id": made.json()["id"], "email": "ann@example.com"}
    token = client.post("/api/token", data={"username": "ann@example.com", "password": PASSWORD})
    assert token.status_code == 200
    body = token.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] > 0
    listed = client.get("/api/entries", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert listed.status_code == 200


@pytest.mark.parametrize(
    ("email", "password"),
    [("not-an-email", PASSWORD), ("a@b", PASSWORD), ("ann@example.com", "short9chr")],
)
def test_malformed_sign_up_is_422(client: TestClient, email: str, password: str) -> None:
    answer = client.post("/api/users", json={"email": email, "password": password})
    assert answer.status_code == 422


def test_taken_email_is_409(client: TestClient) -> None:
    assert (
        client.post("/api/users", json={"email": "a@x.org", "password": PASSWORD}).status_code
        == 201
    )
    again = client.post("/api/users", json={"email": "A@X.org", "password": PASSWORD})
    assert again.status_code == 409
    assert "a@x.org" in again.json()["detail"]


def test_wrong_password_and_unknown_user_are_401(client: TestClient) -> None:
    client.post("/api/users", json={"email": "a@x.org", "password": PASSWORD})
    wrong = client.post("/api/token", data={"username": "a@x.org", "password": "wrong password"})
    unknown = client.post("/api/token", data={"username": "b@x.org", "password": PASSWORD})
    assert (wrong.status_code, unknown.status_code) == (401, 401)
    assert wrong.json() == unknown.json()  # nothing tells which emails have accounts


def test_password_is_stored_hashed_with_argon2id(client: TestClient) -> None:
    client.post("/api/users", json={"email": "a@x.org", "password": PASSWORD})
    user = client.app.state.web.store.users.by_email("a@x.org")  # type: ignore[attr-defined]
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_generated_secret_is_owner_only_and_kept(client: TestClient, home: Path) -> None:
    path = home / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert client.app.state.web.secret == path.read_text().strip()  # type: ignore[attr-defined]


def test_closed_registration_is_403(monkeypatch: pytest.MonkeyPatch, app_settings: object) -> None:
    from cricketlog.web.app import create_app

    monkeypatch.setenv("CRICKETLOG_REGISTRATION", "closed")
    with TestClient(create_app(load_settings())) as closed:
        answer = closed.post("/api/users", json={"email": "a@x.org", "password": PASSWORD})
    assert answer.status_code == 403
    assert "closed" in answer.json()["detail"].lower()


def _me(client: TestClient, email: str) -> tuple[object, str]:
    web = client.app.state.web  # type: ignore[attr-defined]
    return web, web.store.users.by_email(email)


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer not-a-token", "Basic YTpi", "Bearer eyJhbGciOiJub25lIn0.e30."],
)
def test_missing_or_bad_tokens_are_401(client: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    answer = client.get("/api/entries", headers=headers)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == "Bearer"


def test_expired_token_is_401(client: TestClient, signup: object) -> None:
    from cricketlog.web.auth import issue_token

    signup(client, "a@x.org")  # type: ignore[operator]
    web, user = _me(client, "a@x.org")
    expired = issue_token(web.secret, user, dt.timedelta(seconds=-1))  # type: ignore[attr-defined]
    fresh = issue_token(web.secret, user)  # type: ignore[attr-defined]
    assert (
        client.get("/api/entries", headers={"Authorization": f"Bearer {fresh}"}).status_code == 200
    )
    answer = client.get("/api/entries", headers={"Authorization": f"Bearer {expired}"})
    assert answer.status_code == 401


def test_token_signed_with_another_secret_is_401(client: TestClient, signup: object) -> None:
    from cricketlog.web.auth import issue_token

    signup(client, "a@x.org")  # type: ignore[operator]
    _, user = _me(client, "a@x.org")
    forged = issue_token("some other secret entirely, long enough", user)  # type: ignore[arg-type]
    assert (
        client.get("/api/entries", headers={"Authorization": f"Bearer {forged}"}).status_code == 401
    )


def test_changing_the_password_ends_old_tokens(client: TestClient, signup: object) -> None:
    from cricketlog.accounts import hash_password

    token = signup(client, "a@x.org")  # type: ignore[operator]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/entries", headers=headers).status_code == 200
    web, user = _me(client, "a@x.org")
    web.store.users.set_password(user.id, hash_password("a new password here"))  # type: ignore[attr-defined]
    assert client.get("/api/entries", headers=headers).status_code == 401


def test_deleted_user_token_is_401(client: TestClient, signup: object) -> None:
    token = signup(client, "a@x.org")  # type: ignore[operator]
    web, user = _me(client, "a@x.org")
    web.store.users.delete(user.id)  # type: ignore[attr-defined]
    assert (
        client.get("/api/entries", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    )
