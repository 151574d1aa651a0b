#!/usr/bin/env python3
"""Latency of `cricketlog record`: from the end of recording to the confirmation table.

A ten-second spoken clip (tests/data/record_bench_10s.wav) is played into a private PulseAudio
null sink and captured through the real recording path (PortAudio -> ALSA pulse plugin -> the
sink's monitor), exactly as `record` does: the model warms up when recording starts, the clip is
written to the pending folder as it is recorded, transcribed, the entries extracted (a Draft of
the pending clip) and their tables rendered.
The clock starts when the recording stops and stops when the tables are rendered.

Two ways of stopping, each with and without early transcription (transcribing in the pauses):
  enter     the player presses Enter 0.5 s after the last word (simulated)
  silence   auto-stop after `silence_seconds` (2 s by default) of silence
Targets (issue 4), 2-core machine: < 1.0 s; stretch, with transcription while recording: < 0.4 s.

usage: python benchmarks/bench_record.py [--runs N] [--clip FILE]
Needs pulseaudio, pulseaudio-utils, libasound2-plugins and libportaudio2.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pulse import Pulse, reload_portaudio, running_pulse  # noqa: E402

CLIP = ROOT / "tests" / "data" / "record_bench_10s.wav"
ENTER_AFTER_S = 0.5


def one_run(pulse: Pulse, clip: Path, *, stop: str, early: bool) -> tuple[float, bool]:
    """Seconds from the end of recording to the rendered tables, and whether the early text held."""
    import soundfile
    from rich.console import Console

    from cricketlog.audio.devices import find_input
    from cricketlog.audio.record import Recorder
    from cricketlog.cli.render import entry_table
    from cricketlog.config import load_settings
    from cricketlog.diary import Draft, start_recording
    from cricketlog.pipeline import Pipeline
    from cricketlog.transcribe.early import EarlyTranscriber

    settings = load_settings()
    core = Pipeline(settings)
    core.warm_up()  # as `record` does: the model loads while the player talks
    kept = start_recording(core)
    recorder = Recorder(
        find_input(),
        max_seconds=60,
        silence_seconds=settings.silence_seconds,
        auto_stop=stop == "silence",
        clip=kept.path,  # written as it is said
    )
    watcher = None
    with recorder:
        if early:
            watcher = EarlyTranscriber(recorder, core.transcribe_audio).start()
        pulse.play(clip).wait()
        if stop == "enter":
            threading.Timer(ENTER_AFTER_S, recorder.stop).start()
        while not recorder.wait(0.02):
            pass
    assert recorder.stopped_at is not None
    audio = recorder.audio()
    transcript = watcher.finish(audio) if watcher else core.transcribe_audio(audio)
    entries = Draft.from_clip(core, kept, transcript.text).entries
    screen = Console(file=io.StringIO(), width=100)
    for entry in entries:
        screen.print(entry_table(entry))
    assert entries, f"no entry in {transcript.text!r} ({soundfile.info(clip).duration:.1f} s)"
    return time.monotonic() - recorder.stopped_at, bool(watcher and watcher.used_early)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clip", type=Path, default=CLIP)
    args = parser.parse_args()
    import os

    with tempfile.TemporaryDirectory() as home, running_pulse() as pulse:
        os.environ.update(pulse.env, CRICKETLOG_HOME=home, CRICKETLOG_SPEAK="false")
        reload_portaudio()
        print(f"clip: {args.clip.name}; median of {args.runs} runs; end of recording -> tables")
        for stop in ("enter", "silence"):
            for early in (False, True):
                runs = [one_run(pulse, args.clip, stop=stop, early=early) for _ in range(args.runs)]
                latency = statistics.median(seconds for seconds, _ in runs)
                held = sum(used for _, used in runs)
                how = f"early transcription (held {held}/{len(runs)})" if early else "at the end"
                print(f"  stop on {stop:<8} {how:<36} {latency * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
