"""The one interface every transcriber backend implements, and the value it returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from cricketlog.audio import Audio

VOCABULARY_PROMPT = (
    "Cricket training diary. Nets, batting drills, wicket keeping, stumping, mid-wicket, "
    "cover drive, pull shot, short ball, yorker, bouncer, leg spin, off spin, maiden, "
    "not out, caught behind, LBW, run out, byes, gym, S&C, 5k run, 45 minutes, rest day."
)
"""Initial prompt: biases Whisper towards cricket words it otherwise mishears."""


@dataclass(frozen=True)
class Transcript:
    """What was said in one clip."""

    text: str
    """The words, stripped; empty when nothing was recognised."""
    duration_s: float
    """Length of the audio that was transcribed, in seconds."""
    engine: str
    """Which backend and model produced it, e.g. ``local:tiny.en``."""


class Transcriber(Protocol):
    """Turns audio into text."""

    name: str
    """Short engine name shown to users."""

    def transcribe(self, audio: Audio) -> Transcript:
        """The words spoken in ``audio``."""
        ...
