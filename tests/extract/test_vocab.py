"""The word tables' list syntax: commas separate phrases, except inside a pattern's brackets."""

from cricketlog.extract.vocab import GOOD_CUES
from cricketlog.extract.vocab_syntax import phrases


def test_commas_inside_brackets_belong_to_the_phrase() -> None:
    assert phrases("easy, hit (?:\\w+ ){0,2}the middle, [,;] ok ,") == (
        "easy",
        "hit (?:\\w+ ){0,2}the middle",
        "[,;] ok",
    )


def test_a_counted_pattern_in_a_table_is_one_phrase() -> None:
    assert "hit (?:\\w+ ){0,2}(?:in|out of|off) the middle" in GOOD_CUES
