"""The JSON API against the contract, on SQLite and on PostgreSQL.

Every test runs once per database: ``app_settings`` is overridden here so that ``client`` (and
``signup``) use a SQLite file or a PostgreSQL database of the test's own.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cricketlog.config import Settings, load_settings

Signup = Callable[[TestClient, str], str]
DAY = "2026-06-24"  # a Wednesday


@pytest.fixture(params=["sqlite", "postgres"])
def app_settings(
    request: pytest.FixtureRequest, home: Path, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    """The app's settings, on this test's SQLite file or PostgreSQL database."""
    url = request.getfixturevalue(f"{request.param}_url")
    monkeypatch.setenv("CRICKETLOG_DATABASE_URL", url)
    return load_settings()


@pytest.fixture
def ann(client: TestClient, signup: Signup) -> dict[str, str]:
    """The headers of a signed-in user, Ann."""
    return {"Authorization": f"Bearer {signup(client, 'ann@example.com')}"}


def note(client: TestClient, headers: dict[str, str], text: str, save: bool = True) -> list[dict]:
    answer = client.post(
        "/api/notes", json={"text": text, "save": save, "today": DAY}, headers=headers
    )
    assert answer.status_code == 200, answer.text
    return list(answer.json()["entries"])


def test_a_note_gives_entries_with_questions_and_saves_them_when_asked(
    client: TestClient, ann: dict[str, str]
) -> None:
    draft = note(client, ann, "Gym for 40 minutes, felt good", save=False)
    assert [e["activity_type"] for e in draft] == ["fitness"]
    assert "id" not in draft[0] and draft[0]["entry_date"] == DAY
    assert "intensity" in draft[0]["missing"] and draft[0]["questions"]
    assert client.get("/api/entries", headers=ann).json() == {"entries": []}
    saved = note(client, ann, "Gym for 40 minutes, hard, felt good")
    assert saved[0]["id"] and saved[0]["created_at"]
    assert saved[0]["data"]["duration_minutes"] == 40
    assert client.get("/api/entries", headers=ann).json() == {"entries": saved}


def test_note_today_defaults_to_the_servers_day(client: TestClient, ann: dict[str, str]) -> None:
    import datetime as dt

    answer = client.post("/api/notes", json={"text": "rest day"}, headers=ann)
    assert answer.json()["entries"][0]["entry_date"] == dt.date.today().isoformat()


def test_list_filters_and_order(client: TestClient, ann: dict[str, str]) -> None:
    note(client, ann, "yesterday I went for a 5k run, easy, felt okay")
    note(client, ann, "Two hour net session on batting drills, felt good")
    note(client, ann, "rest day today")
    listed = client.get("/api/entries", headers=ann).json()["entries"]
    assert [e["entry_date"] for e in listed] == sorted(
        (e["entry_date"] for e in listed), reverse=True
    )
    assert len(listed) == 3
    fitness = client.get("/api/entries", params={"type": "fitness"}, headers=ann).json()["entries"]
    assert [e["entry_date"] for e in fitness] == ["2026-06-23"]
    window = {"from": DAY, "to": DAY}
    today = client.get("/api/entries", params=window, headers=ann).json()["entries"]
    assert {e["activity_type"] for e in today} == {"rest_day", "cricket_coaching"}
    one = client.get("/api/entries", params={"limit": 1}, headers=ann).json()["entries"]
    assert one == listed[:1]
    assert client.get("/api/entries", params={"type": "golf"}, headers=ann).status_code == 422
    assert client.get("/api/entries", params={"from": "June"}, headers=ann).status_code == 422


def test_get_patch_delete(client: TestClient, ann: dict[str, str]) -> None:
    entry = note(client, ann, "Gym for 40 minutes, hard, felt good")[0]
    url = f"/api/entries/{entry['id']}"
    assert client.get(url, headers=ann).json() == entry
    changed = client.patch(
        url, json={"entry_date": "2026-06-20", "data": {"intensity": "medium"}}, headers=ann
    )
    assert changed.status_code == 200
    body = changed.json()
    assert (body["entry_date"], body["data"]["intensity"]) == ("2026-06-20", "medium")
    assert body["data"]["duration_minutes"] == 40 and body["id"] == entry["id"]
    assert client.get(url, headers=ann).json() == body
    assert client.delete(url, headers=ann).status_code == 204
    assert client.get(url, headers=ann).status_code == 404
    assert client.delete(url, headers=ann).status_code == 404


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"data": {"intensity": "blistering"}}, "intensity"),
        ({"data": {"duration_minutes": -5}}, "duration_minutes"),
        ({"data": {"handicap": 3}}, "handicap"),
        ({"entry_date": "1066-10-14"}, "entry_date"),
    ],
)
def test_patch_that_breaks_the_contract_is_422_naming_the_field(
    client: TestClient, ann: dict[str, str], change: dict, field: str
) -> None:
    entry = note(client, ann, "Gym for 40 minutes, hard, felt good")[0]
    answer = client.patch(f"/api/entries/{entry['id']}", json=change, headers=ann)
    assert answer.status_code == 422
    assert field in json.dumps(answer.json()["detail"])
    assert client.get(f"/api/entries/{entry['id']}", headers=ann).json() == entry


def test_html_and_script_in_a_note_come_back_as_data(
    client: TestClient, ann: dict[str, str]
) -> None:
    text = 'Gym for 30 minutes <script>alert("x")</script> <b onmouseover=x>felt good</b> & more'
    saved = note(client, ann, text)
    fetched = client.get(f"/api/entries/{saved[0]['id']}", headers=ann)
    assert fetched.headers["content-type"] == "application/json"
    assert fetched.json()["transcript"] == text


def test_upload_saves_then_gives_back_the_saved_entries(
    client: TestClient, ann: dict[str, str], data_dir: Path
) -> None:
    clip = (data_dir / "nets.flac").read_bytes()
    first = client.post(
        "/api/recordings",
        files={"file": ("nets.flac", clip, "audio/flac")},
        data={"save": "true", "today": DAY},
        headers=ann,
    )
    assert first.status_code == 200, first.text
    body = first.json()
    assert "net session" in body["transcript"].lower()
    assert [e["activity_type"] for e in body["entries"]] == ["cricket_coaching"]
    assert body["entries"][0]["id"] and body["entries"][0]["source"] == "nets.flac"
    again = client.post(
        "/api/recordings",
        files={"file": ("again.flac", clip, "audio/flac")},
        data={"save": "true"},
        headers=ann,
    )
    assert again.status_code == 200
    assert [e["id"] for e in again.json()["entries"]] == [e["id"] for e in body["entries"]]
    assert len(client.get("/api/entries", headers=ann).json()["entries"]) == 1


@pytest.mark.parametrize("clip", ["run.webm", "match.ogg", "run.m4a", "run.mp3", "run.wav"])
def test_upload_formats_without_saving(
    client: TestClient, ann: dict[str, str], data_dir: Path, clip: str
) -> None:
    answer = client.post(
        "/api/recordings",
        files={"file": (clip, (data_dir / clip).read_bytes(), "application/octet-stream")},
        data={"today": DAY},
        headers=ann,
    )
    assert answer.status_code == 200, answer.text
    entries = answer.json()["entries"]
    assert entries and all("id" not in e for e in entries)
    assert client.get("/api/entries", headers=ann).json() == {"entries": []}


@pytest.mark.parametrize(
    ("name", "status"),
    [("notes.wav", 415), ("empty.wav", 415), ("truncated.flac", 415), ("silence.wav", 422)],
)
def test_bad_uploads(
    client: TestClient, ann: dict[str, str], data_dir: Path, name: str, status: int
) -> None:
    answer = client.post(
        "/api/recordings",
        files={"file": (name, (data_dir / name).read_bytes(), "audio/wav")},
        headers=ann,
    )
    assert answer.status_code == status
    assert name in answer.json()["detail"] and "Traceback" not in answer.text


def test_upload_without_a_file_is_422(client: TestClient, ann: dict[str, str]) -> None:
    assert client.post("/api/recordings", data={"save": "true"}, headers=ann).status_code == 422
    assert client.post("/api/recordings", headers=ann).status_code == 422


def test_summary_is_what_history_week_json_prints(
    client: TestClient, ann: dict[str, str], app_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    note(client, ann, "Gym for 40 minutes, hard, felt good")
    note(client, ann, "yesterday a 5k run, easy, felt okay")
    week = client.get("/api/summary", params={"window": "week", "today": DAY}, headers=ann)
    assert week.status_code == 200
    monkeypatch.setenv("CRICKETLOG_USER", "ann@example.com")
    printed = subprocess.run(
        [sys.executable, "-m", "cricketlog", "history", "--week", "--json", "--today", DAY],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert week.json() == json.loads(printed[-1])
    assert week.json()["entries"] == 2 and week.json()["window"]["since"] == "2026-06-22"
    month = client.get("/api/summary", params={"window": "month", "today": DAY}, headers=ann)
    assert month.json()["window"]["label"] == "June 2026"
    assert client.get("/api/summary", params={"window": "year"}, headers=ann).status_code == 422


def test_export_then_import_into_another_users_diary(
    client: TestClient, ann: dict[str, str], signup: Signup
) -> None:
    note(client, ann, "Gym for 40 minutes, hard, felt good")
    note(client, ann, "Two hour net session on batting drills, felt good")
    exported = client.get("/api/export", headers=ann)
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    document = exported.json()
    assert document["format"] == "cricketlog-export" and len(document["entries"]) == 2
    bob = {"Authorization": f"Bearer {signup(client, 'bob@example.com')}"}
    restored = client.post("/api/import", content=exported.content, headers=bob)
    assert restored.json() == {"restored": 2}
    mine = client.get("/api/entries", headers=ann).json()["entries"]
    his = client.get("/api/entries", headers=bob).json()["entries"]
    strip = ("id", "created_at")
    assert [{k: v for k, v in e.items() if k not in strip} for e in his] == [
        {k: v for k, v in e.items() if k not in strip} for e in mine
    ]
    again = client.post(
        "/api/import", files={"file": ("x.json", exported.content, "application/json")}, headers=bob
    )
    assert again.status_code == 409


def test_import_of_what_is_not_an_export_is_422(client: TestClient, ann: dict[str, str]) -> None:
    answer = client.post("/api/import", content=b'{"entries": 3}', headers=ann)
    assert answer.status_code == 422
    assert "not a cricketlog export" in answer.json()["detail"]
    assert "/" not in answer.json()["detail"].split(" is not")[0]  # no server path


def test_upload_over_the_size_limit_is_413(
    client: TestClient, ann: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cricketlog.web.app import create_app

    monkeypatch.setenv("CRICKETLOG_MAX_AUDIO_MB", "1")
    big = b"RIFF" + bytes(2 * 1024 * 1024)
    with TestClient(create_app(load_settings())) as small:
        answer = small.post(
            "/api/recordings", files={"file": ("big.wav", big, "audio/wav")}, headers=ann
        )
    assert answer.status_code == 413
    assert "1 MB" in answer.json()["detail"]


def test_upload_over_the_length_limit_is_413(
    client: TestClient, ann: dict[str, str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cricketlog.web.app import create_app

    monkeypatch.setenv("CRICKETLOG_MAX_AUDIO_SECONDS", "2")
    clip = (data_dir / "nets.flac").read_bytes()
    with TestClient(create_app(load_settings())) as short:
        answer = short.post(
            "/api/recordings", files={"file": ("nets.flac", clip, "audio/flac")}, headers=ann
        )
    assert answer.status_code == 413


def test_users_share_one_model_and_transcription_leaves_the_loop_free(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    import anyio

    from cricketlog.audio.load import load
    from cricketlog.web.app import open_state

    monkeypatch.setenv("CRICKETLOG_DATABASE_URL", sqlite_url)
    web = open_state(load_settings())
    one, two = web.pipeline(1), web.pipeline(2, queued=True)
    assert one.transcriber is web.transcriber and one.extractor is two.extractor is web.extractor
    audio = load(data_dir / "run.wav", max_seconds=60, max_mb=5)
    ticks: list[float] = []

    async def tick() -> None:
        while True:
            ticks.append(anyio.current_time())
            await anyio.sleep(0.01)

    async def main() -> str:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(tick)
            heard = await web.transcribe("user-1", audio)
            tasks.cancel_scope.cancel()
        return heard.text

    text = anyio.run(main)
    web.store.close()
    assert "run" in text.lower()
    # A loop blocked by the transcription would show one gap as long as the whole of it; on a
    # busy machine the loop still waits now and then for the interpreter lock, never that long.
    gaps = sorted(b - a for a, b in itertools.pairwise(ticks))
    assert len(ticks) > 20 and gaps[len(gaps) // 2] < 0.05
    assert gaps[-1] < (ticks[-1] - ticks[0]) / 3
