"""Speech to text: the :class:`Transcriber` backends and the one factory that picks one."""

from __future__ import annotations

from cricketlog.config import Settings
from cricketlog.transcribe.base import Transcriber, Transcript

__all__ = ["Transcriber", "Transcript", "make_transcriber"]


def make_transcriber(settings: Settings) -> Transcriber:
    """The backend the settings ask for; nothing heavy is loaded until the first transcription."""
    if settings.transcriber == "openai":
        from cricketlog.transcribe.openai import OpenAITranscriber

        return OpenAITranscriber(settings)
    from cricketlog.transcribe.local import LocalTranscriber

    return LocalTranscriber(settings.whisper_model, threads=settings.whisper_threads)
