"""Cut leading and trailing silence, and refuse clips with no sound in them.

Silence is judged as ``librosa.effects.trim`` judges it: frame RMS in dB relative to the clip's
loudest frame, which suits laptop microphones whose noise floor varies. A short margin is kept on
each side so that soft word onsets ("four", "five") are not clipped.

The algorithm is librosa's, and librosa is its reference: a test checks that the bounds equal
``librosa.effects.trim``'s on real speech in every format. It is written out in numpy (a running sum
of squares gives each frame's power) rather than called, for start-up time. Importing even
librosa's framing helper loads numba and scipy, which holds the interpreter lock while the speech
model loads and takes a cold ``cricketlog import`` to its time and memory targets on its own
(``benchmarks/README.md`` has the figures). The numpy version loads nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.errors import AudioError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

TOP_DB = 35.0
"""Frames this far below the loudest one count as silence."""
MARGIN_S = 0.2
"""Sound kept on each side of the speech bounds."""
SILENT_PEAK = 10 ** (-50 / 20)
"""A clip whose loudest sample is below -50 dBFS holds nothing worth transcribing."""
MIN_SPEECH_S = 0.2
"""Less sound than this after trimming is not speech."""
FRAME, HOP = 1024, 256
"""Analysis frame and hop, in samples (64 ms and 16 ms)."""
AMIN = 1e-10
"""Floor of the frame power before taking logs (librosa's amplitude floor 1e-5, squared)."""


def _speech_bounds(samples: npt.NDArray[np.float32]) -> tuple[int, int]:
    """First and last sample of the frames within :data:`TOP_DB` of the loudest frame."""
    import numpy as np

    # librosa.feature.rms(center=True): frames centred on each hop, zero-padded at the ends; a
    # frame's power is the mean of its squares, read off a running sum.
    padded = np.pad(samples.astype(np.float64), FRAME // 2)
    sums = np.concatenate(([0.0], np.cumsum(padded * padded)))
    starts = np.arange(0, padded.size - FRAME + 1, HOP)
    power = (sums[starts + FRAME] - sums[starts]) / FRAME
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
    start, end = _speech_bounds(audio.samples)
    if end - start < MIN_SPEECH_S * SAMPLE_RATE:
        raise AudioError(f"{name}: too short, no speech to transcribe.")
    margin = int(MARGIN_S * SAMPLE_RATE)
    start, end = max(0, int(start) - margin), min(audio.samples.size, int(end) + margin)
    return Audio(samples=audio.samples[start:end], source=audio.source)
