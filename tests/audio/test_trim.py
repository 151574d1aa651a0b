"""Trimming silence off real speech, and refusing clips with nothing in them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.audio.load import load
from cricketlog.audio.trim import MARGIN_S, trim
from cricketlog.errors import AudioError


def test_leading_and_trailing_silence_are_cut(data_dir: Path) -> None:
    audio = load(data_dir / "run.wav", max_seconds=300, max_mb=50)
    trimmed = trim(audio)
    # The clip has a second of silence either side; a margin is kept on each side.
    cut = audio.duration_s - trimmed.duration_s
    assert 2 - 2 * MARGIN_S - 0.25 < cut <= 2.0
    assert trimmed.source == "run.wav"


def test_speech_is_not_cut_into() -> None:
    tone = np.sin(np.arange(SAMPLE_RATE) * 2 * np.pi * 220 / SAMPLE_RATE).astype(np.float32) * 0.3
    trimmed = trim(Audio(samples=tone, source="tone"))
    assert trimmed.duration_s == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("samples", "reason"),
    [
        (np.zeros(SAMPLE_RATE * 2, dtype=np.float32), "silent"),
        (np.full(SAMPLE_RATE, 1e-4, dtype=np.float32), "silent"),
        (np.zeros(0, dtype=np.float32), "silent"),
    ],
)
def test_silence_is_refused(samples: np.ndarray, reason: str) -> None:
    with pytest.raises(AudioError, match=reason):
        trim(Audio(samples=samples, source="quiet.wav"))


def test_a_click_is_too_short_to_be_speech() -> None:
    click = np.zeros(SAMPLE_RATE * 2, dtype=np.float32)
    click[SAMPLE_RATE] = 0.9
    with pytest.raises(AudioError, match="too short"):
        trim(Audio(samples=click, source="click.wav"))


def _librosa_bounds(samples: np.ndarray) -> tuple[int, int]:
    import librosa

    from cricketlog.audio.trim import FRAME, HOP, TOP_DB

    _, bounds = librosa.effects.trim(samples, top_db=TOP_DB, frame_length=FRAME, hop_length=HOP)
    return int(bounds[0]), int(bounds[1])


@pytest.mark.parametrize("name", ["run.wav", "nets.flac", "match.ogg", "run.m4a"])
def test_bounds_are_librosa_effects_trim_s(data_dir: Path, name: str) -> None:
    from cricketlog.audio.trim import _speech_bounds

    samples = load(data_dir / name, max_seconds=300, max_mb=50).samples
    assert _speech_bounds(samples) == _librosa_bounds(samples)


def test_bounds_stay_librosa_s_after_minutes_of_loud_sound() -> None:
    """The running sum of squares grows large; quiet frames after it must still read as quiet."""
    from cricketlog.audio.trim import _speech_bounds

    rng = np.random.default_rng(7)
    loud = rng.uniform(-0.9, 0.9, SAMPLE_RATE * 240).astype(np.float32)
    soft = rng.uniform(-0.02, 0.02, SAMPLE_RATE * 2).astype(np.float32)  # 33 dB down: kept
    faint = rng.uniform(-1e-4, 1e-4, SAMPLE_RATE * 30).astype(np.float32)  # silence
    samples = np.concatenate([faint, loud, soft, faint])
    assert _speech_bounds(samples) == _librosa_bounds(samples)
