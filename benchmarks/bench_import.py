#!/usr/bin/env python3
"""Speed of the audio path: cold `cricketlog import`, transcription, trimming, memory, `--help`.

Each cold run is a new process with a new, empty data folder, as a user's first import would be.
In-process figures load the model once and then time the step alone. Prints a table of medians.
Targets on a 2-core machine (issue 2): import < 2.0 s, transcription < 0.6 s, --help < 0.3 s,
peak memory < 500 MB.

usage: python benchmarks/bench_import.py [--runs N] [--clip FILE]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLIP = Path(__file__).parent / "data" / "ten_seconds.wav"


def timed_process(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def cold_import(clip: Path, runs: int) -> tuple[float, float, float]:
    """Median wall time of a fresh `cricketlog import --yes`: into a new data folder (the
    database is created and migrated), and into an existing one (`--again`, as day to day);
    and the largest peak RSS of those processes, in MB."""
    first, later = [], []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "CRICKETLOG_HOME": home, "CRICKETLOG_SPEAK": "false"}
        args = [sys.executable, "-m", "cricketlog", "import", str(clip), "--yes", "--json"]
        for run in range(runs):
            with tempfile.TemporaryDirectory() as fresh:
                first.append(timed_process(args, {**env, "CRICKETLOG_HOME": fresh}))
            if run == 0:
                timed_process(args, env)  # create the database once
            later.append(timed_process([*args, "--again"], env))
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(first), statistics.median(later), peak_kb / 1024


def help_start(runs: int) -> float:
    args = [sys.executable, "-m", "cricketlog", "--help"]
    return statistics.median(timed_process(args, dict(os.environ)) for _ in range(runs))


def in_process(clip: Path, runs: int) -> dict[str, float]:
    from cricketlog.audio.load import load
    from cricketlog.audio.trim import trim
    from cricketlog.transcribe.local import LocalTranscriber

    figures: dict[str, float] = {}
    start = time.perf_counter()
    audio = load(clip, max_seconds=300, max_mb=50)
    figures["load (s)"] = time.perf_counter() - start
    start = time.perf_counter()
    trimmed = trim(audio)
    figures["trim, first call (s)"] = time.perf_counter() - start
    trims = []
    for _ in range(runs):
        start = time.perf_counter()
        trim(audio)
        trims.append(time.perf_counter() - start)
    figures["trim, warm (s)"] = statistics.median(trims)
    transcriber = LocalTranscriber()
    start = time.perf_counter()
    transcriber.load()
    figures["model load (s)"] = time.perf_counter() - start
    transcriber.transcribe(trimmed)
    runs_s = []
    for _ in range(runs):
        start = time.perf_counter()
        transcriber.transcribe(trimmed)
        runs_s.append(time.perf_counter() - start)
    figures["transcription, model loaded (s)"] = statistics.median(runs_s)
    figures["clip after trim (s)"] = trimmed.duration_s
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clip", type=Path, default=CLIP)
    args = parser.parse_args()
    rows = in_process(args.clip, args.runs)
    rows["cricketlog --help (s)"] = help_start(args.runs * 2)
    (
        rows["cold import, new database (s)"],
        rows["cold import, existing database (s)"],
        rows["peak memory, import (MB)"],
    ) = cold_import(args.clip, args.runs)
    print(f"clip: {args.clip.name}, {args.runs} runs each, {os.cpu_count()} cores")
    for name, value in rows.items():
        print(f"  {name:<36} {value:8.3f}")


if __name__ == "__main__":
    main()
