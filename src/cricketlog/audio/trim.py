"""Cut leading and trailing silence, and refuse clips with no sound in them.

librosa's energy-based trim decides what is silence relative to the clip's loudest part, which
suits laptop microphones whose noise floor varies. A short margin is kept on each side so that soft
word onsets ("four", "five") are not clipped. librosa's first call is costly in a fresh process
(numba and scipy load, about two seconds); :func:`warm_up` pays that on a background thread while
the speech model loads, and the benchmark measures both.
"""

from __future__ import annotations

import threading

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.errors import AudioError

TOP_DB = 35.0
"""Frames this far below the loudest one count as silence."""
MARGIN_S = 0.2
"""Sound kept on each side of what librosa finds."""
SILENT_PEAK = 10 ** (-50 / 20)
"""A clip whose loudest sample is below -50 dBFS holds nothing worth transcribing."""
MIN_SPEECH_S = 0.2
"""Less sound than this after trimming is not speech."""


_warm = threading.Lock()
_warmed = False


def warm_up() -> None:
    """Load librosa's trimming code once; safe to call from several threads."""
    global _warmed
    with _warm:
        if _warmed:
            return
        import librosa
        import numpy as np

        librosa.effects.trim(np.full(SAMPLE_RATE // 4, 1e-3, dtype=np.float32), top_db=TOP_DB)
        _warmed = True


def trim(audio: Audio) -> Audio:
    """``audio`` without its leading and trailing silence; :class:`AudioError` if it is silent."""
    import numpy as np

    name = audio.source or "the recording"
    if audio.samples.size == 0 or float(np.max(np.abs(audio.samples))) < SILENT_PEAK:
        raise AudioError(f"{name}: silent, no speech to transcribe.")
    import librosa

    warm_up()
    _, (start, end) = librosa.effects.trim(
        audio.samples, top_db=TOP_DB, frame_length=1024, hop_length=256
    )
    if end - start < MIN_SPEECH_S * SAMPLE_RATE:
        raise AudioError(f"{name}: too short, no speech to transcribe.")
    margin = int(MARGIN_S * SAMPLE_RATE)
    start, end = max(0, int(start) - margin), min(audio.samples.size, int(end) + margin)
    return Audio(samples=audio.samples[start:end], source=audio.source)
