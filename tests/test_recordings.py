"""Pending recordings: written whole and owner-only, listed, and let go once stored."""

from __future__ import annotations

import datetime as dt
import stat
from dataclasses import replace

import numpy as np
import pytest

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.audio.load import load
from cricketlog.config import Settings, load_settings
from cricketlog.recordings import KEPT, done, pending, save_clip


@pytest.fixture
def settings() -> Settings:
    return load_settings()


def tone(seconds: float) -> Audio:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return Audio(samples=(0.5 * np.sin(2 * np.pi * 220 * t)).astype(np.float32))


def test_a_clip_is_saved_as_16k_wav_readable_by_its_owner_only(settings: Settings) -> None:
    path = save_clip(settings, tone(1.5))
    assert path.parent == settings.recordings_dir and path.suffix == ".wav"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(settings.recordings_dir.stat().st_mode) == 0o700
    back = load(path, max_seconds=10, max_mb=10)
    assert back.duration_s == pytest.approx(1.5)
    assert np.max(np.abs(back.samples - tone(1.5).samples)) < 1e-3
    assert not list(settings.recordings_dir.glob("*.part"))


def test_pending_lists_clips_oldest_first(settings: Settings) -> None:
    assert pending(settings) == []
    later = save_clip(settings, tone(0.2), dt.datetime(2026, 11, 24, 9, 0))
    earlier = save_clip(settings, tone(0.2), dt.datetime(2026, 11, 23, 18, 30))
    assert pending(settings) == [earlier, later]


def test_done_removes_the_clip(settings: Settings) -> None:
    clip = save_clip(settings, tone(0.2))
    assert done(settings, clip) is None
    assert not clip.exists() and pending(settings) == []
    assert done(settings, clip) is None  # finishing twice is harmless


def test_keep_recordings_moves_the_clip_out_of_pending(settings: Settings) -> None:
    keeping = replace(settings, keep_recordings=True)
    clip = save_clip(keeping, tone(0.2))
    kept = done(keeping, clip)
    assert kept == settings.recordings_dir / KEPT / clip.name and kept.exists()
    assert pending(keeping) == []
