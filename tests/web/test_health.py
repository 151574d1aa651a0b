"""/healthz and /readyz: alive at once even under load; ready only with a database and a model.

The database really goes away here (a PostgreSQL cluster of the test's own is stopped and started
again) and the model really fails to load (a folder that holds none), since a readiness check is
only worth what it notices.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from cricketlog.config import load_settings
from services import PrivatePostgres, private_postgres  # noqa: F401  (a fixture)


def test_healthz_answers(client: TestClient) -> None:
    answer = client.get("/healthz")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok"}


def test_readyz_is_ready_with_a_database_and_the_model(client: TestClient) -> None:
    answer = client.get("/readyz")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ready", "checks": {"database": "ok", "model": "ok"}}


def test_readyz_is_not_ready_without_a_speech_model(
    app_settings: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cricketlog.web.app import create_app

    (tmp_path / "no-model").mkdir()
    monkeypatch.setenv("CRICKETLOG_WHISPER_MODEL", str(tmp_path / "no-model"))
    with TestClient(create_app(load_settings())) as client:
        answer = client.get("/readyz")
        assert client.get("/healthz").status_code == 200  # alive all the same
    assert answer.status_code == 503
    body = answer.json()
    assert body["status"] == "not ready"
    assert body["checks"]["database"] == "ok"
    assert "Cannot load the speech model" in body["checks"]["model"]


@pytest.mark.postgres
def test_readyz_follows_the_database_down_and_back(
    private_postgres: PrivatePostgres,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cricketlog.web.app import create_app

    monkeypatch.setenv("CRICKETLOG_DATABASE_URL", private_postgres.url)
    with TestClient(create_app(load_settings())) as client:
        assert client.get("/readyz").status_code == 200
        private_postgres.stop()
        down = client.get("/readyz")
        assert down.status_code == 503
        assert down.json()["checks"]["model"] == "ok"
        assert "database" in down.json()["checks"]["database"].lower()
        private_postgres.start()
        assert client.get("/readyz").status_code == 200  # no restart needed


def test_healthz_within_50_ms_while_four_uploads_transcribe(
    server: str, signup: Callable[[str, str], str], data_dir: Path
) -> None:
    token = signup(server, "busy@example.org")
    clip = (data_dir / "record_bench_10s.wav").read_bytes()
    done: list[int] = []

    def upload() -> None:
        answer = httpx.post(
            f"{server}/api/recordings",
            headers={"Authorization": f"Bearer {token}"},
            files={"file": ("bench.wav", clip, "audio/wav")},
            timeout=120,
        )
        done.append(answer.status_code)

    uploads = [threading.Thread(target=upload) for _ in range(4)]
    for thread in uploads:
        thread.start()
    times: list[float] = []
    with httpx.Client(base_url=server, timeout=5) as health:
        health.get("/healthz")  # the connection is open before timing starts
        while any(thread.is_alive() for thread in uploads):
            started = time.perf_counter()
            assert health.get("/healthz").status_code == 200
            times.append(time.perf_counter() - started)
            time.sleep(0.02)
    for thread in uploads:
        thread.join()
    assert done == [200] * 4
    assert len(times) >= 20, "the uploads finished before the server was watched"
    slowest = sorted(times)[int(len(times) * 0.95)]
    print(
        f"/healthz: median {statistics.median(times) * 1000:.1f} ms, 95% {slowest * 1000:.1f} ms,"
        f" max {max(times) * 1000:.1f} ms over {len(times)} polls"
    )
    assert slowest < 0.050
