"""Every phrasing case in ``tests/extract/phrasings/*.jsonl``, one test per line.

The files are in the format ``benchmarks/score_extract.py`` reads (``{"id", "text", "expect":
[...]}``, a date as days before today, free text as phrases it must contain and must not), and
each case is scored by that script's own :func:`score_item`: every field a line lists must come
back right. Adding a case is adding a line. Dates count back from :data:`TODAY`, a Wednesday,
or from the line's own ``"today"`` when it has one (which the scoring script ignores).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from cricketlog.extract.rules import RulesExtractor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1] / "benchmarks"))
from score_extract import score_item  # noqa: E402

TODAY = dt.date(2026, 11, 25)
EXTRACTOR = RulesExtractor()


def cases() -> list[Any]:
    """Every line of every phrasing file, named by file and id."""
    found = []
    for path in sorted((HERE / "phrasings").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                case = json.loads(line)
                found.append(pytest.param(case, id=f"{path.stem}:{case['id']}"))
    return found


@pytest.mark.parametrize("case", cases())
def test_phrasing(case: dict[str, Any]) -> None:
    today = dt.date.fromisoformat(case["today"]) if "today" in case else TODAY
    got = [entry.model_dump(mode="json") for entry in EXTRACTOR.extract(case["text"], today)]
    wrong = [field for field, right in score_item(case, got, today) if not right]
    assert not wrong, f"{case['text']!r}\nwrong: {wrong}\ngot: {json.dumps(got, indent=1)}"


def test_ids_are_unique() -> None:
    ids = [param.values[0]["id"] for param in cases()]
    assert len(ids) == len(set(ids))


ROOT = HERE.parents[1]
DOC_EXAMPLES = (
    (ROOT / "docs" / "extraction.md", re.compile(r"^\| (.*?) \|", re.M)),
    (
        ROOT / "docs" / "user-guide.md",
        re.compile(
            r'^- (".*")$|cricketlog (?:add|extract) (?:--\w+ )*(".*?")|echo (".*?") \|', re.M
        ),
    ),
    (ROOT / "README.md", re.compile(r"say what you did —(.*?)—", re.S)),
)
"""Where the docs give examples of what a player says: the extraction guide's table, the user
guide's list and commands, the README's opening."""


def doc_examples() -> list[str]:
    """Every quoted example the docs give of what a player says."""
    found = []
    for path, where in DOC_EXAMPLES:
        for match in where.finditer(path.read_text()):
            said = " ".join(g for g in match.groups() if g)
            found += [q for q in re.findall(r'"([^"]+)"', said.replace("\n", " ")) if q != "TEXT"]
    return found


def test_every_doc_example_is_a_case() -> None:
    texts = {case.values[0]["text"] for case in cases() if case.id.startswith("docs:")}
    examples = doc_examples()
    assert len(examples) > 30
    assert [e for e in examples if e not in texts] == []
