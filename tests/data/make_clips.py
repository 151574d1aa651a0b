"""Make the audio clips the tests use (run once; the outputs are committed).

Speech comes from espeak-ng, so the clips are reproducible and free of licences; each format the
loader claims to read gets one clip, encoded with PyAV (the decoder cricketlog itself uses).
Broken inputs (empty, silent, not audio, truncated) are made here too.

usage: python tests/data/make_clips.py
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import av
import numpy as np
import soundfile as sf

HERE = Path(__file__).parent
RATE = 16_000
SPEECH = {
    "run": "Forty five minute run this morning, hard, felt great.",
    "nets": (
        "Net session for an hour. Cover drive was timing nicely, need to work on the short ball."
    ),
    "match": "Scored thirty two off twenty eight balls, kept wicket, two catches, felt good.",
    "chatter": "The weather was lovely and the traffic was light on the way home.",
}


def speak(text: str, voice: str = "en-gb") -> np.ndarray:
    """espeak-ng's rendering of ``text`` at 16 kHz mono, with a second of silence either side."""
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp, "raw.wav"), Path(tmp, "out.wav")
        subprocess.run(["espeak-ng", "-v", voice, "-s", "165", "-w", str(raw), text], check=True)
        subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", str(out)], check=True)
        samples, _ = sf.read(out, dtype="float32")
    pad = np.zeros(RATE, dtype=np.float32)
    return np.concatenate([pad, samples, pad])


def encode(samples: np.ndarray, path: Path, codec: str, rate: int = RATE) -> None:
    """Write ``samples`` with PyAV in the container given by the file name."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = RATE
        resampler = av.AudioResampler(format=stream.format, layout="mono", rate=rate)
        for chunk in resampler.resample(frame) + resampler.resample(None):
            container.mux(stream.encode(chunk))
        container.mux(stream.encode(None))


def main() -> None:
    run = speak(SPEECH["run"])
    sf.write(HERE / "run.wav", run, RATE, subtype="PCM_16")
    sf.write(HERE / "nets.flac", speak(SPEECH["nets"], "en-us"), RATE)
    encode(speak(SPEECH["match"], "en-gb-x-rp"), HERE / "match.ogg", "libopus", 48_000)
    encode(run, HERE / "run.mp3", "libmp3lame")
    encode(run, HERE / "run.m4a", "aac")
    encode(run, HERE / "run.webm", "libopus", 48_000)
    sf.write(HERE / "chatter.wav", speak(SPEECH["chatter"]), RATE, subtype="PCM_16")  # no entry
    sf.write(HERE / "silence.wav", np.zeros(2 * RATE, dtype=np.float32), RATE, subtype="PCM_16")
    (HERE / "empty.wav").write_bytes(b"")
    (HERE / "notes.wav").write_text("this is a text file, not audio\n")
    (HERE / "truncated.flac").write_bytes((HERE / "nets.flac").read_bytes()[:600])


if __name__ == "__main__":
    main()
