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


@pytest.mark.parametrize(
    "text",
    [
        "I rested today, legs were heavy",
        "Had a complete rest, put my feet up",
        "Did nothing today, mind was fried",
        "Took some time off from training, just a stretch",
    ],
)
def test_more_ways_to_say_rest(text: str) -> None:
    rest(text)


@pytest.mark.parametrize(
    ("text", "recovery", "mental"),
    [
        ("Rest day. Body's recovering nicely, mentally refreshed", "good", "good"),
        ("Rest day, legs are shot, head's in a good space", "poor", "good"),
        ("Day off, body feels battered, bit flat", "poor", "poor"),
    ],
)
def test_recovery_and_mood_in_more_words(text: str, recovery: str, mental: str) -> None:
    data = rest(text)
    assert (data["recovery_quality"], data["mental_state"]) == (recovery, mental)


def test_activities_leave_out_feelings_and_nothing() -> None:
    activities = rest("Rest day, nothing at all, legs are sore")["activities"]
    assert activities == ""


def test_soreness_from_a_game_is_not_a_game() -> None:
    entries = RulesExtractor().extract("Rested today, still stiff from the game", TODAY)
    assert [e.activity_type for e in entries] == ["rest_day"]


@pytest.mark.parametrize(
    ("text", "recovery", "mental"),
    [
        ("Took Sunday off, body needed it, feeling refreshed now", None, "good"),
        ("Rest day. Stiff but positive.", "poor", "good"),
        ("Rest day, quads tight, feeling okay mentally", "poor", "okay"),
    ],
)
def test_body_words_said_alone_are_the_body(text: str, recovery: str, mental: str) -> None:
    data = rest(text)
    assert (data["recovery_quality"], data["mental_state"]) == (recovery, mental)
    assert "feeling" not in data["activities"].lower()


def test_light_exercise_then_rest_day_in_one_breath_is_a_rest_day() -> None:
    data = rest("Did a slow walk and a stretch, rest day really, body's good")
    assert "walk" in data["activities"]


def test_taking_rest_is_a_rest_day() -> None:
    entries = RulesExtractor().extract("Took rest today, only some stretching", TODAY)
    assert [(e.activity_type, e.entry_date) for e in entries] == [("rest_day", TODAY)]


def test_sore_from_a_day_does_not_date_the_rest_day() -> None:
    entries = RulesExtractor().extract("Day off. Legs still sore from Saturday", TODAY)
    assert [e.entry_date for e in entries] == [TODAY]


def test_a_day_off_named_by_its_weekday_and_a_body_like_new() -> None:
    entries = RulesExtractor().extract("Gym on Saturday. Sunday off, body feels brand new", TODAY)
    assert [e.activity_type for e in entries] == ["fitness", "rest_day"]
    assert entries[1].data.recovery_quality == "excellent"


def test_a_terse_rest_note() -> None:
    [entry] = RulesExtractor().extract(
        "rest. stretching 20 min. recovered brilliantly. happy", TODAY
    )
    assert entry.activity_type == "rest_day"
    assert (entry.data.recovery_quality, entry.data.mental_state) == ("excellent", "good")


@pytest.mark.parametrize(
    ("text", "recovery"),
    [
        ("Rest day, massage and an ice bath. Recovery brilliant, mood good.", "excellent"),
        ("Skipped training today, my body needed the break. Physically alright.", "okay"),
    ],
)
def test_recovery_said_plainly(text: str, recovery: str) -> None:
    assert rest(text)["recovery_quality"] == recovery


def test_stretching_and_rest_is_a_rest_day() -> None:
    assert rest("Today I did only light stretching and rest")["activities"]


def test_the_player_says_how_they_felt_after_how_the_body_was() -> None:
    data = rest("Rest day, recovery was good and I felt great")
    assert (data["recovery_quality"], data["mental_state"]) == ("good", "excellent")


def test_a_weekend_missed_is_not_the_day() -> None:
    [entry] = RulesExtractor().extract("rest day, stressed about missing the weekend", TODAY)
    assert entry.entry_date == TODAY


@pytest.mark.parametrize(
    ("text", "recovery", "mental"),
    [
        (
            "Day off. Had a massage, the hamstring's healing nicely. Feeling positive.",
            "good",
            "good",
        ),
        ("Monday just a rest, bit of stretching. Good frame of mind.", None, "good"),
    ],
)
def test_rest_said_briefly_with_body_and_mind(text: str, recovery: str | None, mental: str) -> None:
    data = rest(text)
    assert (data["recovery_quality"], data["mental_state"]) == (recovery, mental)
