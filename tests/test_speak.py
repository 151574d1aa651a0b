"""Spoken confirmations: the sentences, the real speech engine, and failures that lose nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from cricketlog.entries.schemas import Entry
from cricketlog.pipeline import Pipeline
from cricketlog.speak import (
    Pyttsx3Speaker,
    SilentSpeaker,
    SpeechError,
    confirmation,
    make_speaker,
)
from pulse import Pulse, pulse, reload_portaudio, warm_pipeline  # noqa: F401  (fixtures)

TODAY = dt.date(2026, 11, 24)


def entry(activity_type: str, day: dt.date = TODAY, **data: Any) -> Entry:
    return Entry.model_validate(
        {"activity_type": activity_type, "entry_date": day.isoformat(), "data": data}
    )


@pytest.mark.parametrize(
    ("made", "sentence"),
    [
        (
            entry(
                "fitness",
                type="running",
                duration_minutes=45,
                intensity="high",
                mental_state="excellent",
            ),
            "Saved your 45 minute run: high intensity, feeling great.",
        ),
        (
            entry("fitness", type="running", distance_km=5.0),
            "Saved your 5 kilometre run.",
        ),
        (
            entry(
                "fitness", type="gym", duration_minutes=60, intensity="medium", mental_state="poor"
            ),
            "Saved your 60 minute gym session: medium intensity, not feeling great.",
        ),
        (
            entry("cricket_coaching", activity="netting", duration_minutes=90, mental_state="good"),
            "Saved your 90 minute nets session: feeling good.",
        ),
        (
            entry(
                "cricket_match",
                opponent="Riverside",
                result="won",
                batting={"runs": 23, "dismissal": "not_out"},
                bowling={"overs": 6, "wickets": 1},
            ),
            "Saved your match against Riverside: won, 23 runs not out, 1 wicket.",
        ),
        (
            entry(
                "rest_day",
                TODAY - dt.timedelta(days=1),
                recovery_quality="good",
                mental_state="okay",
            ),
            "Saved your rest day from yesterday: recovered well, feeling okay.",
        ),
        (
            entry("cricket_coaching", dt.date(2026, 11, 21), activity="wicket_keeping"),
            "Saved your wicket keeping session from Saturday 21 November.",
        ),
    ],
)
def test_one_natural_sentence_per_entry(made: Entry, sentence: str) -> None:
    assert confirmation(made, TODAY) == sentence


def test_speech_off_means_the_silent_speaker() -> None:
    assert isinstance(make_speaker(False), SilentSpeaker)
    assert isinstance(make_speaker(True), Pyttsx3Speaker)
    SilentSpeaker().say("nothing")


def test_the_spoken_confirmation_can_be_understood(
    tmp_path: Path,
    warm_pipeline: Pipeline,  # noqa: F811
) -> None:
    made = entry(
        "fitness", type="running", duration_minutes=45, intensity="high", mental_state="excellent"
    )
    wav = Pyttsx3Speaker().save(confirmation(made, TODAY), tmp_path / "said.wav")
    heard = warm_pipeline.transcribe_file(wav).text.lower()
    for word in ("save", "45", "run", "high", "intensity", "great"):
        assert word in heard, heard


def test_a_broken_speech_engine_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import pyttsx3

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    monkeypatch.setattr(pyttsx3, "init", broken)
    with pytest.raises(SpeechError) as caught:
        Pyttsx3Speaker().say("Saved your run.")
    message = str(caught.value)
    assert "libespeak-ng.so.1" in message and "entries are saved" in message
    assert "\n" not in message


def test_no_sound_output_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-server")
    reload_portaudio()
    with pytest.raises(SpeechError, match="Could not speak the confirmation"):
        Pyttsx3Speaker().say("Saved your run.")


def test_say_plays_on_the_default_output(pulse: Pulse) -> None:  # noqa: F811
    Pyttsx3Speaker().say("Saved.")
