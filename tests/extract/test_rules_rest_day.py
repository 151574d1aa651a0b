"""Rest days: what was done instead, recovery quality and mental state."""

import datetime as dt

import pytest

from cricketlog.extract.rules import RulesExtractor

TODAY = dt.date(2026, 11, 24)


def rest(text: str) -> dict:
    entries = RulesExtractor().extract(text, TODAY)
    assert [e.activity_type for e in entries] == ["rest_day"]
    return entries[0].data.model_dump()


@pytest.mark.parametrize(
    ("text", "recovery", "mental"),
    [
        ("Day off. Legs feel fresh, head's in a good place", "good", "good"),
        ("Recovery day, body is wrecked, mentally flat", "poor", "poor"),
        ("Off day today, body's alright, mind is buzzing", "okay", "excellent"),
        ("Rest day, hamstrings still tight. Feeling positive though", "poor", "good"),
        ("Took the day off", None, None),
    ],
)
def test_recovery_and_mental_state(text: str, recovery: str | None, mental: str | None) -> None:
    data = rest(text)
    assert (data["recovery_quality"], data["mental_state"]) == (recovery, mental)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Rest day, bit of foam rolling and a hot bath", "foam rolling", "rest day"),
        ("Day off, skipped the nets, went to the movies with mates", "movies", "nets"),
        ("Rest day today, walked the dog for half an hour", "walked the dog", "rest day"),
    ],
)
def test_activities(text: str, present: str, absent: str) -> None:
    activities = rest(text)["activities"].lower()
    assert present in activities and absent not in activities


def test_a_light_walk_on_a_rest_day_is_part_of_it() -> None:
    entries = RulesExtractor().extract("Rest day. Went for a walk with the family.", TODAY)
    assert [e.activity_type for e in entries] == ["rest_day"]
