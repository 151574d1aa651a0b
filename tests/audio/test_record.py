"""Recording from a real (PulseAudio) device: auto-stop, maximum length, resampling, early text."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cricketlog.audio import SAMPLE_RATE
from cricketlog.audio.devices import find_input
from cricketlog.audio.record import QUIET_DB, Recorder, SilenceDetector, Stop, level_db
from cricketlog.pipeline import Pipeline
from pulse import Pulse, pulse, warm_pipeline  # noqa: F401  (fixtures)

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


@pytest.fixture
def run_wav(data_dir: Path) -> Path:
    return data_dir / "record_run.wav"


def record(pulse: Pulse, wav: Path | None, **options: float | bool) -> Recorder:  # noqa: F811
    settings: dict[str, float | bool] = {
        "max_seconds": 15.0,
        "silence_seconds": 0.8,
        "auto_stop": True,
    }
    recorder = Recorder(find_input(), **{**settings, **options})  # type: ignore[arg-type]
    with recorder:
        player = pulse.play(wav) if wav else None
        while not recorder.wait(0.05):
            pass
    if player:
        player.wait(10)
    return recorder


def test_records_speech_stops_on_silence_with_the_words_ready(
    pulse: Pulse,  # noqa: F811
    run_wav: Path,
    warm_pipeline: Pipeline,  # noqa: F811
) -> None:
    from cricketlog.transcribe.early import EarlyTranscriber

    core = warm_pipeline
    recorder = Recorder(find_input(), max_seconds=15, silence_seconds=1.0, auto_stop=True)
    with recorder:
        early = EarlyTranscriber(recorder, core.transcribe_audio).start()
        pulse.play(run_wav).wait(10)
        while not recorder.wait(0.05):
            pass
    audio = recorder.audio()
    assert recorder.reason is Stop.SILENCE
    assert recorder.heard_speech
    assert 2.0 < audio.duration_s < 6.0
    assert 1.5 < recorder.speech_end / SAMPLE_RATE <= audio.duration_s
    assert level_db(audio.samples) > -40
    transcript = early.finish(audio)
    assert early.used_early
    assert "45" in transcript.text and "run" in transcript.text.lower()


def test_stops_at_the_maximum_length(pulse: Pulse) -> None:  # noqa: F811
    recorder = record(pulse, None, max_seconds=0.5, auto_stop=False)
    assert recorder.reason is Stop.MAX_LENGTH
    assert recorder.audio().duration_s == pytest.approx(0.5, abs=0.06)
    assert not recorder.heard_speech


def test_resamples_a_device_that_cannot_do_16k(
    pulse: Pulse,  # noqa: F811
    run_wav: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("cricketlog.audio.record.sample_rate_for", lambda _device: 44_100)
    recorder = record(pulse, run_wav)
    audio = recorder.audio()
    assert recorder.rate == 44_100
    assert audio.duration_s == pytest.approx(recorder.elapsed_s, abs=0.05)
    assert recorder.reason is Stop.SILENCE
