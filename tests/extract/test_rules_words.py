"""Everyday words for sessions, efforts, moods, results and days, in phrasings of our own
(families from blind13's working two thirds, never its sentences)."""

import datetime as dt

import pytest

from flat_entries import TODAY, extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("did a 25 km ride this morning, an hour", {"type": "other", "distance_km": 25.0}),
        (
            "went for a long ride along the coast, 2 hours",
            {"type": "other", "duration_minutes": 120},
        ),
        ("went for a trot round the park, 3 miles", {"type": "running", "distance_km": 4.827}),
        ("padel with mates for an hour", {"type": "other", "duration_minutes": 60}),
        ("badminton at lunch, 45 minutes", {"type": "other", "duration_minutes": 45}),
        ("easy swim, about a kilometre", {"distance_km": 1.0, "intensity": "low"}),
        ("circuits for 30 minutes, flogged myself", {"intensity": "high"}),
        ("spin class, 45 minutes of pure pain", {"intensity": "high"}),
    ],
)
def test_sessions_and_efforts(text: str, expected: dict) -> None:
    [entry] = extract(text)
    assert entry["kind"] == "fitness"
    assert {k: entry[k] for k in expected} == expected


def test_a_bowler_trotting_in_is_no_run() -> None:
    assert extract("their quick trotted in and I pulled him for four") == []


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("played Manly on saturday, we got up by 4 wickets", "won"),
        ("T20 against Souths, pulled off the chase in the last over", "won"),
        ("league game against the Nomads, we got thrashed", "lost"),
    ],
)
def test_results_in_other_words(text: str, result: str) -> None:
    [entry] = extract(text)
    assert entry["kind"] == "cricket_match" and entry["result"] == result
    assert entry["what_went_well"] == ""  # the result has its own field


@pytest.mark.parametrize(
    ("text", "days_ago"),
    [("Sat arvo game vs Kew, we won", 4), ("sun morning, 5k run", 3)],
)
def test_sat_and_sun_before_a_time_of_day(text: str, days_ago: int) -> None:
    [entry] = extract(text)
    assert entry["date"] == TODAY - dt.timedelta(days=days_ago)


def test_sat_as_a_verb_is_no_day() -> None:
    [entry] = extract("sat in the ice bath after a 5k run")
    assert entry["date"] == TODAY


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("rest day, foam rolling, body came right", "recovery_quality", "good"),
        ("won the final today, so excited", "mental_state", "excellent"),
        ("nets an hour, couldn't be happier", "mental_state", "excellent"),
        ("gym 40 mins, head wasn't right", "mental_state", "poor"),
        ("nets an hour, bit vexed with myself", "mental_state", "poor"),
        ("5k jog, felt flat, not myself", "mental_state", "poor"),
    ],
)
def test_moods_and_recovery_in_other_words(text: str, field: str, value: str) -> None:
    [entry] = extract(text)
    assert entry[field] == value


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("had a bowl on the square at a single stump, 40 minutes", "other"),
        ("bowled to one stump for half an hour", "other"),
        ("had a bowl in the nets for an hour", "netting"),
        ("had a bowl for an hour, good rhythm", "netting"),
    ],
)
def test_a_bowl_at_one_stump_is_bowling_practice_not_a_net(text: str, activity: str) -> None:
    [entry] = extract(text)
    assert entry["kind"] == "cricket_coaching" and entry["activity"] == activity


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("just got back from a bike ride, 30k", "fitness"),
        ("home from nets, an hour and a half", "cricket_coaching"),
        ("just in from the gym, 45 minutes of weights", "fitness"),
    ],
)
def test_back_from_an_activity_means_it_was_done(text: str, kind: str) -> None:
    [entry] = extract(text)
    assert entry["kind"] == kind


def test_sore_from_the_gym_is_still_no_gym_session() -> None:
    [entry] = extract("rest day today, legs sore from the gym")
    assert entry["kind"] == "rest_day"


@pytest.mark.parametrize(
    "text",
    [
        "gym this morning, an hour of legs. Nets are Thursday so hopefully I recover by then.",
        "5k run before work, 26 minutes. Our first T20 is on Saturday so I'm staying loose.",
        "45 minute swim. We have a trial game Friday so I want to be sharp.",
    ],
)
def test_games_and_sessions_still_to_come_are_not_entries(text: str) -> None:
    assert [e["kind"] for e in extract(text)] == ["fitness"]


def test_we_were_playing_is_a_game_that_was_played() -> None:
    [entry] = extract("saturday we were playing against Ryde and it rained off after 14 overs")
    assert entry["kind"] == "cricket_match" and entry["result"] == "no_result"


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        (
            "Gym after work, an hour of upper body. My boss kept me late again. Felt good.",
            "upper body",
            "boss",
        ),
        (
            "6k run round the lake in 35 minutes. My brother's wedding is on Saturday.",
            "lake",
            "wedding",
        ),
        (
            "Swim at lunch, 40 minutes, easy. Had to park miles away, car park was full.",
            "swim",
            "car park",
        ),
    ],
)
def test_asides_about_the_rest_of_life_are_not_details(text: str, kept: str, left_out: str) -> None:
    [entry] = extract(text)
    assert kept in entry["details"].lower() and left_out not in entry["details"].lower()


def test_a_session_with_a_workmate_keeps_its_details() -> None:
    [entry] = extract("Boxing class with a mate from work, an hour, proper hard")
    assert "work" in entry["details"]
