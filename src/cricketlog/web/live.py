"""One player's live recording over the socket, as a state machine that knows no web framework.

The socket (:mod:`cricketlog.web.socket`) only authenticates, moves frames and sends replies; what
the messages of the contract's steps mean is decided here, over the same core ``cricketlog
record`` uses, so the two cannot drift apart:

- ``start`` opens a pending clip for the user (:func:`cricketlog.diary.start_recording`) and a
  :class:`~cricketlog.audio.stream.StreamRecording` that decodes the browser's chunks and writes
  the sound into that clip from the first chunk on, so a dropped socket or a dead process keeps
  what was said;
- while audio arrives, :class:`~cricketlog.transcribe.early.EarlyTranscriber` transcribes the
  recording in each of the speaker's pauses, and each new guess goes out as a ``heard`` message;
- ``stop`` ends the stream; the early guess is usually the transcript already, so the entries
  (a :class:`~cricketlog.diary.Draft` of the clip) follow at once, each with its ``missing``
  fields and ``questions``;
- ``answer`` and ``set`` go to :meth:`Draft.answer` and :meth:`Draft.set` (written beside the clip
  at once), ``save`` stores the entries and lets the clip go, ``discard`` deletes it.

A socket that closes before ``save`` or ``discard`` leaves the clip pending for its user (with the
answers given so far), to be finished later like any other; a recording with no speech in it is
not worth keeping and goes. The methods block (decoding, waiting for a transcription, the
database): the socket calls them off the event loop, one at a time for one session. ``heard``
messages come from the early transcriber's thread through ``on_heard``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ValidationError

from cricketlog.audio.capture import Stop
from cricketlog.audio.stream import MB, StreamRecording
from cricketlog.errors import AudioError, AudioLimitError, CricketlogError, NotAudioError

if TYPE_CHECKING:
    from cricketlog.audio import Audio
    from cricketlog.diary import Draft
    from cricketlog.entries.schemas import Entry
    from cricketlog.pipeline import Pipeline
    from cricketlog.recordings import PendingClip
    from cricketlog.transcribe import Transcript
    from cricketlog.transcribe.early import EarlyTranscriber

Message = dict[str, Any]
"""One JSON message, as sent or received."""
MAX_FRAME = MB
"""The largest binary frame the contract allows."""
TOO_BIG = 1009
"""WebSocket close code: a frame, or the recording, is over its limit."""
NOTHING_SAVED = "Nothing saved."
NO_SPEECH = "No speech was heard, so the recording is not kept."
KEPT = "The recording is kept: finish it from the record page."


class Phase(enum.Enum):
    """Where a session is in the contract's steps."""

    IDLE = "idle"
    """Before ``start``, and again after ``save`` or ``discard``."""
    RECORDING = "recording"
    """Between ``start`` and ``stop``: audio is welcome."""
    REVIEWING = "reviewing"
    """Entries shown: answers, changes, ``save`` or ``discard``."""


@dataclass
class Reply:
    """What the socket sends back, in order, and whether it then closes (with which code)."""

    messages: list[Message] = field(default_factory=list)
    close: int | None = None


class _Start(BaseModel):
    format: Literal["webm", "ogg", "mp4", "wav", "pcm16"]
    today: dt.date | None = None


class _Answer(BaseModel):
    entry: int
    field: str
    text: str


class _Set(BaseModel):
    entry: int
    field: str
    value: str | int | float | None


class _Bare(BaseModel):
    pass


MESSAGES: dict[str, type[BaseModel]] = {
    "start": _Start,
    "stop": _Bare,
    "answer": _Answer,
    "set": _Set,
    "save": _Bare,
    "discard": _Bare,
}
"""The messages a client sends, by ``type``, and what each carries."""


def error(message: str, **extra: Any) -> Message:
    """An ``error`` message."""
    return {"type": "error", "message": message, **extra}


class LiveSession:
    """The contract's steps 1-6 for one socket of one user; a new ``start`` after each end.

    ``transcribe`` transcribes a recording in this session's turn (the shared model's queue);
    ``on_heard`` sends a ``heard`` message, from another thread.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        transcribe: Callable[[Audio], Transcript],
        on_heard: Callable[[Message], None],
    ) -> None:
        self.pipeline = pipeline
        self.transcribe = transcribe
        self.on_heard = on_heard
        self.phase = Phase.IDLE
        self.clip: PendingClip | None = None
        """The pending clip of the recording under way or under review."""
        self.recording: StreamRecording | None = None
        self.draft: Draft | None = None
        self._early: EarlyTranscriber | None = None

    def receive_text(self, raw: str) -> Reply:
        """Act on one JSON message."""
        try:
            message = json.loads(raw)
        except ValueError:
            return Reply([error("That message is not JSON.")])
        kind = message.get("type") if isinstance(message, dict) else None
        if kind not in MESSAGES:
            known = ", ".join(MESSAGES)
            shown = f"{kind!r}" if isinstance(kind, str) else "none"
            return Reply([error(f"Unknown message type {shown}: send one of {known}.")])
        try:
            body = MESSAGES[kind].model_validate({k: v for k, v in message.items() if k != "type"})
        except ValidationError as exc:
            first = exc.errors()[0]
            name = ".".join(str(part) for part in first["loc"])
            return Reply([error(f"{kind}: {name}: {first['msg']}.", field=name)])
        return getattr(self, f"_{kind}")(body)

    def receive_audio(self, chunk: bytes) -> Reply:
        """Take the next piece of the recording."""
        if len(chunk) > MAX_FRAME:
            return Reply([error("An audio frame is over 1 MiB; send smaller chunks.")], TOO_BIG)
        if self.phase is not Phase.RECORDING or self.recording is None:
            return Reply([error("Send a start message before the audio.")])
        try:
            self.recording.push(chunk)
        except AudioLimitError as exc:
            return Reply([error(f"{exc} {KEPT}")], TOO_BIG)
        except NotAudioError as exc:
            self._abandon()
            return Reply([error(str(exc))])
        if self.recording.reason is Stop.MAX_LENGTH:
            limit = self.pipeline.settings.max_audio_seconds
            return Reply([error(f"The recording reached the {limit:g} s limit. {KEPT}")], TOO_BIG)
        return Reply()

    def end(self) -> None:
        """The socket has closed: a recording under way is finished on disk and left pending
        unless it holds no speech; a draft under review is pending already."""
        if self.phase is Phase.RECORDING:
            assert self.recording is not None and self._early is not None
            self._early.stop()
            try:
                self.recording.close()  # everything that arrived is kept
            except CricketlogError:
                self._abandon()
                return
            if not self.recording.heard_speech:
                self._abandon()
        self._reset()

    def _start(self, body: _Start) -> Reply:
        from cricketlog.diary import start_recording
        from cricketlog.entries.schemas import in_calendar
        from cricketlog.transcribe.early import EarlyTranscriber

        if self.phase is not Phase.IDLE:
            return Reply([error(f"A recording is {self.phase.value} already: save or discard it.")])
        try:
            today = in_calendar(body.today or dt.date.today())
        except CricketlogError as exc:
            return Reply([error(f"today: {exc}", field="today")])
        settings = self.pipeline.settings
        self.clip = start_recording(self.pipeline, today)
        self.recording = StreamRecording(
            body.format,
            max_seconds=settings.max_audio_seconds,
            max_mb=settings.max_audio_mb,
            silence_seconds=settings.silence_seconds,
            clip=self.clip.path,
        )
        self._early = EarlyTranscriber(self.recording, self.transcribe, self._heard).start()
        self.phase = Phase.RECORDING
        return Reply()

    def _heard(self, guess: Transcript) -> None:
        self.on_heard({"type": "heard", "text": guess.text})

    def _stop(self, _body: _Bare) -> Reply:
        from cricketlog.diary import Draft

        if self.phase is not Phase.RECORDING:
            return Reply([error("There is no recording to stop.")])
        assert self.recording is not None and self._early is not None and self.clip is not None
        try:
            self.recording.close()  # what was sent is decoded to its end first
            transcript = self._early.finish(self.recording.audio())
            if not transcript.text:
                raise AudioError("No words were recognised in the recording.")
        except AudioError as exc:
            return self._unheard(exc)
        except CricketlogError as exc:
            self._reset()
            return Reply([error(f"{exc} {KEPT}")])
        try:
            draft = Draft.from_clip(self.pipeline, self.clip, transcript.text)
        except CricketlogError as exc:
            self._reset()
            return Reply([error(f"{exc} {KEPT}")])
        self.draft, self.phase = draft, Phase.REVIEWING
        return Reply([self._entries(transcript.text)])

    def _unheard(self, exc: AudioError) -> Reply:
        """The recording gave no words: gone when no speech was heard, kept otherwise."""
        assert self.recording is not None
        if isinstance(exc, NotAudioError) or not self.recording.heard_speech:
            self._abandon()
            return Reply([error(NO_SPEECH if not isinstance(exc, NotAudioError) else str(exc))])
        self._reset()
        return Reply([error(f"{exc} {KEPT}")])

    def _entries(self, transcript: str | None = None) -> Message:
        assert self.draft is not None
        shown: list[Entry] = self.draft.entries or list(self.draft.already_saved)
        return {
            "type": "entries",
            "transcript": transcript or self.draft.transcript,
            "entries": [entry.to_json() for entry in shown],
        }

    def _answer(self, body: _Answer) -> Reply:
        return self._change(body.field, lambda d: d.answer(body.entry, body.field, body.text))

    def _set(self, body: _Set) -> Reply:
        value = body.value
        text = "null" if value is None else value if isinstance(value, str) else json.dumps(value)
        return self._change(body.field, lambda d: d.set(body.entry, body.field, text))

    def _change(self, name: str, apply: Callable[[Draft], object]) -> Reply:
        if self.phase is not Phase.REVIEWING or self.draft is None:
            return Reply([error(f"{name}: there are no entries to change yet.", field=name)])
        try:
            apply(self.draft)
        except CricketlogError as exc:
            return Reply([error(str(exc), field=name)])
        return Reply([self._entries()])

    def _save(self, _body: _Bare) -> Reply:
        from cricketlog.speak import confirmation

        if self.phase is not Phase.REVIEWING or self.draft is None:
            return Reply([error("There are no entries to save.")])
        draft = self.draft
        try:
            saved = draft.save() or draft.already_saved
        except CricketlogError as exc:
            return Reply([error(str(exc))])
        self._reset()
        sentence = " ".join(confirmation(entry, draft.today) for entry in saved)
        return Reply(
            [
                {
                    "type": "saved",
                    "entries": [entry.to_json() for entry in saved],
                    "confirmation": sentence or NOTHING_SAVED,
                }
            ]
        )

    def _discard(self, _body: _Bare) -> Reply:
        if self.phase is Phase.IDLE:
            return Reply([error("There is no recording to discard.")])
        if self.draft is not None:
            self.draft.discard()
        else:
            self._abandon()
        self._reset()
        return Reply([{"type": "discarded"}])

    def _abandon(self) -> None:
        """Throw the recording under way away, with its clip."""
        from cricketlog.recordings import discard

        if self._early is not None:
            self._early.stop()
        if self.recording is not None:
            self.recording.stop()
            with contextlib.suppress(CricketlogError):  # nothing decodable: nothing to finish
                self.recording.close()
        if self.clip is not None:
            discard(self.clip)
        self._reset()

    def _reset(self) -> None:
        if self._early is not None:
            self._early.stop()  # waits for a transcription under way: none outlives its session
        self.phase = Phase.IDLE
        self.clip, self.recording, self.draft, self._early = None, None, None, None
