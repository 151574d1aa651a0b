"""Recording from a real (PulseAudio) device: auto-stop, maximum length, resampling, early text."""

from __future__ import annotations

from pathlib import Path

import pytest

from cricketlog.audio import SAMPLE_RATE
from cricketlog.audio.devices import find_input
from cricketlog.audio.record import Recorder, Stop, level_db
from cricketlog.pipeline import Pipeline
from pulse import Pulse, pulse, warm_pipeline  # noqa: F401  (fixtures)


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
