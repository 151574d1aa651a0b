"""Recordings pushed in chunks as browsers send them: Chromium's own WebM, Ogg, MP4, pcm16, WAV."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import numpy as np
import pytest

from cricketlog.audio import SAMPLE_RATE, Audio
from cricketlog.audio.capture import Stop
from cricketlog.audio.load import load
from cricketlog.audio.stream import StreamRecording
from cricketlog.audio.trim import trim
from cricketlog.errors import AudioLimitError, NotAudioError
from cricketlog.transcribe import Transcript
from cricketlog.transcribe.early import EarlyTranscriber
from cricketlog.transcribe.local import LocalTranscriber

LIMITS = {"max_seconds": 300.0, "max_mb": 50.0}


def chunks(data: bytes, low: int = 1024, high: int = 4096, seed: int = 7) -> list[bytes]:
    """``data`` cut into pieces of random sizes between ``low`` and ``high`` bytes."""
    rng, pieces, at = random.Random(seed), [], 0
    while at < len(data):
        size = rng.randint(low, high)
        pieces.append(data[at : at + size])
        at += size
    return pieces


def streamed(path: Path, fmt: str, **options: object) -> StreamRecording:
    stream = StreamRecording(fmt, **{**LIMITS, **options})  # type: ignore[arg-type]
    for piece in chunks(path.read_bytes()):
        stream.push(piece)
    stream.close()
    return stream


def words(audio: Audio) -> str:
    return LocalTranscriber().transcribe(trim(audio)).text


@pytest.mark.parametrize(
    ("name", "fmt"), [("browser_two_takes.webm", "webm"), ("browser_two_takes.ogg", "ogg")]
)
def test_browser_chunks_give_the_same_audio_and_words_as_the_whole_file(
    data_dir: Path, name: str, fmt: str
) -> None:
    whole = load(data_dir / name, **LIMITS)
    stream = streamed(data_dir / name, fmt)
    audio = stream.audio()
    np.testing.assert_array_equal(audio.samples, whole.samples)
    text = words(audio)
    assert text == words(whole)
    assert "run" in text and "short ball" in text
    assert stream.reason is Stop.ASKED and stream.heard_speech


def test_safari_mp4_and_a_whole_wav_stream_like_the_files(data_dir: Path) -> None:
    for name, fmt in [("safari_run.mp4", "mp4"), ("run.wav", "wav")]:
        audio = streamed(data_dir / name, fmt).audio()
        np.testing.assert_array_equal(audio.samples, load(data_dir / name, **LIMITS).samples)
    assert "45 minute run" in words(audio)


def test_pcm16_split_mid_sample_is_the_wav_it_came_from(data_dir: Path) -> None:
    stream = StreamRecording("pcm16", **LIMITS)
    for piece in chunks((data_dir / "record_run.pcm16").read_bytes(), 999, 1001):
        stream.push(piece)
    stream.close()
    reference = load(data_dir / "record_run.wav", **LIMITS)
    np.testing.assert_allclose(stream.audio().samples, reference.samples, atol=1 / 32768)
    assert "run" in words(stream.audio())


def test_words_are_heard_in_the_pause_before_the_recording_ends(data_dir: Path) -> None:
    """Two takes with a pause between: the first is transcribed while the second is on its way."""
    heard: list[Transcript] = []
    first = threading.Event()
    transcriber = LocalTranscriber()
    stream = StreamRecording("webm", **LIMITS)

    def on_heard(guess: Transcript) -> None:
        heard.append(guess)
        first.set()

    early = EarlyTranscriber(stream, lambda a: transcriber.transcribe(trim(a)), on_heard).start()
    pieces = chunks((data_dir / "browser_two_takes.webm").read_bytes(), 1024, 1024)
    pushed = 0
    while stream.elapsed_s < 5.3:  # the first take ends at 4.7 s, the second starts at 6.7 s
        stream.push(pieces[pushed])
        pushed += 1
        threading.Event().wait(0.02)
    assert first.wait(30), "nothing was heard in the pause"
    assert pushed < len(pieces) and "run" in heard[0].text and "net" not in heard[0].text.lower()
    for piece in pieces[pushed:]:
        stream.push(piece)
    stream.close()
    transcript = early.finish(stream.audio())
    assert "run" in transcript.text and "short ball" in transcript.text


def test_auto_stop_on_silence_works_on_a_stream(data_dir: Path) -> None:
    stream = StreamRecording("pcm16", **LIMITS, silence_seconds=0.8, auto_stop=True)
    silence = bytes(2 * SAMPLE_RATE * 2)
    stream.push((data_dir / "record_run.pcm16").read_bytes() + silence)
    assert stream.wait(0) and stream.reason is Stop.SILENCE
    stream.push(b"\x00\x10" * 1000)  # after the stop: ignored
    stream.close()
    assert stream.audio().duration_s < 2.9 + 2


@pytest.mark.parametrize("fmt", ["webm", "ogg", "mp4", "wav"])
def test_garbage_is_refused_in_one_line_at_the_first_chunk(fmt: str) -> None:
    stream = StreamRecording(fmt, **LIMITS)
    with pytest.raises(NotAudioError, match=f"not {fmt} audio") as caught:
        stream.push(random.Random(1).randbytes(3000))
    assert "\n" not in str(caught.value)
    with pytest.raises(NotAudioError):
        stream.close()


def test_a_right_header_over_garbage_is_refused_at_the_end(data_dir: Path) -> None:
    stream = StreamRecording("ogg", **LIMITS)
    stream.push(b"OggS" + random.Random(2).randbytes(5000))
    with pytest.raises(NotAudioError, match="not ogg audio, or corrupt"):
        stream.close()


def test_unknown_formats_and_empty_streams_are_refused() -> None:
    with pytest.raises(NotAudioError, match="Unknown audio format 'flac'"):
        StreamRecording("flac", **LIMITS)
    stream = StreamRecording("webm", **LIMITS)
    with pytest.raises(NotAudioError, match="holds no webm audio"):
        stream.close()


def test_a_cut_off_recording_keeps_what_came_before(data_dir: Path) -> None:
    data = (data_dir / "browser_two_takes.webm").read_bytes()
    stream = StreamRecording("webm", **LIMITS)
    stream.push(data[: len(data) // 2 + 7])
    stream.close()
    assert 5 < stream.audio().duration_s < 9


def test_the_length_limit_stops_the_recording_and_keeps_it(data_dir: Path) -> None:
    stream = StreamRecording("webm", max_seconds=3, max_mb=50)
    with pytest.raises(AudioLimitError, match="longer than the 3 s limit"):
        for piece in chunks((data_dir / "browser_two_takes.webm").read_bytes()):
            stream.push(piece)
            stream.wait(0.01)
    stream.close()
    assert stream.reason is Stop.MAX_LENGTH
    assert stream.audio().duration_s == pytest.approx(3.0, abs=0.06)


def test_the_size_limit_is_enforced_as_bytes_arrive(data_dir: Path) -> None:
    stream = StreamRecording("pcm16", max_seconds=300, max_mb=0.05)
    with pytest.raises(AudioLimitError, match=r"over the 0\.05 MB limit"):
        for piece in chunks((data_dir / "record_run.pcm16").read_bytes()):
            stream.push(piece)
    assert stream.received > 0.05 * 1024 * 1024
    with pytest.raises(AudioLimitError):
        stream.push(b"\x00\x00")


def test_the_stream_is_written_to_disk_as_it_arrives(data_dir: Path, tmp_path: Path) -> None:
    clip = tmp_path / "clip.wav"
    stream = streamed(data_dir / "browser_two_takes.webm", "webm", clip=clip)
    assert clip.stat().st_mode & 0o777 == 0o600
    on_disk = load(clip, **LIMITS)
    np.testing.assert_allclose(on_disk.samples, stream.audio().samples, atol=1e-4)  # 16 bits
