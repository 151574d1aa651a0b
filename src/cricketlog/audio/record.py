"""Capture from a microphone into a 16 kHz clip, with the figures a live meter needs.

PortAudio calls :meth:`Recorder._callback` on its own thread every block (50 ms); the callback only
copies, resamples and hands the block on (:class:`~cricketlog.audio.capture.Capture` measures it and
queues it for the file on disk), so it never holds the audio thread up. A device that cannot record
at 16 kHz records at its own rate and each block is resampled as it arrives (soxr's streaming
resampler), so the clip is ready the moment recording stops and a reader can transcribe it while it
grows. Nothing here prints: a front end reads :attr:`~Recorder.level_db`,
:attr:`~Recorder.elapsed_s` and :attr:`~Recorder.heard_speech`, and waits with
:meth:`Recorder.wait`. :class:`Stop` and :func:`level_db` are part of this surface too.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from cricketlog.audio import SAMPLE_RATE
from cricketlog.audio.capture import BLOCK_S, Capture, Stop, level_db
from cricketlog.audio.devices import InputDevice, device_error, sample_rate_for, sounddevice

__all__ = ["Recorder", "Stop", "level_db"]

STALL_S = 2.0
"""No audio from the device for this long means it was unplugged or taken away."""


class Recorder(Capture):
    """One recording from one device; use as a context manager or call start() and close().

    With ``clip`` the recording is written to that new WAV file as it is made (see
    :mod:`cricketlog.audio.sink`); the file is complete once :meth:`close` returns.
    """

    def __init__(
        self,
        device: InputDevice,
        *,
        max_seconds: float,
        silence_seconds: float,
        auto_stop: bool,
        clip: Path | None = None,
    ) -> None:
        super().__init__(
            max_seconds=max_seconds, silence_seconds=silence_seconds, auto_stop=auto_stop, clip=clip
        )
        self.device = device
        self.rate = SAMPLE_RATE
        self._stream: Any = None
        self._resampler: Any = None
        self._last_block = 0.0

    def start(self) -> Recorder:
        """Open the device and start capturing; :class:`AudioError` if the device refuses."""
        sd = sounddevice()
        self.rate = sample_rate_for(self.device)
        if self.rate != SAMPLE_RATE:
            import soxr

            self._resampler = soxr.ResampleStream(self.rate, SAMPLE_RATE, 1, dtype="float32")
        self.open_clip()
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
            self.close_clip()
            raise device_error(exc, f"the microphone {self.device.name!r}") from None
        self._last_block = time.monotonic()
        return self

    def _callback(self, indata: Any, frames: int, _time: Any, _status: Any) -> None:
        block = indata[:, 0].copy()
        if self._resampler is not None:
            block = self._resampler.resample_chunk(block)
        self._last_block = time.monotonic()
        self.add(block, frames / self.rate)

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True once the recording has ended."""
        if super().wait(timeout):
            return True
        if time.monotonic() - self._last_block > STALL_S:
            self.stop(Stop.DEVICE_LOST)
            return True
        return False

    def close(self) -> None:
        """Stop the stream, release the device, keep the resampler's tail and finish the file."""
        import numpy as np

        self.stop()
        stream, self._stream = self._stream, None
        if stream is not None:
            sd = sounddevice()
            try:
                stream.stop(ignore_errors=True)
                stream.close(ignore_errors=True)
            except sd.PortAudioError:
                pass
        if self._resampler is not None:
            self.add_tail(self._resampler.resample_chunk(np.zeros(0, np.float32), last=True))
            self._resampler = None
        self.close_clip()

    def __enter__(self) -> Recorder:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.close()
