"""Cut leading and trailing silence, and refuse clips with no sound in them.

Silence is judged as ``librosa.effects.trim`` judges it: frame RMS in dB relative to the clip's
loudest frame, which suits laptop microphones whose noise floor varies. A short margin is kept on
each side so that soft word onsets ("four", "five") are not clipped.

The frames come from ``librosa.util.frame``, with the padding, RMS and decibel steps of
``librosa.feature.rms`` and ``librosa.amplitude_to_db`` written out in numpy (a test checks the
bounds against ``librosa.effects.trim`` on real speech). The reason is start-up time: importing
``librosa.feature`` or ``librosa.effects`` loads scipy.signal, the constant-Q and pitch-tracking
code and scikit-learn, about 1.3 s in a fresh process on two cores, while ``librosa.util`` costs
about 0.6 s. :func:`warm_up` pays that on a background thread while the speech model loads, and
``benchmarks/bench_import.py`` measures both.
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
AMIN = 1e-10
"""Floor of the frame power before taking logs (librosa's amplitude floor 1e-5, squared)."""


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
    import numpy as np
    from librosa.util import abs2, frame

    # librosa.feature.rms(center=True): frames centred on each hop, zero-padded at the ends.
    frames = frame(np.pad(samples, FRAME // 2), frame_length=FRAME, hop_length=HOP)
    power = np.mean(abs2(frames), axis=0)
    # librosa.amplitude_to_db(rms, ref=np.max, top_db=None), on the power directly.
    db = 10.0 * np.log10(np.maximum(AMIN, power)) - 10.0 * np.log10(max(AMIN, power.max()))
    loud = np.flatnonzero(db > -TOP_DB)
    if loud.size == 0:
        return 0, 0
    start, end = int(loud[0]) * HOP, (int(loud[-1]) + 1) * HOP
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
