"""Capture from a microphone into a 16 kHz clip, with the figures a live meter needs.

PortAudio calls :meth:`Recorder._callback` on its own thread every block (50 ms); the callback only
copies, resamples and measures, so it never holds the audio thread up. A device that cannot record
at 16 kHz records at its own rate and each block is resampled as it arrives (soxr's streaming
resampler), so the clip is ready the moment recording stops and a reader can transcribe it while it
grows. Nothing here prints: a front end reads :attr:`level_db`,
:attr:`elapsed_s` and :attr:`heard_speech`, and waits with :meth:`Recorder.wait`.
"""

from __future__ import annotations

import enum
import threading
import time
from typing import TYPE_CHECKING, Any

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.audio.devices import InputDevice, device_error, sample_rate_for, sounddevice

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

BLOCK_S = 0.05
"""Length of one block from the device."""
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
STALL_S = 2.0
"""No audio from the device for this long means it was unplugged or taken away."""


class Stop(enum.Enum):
    """Why a recording ended."""

    ASKED = "asked"
    """The player pressed Enter (or the front end called :meth:`Recorder.stop`)."""
    SILENCE = "silence"
    """Auto-stop: silence followed speech."""
    MAX_LENGTH = "max_length"
    """The maximum length was reached."""
    INTERRUPTED = "interrupted"
    """Ctrl-C: what was said so far is kept."""
    DEVICE_LOST = "device_lost"
    """The device stopped delivering audio; what came before is kept."""


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


class Recorder:
    """One recording from one device; use as a context manager or call start() and close()."""

    def __init__(
        self,
        device: InputDevice,
        *,
        max_seconds: float,
        silence_seconds: float,
        auto_stop: bool,
    ) -> None:
        self.device = device
        self.max_seconds = max_seconds
        self.auto_stop = auto_stop
        self.detector = SilenceDetector(silence_seconds)
        self.rate = SAMPLE_RATE
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
        self._stream: Any = None
        self._resampler: Any = None
        self._last_block = 0.0

    @property
    def heard_speech(self) -> bool:
        """Whether speech has been heard yet."""
        return self.detector.heard_speech

    @property
    def quiet_s(self) -> float:
        """Seconds of silence since the latest speech."""
        return self.detector.quiet_s

    def start(self) -> Recorder:
        """Open the device and start capturing; :class:`AudioError` if the device refuses."""
        sd = sounddevice()
        self.rate = sample_rate_for(self.device)
        if self.rate != SAMPLE_RATE:
            import soxr

            self._resampler = soxr.ResampleStream(self.rate, SAMPLE_RATE, 1, dtype="float32")
        try:
            self._stream = sd.InputStream(
                device=self.device.index,
                channels=1,
                samplerate=self.rate,
                dtype="float32",
                blocksize=int(self.rate * BLOCK_S),
                callback=self._callback,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            self._stream = None
            raise device_error(exc, f"the microphone {self.device.name!r}") from None
        self._last_block = time.monotonic()
        return self

    def _callback(self, indata: Any, frames: int, _time: Any, _status: Any) -> None:
        block = indata[:, 0].copy()
        if self._resampler is not None:
            block = self._resampler.resample_chunk(block)
        db = level_db(block)
        seconds = frames / self.rate
        with self._lock:
            if self._done.is_set():
                return
            self._chunks.append(block)
            self._captured += block.size
            self.level_db = db
            self.elapsed_s += seconds
            self._last_block = time.monotonic()
        done = self.detector.feed(db, seconds)
        if self.detector.heard_speech and self.detector.quiet_s == 0:
            self.speech_end = self._captured
        if done and self.auto_stop:
            self.stop(Stop.SILENCE)
        elif self.elapsed_s >= self.max_seconds:
            self.stop(Stop.MAX_LENGTH)

    def stop(self, reason: Stop = Stop.ASKED) -> None:
        """End the recording (the first reason given is the one kept)."""
        with self._lock:
            if self.reason is None:
                self.reason, self.stopped_at = reason, time.monotonic()
            self._done.set()

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True once the recording has ended."""
        if self._done.wait(timeout):
            return True
        if time.monotonic() - self._last_block > STALL_S:
            self.stop(Stop.DEVICE_LOST)
            return True
        return False

    def close(self) -> None:
        """Stop the stream and release the device."""
        self.stop()
        stream, self._stream = self._stream, None
        if stream is not None:
            sd = sounddevice()
            try:
                stream.stop(ignore_errors=True)
                stream.close(ignore_errors=True)
            except sd.PortAudioError:
                pass

    def __enter__(self) -> Recorder:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def samples(self, start: int = 0) -> npt.NDArray[np.float32]:
        """The 16 kHz samples captured so far, from sample ``start`` on."""
        import numpy as np

        with self._lock:
            chunks = list(self._chunks)
        if not chunks:
            return np.zeros(0, np.float32)
        return np.concatenate(chunks)[start:].astype(np.float32, copy=False)

    def audio(self) -> Audio:
        """Everything captured, as a clip (the resampler's tail included once stopped)."""
        import numpy as np

        if self._resampler is not None and self._done.is_set():
            tail = self._resampler.resample_chunk(np.zeros(0, np.float32), last=True)
            self._resampler = None
            with self._lock:
                self._chunks.append(tail)
        return Audio(samples=np.clip(self.samples(), -1.0, 1.0), source="microphone")
