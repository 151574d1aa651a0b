"""The recording socket of a real ``cricketlog serve``, driven as the record page drives it.

Clips are streamed in real time in every format a browser sends (Chromium's WebM/Opus, Firefox's
Ogg/Opus, Safari's fragmented MP4/AAC, and pcm16), several at once on one server, on SQLite and
on PostgreSQL. Only the tests about timing stream in real time; the ones about refusals send at
once, so the suite stays quick.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import soundfile

from cricketlog.config import load_settings
from cricketlog.diary import Draft, pending_clips
from cricketlog.pipeline import Pipeline
from cricketlog.recordings import PendingClip
from cricketlog.store import Store
from livesocket import Closed, Live, live
from webapp import Signup, StartServer

T = TypeVar("T")
TODAY = "2026-12-05"
ANSWERS = {"mental_state": "pretty good", "duration_minutes": "about forty minutes"}
"""What a player says to the questions these clips raise."""


def run(coroutine: Awaitable[T]) -> T:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


def pipeline_of(db_url: str, email: str) -> Pipeline:
    """The core's pipeline of the user ``email`` on the server's database and data folder."""
    store = Store(db_url)
    user = store.users.by_email(email)
    assert user is not None
    return Pipeline(load_settings(), store=store, user_id=user.id)


def wait_for_pending(pipeline: Pipeline, seconds: float = 20) -> list[PendingClip]:
    """The user's pending clips, once the server has finished writing one (it does so on its
    own after the socket goes)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        clips = pending_clips(pipeline)
        if clips and clips[0].path.stat().st_size > 44:
            try:
                soundfile.info(clips[0].path)
                return clips
            except soundfile.LibsndfileError:
                pass  # the header is being finished
        time.sleep(0.1)
    return pending_clips(pipeline)


async def review_and_save(session: Live, shown: dict[str, Any]) -> dict[str, Any]:
    """Answer the first question asked, change a field, and save, as a player would."""
    for i, entry in enumerate(shown["entries"]):
        if entry["missing"] and entry["missing"][0] in ANSWERS:
            field = entry["missing"][0]
            answered = await session.ask(type="answer", entry=i, field=field, text=ANSWERS[field])
            assert answered["type"] == "entries", answered
            assert field not in answered["entries"][i]["missing"]
            break
    changed = await session.ask(type="set", entry=0, field="mental_state", value="excellent")
    assert changed["entries"][0]["data"]["mental_state"] == "excellent"
    saved = await session.ask(type="save")
    assert saved["type"] == "saved", saved
    return saved


CLIPS = [
    ("browser_two_takes.webm", "webm", ["fitness", "cricket_coaching"]),
    ("browser_two_takes.ogg", "ogg", ["fitness", "cricket_coaching"]),
    ("safari_run.mp4", "mp4", ["fitness"]),
    ("record_run.pcm16", "pcm16", ["fitness"]),
    ("run.webm", "webm", ["fitness"]),
]


def record_together(
    server: str, tokens: list[str], clips: list[tuple[str, str, list[str]]], data_dir: Path
) -> list[tuple[Live, dict[str, Any]]]:
    """Each clip streamed in real time by its own user, all at once; each reviewed and saved."""

    async def one(token: str, name: str, fmt: str, kinds: list[str]) -> tuple[Live, Any]:
        async with live(server, token) as session:
            shown = await session.record(data_dir / name, fmt, today=TODAY)
            assert shown["type"] == "entries", (name, shown)
            assert [entry["activity_type"] for entry in shown["entries"]] == kinds, (name, shown)
            for entry in shown["entries"]:
                assert entry["entry_date"] == TODAY
                assert len(entry["questions"]) == len(entry["missing"])
            return session, await review_and_save(session, shown)

    async def everyone() -> list[tuple[Live, Any]]:
        jobs = [one(token, *clip) for token, clip in zip(tokens, clips, strict=True)]
        return list(await asyncio.gather(*jobs))

    return run(everyone())


def test_clips_from_every_browser_streamed_at_once_are_heard_answered_and_saved(
    server: str, signup: Signup, data_dir: Path, sqlite_url: str
) -> None:
    emails = [f"player{i}@example.com" for i in range(len(CLIPS))]
    tokens = [signup(server, email) for email in emails]
    results = record_together(server, tokens, CLIPS, data_dir)

    two_takes, _ = results[0]
    assert any("run" in text and "net" not in text.lower() for text in two_takes.heard), (
        "the first take is heard in the pause before the second"
    )
    for (_, saved), token, email, (name, _, kinds) in zip(
        results, tokens, emails, CLIPS, strict=True
    ):
        assert [entry["activity_type"] for entry in saved["entries"]] == kinds
        assert saved["confirmation"].startswith("Saved your "), name
        assert "feeling great" in saved["confirmation"]
        first = saved["entries"][0]
        stored = httpx.get(
            f"{server}/api/entries/{first['id']}", headers={"Authorization": f"Bearer {token}"}
        )
        assert stored.status_code == 200 and stored.json()["data"]["mental_state"] == "excellent"
        other = tokens[(tokens.index(token) + 1) % len(tokens)]
        theirs = httpx.get(
            f"{server}/api/entries/{first['id']}", headers={"Authorization": f"Bearer {other}"}
        )
        assert theirs.status_code == 404
        assert pending_clips(pipeline_of(sqlite_url, email)) == []


@pytest.mark.postgres
def test_recording_on_postgresql(
    start_server: StartServer, signup: Signup, data_dir: Path, postgres_url: str
) -> None:
    server = start_server(env={"CRICKETLOG_DATABASE_URL": postgres_url})
    tokens = [signup(server, "mp4@example.com"), signup(server, "pcm@example.com")]
    results = record_together(server, tokens, CLIPS[2:4], data_dir)
    ids = [saved["entries"][0]["id"] for _, saved in results]
    assert len(set(ids)) == 2
    listed = httpx.get(f"{server}/api/entries", headers={"Authorization": f"Bearer {tokens[1]}"})
    assert [entry["id"] for entry in listed.json()["entries"]] == ids[1:]


def expired_token(db_url: str, email: str) -> str:
    from cricketlog.web.auth import issue_token, load_secret

    user = Store(db_url).users.by_email(email)
    assert user is not None
    return issue_token(load_secret(load_settings()), user, dt.timedelta(minutes=-1))


def closing_code(server: str, token: str | None, **options: Any) -> int | None:
    """The code the server closes with, unasked, right after the socket opens."""

    async def attempt() -> int | None:
        async with live(server, token, **options) as session:
            with pytest.raises(Closed) as closed:
                await session.reply(timeout=20)
            return closed.value.code

    return run(attempt())


def test_a_socket_without_a_valid_login_or_from_a_foreign_page_is_closed_with_1008(
    server: str, signup: Signup, sqlite_url: str, data_dir: Path
) -> None:
    token = signup(server, "keeper@example.com")
    assert closing_code(server, None) == 1008
    assert closing_code(server, "not-a-token") == 1008
    assert closing_code(server, token[:-4] + "AAAA") == 1008
    assert closing_code(server, expired_token(sqlite_url, "keeper@example.com")) == 1008
    assert closing_code(server, token, origin="http://evil.example") == 1008
    host = server.removeprefix("http://")
    assert closing_code(server, token, origin=f"http://{host.replace('127.0.0.1', 'evil')}") == 1008

    async def own_page_with_the_cookie() -> dict[str, Any]:
        cookie = f"cricketlog_token={token}"
        async with live(server, None, origin=server, cookie=cookie) as session:
            return await session.record(data_dir / "record_run.pcm16", "pcm16", realtime=False)

    assert run(own_page_with_the_cookie())["type"] == "entries"


def test_bad_input_gets_errors_and_the_session_goes_on(
    server: str, signup: Signup, sqlite_url: str, data_dir: Path
) -> None:
    token = signup(server, "bowler@example.com")

    async def conversation() -> None:
        async with live(server, token) as session:
            await session.ws.send(b"\x1a\x45\xdf\xa3" + bytes(500))
            assert "start" in (await session.reply())["message"]
            await session.ws.send("{not json")
            assert "not JSON" in (await session.reply())["message"]
            assert "'hello'" in (await session.ask(type="hello"))["message"]
            refused = await session.ask(type="answer", entry=0, field="intensity", text="hard")
            assert refused["type"] == "error" and refused["field"] == "intensity"

            silent = await session.record(data_dir / "silence.wav", "wav", realtime=False)
            assert silent == {"type": "error", "message": "No speech was heard, so the "
                              "recording is not kept."}  # fmt: skip
            await session.send(type="start", format="webm")
            await session.ws.send((data_dir / "notes.wav").read_bytes() * 20)
            assert "not webm audio" in (await session.reply())["message"]

            shown = await session.record(data_dir / "record_run.pcm16", "pcm16", realtime=False)
            bad = await session.ask(type="set", entry=0, field="intensity", value="furious")
            assert bad["type"] == "error" and bad["field"] == "intensity"
            assert "intensity" in bad["message"]
            unknown = await session.ask(type="set", entry=0, field="batting.runs", value=4)
            assert unknown["field"] == "batting.runs" and "batting.runs" in unknown["message"]
            assert shown["entries"][0]["activity_type"] == "fitness"
            assert await session.ask(type="discard") == {"type": "discarded"}
            assert (await session.ask(type="save"))["type"] == "error"

            await session.send(type="start", format="pcm16")
            await session.ws.send(bytes(1024 * 1024 + 1))
            too_big = await session.reply()
            assert too_big["type"] == "error" and "1 MiB" in too_big["message"]
            with pytest.raises(Closed) as closed:
                await session.reply()
            assert closed.value.code == 1009

        async with live(server, token) as session:  # far over: refused before it is read
            await session.send(type="start", format="pcm16")
            await session.ws.send(bytes(3 * 1024 * 1024))
            with pytest.raises(Closed) as closed:
                await session.reply()
            assert closed.value.code == 1009

    run(conversation())
    assert pending_clips(pipeline_of(sqlite_url, "bowler@example.com")) == []


def test_a_dropped_socket_leaves_the_recording_pending_with_its_answers(
    server: str, signup: Signup, sqlite_url: str, data_dir: Path
) -> None:
    dropped_token = signup(server, "dropped@example.com")
    answered_token = signup(server, "answered@example.com")

    async def drop_while_recording() -> None:
        async with live(server, dropped_token) as session:
            await session.send(type="start", format="pcm16", today="2026-12-01")
            await session.stream(_pcm16(data_dir))
            session.ws.transport.abort()  # the tab is closed: no stop, no close frame

    async def drop_after_an_answer() -> None:
        async with live(server, answered_token) as session:
            await session.record(data_dir / "record_run.pcm16", "pcm16", realtime=False)
            await session.ask(type="set", entry=0, field="mental_state", value="okay")

    async def both() -> None:
        await asyncio.gather(drop_while_recording(), drop_after_an_answer())

    run(both())
    dropped = pipeline_of(sqlite_url, "dropped@example.com")
    (clip,) = wait_for_pending(dropped)
    assert soundfile.info(clip.path).duration == pytest.approx(2.9, abs=0.1)
    draft = Draft.from_clip(dropped, clip)
    assert draft.entries[0].activity_type == "fitness"
    assert draft.entries[0].entry_date == dt.date(2026, 12, 1)
    answered = pipeline_of(sqlite_url, "answered@example.com")
    (clip,) = wait_for_pending(answered)
    assert Draft.from_clip(answered, clip).entries[0].data.mental_state == "okay"


def _pcm16(data_dir: Path) -> list[bytes]:
    from livesocket import pieces

    return pieces(data_dir / "record_run.pcm16", "pcm16")


def test_a_recording_over_the_length_limit_gets_an_error_and_1009_and_is_kept(
    start_server: StartServer, signup: Signup, sqlite_url: str, data_dir: Path
) -> None:
    limits = {
        "CRICKETLOG_MAX_AUDIO_SECONDS": "2",
        "CRICKETLOG_ALLOWED_ORIGINS": "https://club.example",
    }
    server = start_server(env=limits)
    token = signup(server, "long@example.com")

    async def too_long() -> tuple[dict[str, Any], int | None]:
        async with live(server, token, origin="https://club.example") as session:
            await session.send(type="start", format="pcm16")
            await session.stream(_pcm16(data_dir), realtime=False)
            error = await session.reply()
            with pytest.raises(Closed) as closed:
                await session.reply()
            return error, closed.value.code

    error, code = run(too_long())
    assert code == 1009 and error["type"] == "error" and "2 s limit" in error["message"]
    (clip,) = wait_for_pending(pipeline_of(sqlite_url, "long@example.com"))
    assert soundfile.info(clip.path).duration == pytest.approx(2.0, abs=0.1)
