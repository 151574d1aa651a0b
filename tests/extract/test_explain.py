"""``explain``: how a note was cut into entries and which words and rows gave each field."""

from __future__ import annotations

import datetime as dt
import json

from tests.conftest import Run

from cricketlog.extract.explain import SHARED, explain
from cricketlog.extract.rules import RulesExtractor

TODAY = dt.date(2026, 11, 25)
NOTE = "5k easy yesterday, then the gym this arvo for 40 minutes. Mentally good all day."


def readings(text: str) -> list[dict[str, tuple[str, str]]]:
    """Per entry: field -> (words, rule)."""
    return [{r.field: (r.words, r.rule) for r in e.readings} for e in explain(text, TODAY).entries]


def test_the_entries_are_the_extractors_own() -> None:
    assert [e.entry for e in explain(NOTE, TODAY).entries] == RulesExtractor().extract(NOTE, TODAY)


def test_clauses_and_entries_with_the_words_and_rows_that_read_them() -> None:
    explanation = explain(NOTE, TODAY)
    assert explanation.clauses[:2] == ["5k easy yesterday", "then the gym this arvo for 40 minutes"]
    run, gym = readings(NOTE)
    assert run["activity_type"] == ("5k", "GENERIC_CUES row 'a distance first'")
    assert run["entry_date"][0] == "5k easy yesterday"
    assert run["intensity"] == ("easy", "INTENSITY_WORDS 'easy'")
    assert run["distance_km"][0] == "5k"
    assert gym["activity_type"] == ("gym", "ACTIVITY_CUES row 'gym'")
    assert gym["duration_minutes"][0] == "40 minutes"
    assert gym["mental_state"][0] == "mentally good"
    assert run["mental_state"][1] == SHARED  # said once, for both


def test_every_field_held_has_a_reading() -> None:
    text = (
        "Kept wicket, 2 catches and a stumping, 3 byes. Made 15 before I got stumped, lost to Kew"
    )
    [match] = explain(text, TODAY).entries
    read = {r.field for r in match.readings}
    data = match.entry.data.model_dump()
    held = {k for k, v in data.items() if v not in (None, "") and not isinstance(v, dict)}
    held |= {f"{k}.{s}" for k, v in data.items() if isinstance(v, dict) for s in v if v[s]}
    assert held <= read
    [fields] = readings(text)
    assert fields["activity_type"] == (
        "2 catches",
        "ACTIVITY_CUES row 'keeping with KEEPING_FIGURES'",
    )
    assert fields["batting.dismissal"] == ("got stumped", "DISMISSALS row 'stumped'")
    assert fields["result"][1] == "RESULTS row 'lost'"


def test_the_explanation_is_plain_json() -> None:
    document = json.loads(json.dumps(explain(NOTE, TODAY).to_json()))
    assert document["entries"][1]["entry"]["data"]["type"] == "gym"
    assert {"field", "words", "rule"} == set(document["entries"][0]["readings"][0])


def test_nothing_is_kept_when_no_one_asks() -> None:
    from cricketlog.extract import trace

    RulesExtractor().extract(NOTE, TODAY)
    assert not trace.active()


def test_the_cli_explains_in_a_table_and_in_json(cli: Run) -> None:
    shown = cli("extract", "--explain", "--today", "2026-11-25", NOTE)
    assert shown.returncode == 0, shown.stderr
    assert "Clauses:" in shown.stdout and "INTENSITY_WORDS" in shown.stdout
    as_json = cli("extract", "--explain", "--json", "--today", "2026-11-25", NOTE)
    document = json.loads(as_json.stdout)
    assert [e["entry"]["entry_date"] for e in document["entries"]] == ["2026-11-24", "2026-11-25"]
