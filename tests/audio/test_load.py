"""Loading real files in every supported format, and refusing every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cricketlog.audio import SAMPLE_RATE
from cricketlog.audio.load import load, sha256_of
from cricketlog.errors import AudioError, AudioLimitError, NotAudioError

LIMITS = {"max_seconds": 300.0, "max_mb": 50.0}


@pytest.mark.parametrize("name", ["run.wav", "run.mp3", "run.m4a", "run.webm"])
def test_every_format_loads_as_16k_mono_float32(data_dir: Path, name: str) -> None:
    audio = load(data_dir / name, **LIMITS)
    reference = load(data_dir / "run.wav", **LIMITS)
    assert audio.samples.dtype == np.float32 and audio.samples.ndim == 1
    assert audio.source == name
    # AAC pads with a frame or two of priming (about 0.1 s); the length must still match closely.
    assert abs(audio.duration_s - reference.duration_s) < 0.15
    assert 0.05 < float(np.max(np.abs(audio.samples))) <= 1.0


@pytest.mark.parametrize("name", ["nets.flac", "match.ogg"])
def test_flac_and_opus_load(data_dir: Path, name: str) -> None:
    audio = load(data_dir / name, **LIMITS)
    assert audio.duration_s > 4.0
    assert len(audio.samples) == round(audio.duration_s * SAMPLE_RATE)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.wav", "the file is empty"),
        ("notes.wav", "not an audio file, or it is corrupt"),
        ("truncated.flac", "corrupt"),
        ("no-such-file.wav", "no such file"),
    ],
)
def test_bad_files_are_refused_with_the_file_named(data_dir: Path, name: str, reason: str) -> None:
    with pytest.raises(AudioError, match=reason) as caught:
        load(data_dir / name, **LIMITS)
    assert name in str(caught.value) and "\n" not in str(caught.value)


def test_directories_are_refused(data_dir: Path) -> None:
    with pytest.raises(AudioError, match="not a file"):
        load(data_dir, **LIMITS)


def test_over_long_and_over_size_files_are_refused(data_dir: Path) -> None:
    with pytest.raises(AudioError, match="longer than the 2 s limit"):
        load(data_dir / "run.wav", max_seconds=2, max_mb=50)
    with pytest.raises(AudioError, match=r"over the 0\.1 MB limit"):
        load(data_dir / "run.wav", max_seconds=300, max_mb=0.1)


def test_hash_identifies_content(data_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.wav"
    copy.write_bytes((data_dir / "run.wav").read_bytes())
    assert sha256_of(copy) == sha256_of(data_dir / "run.wav")
    assert sha256_of(copy) != sha256_of(data_dir / "nets.flac")


def test_bytes_and_file_objects_load_like_the_path(data_dir: Path) -> None:
    path = data_dir / "browser_two_takes.webm"
    whole = load(path, **LIMITS)
    from_bytes = load(path.read_bytes(), **LIMITS, name="upload.webm")
    with path.open("rb") as handle:
        from_file = load(handle, **LIMITS)
    np.testing.assert_array_equal(from_bytes.samples, whole.samples)
    np.testing.assert_array_equal(from_file.samples, whole.samples)
    assert from_bytes.source == "upload.webm" and from_file.source == "the audio"


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", NotAudioError, "upload: the file is empty"),
        (b"this is a text file, not audio\n", NotAudioError, "upload: not an audio file"),
        (b"RIFF\x00\x00", NotAudioError, "upload: not an audio file"),
        (bytes(200_000), AudioLimitError, r"upload: 0\.2 MB is over the 0\.1 MB limit"),
    ],
)
def test_bad_bytes_are_refused_in_one_line(
    data: bytes, error: type[AudioError], reason: str
) -> None:
    with pytest.raises(error, match=reason) as caught:
        load(data, max_seconds=300, max_mb=0.1, name="upload")
    assert "\n" not in str(caught.value)


def test_a_file_object_is_read_no_further_than_the_limit(data_dir: Path) -> None:
    with (data_dir / "run.wav").open("rb") as handle:
        with pytest.raises(AudioLimitError):
            load(handle, max_seconds=300, max_mb=0.1)
        assert handle.tell() == int(0.1 * 1024 * 1024) + 1


def test_long_bytes_are_refused_as_too_long(data_dir: Path) -> None:
    with pytest.raises(AudioLimitError, match="longer than the 2 s limit"):
        load((data_dir / "safari_run.mp4").read_bytes(), max_seconds=2, max_mb=50)
