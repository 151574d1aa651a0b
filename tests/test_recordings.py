"""Pending recordings: written whole and owner-only per user, listed, and let go once stored."""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import replace

import numpy as np
import pytest

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.audio.load import load
from cricketlog.config import Settings, load_settings
from cricketlog.recordings import KEPT, adopt_loose, discard, keep, pending, read, release

DAY = dt.date(2026, 11, 24)


@pytest.fixture
def settings() -> Settings:
    return load_settings()


def tone(seconds: float) -> Audio:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return Audio(samples=(0.5 * np.sin(2 * np.pi * 220 * t)).astype(np.float32))


def test_a_clip_is_saved_as_16k_wav_readable_by_its_owner_only(settings: Settings) -> None:
    clip = keep(settings, "7", tone(1.5), today=DAY)
    assert clip.path.parent == settings.recordings_dir / "7" and clip.path.suffix == ".wav"
    for path in (clip.path, clip.notes):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (settings.recordings_dir, clip.path.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    back = load(clip.path, max_seconds=10, max_mb=10)
    assert back.duration_s == pytest.approx(1.5)
    assert np.max(np.abs(back.samples - tone(1.5).samples)) < 1e-3
    assert not list(settings.recordings_dir.rglob("*.part"))
    assert read(clip.path) == clip


def test_pending_lists_one_users_clips_oldest_first(settings: Settings) -> None:
    assert pending(settings, "7") == []
    later = keep(settings, "7", tone(0.2), today=DAY, when=dt.datetime(2026, 11, 24, 9, 0))
    earlier = keep(settings, "7", tone(0.2), today=DAY, when=dt.datetime(2026, 11, 23, 18, 30))
    theirs = keep(settings, "8", tone(0.2), today=DAY)
    assert [c.path for c in pending(settings, "7")] == [earlier.path, later.path]
    assert [c.path for c in pending(settings, "8")] == [theirs.path]


def test_a_clip_without_notes_is_dated_by_its_file(settings: Settings) -> None:
    clip = keep(settings, "7", tone(0.2), today=DAY)
    clip.notes.unlink()
    moment = dt.datetime(2026, 11, 2, 20, 15).timestamp()
    os.utime(clip.path, (moment, moment))
    assert read(clip.path).today == dt.date(2026, 11, 2) and read(clip.path).changes == []


def test_clips_from_before_folders_per_user_are_adopted(settings: Settings) -> None:
    clip = keep(settings, "7", tone(0.2), today=DAY)
    loose = clip.path.replace(settings.recordings_dir / clip.name)
    adopt_loose(settings, "local")
    [adopted] = pending(settings, "local")
    assert adopted.name == loose.name and not loose.exists()


def test_release_removes_the_clip_and_discard_too(settings: Settings) -> None:
    clip = keep(settings, "7", tone(0.2), today=DAY)
    assert release(settings, clip) is None
    assert not clip.path.exists() and not clip.notes.exists() and pending(settings, "7") == []
    assert release(settings, clip) is None  # finishing twice is harmless
    other = keep(settings, "7", tone(0.2), today=DAY)
    discard(other)
    assert pending(settings, "7") == [] and not other.notes.exists()


def test_keep_recordings_moves_the_clip_out_of_pending(settings: Settings) -> None:
    keeping = replace(settings, keep_recordings=True)
    clip = keep(keeping, "7", tone(0.2), today=DAY)
    kept = release(keeping, clip)
    assert kept == settings.recordings_dir / "7" / KEPT / clip.name and kept.exists()
    assert pending(keeping, "7") == []
