"""One live recording's steps without a server: real clips pushed in chunks, the real model.

The socket's own tests (``test_socket.py``) stream the same clips through a real server in real
time; here every branch of the state machine is walked quickly, and what it leaves on disk and in
the database is checked.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import threading
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
import soundfile

from cricketlog.audio.stream import FORMATS
from cricketlog.config import Settings, load_settings
from cricketlog.diary import Draft, pending_clips
from cricketlog.pipeline import Pipeline
from cricketlog.store import Store
from cricketlog.web.live import MAX_FRAME, NO_SPEECH, LiveSession, Message, Phase, Reply, _Start
from cricketlog.web.transcribing import TranscriptionQueue

TODAY = "2026-12-05"


def chunks(data: bytes, size: int = 4000) -> list[bytes]:
    return [data[at : at + size] for at in range(0, len(data), size)]


@pytest.fixture
def settings() -> Settings:
    return load_settings()


@pytest.fixture
def pipeline(settings: Settings, sqlite_url: str) -> Iterator[Pipeline]:
    store = Store(sqlite_url)
    user = store.users.create("player@example.com")
    yield Pipeline(settings, store=store, user_id=user.id)
    store.close()


@pytest.fixture
def queue(pipeline: Pipeline) -> Iterator[TranscriptionQueue]:
    transcriptions = TranscriptionQueue(pipeline.transcribe_audio)
    yield transcriptions
    transcriptions.close()


class Heard:
    """Collects ``heard`` messages from the early transcriber's thread."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.first = threading.Event()

    def __call__(self, message: Message) -> None:
        self.messages.append(message)
        self.first.set()


@pytest.fixture
def heard() -> Heard:
    return Heard()


@pytest.fixture
def session(pipeline: Pipeline, queue: TranscriptionQueue, heard: Heard) -> Iterator[LiveSession]:
    live = LiveSession(pipeline, functools.partial(queue.transcribe, "one"), heard)
    yield live
    live.end()


def send(session: LiveSession, **message: object) -> Reply:
    return session.receive_text(json.dumps(message))


def only(reply: Reply, kind: str) -> Message:
    assert len(reply.messages) == 1, reply
    message = reply.messages[0]
    assert message["type"] == kind, message
    return message


def record(session: LiveSession, path: Path, fmt: str) -> Message:
    assert send(session, type="start", format=fmt, today=TODAY) == Reply()
    for piece in chunks(path.read_bytes()):
        assert session.receive_audio(piece) == Reply()
    return only(send(session, type="stop"), "entries")


def test_a_webm_recording_is_heard_while_spoken_then_answered_changed_and_saved(
    session: LiveSession, pipeline: Pipeline, heard: Heard, data_dir: Path
) -> None:
    assert send(session, type="start", format="webm", today=TODAY) == Reply()
    pieces = chunks((data_dir / "browser_two_takes.webm").read_bytes(), 1024)
    pushed = 0
    assert session.recording is not None
    while session.recording.elapsed_s < 5.3:  # the first take ends at 4.7 s, the next at 6.7 s
        session.receive_audio(pieces[pushed])
        pushed += 1
        threading.Event().wait(0.02)
    assert heard.first.wait(30), "nothing was heard in the pause between the takes"
    assert session.clip is not None
    assert session.clip.path.stat().st_size > 64000, "the first take is on disk already"
    assert "run" in heard.messages[0]["text"] and "net" not in heard.messages[0]["text"].lower()
    for piece in pieces[pushed:]:
        assert session.receive_audio(piece) == Reply()
    shown = only(send(session, type="stop"), "entries")
    assert "short ball" in shown["transcript"]
    kinds = [entry["activity_type"] for entry in shown["entries"]]
    assert kinds == ["fitness", "cricket_coaching"]
    assert all(entry["entry_date"] == TODAY for entry in shown["entries"])
    coaching = shown["entries"][1]
    assert coaching["missing"] and len(coaching["questions"]) == len(coaching["missing"])

    field = coaching["missing"][0]
    assert field == "mental_state"
    answered = only(
        send(session, type="answer", entry=1, field=field, text="pretty good"), "entries"
    )
    assert answered["entries"][1]["data"]["mental_state"] == "good"
    assert field not in answered["entries"][1]["missing"]
    changed = only(send(session, type="set", entry=0, field="intensity", value="low"), "entries")
    assert changed["entries"][0]["data"]["intensity"] == "low"
    minutes = only(
        send(session, type="set", entry=0, field="duration_minutes", value=50), "entries"
    )
    assert minutes["entries"][0]["data"]["duration_minutes"] == 50

    saved = only(send(session, type="save"), "saved")
    ids = [entry["id"] for entry in saved["entries"]]
    assert len(ids) == 2 and all(isinstance(i, int) for i in ids)
    assert saved["confirmation"].startswith("Saved your 50 minute run: low intensity")
    assert "nets session" in saved["confirmation"] and "feeling good" in saved["confirmation"]
    stored = [pipeline.entries.get(i) for i in ids]
    assert stored[1].data.mental_state == "good"
    assert pending_clips(pipeline) == [] and session.phase is Phase.IDLE


@pytest.mark.parametrize(
    ("name", "fmt", "words"),
    [
        ("browser_two_takes.ogg", "ogg", "short ball"),
        ("safari_run.mp4", "mp4", "run"),
        ("record_run.pcm16", "pcm16", "run"),
        ("run.wav", "wav", "run"),
    ],
)
def test_every_format_a_browser_sends_gives_entries(
    session: LiveSession, data_dir: Path, name: str, fmt: str, words: str
) -> None:
    shown = record(session, data_dir / name, fmt)
    assert words in shown["transcript"]
    assert shown["entries"][0]["activity_type"] == "fitness"
    assert only(send(session, type="discard"), "discarded")
    assert pending_clips(session.pipeline) == []


def test_the_formats_accepted_are_the_streams_formats() -> None:
    allowed = typing.get_args(_Start.model_fields["format"].annotation)
    assert set(allowed) == set(FORMATS)


def test_a_dropped_socket_leaves_the_recording_pending_to_finish_later(
    pipeline: Pipeline, queue: TranscriptionQueue, data_dir: Path
) -> None:
    session = LiveSession(pipeline, functools.partial(queue.transcribe, "drop"), Heard())
    send(session, type="start", format="pcm16", today="2026-12-01")
    for piece in chunks((data_dir / "record_run.pcm16").read_bytes()):
        session.receive_audio(piece)
    session.end()  # no stop, no save: the connection went
    (clip,) = pending_clips(pipeline)
    assert clip.today.isoformat() == "2026-12-01"
    draft = Draft.from_clip(pipeline, clip)
    assert draft.entries[0].activity_type == "fitness" and "run" in draft.transcript
    assert draft.entries[0].entry_date.isoformat() == "2026-12-01"


def test_answers_given_before_the_socket_dropped_are_kept_with_the_clip(
    session: LiveSession, pipeline: Pipeline, data_dir: Path
) -> None:
    record(session, data_dir / "record_run.pcm16", "pcm16")
    only(send(session, type="set", entry=0, field="mental_state", value="okay"), "entries")
    session.end()
    (clip,) = pending_clips(pipeline)
    draft = Draft.from_clip(pipeline, clip)
    assert draft.entries[0].data.mental_state == "okay"


def test_silence_is_an_error_and_nothing_is_kept(session: LiveSession, data_dir: Path) -> None:
    send(session, type="start", format="wav", today=TODAY)
    for piece in chunks((data_dir / "silence.wav").read_bytes()):
        session.receive_audio(piece)
    assert only(send(session, type="stop"), "error")["message"] == NO_SPEECH
    assert pending_clips(session.pipeline) == [] and session.phase is Phase.IDLE
    assert record(session, data_dir / "run.wav", "wav")["entries"], "a new start works after it"


def test_a_dropped_silent_recording_is_not_kept(session: LiveSession, data_dir: Path) -> None:
    send(session, type="start", format="wav", today=TODAY)
    session.receive_audio((data_dir / "silence.wav").read_bytes())
    session.end()
    assert pending_clips(session.pipeline) == []
    assert not list(session.pipeline.settings.recordings_dir.rglob("*.*"))


def test_what_is_not_audio_is_refused_and_nothing_kept(
    session: LiveSession, data_dir: Path
) -> None:
    send(session, type="start", format="webm", today=TODAY)
    refused = only(session.receive_audio((data_dir / "notes.wav").read_bytes()), "error")
    assert "not webm audio" in refused["message"]
    assert session.phase is Phase.IDLE and pending_clips(session.pipeline) == []


def test_speech_with_no_entry_in_it_gives_none_and_saves_nothing(
    session: LiveSession, data_dir: Path
) -> None:
    shown = record(session, data_dir / "chatter.wav", "wav")
    assert shown["entries"] == [] and "weather" in shown["transcript"]
    saved = only(send(session, type="save"), "saved")
    assert saved == {"type": "saved", "entries": [], "confirmation": "Nothing saved."}
    assert pending_clips(session.pipeline) == []


def test_the_same_audio_streamed_again_gives_back_its_saved_entries(
    session: LiveSession, pipeline: Pipeline, data_dir: Path
) -> None:
    record(session, data_dir / "record_run.pcm16", "pcm16")
    first = only(send(session, type="save"), "saved")["entries"]
    again = record(session, data_dir / "record_run.pcm16", "pcm16")
    assert [entry["id"] for entry in again["entries"]] == [entry["id"] for entry in first]
    assert only(send(session, type="save"), "saved")["entries"] == first
    assert len(pipeline.entries.find(_all())) == 1


def _all() -> typing.Any:
    from cricketlog.store import Query

    return Query()


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "Unknown message type none"),
        ('{"type": "hello"}', "Unknown message type 'hello'"),
        ('{"type": "start", "format": "flac"}', "start: format: Input should be"),
        ('{"type": "start", "format": "webm", "today": "2026-13-01"}', "start: today:"),
        ('{"type": "answer", "entry": 0, "field": "x", "text": "y"}', "x: there are no entries"),
        ('{"type": "stop"}', "no recording to stop"),
        ('{"type": "save"}', "no entries to save"),
        ('{"type": "discard"}', "no recording to discard"),
    ],
)
def test_bad_or_untimely_messages_get_an_error_and_the_session_goes_on(
    session: LiveSession, data_dir: Path, raw: str, says: str
) -> None:
    assert says in only(session.receive_text(raw), "error")["message"]
    assert record(session, data_dir / "record_run.pcm16", "pcm16")["entries"]


def test_audio_before_start_is_refused(session: LiveSession) -> None:
    reply = session.receive_audio(b"\x1a\x45\xdf\xa3" + bytes(100))
    assert "start" in only(reply, "error")["message"] and reply.close is None


def test_answers_and_changes_that_do_not_fit_name_the_field(
    session: LiveSession, data_dir: Path
) -> None:
    record(session, data_dir / "record_run.pcm16", "pcm16")
    cases = [
        ({"type": "set", "entry": 0, "field": "intensity", "value": "furious"}, "intensity"),
        ({"type": "set", "entry": 0, "field": "batting.runs", "value": 3}, "batting.runs"),
        ({"type": "answer", "entry": 0, "field": "mental_state", "text": "blue"}, "mental_state"),
        ({"type": "set", "entry": 5, "field": "intensity", "value": "high"}, "intensity"),
        ({"type": "set", "entry": 0, "field": "intensity"}, "value"),
    ]
    for message, field in cases:
        refused = only(send(session, **message), "error")
        assert refused["field"] == field, refused
        assert field in refused["message"] or "no such entry" in refused["message"]
        assert session.phase is Phase.REVIEWING
    assert only(send(session, type="save"), "saved")["entries"][0]["data"]["intensity"] == "high"


def test_a_frame_over_1_mib_closes_with_1009(session: LiveSession) -> None:
    send(session, type="start", format="pcm16", today=TODAY)
    reply = session.receive_audio(bytes(MAX_FRAME + 1))
    assert reply.close == 1009 and "1 MiB" in only(reply, "error")["message"]
    assert session.receive_audio(bytes(MAX_FRAME)).close is None  # exactly 1 MiB is allowed


def limited(pipeline: Pipeline, **limits: float) -> Pipeline:
    """The same user's pipeline with lower recording limits."""
    settings = dataclasses.replace(pipeline.settings, **limits)  # type: ignore[arg-type]
    return Pipeline(settings, store=pipeline.store, user_id=pipeline.entries.user_id)


def test_a_recording_over_the_length_limit_closes_with_1009_and_is_kept(
    pipeline: Pipeline, queue: TranscriptionQueue, data_dir: Path
) -> None:
    short = limited(pipeline, max_audio_seconds=2.0)
    session = LiveSession(short, functools.partial(queue.transcribe, "long"), Heard())
    send(session, type="start", format="pcm16", today=TODAY)
    replies = [
        session.receive_audio(p) for p in chunks((data_dir / "record_run.pcm16").read_bytes())
    ]
    closing = [reply for reply in replies if reply.close is not None]
    assert closing[0].close == 1009 and "2 s limit" in only(closing[0], "error")["message"]
    session.end()
    (clip,) = pending_clips(short)
    assert soundfile.info(clip.path).duration == pytest.approx(2.0, abs=0.1)
    assert "45 minute" in Draft.from_clip(short, clip).transcript  # what was said is there


def test_a_recording_over_the_size_limit_closes_with_1009(
    pipeline: Pipeline, queue: TranscriptionQueue
) -> None:
    small = limited(pipeline, max_audio_mb=1.0)
    session = LiveSession(small, functools.partial(queue.transcribe, "big"), Heard())
    send(session, type="start", format="pcm16", today=TODAY)
    assert session.receive_audio(bytes(MAX_FRAME)).close is None
    reply = session.receive_audio(bytes(10))
    assert reply.close == 1009 and "1 MB limit" in only(reply, "error")["message"]
    session.end()


def test_discarding_a_recording_under_way_deletes_its_clip(
    session: LiveSession, data_dir: Path
) -> None:
    send(session, type="start", format="pcm16", today=TODAY)
    session.receive_audio((data_dir / "record_run.pcm16").read_bytes())
    assert only(send(session, type="discard"), "discarded")
    assert not list(session.pipeline.settings.recordings_dir.rglob("*.*"))
