"""Any audio file -> 16 kHz mono float32, or a one-line reason why not.

Decoding goes through PyAV (FFmpeg's libraries, shipped in its wheel), the same decoder
faster-whisper uses, so wav, flac, ogg/opus, webm, mp3 and m4a all load without an ffmpeg binary,
and resampling to 16 kHz mono happens inside the decoder. Limits on size and length are checked
before decoding where the file says them, so a huge file is refused without reading it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.errors import AudioError


def sha256_of(path: Path) -> str:
    """The file's SHA-256, hex: how the store recognises a file it has seen."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_file(path: Path, max_mb: float) -> None:
    """Refuse what is not a readable, non-empty file within the size limit."""
    if not path.exists():
        raise AudioError(f"{path}: no such file.")
    if not path.is_file():
        raise AudioError(f"{path}: not a file.")
    size = path.stat().st_size
    if size == 0:
        raise AudioError(f"{path}: the file is empty.")
    if size > max_mb * 1024 * 1024:
        raise AudioError(f"{path}: {size / 1048576:.0f} MB is over the {max_mb:g} MB limit.")


def load(path: Path, *, max_seconds: float, max_mb: float) -> Audio:
    """Decode ``path`` to mono float32 at 16 kHz; :class:`AudioError` for anything unusable."""
    import av
    import numpy as np

    check_file(path, max_mb)
    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError):
        raise AudioError(f"{path}: not an audio file, or it is corrupt.") from None
    with container:
        if not container.streams.audio:
            raise AudioError(f"{path}: the file has no audio in it.")
        stream = container.streams.audio[0]
        if container.duration and container.duration / av.time_base > max_seconds:
            raise AudioError(f"{path}: longer than the {max_seconds:g} s limit.")
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        chunks: list[np.ndarray] = []
        total, limit = 0, int(max_seconds * SAMPLE_RATE)
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunk = out.to_ndarray().reshape(-1)
                    chunks.append(chunk)
                    total += len(chunk)
                if total > limit:
                    raise AudioError(f"{path}: longer than the {max_seconds:g} s limit.")
            chunks.extend(out.to_ndarray().reshape(-1) for out in resampler.resample(None))
        except (av.error.FFmpegError, ValueError):
            raise AudioError(f"{path}: the audio is corrupt and cannot be decoded.") from None
    samples = np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)
    if samples.size == 0:
        raise AudioError(f"{path}: the file holds no audio samples.")
    return Audio(samples=np.clip(samples, -1.0, 1.0), source=path.name)
