#!/usr/bin/env python3
"""Score an extractor command on a JSONL set of utterances with expected entries.

Each line of the set is ``{"id", "text", "expect": [entry, ...]}``: a listed field is checked; a
free-text field lists phrases it must contain / must not contain; ``"date": N`` means today minus N
days. The command is run once with one utterance per stdin line and must print one
``{"entries": [...]}`` line per utterance, as ``cricketlog extract --json -`` does. Prints accuracy
per field, overall field accuracy and the share of utterances entirely right.

With ``--today DATE`` the expected dates count back from DATE, and the command is given the same
``--today`` (append it yourself when ``--cmd`` is not cricketlog's own), so a set written for one
day scores the same on any day.

usage: python benchmarks/score_extract.py SET.jsonl [--cmd CMD] [--today DATE] [--show] [--min 0.97]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shlex
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def _norm(text: object) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", str(text).lower())


def check(expected: Any, got: Any, path: str = "") -> Iterator[tuple[str, bool]]:
    """(field path, right?) for every field ``expected`` lists."""
    if isinstance(expected, dict) and "contains" in expected:
        text = _norm(got or "")
        ok = all(_norm(p).strip() in text for p in expected["contains"])
        yield path, ok and not any(_norm(p).strip() in text for p in expected["excludes"])
    elif isinstance(expected, dict):
        for key, value in expected.items():
            sub = got.get(key) if isinstance(got, dict) else None
            yield from check(value, sub, f"{path}.{key}")
    elif isinstance(expected, (int, float)) and not isinstance(expected, bool) and got is not None:
        yield path, isinstance(got, (int, float)) and abs(got - expected) <= 0.1
    else:
        yield path, expected == got


def score_item(
    item: dict[str, Any], got: list[dict[str, Any]], today: dt.date
) -> list[tuple[str, bool]]:
    """Every checked field of one utterance, with whether it came back right."""
    results = [("entry_count", len(got) == len(item["expect"]))]
    for n, exp in enumerate(item["expect"]):
        entry = got[n] if n < len(got) else {}
        want_date = (today - dt.timedelta(days=exp.get("date", 0))).isoformat()
        results.append((f"#{n} activity_type", entry.get("activity_type") == exp["activity_type"]))
        results.append((f"#{n} entry_date", entry.get("entry_date") == want_date))
        results += [(f"#{n} data{p}", ok) for p, ok in check(exp["data"], entry.get("data") or {})]
        if "missing" in exp:
            results.append(
                (f"#{n} missing", sorted(entry.get("missing") or []) == sorted(exp["missing"]))
            )
    return results


def run(cmd: str, texts: list[str]) -> list[list[dict[str, Any]]]:
    """The entries ``cmd`` gives for each text, in order."""
    stdin = "".join(t.replace("\n", " ") + "\n" for t in texts)
    proc = subprocess.run(
        shlex.split(cmd), input=stdin, capture_output=True, text=True, timeout=600
    )
    lines = [line for line in proc.stdout.splitlines() if line.strip().startswith("{")]
    if proc.returncode != 0 or len(lines) != len(texts):
        sys.exit(
            f"{proc.stderr[-2000:]}\nextractor failed: exit {proc.returncode}, "
            f"{len(lines)} answers for {len(texts)} utterances"
        )
    return [json.loads(line).get("entries", []) for line in lines]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--cmd", default="cricketlog extract --json -")
    parser.add_argument("--show", action="store_true", help="print every utterance with a mistake")
    parser.add_argument("--min", type=float, help="exit 1 when field accuracy is below this")
    parser.add_argument("--today", type=dt.date.fromisoformat, help="the day the set was written")
    args = parser.parse_args()
    items = [json.loads(line) for line in args.set.read_text().splitlines() if line.strip()]
    cmd = args.cmd
    if args.today and args.cmd.startswith("cricketlog extract"):
        cmd += f" --today {args.today.isoformat()}"
    answers = run(cmd, [i["text"] for i in items])
    today = args.today or dt.date.today()
    total, right = Counter[str](), Counter[str]()
    perfect = 0
    for item, got in zip(items, answers, strict=True):
        results = score_item(item, got, today)
        for path, ok in results:
            field = path.split(".")[1] if ".data." in path or " data." in path else path.split()[-1]
            total[field] += 1
            right[field] += ok
        wrong = [p for p, ok in results if not ok]
        perfect += not wrong
        if wrong and args.show:
            print(
                f"{item['id']}: {item['text']}\n   wrong: {', '.join(wrong)}\n"
                f"   got: {json.dumps(got)[:600]}"
            )
    print("per field:")
    for field in sorted(total, key=lambda f: (right[f] / total[f], f)):
        print(
            f"  {field:24s} {right[field]:4d}/{total[field]:<4d} {right[field] / total[field]:6.1%}"
        )
    accuracy = sum(right.values()) / sum(total.values())
    print(
        f"field accuracy {accuracy:.1%} ({sum(right.values())}/{sum(total.values())}); "
        f"utterances entirely right {perfect}/{len(items)} ({perfect / len(items):.1%})"
    )
    if args.min is not None and accuracy < args.min:
        sys.exit(1)


if __name__ == "__main__":
    main()
