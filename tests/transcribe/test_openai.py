"""The OpenAI transcriber against a local fake of the API, over real HTTP with the real client."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import soundfile

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.errors import TranscriptionError
from cricketlog.openai_client import ApiKeyRejected, MissingApiKey
from cricketlog.transcribe import make_transcriber
from cricketlog.transcribe.base import VOCABULARY_PROMPT
from cricketlog.transcribe.openai import OpenAITranscriber
from openai_fake import API_KEY, FakeOpenAI


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def tone() -> Audio:
    """A second and a half of a quiet 440 Hz tone."""
    t = np.arange(int(1.5 * SAMPLE_RATE)) / SAMPLE_RATE
    return Audio(samples=(0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), source="tone")


def test_sends_a_16khz_wav_with_the_prompt_and_returns_the_text(
    server: FakeOpenAI, tone: Audio, tmp_path: Path
) -> None:
    server.transcript = "  Nets for an hour, felt sharp.\n"
    transcriber = make_transcriber(server.settings(tmp_path))

    transcript = transcriber.transcribe(tone)

    assert transcript.text == "Nets for an hour, felt sharp."
    assert transcript.engine == transcriber.name == "openai:whisper-1"
    assert transcript.duration_s == pytest.approx(1.5)
    (request,) = server.requests
    assert request.path == "/v1/audio/transcriptions"
    assert request.form["model"] == "whisper-1"
    assert request.form["prompt"] == VOCABULARY_PROMPT
    assert request.form["language"] == "en"
    name, content_type, wav = request.files["file"]
    assert (name, content_type) == ("clip.wav", "audio/wav")
    info = soundfile.info(io.BytesIO(wav))
    assert (info.format, info.subtype, info.samplerate, info.channels) == (
        "WAV",
        "PCM_16",
        16_000,
        1,
    )
    samples, _ = soundfile.read(io.BytesIO(wav), dtype="float32")
    np.testing.assert_allclose(samples, tone.samples, atol=1e-4)


def test_uses_the_configured_model(server: FakeOpenAI, tone: Audio, tmp_path: Path) -> None:
    settings = replace(server.settings(tmp_path), openai_transcribe_model="gpt-4o-mini-transcribe")
    transcriber = OpenAITranscriber(settings)

    transcriber.transcribe(tone)

    assert transcriber.name == "openai:gpt-4o-mini-transcribe"
    assert server.requests[0].form["model"] == "gpt-4o-mini-transcribe"


def test_missing_key_is_a_config_error_at_construction(tmp_path: Path) -> None:
    with FakeOpenAI() as server, pytest.raises(MissingApiKey, match="none is set"):
        OpenAITranscriber(server.settings(tmp_path, api_key=""))
    assert server.requests == []


def test_wrong_key_is_refused_without_showing_it(
    server: FakeOpenAI, tone: Audio, tmp_path: Path
) -> None:
    wrong = "sk-wrong-key-9876543210"
    transcriber = OpenAITranscriber(server.settings(tmp_path, api_key=wrong))

    with pytest.raises(ApiKeyRejected, match="rejected the API key while transcribing") as caught:
        transcriber.transcribe(tone)

    assert wrong not in str(caught.value)
    assert server.requests[0].headers["authorization"] == f"Bearer {wrong}"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, r"HTTP 400\): Audio file is too short"),
        (403, "refused access"),
        (404, "does not know the model"),
        (429, "rate limit"),
        (500, "HTTP 500"),
    ],
)
def test_api_errors_become_one_line_transcription_errors(
    server: FakeOpenAI, tone: Audio, tmp_path: Path, status: int, expected: str
) -> None:
    server.fail(status, f"Audio file is too short.\nKey was {API_KEY}.")
    transcriber = OpenAITranscriber(server.settings(tmp_path))

    with pytest.raises(TranscriptionError, match=expected) as caught:
        transcriber.transcribe(tone)

    message = str(caught.value)
    assert API_KEY not in message
    assert "\n" not in message
    assert len(server.requests) == 1


@pytest.mark.parametrize("body", [b"<html>Bad gateway</html>", b'{"words": "no text field"}'])
def test_an_answer_without_text_is_a_transcription_error(
    server: FakeOpenAI, tone: Audio, tmp_path: Path, body: bytes
) -> None:
    server.fail(200, raw=body)

    with pytest.raises(TranscriptionError, match="no text"):
        OpenAITranscriber(server.settings(tmp_path)).transcribe(tone)


def test_server_errors_are_retried(server: FakeOpenAI, tone: Audio, tmp_path: Path) -> None:
    server.fail(503, "Overloaded.", retry=True)

    transcript = OpenAITranscriber(server.settings(tmp_path)).transcribe(tone)

    assert transcript.text == server.transcript
    assert len(server.requests) == 2


def test_unreachable_server_is_a_transcription_error(tone: Audio, tmp_path: Path) -> None:
    with FakeOpenAI() as server:
        settings = server.settings(tmp_path)
    transcriber = OpenAITranscriber(settings)

    with pytest.raises(TranscriptionError, match="Could not reach OpenAI"):
        transcriber.transcribe(tone)
