"""Any audio file, bytes or file object -> 16 kHz mono float32, or a one-line reason why not.

Decoding goes through PyAV (FFmpeg's libraries, shipped in its wheel), the same decoder
faster-whisper uses, so wav, flac, ogg/opus, webm, mp3 and m4a/mp4 all load without an ffmpeg
binary, and resampling to 16 kHz mono happens inside the decoder. Limits on size and length are
checked before decoding where the source says them, so a huge file is refused without reading it.
A file uploaded to a server arrives as bytes or a file object rather than a path; it goes through
the same decoder and the same limits. The errors say which limit or what is wrong:
:class:`AudioLimitError` for too long or too big, :class:`NotAudioError` for the rest.
"""

from __future__ import annotations

import hashlib
import io
import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.errors import AudioLimitError, NotAudioError

if TYPE_CHECKING:
    import av
    import numpy as np
    import numpy.typing as npt

MB = 1024 * 1024


def sha256_of(path: Path) -> str:
    """The file's SHA-256, hex: how the store recognises a file it has seen."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(MB), b""):
            digest.update(block)
    return digest.hexdigest()


def check_file(path: Path, max_mb: float) -> None:
    """Refuse what is not a readable, non-empty file within the size limit."""
    if not path.exists():
        raise NotAudioError(f"{path}: no such file.")
    if not path.is_file():
        raise NotAudioError(f"{path}: not a file.")
    check_size(path.stat().st_size, max_mb, str(path))


def check_size(size: int, max_mb: float, label: str) -> None:
    """Refuse an empty source, or one over the size limit."""
    if size == 0:
        raise NotAudioError(f"{label}: the file is empty.")
    if size > max_mb * MB:
        raise AudioLimitError(f"{label}: {size / MB:.1f} MB is over the {max_mb:g} MB limit.")


def load(
    source: Path | bytes | BinaryIO,
    *,
    max_seconds: float,
    max_mb: float,
    name: str | None = None,
) -> Audio:
    """Decode ``source`` to mono float32 at 16 kHz; :class:`AudioError` for anything unusable.

    ``name`` is how messages and the clip call it (default: the file's name, or "the audio").
    A file object is read from where it stands, never more than the size limit allows.
    """
    import av
    import numpy as np

    opened: str | io.BytesIO
    if isinstance(source, Path):
        check_file(source, max_mb)
        label, name, opened = str(source), name or source.name, str(source)
    else:
        name = label = name or "the audio"
        data = source if isinstance(source, bytes) else source.read(int(max_mb * MB) + 1)
        check_size(len(data), max_mb, label)
        opened = io.BytesIO(data)
    try:
        container = av.open(opened, "r")
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError):
        raise NotAudioError(f"{label}: not an audio file, or it is corrupt.") from None
    with container:
        samples = _decode_all(container, label, max_seconds)
    if samples.size == 0:
        raise NotAudioError(f"{label}: the file holds no audio samples.")
    return Audio(samples=np.clip(samples, -1.0, 1.0), source=name)


def _decode_all(
    container: av.container.InputContainer, label: str, max_seconds: float
) -> npt.NDArray[np.float32]:
    import av
    import numpy as np

    if not container.streams.audio:
        raise NotAudioError(f"{label}: the file has no audio in it.")
    too_long = AudioLimitError(f"{label}: longer than the {max_seconds:g} s limit.")
    if container.duration and container.duration / av.time_base > max_seconds:
        raise too_long
    chunks: list[np.ndarray] = []
    total, limit = 0, int(max_seconds * SAMPLE_RATE)
    try:
        for chunk in resampled(container.decode(container.streams.audio[0])):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise too_long
    except (av.error.FFmpegError, ValueError):
        raise NotAudioError(f"{label}: the audio is corrupt and cannot be decoded.") from None
    return np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)


def resampled(frames: Iterable[av.AudioFrame]) -> Iterator[npt.NDArray[np.float32]]:
    """Decoded frames as 16 kHz mono float32 chunks, the resampler's tail included at the end."""
    import av
    import numpy as np

    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    for frame in itertools.chain(frames, [None]):  # None: the resampler's tail
        for out in resampler.resample(frame):
            yield np.asarray(out.to_ndarray().reshape(-1), np.float32)
