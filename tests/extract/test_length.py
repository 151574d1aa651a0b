"""The bound on how long a text is extracted at once (``MAX_CHARS``), in the core and the CLI."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import Run

from cricketlog.errors import ExtractionError
from cricketlog.extract.base import MAX_CHARS
from cricketlog.extract.rules import RulesExtractor

TODAY = dt.date(2026, 11, 25)


def test_a_text_at_the_bound_is_read() -> None:
    note = "nets for an hour, felt good. "
    text = (note + "x" * MAX_CHARS)[:MAX_CHARS]
    entries = RulesExtractor().extract(text, TODAY)
    assert [e.activity_type for e in entries] == ["cricket_coaching"]


def test_a_longer_text_is_refused_with_the_bound_named() -> None:
    with pytest.raises(ExtractionError, match=f"at most {MAX_CHARS:,}"):
        RulesExtractor().extract("x" * (MAX_CHARS + 1), TODAY)


def test_the_cli_refuses_it_in_one_line(cli: Run) -> None:
    result = cli("extract", "-", input="nets " * (MAX_CHARS // 5 + 1) + "\n")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Split it into shorter notes" in result.stderr
