"""Audio in: files and microphones become :class:`Audio`, 16 kHz mono float32 samples.

Whisper models are trained on 16 kHz mono, so every source is brought to that one shape at the door
and no later stage deals with sample rates or channels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SAMPLE_RATE = 16_000
"""The one sample rate every stage after loading works in."""


@dataclass(frozen=True)
class Audio:
    """A mono clip at :data:`SAMPLE_RATE`."""

    samples: npt.NDArray[np.float32]
    """Mono float32 samples in [-1, 1]."""
    source: str = ""
    """Where it came from: a file name or ``microphone``."""

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return len(self.samples) / SAMPLE_RATE
