"""Transcribe a recording in its pauses, so the words are ready when the player stops.

Whisper's encoder costs the same for one second of audio as for thirty (every input is padded to
a 30 s window), so transcribing "only the last second or two" at the end saves little. What does
pay is guessing early: whenever the speaker pauses, everything heard so far is transcribed on a
background thread. Recordings end in silence (auto-stop waits for it; people press Enter after
they finish talking), and trailing silence is trimmed before transcription anyway, so when no
speech came after the pause the guess *is* the transcript and the end costs nothing. When speech
did come after it, the whole clip is transcribed again as usual. Each guess can also be shown while
the player is still talking (``on_heard``): a web page shows the words as they are heard.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from cricketlog.audio import Audio
from cricketlog.errors import CricketlogError
from cricketlog.transcribe.base import Transcript

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

PAUSE_S = 0.4
"""Silence this long after speech starts an early transcription."""
POLL_S = 0.05
"""How often the recording is looked at."""


class Growing(Protocol):
    """A recording in progress, as :class:`~cricketlog.audio.capture.Capture` exposes it."""

    @property
    def speech_end(self) -> int:
        """Sample index (16 kHz) where the latest speech ended."""
        ...

    @property
    def quiet_s(self) -> float:
        """Seconds of silence since then."""
        ...

    def samples(self, start: int = 0) -> npt.NDArray[np.float32]:
        """The samples captured so far."""
        ...


class EarlyTranscriber:
    """Watches a :class:`Growing` recording and transcribes it in each pause."""

    def __init__(
        self,
        recording: Growing,
        transcribe: Callable[[Audio], Transcript],
        on_heard: Callable[[Transcript], None] | None = None,
    ) -> None:
        self.recording = recording
        self.transcribe = transcribe
        self.on_heard = on_heard
        """Called (on the watching thread) with each new guess that has words in it."""
        self.used_early = False
        """Whether :meth:`finish` returned the early transcript (for the benchmark and tests)."""
        self._covered = -1  # speech_end the guess was made for
        self._guess: Transcript | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="cricketlog-early", daemon=True)

    def start(self) -> EarlyTranscriber:
        """Start watching."""
        self._thread.start()
        return self

    def _watch(self) -> None:
        while not self._stop.wait(POLL_S):
            end = self.recording.speech_end
            if end > 0 and end != self._covered and self.recording.quiet_s >= PAUSE_S:
                samples = self.recording.samples()
                try:
                    guess = self.transcribe(Audio(samples=samples, source="microphone"))
                except CricketlogError:
                    guess = None  # finish() transcribes again and reports the error there
                self._guess, self._covered = guess, end
                if guess is not None and guess.text and self.on_heard is not None:
                    self.on_heard(guess)

    def stop(self) -> None:
        """Stop watching, waiting for a transcription under way (none may run at exit)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def finish(self, audio: Audio) -> Transcript:
        """The transcript of the whole recording ``audio``: the early guess when it still holds."""
        self.stop()
        final_end = self.recording.speech_end
        if self._guess is not None and self._covered == final_end:
            self.used_early = True
            return Transcript(self._guess.text, audio.duration_s, self._guess.engine)
        return self.transcribe(audio)
