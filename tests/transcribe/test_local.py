"""The real bundled tiny.en model on real speech."""

from __future__ import annotations

from pathlib import Path

import pytest

from cricketlog.audio.load import load
from cricketlog.audio.trim import trim
from cricketlog.errors import TranscriptionError
from cricketlog.transcribe.local import LocalTranscriber, bundled_model


def test_bundled_model_ships_with_the_package() -> None:
    folder = bundled_model()
    assert (folder / "model.bin").is_file() and (folder / "tokenizer.json").is_file()


def test_transcribes_speech_with_cricket_words(data_dir: Path) -> None:
    transcriber = LocalTranscriber()
    audio = trim(load(data_dir / "nets.flac", max_seconds=300, max_mb=50))
    transcript = transcriber.transcribe(audio)
    words = transcript.text.lower()
    assert "short ball" in words and "cover drive" in words and "hour" in words
    assert transcript.engine == "local:tiny.en"
    assert transcript.duration_s == pytest.approx(audio.duration_s)


def test_the_model_loads_once_per_process() -> None:
    assert LocalTranscriber().load() is LocalTranscriber().load()


def test_a_bad_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TranscriptionError, match="Cannot load the speech model"):
        LocalTranscriber(str(tmp_path)).load()
