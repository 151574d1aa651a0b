"""Negation and hedges move words across the scale; body feelings are not mental states."""

import datetime as dt

import pytest

from cricketlog.extract.rules import RulesExtractor

TODAY = dt.date(2026, 11, 24)


def first(text: str):
    return RulesExtractor().extract(text, TODAY)[0].data


@pytest.mark.parametrize(
    ("text", "mental"),
    [
        ("Gym, 30 minutes. Mentally not great", "poor"),
        ("Gym, 30 minutes. Head's not bad", "okay"),
        ("Nets tonight. Wasn't feeling confident at all", "poor"),
        ("Nets tonight. Mentally, not too bad", "okay"),
        ("Nets tonight. Didn't feel good in my head", "poor"),
        ("Nets tonight. Mind was not in a good place", "poor"),
        ("Nets tonight. Mentally alright, nothing special", "okay"),
        ("Nets tonight. Sort of okay mentally", "okay"),
        ("Nets tonight, pretty chuffed", "good"),
        ("Nets tonight, bit frustrated", "poor"),
    ],
)
def test_mental_state(text: str, mental: str) -> None:
    assert first(text).mental_state == mental


@pytest.mark.parametrize(
    ("text", "intensity"),
    [
        ("Run, 20 minutes, wasn't flat out", "medium"),
        ("Run, 20 minutes, not too hard", "medium"),
        ("Run, 20 minutes, wasn't easy", "medium"),
        ("Run, 20 minutes, really pushed", "high"),
        ("Run, 20 minutes, nice and slow", "low"),
    ],
)
def test_intensity(text: str, intensity: str) -> None:
    assert first(text).intensity == intensity


@pytest.mark.parametrize(
    "text",
    [
        "Gym for an hour, legs are wrecked",
        "Gym for an hour, body feels great",
        "Nets for an hour, bowled a good spell",
        "Nets, the pitch was flat",
    ],
)
def test_body_and_performance_words_are_not_mental_states(text: str) -> None:
    assert first(text).mental_state is None


@pytest.mark.parametrize(
    ("text", "mental"),
    [
        ("Swim, 20 mins, I feeling bit so-so", "okay"),
        ("jogged 5k in 30 minutes feeling great after", "excellent"),
        ("Nets for an hour. Bit flat.", "poor"),
        ("Nets for an hour, pretty happy tho", "good"),
        ("gym 40 mins legs cooked but head is clear", "good"),
        ("keeping drills my gloves were sharp mind was foggy though", "poor"),
        ("Gym, an hour. Mentally in a great space", "excellent"),
        ("Run 5k, the ball felt good off the bat later", None),
    ],
)
def test_mental_state_in_run_on_speech(text: str, mental: str | None) -> None:
    assert first(text).mental_state == mental


# Family: moods said at the end or in slang.
@pytest.mark.parametrize(
    ("text", "mental"),
    [
        ("nets for an hour hitting it well and i was happy", "good"),
        ("gym 45 minutes i'm happy", "good"),
        ("match today got 50 stoked", "excellent"),
        ("gym this morning feeling lekker", "good"),
        ("played kew won chuffed to bits", "excellent"),
        ("got a duck today gutted", "poor"),
        ("took 4 wickets today over the moon", "excellent"),
        ("nets for an hour made up with how it went", "excellent"),
        ("took 3 for 20 rapt", "excellent"),
        ("match today dropped two catches filthy", "poor"),
        ("gym 30 minutes feeling sound", "good"),
        ("yoga for 30 in a good headspace", "good"),
    ],
)
def test_slang_and_closing_moods(text: str, mental: str) -> None:
    assert first(text).mental_state == mental
