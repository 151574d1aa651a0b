"""A recording that arrives as pushed chunks: what a browser's MediaRecorder sends, or raw PCM.

MediaRecorder hands over its recording in pieces (WebM/Opus from Chromium, Ogg/Opus from Firefox,
fragmented MP4/AAC from Safari), and only the first piece holds the container's header: a piece on
its own cannot be decoded, but everything received so far can. Rather than decode the whole
recording again for every piece, one decoder reads the pieces as a single growing file on a thread
of its own: its reads wait for the next piece, so every byte is decoded once and the audio keeps
up with what was sent. Raw 16 kHz mono pcm16 needs no decoder and is taken as it comes.

The decoded audio goes through :class:`~cricketlog.audio.capture.Capture` in the same 50 ms blocks
as the microphone's, so the silence detector, auto-stop, the crash-safe copy on disk and the early
transcription in the speaker's pauses (:mod:`cricketlog.transcribe.early`) work on a stream exactly
as on the microphone. A recording that reaches the length limit stops there (what was said is
kept) and the next :meth:`StreamRecording.push` raises :class:`AudioLimitError`, as does a push past
the size limit; bytes that are not the announced format raise :class:`NotAudioError`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from cricketlog.audio import SAMPLE_RATE
from cricketlog.audio.capture import BLOCK_S, Capture, Stop
from cricketlog.errors import AudioLimitError, NotAudioError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

MB = 1024 * 1024
BLOCK = round(SAMPLE_RATE * BLOCK_S)
"""Samples per block handed to the detector."""
CONTAINERS = {"webm": "webm", "ogg": "ogg", "mp4": "mp4", "wav": "wav"}
"""Stream format -> FFmpeg demuxer."""
FORMATS = (*CONTAINERS, "pcm16")
"""What :class:`StreamRecording` takes: MediaRecorder's containers, a WAV, or 16 kHz mono pcm16."""
HEADER_BYTES = 12
"""Enough of the start to tell a container by its signature."""


def _starts_right(fmt: str, head: bytes) -> bool:
    """Whether ``head`` begins the way a ``fmt`` file does (its magic number)."""
    if fmt == "webm":
        return head.startswith(b"\x1a\x45\xdf\xa3")
    if fmt == "ogg":
        return head.startswith(b"OggS")
    if fmt == "mp4":
        return head[4:8] == b"ftyp"
    return head.startswith(b"RIFF") and head[8:12] == b"WAVE"


class _Pipe:
    """Bytes pushed on one thread, read as a file on another; a read waits for the next push."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._ready = threading.Condition()
        self._ended = False

    def feed(self, data: bytes) -> None:
        with self._ready:
            self._buffer += data
            self._ready.notify()

    def end(self) -> None:
        """No more data: reads return what is left, then end of file."""
        with self._ready:
            self._ended = True
            self._ready.notify()

    def read(self, size: int = -1) -> bytes:
        with self._ready:
            while not self._buffer and not self._ended:
                self._ready.wait()
            size = len(self._buffer) if size < 0 else size
            data = bytes(self._buffer[:size])
            del self._buffer[:size]
            return data


class StreamRecording(Capture):
    """One recording fed by :meth:`push`; read it while it grows, :meth:`close` at its end.

    ``fmt`` is one of :data:`FORMATS`. With ``clip`` the decoded recording is written to that new
    WAV file as it arrives, so a server that dies mid-recording keeps what was said.
    """

    source = "stream"

    def __init__(
        self,
        fmt: str,
        *,
        max_seconds: float,
        max_mb: float,
        silence_seconds: float = 1.0,
        auto_stop: bool = False,
        clip: Path | None = None,
    ) -> None:
        if fmt not in FORMATS:
            raise NotAudioError(f"Unknown audio format {fmt!r}: use one of {', '.join(FORMATS)}.")
        super().__init__(
            max_seconds=max_seconds, silence_seconds=silence_seconds, auto_stop=auto_stop, clip=clip
        )
        self.fmt = fmt
        self.max_mb = max_mb
        self.received = 0
        """Bytes pushed so far."""
        self._head = b""
        self._pending: list[npt.NDArray[np.float32]] = []  # decoded, short of a whole block
        self._odd = b""  # a pcm16 sample split between two pushes
        self._pipe = _Pipe()
        self._decoder: threading.Thread | None = None
        self._error: NotAudioError | None = None
        self._closed = False

    def push(self, chunk: bytes) -> None:
        """Take the next piece of the recording, in order.

        :class:`AudioLimitError` past the size limit or once the length limit has stopped the
        recording; :class:`NotAudioError` when the bytes are not the announced format. A push
        after the recording stopped for another reason (auto-stop, :meth:`stop`) is ignored.
        """
        if self._error is not None:
            raise self._error
        if self.reason is Stop.MAX_LENGTH:
            raise AudioLimitError(f"The recording is longer than the {self.max_seconds:g} s limit.")
        if self.reason is not None or not chunk:
            return
        self.received += len(chunk)
        if self.received > self.max_mb * MB:
            self.stop(Stop.MAX_LENGTH)
            raise AudioLimitError(f"The recording is over the {self.max_mb:g} MB limit.")
        if self.fmt == "pcm16":
            self.open_clip()
            self._take_pcm16(chunk)
        elif self._decoder is None:
            self._start(chunk)
        else:
            self._pipe.feed(chunk)

    def _start(self, chunk: bytes) -> None:
        """Gather the first bytes until the format can be checked, then start decoding."""
        self._head += chunk
        if len(self._head) < HEADER_BYTES:
            return
        if not _starts_right(self.fmt, self._head):
            self._error = NotAudioError(f"The recording is not {self.fmt} audio.")
            raise self._error
        self.open_clip()
        self._pipe.feed(self._head)
        self._decoder = threading.Thread(target=self._decode, name="cricketlog-stream", daemon=True)
        self._decoder.start()

    def _take_pcm16(self, chunk: bytes) -> None:
        import numpy as np

        data = self._odd + chunk
        whole = len(data) - len(data) % 2
        self._odd = data[whole:]
        samples = np.frombuffer(data[:whole], "<i2").astype(np.float32)
        samples /= 32768
        self._take(samples)

    def _decode(self) -> None:
        """The decoder thread: container bytes in, 16 kHz blocks out, until the input ends."""
        import av

        from cricketlog.audio.load import resampled

        try:
            # Probe no further than the header: the rest has not been recorded yet.
            options = {"probesize": "32", "analyzeduration": "0"}
            demuxer = CONTAINERS[self.fmt]
            with av.open(self._pipe, "r", format=demuxer, options=options) as container:
                if not container.streams.audio:
                    raise ValueError("no audio stream")
                for samples in resampled(container.decode(container.streams.audio[0])):
                    self._take(samples)
                    if self.reason is not None:
                        break
        except (av.error.FFmpegError, ValueError):
            if self._captured == 0 and not self._pending:  # a cut-off end keeps what came before
                self._error = NotAudioError(f"The recording is not {self.fmt} audio, or corrupt.")
        finally:
            self._pipe.end()

    def _take(self, samples: npt.NDArray[np.float32]) -> None:
        """Hand decoded samples on in whole blocks, keeping the remainder for the next call."""
        import numpy as np

        self._pending.append(samples)
        joined = np.concatenate(self._pending) if len(self._pending) > 1 else samples
        whole = len(joined) - len(joined) % BLOCK
        for at in range(0, whole, BLOCK):
            self.add(joined[at : at + BLOCK], BLOCK_S)
        self._pending = [joined[whole:]] if whole < len(joined) else []

    def close(self) -> None:
        """The input has ended: decode what is left and finish the file on disk.

        :class:`NotAudioError` when nothing decodable was received.
        """
        import numpy as np

        if not self._closed:
            self._closed = True
            self._pipe.end()
            if self._decoder is not None:
                self._decoder.join()
            if self._pending:
                tail = np.concatenate(self._pending)
                self._pending = []
                self.add(tail, len(tail) / SAMPLE_RATE)
            self.stop()
            self.close_clip()
        if self._error is not None:
            raise self._error
        if self._captured == 0:
            raise NotAudioError(f"The recording holds no {self.fmt} audio.")
