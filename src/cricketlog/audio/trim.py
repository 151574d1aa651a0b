"""Cut leading and trailing silence, and refuse clips with no sound in them.

Silence is judged as ``librosa.effects.trim`` judges it: frame RMS in dB relative to the clip's
loudest frame, which suits laptop microphones whose noise floor varies. It is composed here from
the same librosa functions (``feature.rms``, ``amplitude_to_db``, ``frames_to_samples``) because
importing ``librosa.effects`` also loads scikit-learn for its decomposition helpers: 26 MB and a
few tenths of a second that trimming never uses. A short margin is kept on each side so that soft
word onsets ("four", "five") are not clipped. librosa's first call is still costly in a fresh
process (numba and scipy load, about three seconds); :func:`warm_up` pays that on a background
thread while the speech model loads, and the benchmark measures both.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.errors import AudioError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

TOP_DB = 35.0
"""Frames this far below the loudest one count as silence."""
MARGIN_S = 0.2
"""Sound kept on each side of what librosa finds."""
SILENT_PEAK = 10 ** (-50 / 20)
"""A clip whose loudest sample is below -50 dBFS holds nothing worth transcribing."""
MIN_SPEECH_S = 0.2
"""Less sound than this after trimming is not speech."""
FRAME, HOP = 1024, 256
"""Analysis frame and hop, in samples (64 ms and 16 ms)."""


_warm = threading.Lock()
_warmed = False


def warm_up() -> None:
    """Load librosa's trimming code once; safe to call from several threads."""
    global _warmed
    with _warm:
        if _warmed:
            return
        import numpy as np

        _speech_bounds(np.full(SAMPLE_RATE // 4, 1e-3, dtype=np.float32))
        _warmed = True


def _speech_bounds(samples: npt.NDArray[np.float32]) -> tuple[int, int]:
    """First and last sample of the frames within :data:`TOP_DB` of the loudest frame."""
    import librosa
    import numpy as np

    rms = librosa.feature.rms(y=samples, frame_length=FRAME, hop_length=HOP)[0]
    loud = np.flatnonzero(librosa.amplitude_to_db(rms, ref=np.max, top_db=None) > -TOP_DB)
    if loud.size == 0:
        return 0, 0
    start = int(librosa.frames_to_samples(loud[0], hop_length=HOP))
    end = int(librosa.frames_to_samples(loud[-1] + 1, hop_length=HOP))
    return start, min(samples.size, end)


def trim(audio: Audio) -> Audio:
    """``audio`` without its leading and trailing silence; :class:`AudioError` if it is silent."""
    import numpy as np

    name = audio.source or "the recording"
    if audio.samples.size == 0 or float(np.max(np.abs(audio.samples))) < SILENT_PEAK:
        raise AudioError(f"{name}: silent, no speech to transcribe.")
    warm_up()
    start, end = _speech_bounds(audio.samples)
    if end - start < MIN_SPEECH_S * SAMPLE_RATE:
        raise AudioError(f"{name}: too short, no speech to transcribe.")
    margin = int(MARGIN_S * SAMPLE_RATE)
    start, end = max(0, int(start) - margin), min(audio.samples.size, int(end) + margin)
    return Audio(samples=audio.samples[start:end], source=audio.source)
