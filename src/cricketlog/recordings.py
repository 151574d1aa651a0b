"""Recordings waiting for their entries to be stored: nothing a player says is lost.

A recording is written to the data folder as a WAV file *before* it is transcribed, and removed
only once its entries are in the database. A run that is interrupted, crashes or fails on the way
leaves its clip here as *pending*, and ``cricketlog import --pending`` finishes it later (the store
recognises a clip whose entries were saved just before a crash by its SHA-256, so finishing twice
never stores twice). With ``keep_recordings`` a finished clip moves to ``kept/`` instead.
The clips are health data: the folder and files are readable by their owner only.
"""

from __future__ import annotations

import datetime as dt
import os
import wave
from pathlib import Path

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.config import Settings, ensure_home

KEPT = "kept"
"""Sub-folder of the recordings folder for finished clips kept with ``keep_recordings``."""


def save_clip(settings: Settings, audio: Audio, when: dt.datetime | None = None) -> Path:
    """Write ``audio`` as 16-bit PCM WAV into the recordings folder; returns its path."""
    import numpy as np

    ensure_home(settings)
    folder = settings.recordings_dir
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"record-{stamp}.wav"
    pcm = (np.clip(audio.samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    partial = path.with_suffix(".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle, wave.open(handle, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm)
    partial.replace(path)  # a clip is either whole or not there, never half-written
    return path


def pending(settings: Settings) -> list[Path]:
    """Clips whose entries are not stored yet, oldest first."""
    folder = settings.recordings_dir
    return sorted(folder.glob("*.wav")) if folder.is_dir() else []


def done(settings: Settings, clip: Path) -> Path | None:
    """The clip's entries are stored: remove it, or move it to ``kept/``; returns where it went."""
    if not clip.exists():
        return None
    if not settings.keep_recordings:
        clip.unlink()
        return None
    kept = settings.recordings_dir / KEPT
    kept.mkdir(mode=0o700, exist_ok=True)
    return clip.replace(kept / clip.name)
