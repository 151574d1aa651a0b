#!/usr/bin/env python3
"""Measure how many utterances per second the rules extractor handles.

Two figures: in-process (``RulesExtractor().extract`` in a loop) and end to end through
``cricketlog extract --json -`` fed N lines on stdin (start-up included). The utterances are the
texts of a JSONL set (benchmarks/data/fresh_extract.jsonl by default), repeated to N lines.
Target: 1,000/s.

usage: python benchmarks/bench_extract.py [SET.jsonl] [-n 5000] [--cmd CMD]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import shlex
import subprocess
import time
from pathlib import Path

from cricketlog.extract.rules import RulesExtractor

DEFAULT_SET = Path(__file__).parent / "data" / "fresh_extract.jsonl"


def in_process(texts: list[str]) -> float:
    """Utterances per second through ``RulesExtractor.extract``."""
    extractor, today = RulesExtractor(), dt.date.today()
    start = time.perf_counter()
    for text in texts:
        extractor.extract(text, today)
    return len(texts) / (time.perf_counter() - start)


def through_cli(texts: list[str], cmd: str) -> float:
    """Utterances per second through the CLI, start-up included."""
    stdin = "".join(t.replace("\n", " ") + "\n" for t in texts)
    start = time.perf_counter()
    proc = subprocess.run(shlex.split(cmd), input=stdin, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    answers = sum(1 for line in proc.stdout.splitlines() if line.startswith("{"))
    if answers != len(texts):
        raise SystemExit(f"{cmd!r} gave {answers} answers for {len(texts)} lines")
    return len(texts) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path, nargs="?", default=DEFAULT_SET)
    parser.add_argument("-n", type=int, default=5000, help="lines to extract")
    parser.add_argument("--cmd", default="cricketlog extract --json -")
    args = parser.parse_args()
    samples = [
        json.loads(line)["text"] for line in args.set.read_text().splitlines() if line.strip()
    ]
    texts = list(itertools.islice(itertools.cycle(samples), args.n))
    print(f"{len(texts)} utterances")
    print(f"in-process: {in_process(texts):8.0f} utterances/s")
    print(f"CLI       : {through_cli(texts, args.cmd):8.0f} utterances/s  ({args.cmd})")


if __name__ == "__main__":
    main()
