"""Whatever the text, the rules extractor returns valid entries or a CricketlogError."""

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cricketlog.entries.schemas import Entry
from cricketlog.errors import CricketlogError
from cricketlog.extract.rules import RulesExtractor

EXTRACTOR = RulesExtractor()
WORDS = st.sampled_from(
    [
        "nets",
        "gym",
        "run",
        "5k",
        "yesterday",
        "not",
        "great",
        "caught",
        "behind",
        "3",
        "for",
        "41",
        "off",
        "8",
        "overs",
        "duck",
        "won",
        "lost",
        "against",
        "Bexley",
        "mentally",
        "body",
        "rest",
        "day",
        "then",
        "but",
        ",",
        ".",
        "!",
        "?",
        "-",
        "&",
        "*",
        "/",
        "1.5",
        "hours",
        "forty",
        "five",
        "last",
        "Tuesday",
        "keeping",
        "one-on-one",
        "23",
        "not",
        "out",
        "byes",
        "stumping",
        "ran",
        "one",
        "out",
    ]
)
SETS = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
PLAYERS_WORDS = st.sampled_from(
    sorted(
        {
            word
            for path in sorted(SETS.glob("*_extract.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
            for word in json.loads(line)["text"].split()
        }
    )
)
"""Every word of the benchmark sets: players' words in orders no player said them."""
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=60).map(" ".join),
    st.lists(PLAYERS_WORDS, max_size=50).map(" ".join),
    st.text(alphabet="ऀअआकखगघ你好世界ÀÉÎõüß., !?", max_size=100),
    st.text(alphabet=".,;:!?-'\"()[]{}&*/\\ \n\t", max_size=200),
)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, days=st.integers(min_value=0, max_value=20000))
def test_any_text_gives_valid_entries(text: str, days: int) -> None:
    today = dt.date(1990, 1, 1) + dt.timedelta(days=days)
    try:
        entries = EXTRACTOR.extract(text, today)
    except CricketlogError:
        return
    assert isinstance(entries, list)
    for entry in entries:
        assert isinstance(entry, Entry)
        assert entry.entry_date <= today
        Entry.model_validate(entry.to_json())


def test_huge_text() -> None:
    text = "Nets for an hour, felt great. Then a 5k run. " * 2000
    entries = EXTRACTOR.extract(text, dt.date(2026, 11, 24))
    assert entries and all(isinstance(e, Entry) for e in entries)
