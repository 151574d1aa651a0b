"""Server logs: JSON on request, one access line per request with its id, and never a secret.

A real ``cricketlog serve --log-format json`` is given a password, a bearer token, the socket's
``?token=`` and a token in a page's query; none of them may appear anywhere in what it wrote.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import httpx
import pytest
import websockets.sync.client

from cricketlog.web.logs import JsonFormatter, RequestIdFilter
from cricketlog.web.redact import scrub
from webapp import PASSWORD


def written(tmp_path: Path, url: str) -> str:
    port = url.rsplit(":", 1)[1]
    return (tmp_path / f"serve-{port}.out").read_text() + (
        tmp_path / f"serve-{port}.err"
    ).read_text()


def test_json_logs_carry_request_ids_and_no_secret(
    start_server: Callable[..., str], signup: Callable[[str, str], str], tmp_path: Path
) -> None:
    url = start_server(args=("--log-format", "json"))
    token = signup(url, "logged@example.org")
    bearer = {"Authorization": f"Bearer {token}"}
    listed = httpx.get(f"{url}/api/entries", headers={**bearer, "X-Request-ID": "proxy-id-42"})
    assert listed.headers["X-Request-ID"] == "proxy-id-42"
    mine = httpx.get(f"{url}/api/entries", headers=bearer).headers["X-Request-ID"]
    assert len(mine) == 32 and mine != "proxy-id-42"
    forged = httpx.get(f"{url}/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert forged.headers["X-Request-ID"] != "bad id\twith spaces"
    socket_url = f"ws://{url.removeprefix('http://')}/ws/record?token={token}"
    with (  # refused, answered or closed: logged whichever
        suppress(websockets.exceptions.WebSocketException, TimeoutError),
        websockets.sync.client.connect(socket_url, open_timeout=10) as socket,
    ):
        socket.send(json.dumps({"type": "nonsense"}))
        socket.recv(timeout=10)
    httpx.get(f"{url}/login?token={token}&password={PASSWORD}")

    logged = written(tmp_path, url)
    assert token not in logged
    assert PASSWORD not in logged
    lines = [json.loads(line) for line in logged.splitlines() if line.startswith("{")]
    access = [line for line in lines if line["logger"] == "cricketlog.access"]
    proxied = next(line for line in access if line.get("request_id") == "proxy-id-42")
    assert (proxied["method"], proxied["path"], proxied["status"]) == ("GET", "/api/entries", 200)
    assert any(line.get("request_id") == mine for line in access)
    assert any(line["path"] == "/ws/record" for line in access)
    assert all("?" not in line["path"] for line in access)
    assert all(isinstance(line["duration_ms"], float) for line in access)


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Bearer {t}",
        "GET /ws/record?token={t} HTTP/1.1",
        "posted password={p}&username=a@b.c",
        '{{"email": "a@b.c", "password": "{p}"}}',
        "connecting to postgresql://cricketlog:{p}@db:5432/cricketlog",
        "a token {t} quoted alone",
    ],
)
def test_the_formatter_masks_what_an_error_message_quotes(text: str) -> None:
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
    message = text.format(t=token, p="s3cret-Passw0rd")
    record = logging.LogRecord("cricketlog.web", logging.ERROR, __file__, 1, message, None, None)
    RequestIdFilter().filter(record)
    line = json.loads(JsonFormatter().format(record))
    assert token not in line["message"] and "s3cret-Passw0rd" not in line["message"]
    assert "****" in line["message"]
    assert scrub(message) == line["message"]
