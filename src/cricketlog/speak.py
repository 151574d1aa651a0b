"""Spoken confirmation: one natural sentence per saved entry, so a player need not look.

The sentence is built by :func:`confirmation`, a pure function of the entry. Speaking goes through a
:class:`Speaker`; :class:`Pyttsx3Speaker` renders the sentence with pyttsx3 (espeak-ng on Linux,
NSSpeechSynthesizer on macOS, SAPI5 on Windows) to a temporary WAV and plays it with sounddevice.
Playing it ourselves, rather than with pyttsx3's ``say``, avoids its Linux driver shelling out to
``aplay`` (often not installed) and lets a failure surface as one :class:`SpeechError` instead of
noise on stderr. Speech comes after saving, so a broken speech engine never costs an entry.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import tempfile
import threading
from pathlib import Path
from typing import Protocol

from cricketlog.entries.schemas import CoachingData, Entry, FitnessData, MatchData, RestDayData
from cricketlog.errors import CricketlogError

FEELING = {
    "excellent": "feeling great",
    "good": "feeling good",
    "okay": "feeling okay",
    "poor": "not feeling great",
}
RECOVERY = {
    "excellent": "recovered really well",
    "good": "recovered well",
    "okay": "recovery okay",
    "poor": "recovery poor",
}
FITNESS = {"running": "run", "gym": "gym session", "other": "workout"}
COACHING = {
    "batting_drills": "batting drills session",
    "wicket_keeping": "wicket keeping session",
    "netting": "nets session",
    "personal_coaching": "coaching session",
    "other": "training session",
}
SYNTH_TIMEOUT_S = 10.0
"""pyttsx3's espeak driver may return from runAndWait while espeak is still writing the file, so
the end of the utterance is waited for separately, this long at most."""
WAV_HEADER_BYTES = 44
RATE_WPM = 150
"""Speaking rate: espeak-ng's default of 200 words a minute blurs "saved" into "send"."""
RESULT = {"won": "won", "lost": "lost", "drawn": "drawn", "tied": "tied", "no_result": "no result"}


class SpeechError(CricketlogError):
    """The speech engine is missing or failed; the entries are saved all the same."""


class Speaker(Protocol):
    """Says a sentence aloud."""

    def say(self, text: str) -> None:
        """Speak ``text`` and return when done; :class:`SpeechError` if it cannot."""
        ...


class SilentSpeaker:
    """Says nothing: for ``--quiet``, ``speak = false`` and machines without speech."""

    def say(self, text: str) -> None:
        """Do nothing."""


class Pyttsx3Speaker:
    """pyttsx3 renders the sentence; sounddevice plays it on the default output."""

    def save(self, text: str, path: Path) -> Path:
        """Render ``text`` to a WAV file at ``path``."""
        finished = threading.Event()
        try:
            import pyttsx3

            engine = pyttsx3.init()
            engine.setProperty("rate", RATE_WPM)
            token = engine.connect("finished-utterance", lambda **_: finished.set())
            try:
                with contextlib.redirect_stdout(io.StringIO()):  # its driver prints "Audio saved"
                    engine.save_to_file(text, str(path))
                    engine.runAndWait()
                    finished.wait(SYNTH_TIMEOUT_S)
            finally:
                engine.disconnect(token)
        except Exception as exc:  # pyttsx3 drivers raise anything from OSError to KeyError
            raise _speech_error(exc) from None
        if finished.is_set() and path.exists() and path.stat().st_size > WAV_HEADER_BYTES:
            return path
        raise SpeechError(_HOW_TO_SILENCE.format("the speech engine produced no sound"))

    def say(self, text: str) -> None:
        """Render ``text`` and play it, waiting until it has been heard."""
        from cricketlog.audio.devices import sounddevice

        with tempfile.TemporaryDirectory(prefix="cricketlog-speak-") as folder:
            path = self.save(text, Path(folder) / "say.wav")
            import soundfile

            samples, rate = soundfile.read(path, dtype="float32")
            try:
                sd = sounddevice()
                sd.play(samples, rate)
                sd.wait()
            except CricketlogError as exc:
                raise SpeechError(_HOW_TO_SILENCE.format(exc)) from None
            except Exception as exc:  # PortAudioError: no output device, device busy
                raise _speech_error(exc) from None


_HOW_TO_SILENCE = (
    "Could not speak the confirmation ({}). Your entries are saved; turn speech off with "
    "--quiet or `cricketlog config set speak false`."
)


def _speech_error(exc: Exception) -> SpeechError:
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return SpeechError(_HOW_TO_SILENCE.format(reason.rstrip(".")))


def make_speaker(enabled: bool) -> Speaker:
    """The speaker to use: pyttsx3 when speech is on, silence otherwise."""
    return Pyttsx3Speaker() if enabled else SilentSpeaker()


def confirmation(entry: Entry, today: dt.date | None = None) -> str:
    """One sentence saying what was saved, e.g. "Saved your 45 minute run: high intensity,
    feeling great." The day is named when it is not ``today``."""
    data = entry.data
    details: list[str] = []
    if isinstance(data, FitnessData):
        what = _timed(data.duration_minutes, FITNESS[data.type])
        if data.distance_km:
            what = f"{data.distance_km:g} kilometre {what}"
        if data.intensity:
            details.append(f"{data.intensity} intensity")
    elif isinstance(data, CoachingData):
        what = _timed(data.duration_minutes, COACHING[data.activity])
    elif isinstance(data, MatchData):
        what = f"match against {data.opponent}" if data.opponent else "match"
        details += _match_details(data)
    else:
        assert isinstance(data, RestDayData)
        what = "rest day"
        if data.recovery_quality:
            details.append(RECOVERY[data.recovery_quality])
    if data.mental_state:
        details.append(FEELING[data.mental_state])
    sentence = f"Saved your {what}{_day(entry.entry_date, today or dt.date.today())}"
    return f"{sentence}: {', '.join(details)}." if details else f"{sentence}."


def _timed(minutes: int | None, what: str) -> str:
    return f"{minutes} minute {what}" if minutes else what


def _match_details(data: MatchData) -> list[str]:
    details = [RESULT[data.result]] if data.result else []
    if data.batting:
        out = " not out" if data.batting.dismissal == "not_out" else ""
        details.append(f"{_count(data.batting.runs, 'run')}{out}")
    if data.bowling:
        details.append(_count(data.bowling.wickets, "wicket"))
    return details


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _day(day: dt.date, today: dt.date) -> str:
    if day == today:
        return ""
    if day == today - dt.timedelta(days=1):
        return " from yesterday"
    return f" from {day.strftime('%A')} {day.day} {day.strftime('%B')}"
