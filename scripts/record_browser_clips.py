"""Record spoken test clips the way a browser sends them: real Chromium, real MediaRecorder.

The stream tests need what MediaRecorder really produces (a WebM header only in the first chunk,
clusters cut where the timeslice falls), not what an encoder library writes, so Debian's Chromium is
driven headless by Playwright, its fake microphone fed a WAV made of the spoken clips in tests/data,
and the recording is saved as it came out of ``dataavailable``. No browser is downloaded.

Chromium's MediaRecorder has no Ogg (``MediaRecorder.isTypeSupported('audio/ogg;codecs=opus')`` is
false), so the Ogg/Opus clip is the same Chromium-encoded Opus packets remuxed into Ogg pages, as
Firefox sends them. Safari's fragmented MP4/AAC and raw pcm16 are made with PyAV / numpy.

usage: python scripts/record_browser_clips.py
(needs `pip install playwright` and Debian's chromium package; nothing else is downloaded)
"""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

import av
import numpy as np
import soundfile as sf
from playwright.sync_api import sync_playwright

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CHROMIUM = "/usr/bin/chromium"
RATE = 16_000
BITRATE = 32_000
"""Opus at 32 kb/s keeps speech clear for Whisper and the files small."""
TIMESLICE_MS = 250
"""How often MediaRecorder hands over a chunk (a web page would send each one at once)."""

PAGE = """
<html><body><script>
async function record(mimeType, seconds) {
  const stream = await navigator.mediaDevices.getUserMedia({audio: {
    echoCancellation: false, noiseSuppression: false, autoGainControl: false}});
  const recorder = new MediaRecorder(stream, {mimeType, audioBitsPerSecond: BITRATE});
  const chunks = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise((resolve) => { recorder.onstop = resolve; });
  recorder.start(TIMESLICE);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  recorder.stop();
  await stopped;
  stream.getTracks().forEach((track) => track.stop());
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return btoa(text);
}
</script></body></html>
""".replace("BITRATE", str(BITRATE)).replace("TIMESLICE", str(TIMESLICE_MS))


def samples(name: str) -> np.ndarray:
    """A clip from tests/data as 16 kHz mono float32 (they all are 16 kHz mono)."""
    data, rate = sf.read(DATA / name, dtype="float32")
    assert rate == RATE, name
    return data


def chromium_record(wav: Path, seconds: float, mime: str = "audio/webm;codecs=opus") -> bytes:
    """What Chromium's MediaRecorder makes of ``wav`` played into its fake microphone."""
    args = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}%noloop",
        "--autoplay-policy=no-user-gesture-required",
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page()
        # getUserMedia needs a secure context; localhost is one, served here without a server.
        page.route("http://localhost/", lambda r: r.fulfill(body=PAGE, content_type="text/html"))
        page.goto("http://localhost/")
        assert not page.evaluate("MediaRecorder.isTypeSupported('audio/ogg;codecs=opus')")
        encoded = page.evaluate("([mime, s]) => record(mime, s)", [mime, seconds])
        browser.close()
    return base64.b64decode(encoded)


def remux(source: Path, target: Path) -> None:
    """Copy the Opus packets of ``source`` into the container ``target``'s name says."""
    with av.open(str(source)) as inp, av.open(str(target), "w") as out:
        stream = out.add_stream_from_template(inp.streams.audio[0])
        for packet in inp.demux(inp.streams.audio[0]):
            if packet.dts is None:
                continue
            packet.stream = stream
            out.mux(packet)


def fragmented_mp4(clip: np.ndarray, target: Path) -> None:
    """AAC in fragmented MP4 (moov first, then moof+mdat pairs), as Safari's MediaRecorder sends."""
    options = {"movflags": "frag_keyframe+empty_moov+default_base_moof", "frag_duration": "250000"}
    with av.open(str(target), "w", format="mp4", options=options) as out:
        stream = out.add_stream("aac", rate=44_100, layout="mono")
        stream.bit_rate = 48_000
        frame = av.AudioFrame.from_ndarray(clip.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = RATE
        resampler = av.AudioResampler(format=stream.format, layout="mono", rate=44_100)
        for chunk in [*resampler.resample(frame), *resampler.resample(None)]:
            out.mux(stream.encode(chunk))
        out.mux(stream.encode(None))


def main() -> None:
    two_takes = np.concatenate([samples("run.wav"), samples("nets.flac")])
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp, "two_takes.wav")
        sf.write(wav, two_takes, RATE, subtype="PCM_16")
        webm = DATA / "browser_two_takes.webm"
        webm.write_bytes(chromium_record(wav, len(two_takes) / RATE + 0.3))
        remux(webm, DATA / "browser_two_takes.ogg")
    fragmented_mp4(samples("run.wav"), DATA / "safari_run.mp4")
    pcm = (samples("record_run.wav") * 32767).astype("<i2")
    (DATA / "record_run.pcm16").write_bytes(pcm.tobytes())


if __name__ == "__main__":
    main()
