"""The recording on disk as it is made: it survives kill -9, and a cut-off file is recovered."""

from __future__ import annotations

import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from cricketlog.audio.load import load
from cricketlog.audio.sink import ClipSink, recover
from cricketlog.audio.trim import trim
from cricketlog.errors import NotAudioError
from cricketlog.transcribe.local import LocalTranscriber
from pulse import Pulse, pulse  # noqa: F401  (fixture)

LIMITS = {"max_seconds": 300.0, "max_mb": 50.0}
RECORD = """
import sys
from pathlib import Path
from cricketlog.audio.devices import find_input
from cricketlog.audio.record import Recorder

recorder = Recorder(find_input(), max_seconds=60, silence_seconds=5, auto_stop=False,
                    clip=Path(sys.argv[1]))
with recorder:
    print("recording", flush=True)
    while not recorder.wait(0.05):
        pass
"""


def test_a_recording_killed_mid_sentence_keeps_what_was_said(
    pulse: Pulse,  # noqa: F811
    data_dir: Path,
    tmp_path: Path,
) -> None:
    clip = tmp_path / "clip.wav"
    recorder = subprocess.Popen(
        [sys.executable, "-c", RECORD, str(clip)],
        env=pulse.client_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert recorder.stdout is not None and recorder.stdout.readline() == "recording\n"
        pulse.play(data_dir / "record_run.wav").wait(10)
        time.sleep(0.3)
    finally:
        recorder.send_signal(signal.SIGKILL)
        recorder.wait(10)
    assert recorder.returncode == -signal.SIGKILL
    assert clip.stat().st_mode & 0o777 == 0o600
    recover(clip)
    audio = load(clip, **LIMITS)
    assert audio.duration_s > 2.9
    text = LocalTranscriber().transcribe(trim(audio)).text.lower()
    assert "run" in text and "hard" in text


def test_the_file_is_whole_after_every_block_and_after_close(tmp_path: Path) -> None:
    clip = tmp_path / "clip.wav"
    sink = ClipSink(clip)
    tone = (0.5 * np.sin(np.arange(800) / 5)).astype(np.float32)
    for _ in range(10):
        sink.write(tone)
    sink.close()
    audio = load(clip, **LIMITS)
    assert len(audio.samples) == 8000
    np.testing.assert_allclose(audio.samples[:800], tone, atol=1e-4)
    before = clip.read_bytes()
    recover(clip)
    assert clip.read_bytes() == before
    with pytest.raises(FileExistsError):
        ClipSink(clip)  # a clip is never written over


def test_lengths_left_stale_by_a_crash_are_put_right(tmp_path: Path) -> None:
    clip = tmp_path / "clip.wav"
    sink = ClipSink(clip)
    sink.write(np.full(1600, 0.25, np.float32))
    sink.close()
    with clip.open("r+b") as handle:  # as if killed before the header caught up...
        handle.seek(4)
        handle.write(struct.pack("<I", 36))
        handle.seek(40)
        handle.write(struct.pack("<I", 0))
        handle.seek(0, 2)
        handle.write(b"\x01")  # ...and in the middle of a sample
    recover(clip)
    audio = load(clip, **LIMITS)
    assert len(audio.samples) == 1600
    assert audio.samples[0] == pytest.approx(0.25, abs=1e-4)


@pytest.mark.parametrize(
    "content", [b"", b"RIFF\x24\x00\x00\x00WAVEfmt ", b"not a wav file at all"]
)
def test_a_file_with_nothing_recorded_is_said_so(tmp_path: Path, content: bytes) -> None:
    clip = tmp_path / "clip.wav"
    clip.write_bytes(content)
    with pytest.raises(NotAudioError, match=r"clip\.wav: .*nothing was recorded"):
        recover(clip)
