"""Recordings waiting for their entries to be stored: nothing a player says is lost.

A recording is written to its owner's pending folder as a WAV file *before* it is transcribed,
and removed only once its entries are in the database or the player discards it. A run that is
interrupted, crashes or fails on the way leaves its clip there, and it is finished later
(``cricketlog import --pending``, or the web app's offer). The store recognises a clip whose
entries were saved just before a crash by its SHA-256, so finishing twice never stores twice.

Beside each clip a small JSON file remembers what finishing it needs besides the sound: the day
its dates are read against (the day it was said, or the ``--today`` it was recorded with), the
transcript once known, and the answers and corrections the player had already given, so a clip
finished days later is dated as it was said and asks nothing twice.

Each user has a folder of their own under the recordings folder, so pending clips are listed,
finished and discarded per user. With ``keep_recordings`` a finished clip moves to the user's
``kept/`` folder instead. The clips are health data: folders and files are owner-only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import wave
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from cricketlog.config import Settings, ensure_home

if TYPE_CHECKING:
    from cricketlog.audio import Audio

KEPT = "kept"
"""Sub-folder of a user's recordings folder for finished clips kept with ``keep_recordings``."""
ChangeKind = Literal["answer", "set", "drop"]


@dataclass(frozen=True)
class Change:
    """One thing the player did to the entries before saving, replayed when a clip is finished."""

    kind: ChangeKind
    """``answer`` (a spoken or typed answer to a question), ``set`` (a field's value), ``drop``."""
    entry: int
    """The entry's place in the list at the time (0 for the first)."""
    field: str = ""
    text: str = ""


@dataclass
class PendingClip:
    """A recording on disk whose entries are not stored yet, and what finishing it needs."""

    path: Path
    today: dt.date
    """The day its dates are read against: the day it was said, or the run's ``--today``."""
    recorded_at: dt.datetime
    transcript: str | None = None
    """What was said, once transcribed."""
    changes: list[Change] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The clip's file name (the source its entries are saved with)."""
        return self.path.name

    @property
    def notes(self) -> Path:
        """The JSON file beside the clip."""
        return self.path.with_suffix(".json")

    def remember(self) -> None:
        """Write what finishing the clip needs beside it (whole or not at all)."""
        document = {
            "today": self.today.isoformat(),
            "recorded_at": self.recorded_at.isoformat(),
            "transcript": self.transcript,
            "changes": [asdict(change) for change in self.changes],
        }
        _write_private(self.notes, json.dumps(document).encode())


def folder(settings: Settings, owner: str) -> Path:
    """The pending folder of one user (created owner-only)."""
    ensure_home(settings)
    path = settings.recordings_dir / owner
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def new_path(settings: Settings, owner: str, when: dt.datetime | None = None) -> Path:
    """Where a recording started at ``when`` (now) is written."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return folder(settings, owner) / f"record-{stamp}.wav"


def keep(
    settings: Settings,
    owner: str,
    audio: Audio,
    *,
    today: dt.date,
    when: dt.datetime | None = None,
) -> PendingClip:
    """Write ``audio`` as 16-bit PCM WAV into the owner's pending folder, with its notes."""
    import numpy as np

    from cricketlog.audio import SAMPLE_RATE

    moment = when or dt.datetime.now()
    path = new_path(settings, owner, moment)
    pcm = (np.clip(audio.samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    with _private(path) as handle, wave.open(handle, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm)
    return adopt(path, today=today, when=moment)


def adopt(path: Path, *, today: dt.date, when: dt.datetime | None = None) -> PendingClip:
    """A clip already written into a pending folder, with its notes written beside it."""
    clip = PendingClip(path, today, when or dt.datetime.now())
    clip.remember()
    return clip


def read(path: Path) -> PendingClip:
    """A pending clip and its notes; a clip without readable notes is dated by its file."""
    try:
        document = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        return PendingClip(
            path,
            dt.date.fromisoformat(document["today"]),
            dt.datetime.fromisoformat(document["recorded_at"]),
            document.get("transcript"),
            [Change(**change) for change in document.get("changes", [])],
        )
    except (OSError, ValueError, KeyError, TypeError):
        made = dt.datetime.fromtimestamp(path.stat().st_mtime)
        return PendingClip(path, made.date(), made)


def pending(settings: Settings, owner: str) -> list[PendingClip]:
    """The owner's clips whose entries are not stored yet, oldest first."""
    path = settings.recordings_dir / owner
    return [read(clip) for clip in sorted(path.glob("*.wav"))] if path.is_dir() else []


def adopt_loose(settings: Settings, owner: str) -> None:
    """Move clips left at the top of the recordings folder by older versions to ``owner``."""
    loose = (
        sorted(settings.recordings_dir.glob("*.wav")) if settings.recordings_dir.is_dir() else []
    )
    for clip in loose:
        clip.replace(folder(settings, owner) / clip.name)


def release(settings: Settings, clip: PendingClip) -> Path | None:
    """The clip's entries are stored: remove it, or move it to ``kept/``; returns where it went."""
    clip.notes.unlink(missing_ok=True)
    if not clip.path.exists():
        return None
    if not settings.keep_recordings:
        clip.path.unlink()
        return None
    kept = clip.path.parent / KEPT
    kept.mkdir(mode=0o700, exist_ok=True)
    return clip.path.replace(kept / clip.name)


def discard(clip: PendingClip) -> None:
    """Delete the clip and its notes: the player does not want it."""
    clip.path.unlink(missing_ok=True)
    clip.notes.unlink(missing_ok=True)


def _write_private(path: Path, data: bytes) -> None:
    with _private(path) as handle:
        handle.write(data)


@contextlib.contextmanager
def _private(path: Path) -> Iterator[BinaryIO]:
    """A file written owner-only under a temporary name, then renamed into place whole."""
    partial = path.with_name(path.name + ".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)  # a clip is either whole or not there, never half-written
