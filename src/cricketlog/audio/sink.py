"""A recording written to disk as it is made, so a crash (even kill -9) keeps what was said.

The clip is a 16-bit PCM WAV at 16 kHz, the format the pending-recordings folder holds. Each
block is appended and flushed to the operating system as it arrives, and the header's two length
fields are brought up to date after every block, so a process killed at any moment leaves a file
that loads; only a kill between a block and its header update (or a power cut) leaves lengths that
are short or a half-written sample, and :func:`recover` puts those right from the file's size.
Writing happens on a thread of its own: the audio thread that hands over blocks must never wait
for a disk.
"""

from __future__ import annotations

import os
import queue
import struct
import threading
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from cricketlog.audio import SAMPLE_RATE
from cricketlog.errors import AudioError, NotAudioError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SAMPLE_BYTES = 2
"""16-bit samples, mono."""


class ClipSink:
    """Appends float32 blocks to a new owner-only WAV file; :meth:`close` finishes it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self._file = os.fdopen(fd, "wb")
        self._wav = wave.open(self._file, "wb")  # noqa: SIM115  (closed in close())
        self._wav.setnchannels(1)
        self._wav.setsampwidth(SAMPLE_BYTES)
        self._wav.setframerate(SAMPLE_RATE)
        self._wav.writeframes(b"")  # the header is on disk before the first word
        self._file.flush()
        self._error: OSError | None = None
        self._blocks: queue.SimpleQueue[npt.NDArray[np.float32] | None] = queue.SimpleQueue()
        self._writer = threading.Thread(target=self._write_all, name="cricketlog-clip", daemon=True)
        self._writer.start()

    def write(self, block: npt.NDArray[np.float32]) -> None:
        """Queue ``block`` (16 kHz mono float32) to be appended; never blocks."""
        self._blocks.put(block)

    def _write_all(self) -> None:
        import numpy as np

        while (block := self._blocks.get()) is not None:
            if self._error is not None:
                continue
            pcm = (np.clip(block, -1.0, 1.0) * 32767).astype("<i2").tobytes()
            try:
                self._wav.writeframes(pcm)  # appends, then updates the header's lengths
                self._file.flush()
            except OSError as exc:
                self._error = exc

    def close(self) -> None:
        """Write what is queued, finish the header and sync the file to the disk."""
        self._blocks.put(None)
        self._writer.join()
        try:
            self._wav.close()
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as exc:
            self._error = self._error or exc
        finally:
            self._file.close()
        if self._error is not None:
            reason = self._error.strerror or str(self._error)
            raise AudioError(f"{self.path}: the recording could not be written to disk ({reason}).")


def recover(path: Path) -> None:
    """Make a WAV file that was cut off while being written loadable again, in place.

    The lengths in its header are set from what the file really holds (a half-written last
    sample is dropped); a file whose lengths are already right is left untouched.
    :class:`NotAudioError` when it is not a WAV file or holds no audio at all.
    """
    with path.open("r+b") as handle:
        data_at = _data_offset(handle.read(4096), path)
        size = path.stat().st_size
        data_bytes = (size - data_at) // SAMPLE_BYTES * SAMPLE_BYTES
        if data_bytes <= 0:
            raise NotAudioError(f"{path}: nothing was recorded into it.")
        handle.truncate(data_at + data_bytes)
        handle.seek(4)
        handle.write(struct.pack("<I", data_at - 8 + data_bytes))
        handle.seek(data_at - 4)
        handle.write(struct.pack("<I", data_bytes))


def _data_offset(head: bytes, path: Path) -> int:
    """Where the samples start: just after the ``data`` chunk's header."""
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise NotAudioError(f"{path}: not a WAV recording, or nothing was recorded into it.")
    at = 12
    while at + 8 <= len(head):
        chunk, size = head[at : at + 4], struct.unpack("<I", head[at + 4 : at + 8])[0]
        if chunk == b"data":
            return at + 8
        at += 8 + size + (size & 1)
    raise NotAudioError(f"{path}: nothing was recorded into it.")
