"""A recording in progress: 16 kHz blocks arriving, measured as they come, stopped when it is time.

The microphone (:mod:`cricketlog.audio.record`) and a stream pushed by a browser
(:mod:`cricketlog.audio.stream`) both end up here, block by block, so the silence detector,
auto-stop, the length limit, the crash-safe copy on disk and the early transcription in the
speaker's pauses (:mod:`cricketlog.transcribe.early`) behave the same whichever way the audio came.
Blocks may arrive on another thread than the one reading; a lock keeps the two apart.
"""

from __future__ import annotations

import enum
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cricketlog.audio import Audio

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from cricketlog.audio.sink import ClipSink

BLOCK_S = 0.05
"""Length of one block: what the meter and the silence detector see at a time."""
QUIET_DB = -100.0
"""The level reported for digital silence."""
SPEECH_MIN_DB = -45.0
"""Nothing quieter than this counts as speech, however quiet the room."""
SPEECH_OVER_FLOOR_DB = 15.0
"""Speech is this much louder than the room's noise floor."""
FLOOR_RISE_DB_PER_S = 1.0
"""How fast the noise-floor estimate creeps up when the room gets louder."""
SPEECH_NEEDED_S = 0.3
"""Speech heard for this long arms auto-stop (a cough or a click does not)."""


class Stop(enum.Enum):
    """Why a recording ended."""

    ASKED = "asked"
    """The player pressed Enter (or the front end called :meth:`Capture.stop`)."""
    SILENCE = "silence"
    """Auto-stop: silence followed speech."""
    MAX_LENGTH = "max_length"
    """The maximum length was reached."""
    INTERRUPTED = "interrupted"
    """Ctrl-C: what was said so far is kept."""
    DEVICE_LOST = "device_lost"
    """The device (or the stream) stopped delivering audio; what came before is kept."""


def level_db(block: npt.NDArray[np.float32]) -> float:
    """RMS level of ``block`` in dBFS, :data:`QUIET_DB` for silence."""
    import numpy as np

    if block.size == 0:
        return QUIET_DB
    rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
    return max(QUIET_DB, 20 * float(np.log10(rms))) if rms > 0 else QUIET_DB


class SilenceDetector:
    """Block by block: has speech been heard, and has silence followed it for long enough?

    Speech is whatever is well above a running estimate of the room's noise floor (which follows
    the level down at once and up slowly), so a quiet study and a noisy changing room both work.
    """

    def __init__(self, silence_s: float) -> None:
        self.silence_s = silence_s
        self.floor_db = QUIET_DB
        self.speech_s = 0.0
        self.quiet_s = 0.0
        self._floor_seen = False

    @property
    def heard_speech(self) -> bool:
        """Whether enough speech has been heard to arm auto-stop."""
        return self.speech_s >= SPEECH_NEEDED_S

    def is_speech(self, db: float) -> bool:
        """Whether a block at ``db`` counts as speech against the current noise floor."""
        return db >= max(SPEECH_MIN_DB, self.floor_db + SPEECH_OVER_FLOOR_DB)

    def feed(self, db: float, seconds: float) -> bool:
        """Take a block's level and length; True once silence has followed speech long enough."""
        if not self._floor_seen or db < self.floor_db:
            self.floor_db, self._floor_seen = db, True
        else:
            self.floor_db = min(db, self.floor_db + FLOOR_RISE_DB_PER_S * seconds)
        if self.is_speech(db):
            self.speech_s += seconds
            self.quiet_s = 0.0
        else:
            self.quiet_s += seconds
        return self.heard_speech and self.quiet_s >= self.silence_s


class Capture:
    """Blocks of a recording as they arrive; :meth:`samples` reads them while more come in.

    With ``clip`` set, every block is also written to that WAV file as it arrives (see
    :mod:`cricketlog.audio.sink`), so a crash keeps what was said.
    """

    source = "microphone"
    """What :meth:`audio` names as the clip's source."""

    def __init__(
        self,
        *,
        max_seconds: float,
        silence_seconds: float,
        auto_stop: bool,
        clip: Path | None = None,
    ) -> None:
        self.max_seconds = max_seconds
        self.auto_stop = auto_stop
        self.clip = clip
        """Where the recording is written as it arrives; None to keep it in memory only."""
        self.detector = SilenceDetector(silence_seconds)
        self.reason: Stop | None = None
        self.level_db = QUIET_DB
        """Level of the latest block, for the meter."""
        self.elapsed_s = 0.0
        """Seconds of audio captured so far."""
        self.speech_end = 0
        """Sample index (16 kHz) where the latest speech ended; 0 before any speech."""
        self.stopped_at: float | None = None
        """``time.monotonic()`` when the recording ended (latency is measured from here)."""
        self._captured = 0
        self._chunks: list[Any] = []
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._sink: ClipSink | None = None

    @property
    def heard_speech(self) -> bool:
        """Whether speech has been heard yet."""
        return self.detector.heard_speech

    @property
    def quiet_s(self) -> float:
        """Seconds of silence since the latest speech."""
        return self.detector.quiet_s

    def open_clip(self) -> None:
        """Create the file the recording is written to (owner-only), if there is to be one."""
        from cricketlog.audio.sink import ClipSink

        if self.clip is not None and self._sink is None:
            self._sink = ClipSink(self.clip)

    def add(self, block: npt.NDArray[np.float32], seconds: float) -> None:
        """Take the next block (``seconds`` long at the source), unless the recording has ended."""
        db = level_db(block)
        with self._lock:
            if self._done.is_set():
                return
            self._keep(block)
            self.level_db = db
            self.elapsed_s += seconds
        done = self.detector.feed(db, seconds)
        if self.detector.heard_speech and self.detector.quiet_s == 0:
            self.speech_end = self._captured
        if done and self.auto_stop:
            self.stop(Stop.SILENCE)
        elif self.elapsed_s >= self.max_seconds:
            self.stop(Stop.MAX_LENGTH)

    def add_tail(self, block: npt.NDArray[np.float32]) -> None:
        """Keep samples that belong before the end but came after it (a resampler's tail)."""
        if block.size:
            with self._lock:
                self._keep(block)

    def _keep(self, block: npt.NDArray[np.float32]) -> None:
        self._chunks.append(block)
        self._captured += block.size
        if self._sink is not None:
            self._sink.write(block)

    def stop(self, reason: Stop = Stop.ASKED) -> None:
        """End the recording (the first reason given is the one kept)."""
        with self._lock:
            if self.reason is None:
                self.reason, self.stopped_at = reason, time.monotonic()
            self._done.set()

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True once the recording has ended."""
        return self._done.wait(timeout)

    def close_clip(self) -> None:
        """Finish the file on disk (its header made whole, flushed to the disk)."""
        sink, self._sink = self._sink, None
        if sink is not None:
            sink.close()

    def samples(self, start: int = 0) -> npt.NDArray[np.float32]:
        """The 16 kHz samples captured so far, from sample ``start`` on."""
        import numpy as np

        with self._lock:
            chunks = list(self._chunks)
        if not chunks:
            return np.zeros(0, np.float32)
        return np.concatenate(chunks)[start:].astype(np.float32, copy=False)

    def audio(self) -> Audio:
        """Everything captured so far, as a clip."""
        import numpy as np

        return Audio(samples=np.clip(self.samples(), -1.0, 1.0), source=self.source)
