"""/metrics: requests by route template, speech and extraction times, and every worker counted.

Read the way Prometheus reads it (``prometheus_client``'s own parser), from the in-process app
and from a real ``cricketlog serve --workers 2``, where each scrape reaches one worker but must
report them all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample: (name, sorted labels) -> value."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(text: str, name: str, **labels: str) -> float:
    return samples(text).get((name, tuple(sorted(labels.items()))), 0.0)


def test_requests_are_counted_by_route_template(
    client: TestClient, signup: Callable[[TestClient, str], str]
) -> None:
    token = signup(client, "counted@example.org")
    before = client.get("/metrics").text
    for entry_id in (123456, 654321):
        answer = client.get(
            f"/api/entries/{entry_id}", headers={"Authorization": f"Bearer {token}"}
        )
        assert answer.status_code == 404
    after = client.get("/metrics").text
    route = {"method": "GET", "route": "/api/entries/{entry_id}", "status": "404"}
    name = "cricketlog_http_requests_total"
    assert value(after, name, **route) - value(before, name, **route) == 2
    assert not any("123456" in str(labels) for _name, labels in samples(after))
    assert (
        value(
            after,
            "cricketlog_http_request_duration_seconds_count",
            method="GET",
            route="/api/entries/{entry_id}",
        )
        >= 2
    )


def test_an_upload_is_timed_in_transcription_and_extraction(
    client: TestClient, signup: Callable[[TestClient, str], str], data_dir: Path
) -> None:
    token = signup(client, "timed@example.org")
    before = client.get("/metrics").text
    answer = client.post(
        "/api/recordings",
        headers={"Authorization": f"Bearer {token}"},
        files={"file": ("run.wav", (data_dir / "run.wav").read_bytes(), "audio/wav")},
    )
    assert answer.status_code == 200, answer.text
    after = client.get("/metrics").text
    for name in ("cricketlog_transcription_seconds", "cricketlog_extraction_seconds"):
        assert value(after, f"{name}_count") > value(before, f"{name}_count")
        assert value(after, f"{name}_sum") > value(before, f"{name}_sum")


def test_recording_sockets_are_counted_while_open(
    client: TestClient, signup: Callable[[TestClient, str], str]
) -> None:
    token = signup(client, "socket@example.org")
    before = client.get("/metrics").text
    with client.websocket_connect(f"/ws/record?token={token}") as socket:
        socket.send_json({"type": "start", "format": "pcm16"})
        socket.send_bytes(b"\0\0" * 1600)
        during = client.get("/metrics").text
        socket.send_json({"type": "discard"})
        socket.receive_json()
    after = client.get("/metrics").text
    assert value(during, "cricketlog_websocket_sessions_open") == 1
    assert value(after, "cricketlog_websocket_sessions_open") == 0
    opened = "cricketlog_websocket_sessions_opened_total"
    assert value(after, opened) - value(before, opened) == 1
    assert ("cricketlog_transcription_queue_depth", ()) in samples(after)


def test_every_worker_is_counted_in_each_scrape(start_server: Callable[..., str]) -> None:
    url = start_server(args=("--workers", "2"))
    with httpx.Client(base_url=url, timeout=10) as http:
        for _ in range(40):  # new connections, so both workers take some
            assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200
        scrapes = [http.get("/metrics").text for _ in range(2)]
    counted = [
        value(text, "cricketlog_http_requests_total", method="GET", route="/healthz", status="200")
        for text in scrapes
    ]
    assert counted == [40, 40]  # not the share of whichever worker answered
