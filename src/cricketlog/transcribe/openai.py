"""Speech to text with OpenAI's transcription API (``whisper-1`` or a ``gpt-4o-*-transcribe``).

The API takes a file, not samples, so the clip is encoded as 16-bit PCM WAV in memory: lossless,
understood by every OpenAI transcription model, and about 1 MB per 30 seconds at 16 kHz mono, well
under the API's 25 MB limit for the longest clip the settings allow. The cricket vocabulary prompt
and ``language="en"`` are sent as with the local model, so both backends hear the same words.
"""

from __future__ import annotations

import io

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.config import Settings
from cricketlog.errors import TranscriptionError
from cricketlog.openai_client import api_errors, make_client
from cricketlog.transcribe.base import VOCABULARY_PROMPT, Transcript


class OpenAITranscriber:
    """Sends each clip to OpenAI; the key is checked when the backend is built."""

    def __init__(self, settings: Settings) -> None:
        self.model = settings.openai_transcribe_model
        self.name = f"openai:{self.model}"
        self._client = make_client(settings)

    def transcribe(self, audio: Audio) -> Transcript:
        """The words spoken in ``audio``, as OpenAI heard them."""
        with api_errors(self._client, TranscriptionError, "transcribing"):
            result = self._client.audio.transcriptions.create(
                model=self.model,
                file=("clip.wav", wav_bytes(audio), "audio/wav"),
                prompt=VOCABULARY_PROMPT,
                language="en",
                response_format="json",
            )
        text = getattr(result, "text", None)
        if not isinstance(text, str):
            raise TranscriptionError("OpenAI's transcription answer had no text; try again.")
        return Transcript(text=text.strip(), duration_s=audio.duration_s, engine=self.name)


def wav_bytes(audio: Audio) -> bytes:
    """``audio`` as a 16-bit PCM WAV file."""
    import soundfile

    buffer = io.BytesIO()
    soundfile.write(buffer, audio.samples, SAMPLE_RATE, subtype="PCM_16", format="WAV")
    return buffer.getvalue()
