#!/usr/bin/env python3
"""Measure how extraction time grows with the length of one note.

A long dictation is a real input, so one note's extraction must take time in proportion to its
length. The notes are built from the texts of a JSONL set (the long voice memos of
benchmarks/data/blind12_extract.jsonl by default) said one after another, in three shapes:
as written, as speech to text returns a long recording (lower case, no punctuation), and one
session's note said over and over without a pause, where one clause runs for pages. Each size
is timed in-process, best of ``--repeat`` runs, as the CPU time of this process (on a shared
machine the wall clock measures the neighbours too), and the time per kilobyte is printed: flat
means linear. Sizes over the extractor's bound
(``cricketlog.extract.base.MAX_CHARS``) are refused with ``ExtractionError``, which is shown.

usage: python benchmarks/bench_extract_size.py [SET.jsonl] [--sizes 10000,100000,200000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from pathlib import Path

from cricketlog.errors import ExtractionError
from cricketlog.extract.base import MAX_CHARS
from cricketlog.extract.rules import RulesExtractor

DEFAULT_SET = Path(__file__).parent / "data" / "blind12_extract.jsonl"


def note(texts: list[str], size: int, spoken: bool) -> str:
    """``size`` characters of the texts said one after another."""
    parts, length, n = [], 0, 0
    while length < size:
        parts.append(texts[n % len(texts)])
        length += len(parts[-1]) + 1
        n += 1
    text = " ".join(parts)[:size]
    return re.sub(r"[.,!?;:]", "", text.lower()) if spoken else text


SHAPES = {
    "as written": lambda texts, size: note(texts, size, spoken=False),
    "speech to text (no punctuation)": lambda texts, size: note(texts, size, spoken=True),
    "one session, one run-on clause": lambda texts, size: note([ONE_SESSION], size, spoken=True),
}
ONE_SESSION = "nets for an hour middling it well felt confident"
"""The hardest shape: one activity whose clause never ends, so every word is read against
every other one in the same clause."""


def seconds(text: str, repeat: int) -> float:
    """The best time of ``repeat`` extractions of ``text``."""
    extractor, today = RulesExtractor(), dt.date(2026, 11, 25)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        extractor.extract(text, today)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path, nargs="?", default=DEFAULT_SET)
    parser.add_argument("--sizes", default=f"10000,100000,{MAX_CHARS},1000000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.set.read_text().splitlines() if line]
    print(f"bound: {MAX_CHARS:,} characters")
    for shape, make in SHAPES.items():
        for size in (int(s) for s in args.sizes.split(",")):
            text = make(texts, size)
            try:
                took = seconds(text, args.repeat)
            except ExtractionError as exc:
                print(f"{shape:32s} {size / 1000:7.0f} KB  refused: {exc}")
                continue
            print(
                f"{shape:32s} {size / 1000:7.0f} KB  {took:7.3f} s  {took / size * 1e6:6.1f} ms/KB"
            )


if __name__ == "__main__":
    main()
