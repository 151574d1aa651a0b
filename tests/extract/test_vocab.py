"""The word tables: the list syntax (commas separate phrases, except inside brackets) and rows
with their named exceptions."""

import re

from cricketlog.extract.rows import Row
from cricketlog.extract.vocab import (
    ACTIVITY_CUES,
    DISMISSALS,
    GENERIC_CUES,
    GOOD_CUES,
    RESULTS,
    STT_FIXES,
)
from cricketlog.extract.vocab_syntax import phrases


def test_commas_inside_brackets_belong_to_the_phrase() -> None:
    assert phrases("easy, hit (?:\\w+ ){0,2}the middle, [,;] ok ,") == (
        "easy",
        "hit (?:\\w+ ){0,2}the middle",
        "[,;] ok",
    )


def test_a_counted_pattern_in_a_table_is_one_phrase() -> None:
    assert "hit (?:\\w+ ){0,2}(?:in|out of|off) the middle" in GOOD_CUES


def test_rows_read_as_their_exceptions_say() -> None:
    row = Row("dip", "(?:a|an) dip", ("fitness", "other"), unless_followed_by="in form")
    pattern = re.compile(rf"\b{row.pattern}\b")
    assert pattern.search("went for a dip in the sea")
    assert not pattern.search("a dip in form lately")
    assert pattern.search("a dip in formation")  # whole phrases only
    before = re.compile(Row("run", "run", unless_preceded_by="a quick, \\d").pattern)
    assert before.search("went for a run")
    assert not before.search("grabbed a quick run") and not before.search("took 1 run")
    when = re.compile(Row("sleep", "sleep", ("slip",), when_followed_by="catch").pattern)
    assert when.search("a sleep catch") and not when.search("a good sleep")


def test_every_table_row_compiles_and_is_named_once() -> None:
    for table in (ACTIVITY_CUES, GENERIC_CUES, DISMISSALS, RESULTS, STT_FIXES):
        names = [row.name for row in table]
        assert len(names) == len(set(names)), names
        for row in table:
            re.compile(row.pattern)
