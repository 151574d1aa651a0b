"""The silence detector and level meter every recording shares (microphone or stream)."""

from __future__ import annotations

import numpy as np
import pytest

from cricketlog.audio.capture import QUIET_DB, SilenceDetector, level_db

BLOCK = 0.05


def feed(detector: SilenceDetector, levels: list[tuple[float, float]]) -> float | None:
    """Feed (dB, seconds) stretches in blocks; the time at which it asked to stop, if it did."""
    elapsed = 0.0
    for db, seconds in levels:
        for _ in range(round(seconds / BLOCK)):
            elapsed += BLOCK
            if detector.feed(db, BLOCK):
                return round(elapsed, 2)
    return None


def test_level_db_of_silence_and_full_scale() -> None:
    assert level_db(np.zeros(800, np.float32)) == QUIET_DB
    assert level_db(np.ones(800, np.float32)) == pytest.approx(0.0)
    assert level_db(np.full(800, 0.1, np.float32)) == pytest.approx(-20.0)


def test_stops_after_silence_that_follows_speech() -> None:
    detector = SilenceDetector(silence_s=1.0)
    assert feed(detector, [(-100, 1.0), (-20, 2.0), (-100, 3.0)]) == pytest.approx(4.0)


def test_silence_alone_never_stops() -> None:
    assert feed(SilenceDetector(silence_s=1.0), [(-100, 10.0)]) is None


def test_a_click_does_not_arm_auto_stop() -> None:
    assert feed(SilenceDetector(silence_s=0.5), [(-60, 1), (-10, 0.1), (-60, 3)]) is None


def test_pauses_shorter_than_the_silence_do_not_stop() -> None:
    detector = SilenceDetector(silence_s=1.0)
    assert feed(detector, [(-20, 1), (-70, 0.8), (-20, 1), (-70, 0.8), (-20, 1)]) is None


def test_noisy_room_speech_stands_out_from_the_floor() -> None:
    detector = SilenceDetector(silence_s=1.0)
    assert feed(detector, [(-38, 2), (-15, 2), (-38, 2)]) == pytest.approx(5.0)
    assert not detector.is_speech(-38)
