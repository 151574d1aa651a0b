"""Numbers, durations and distances as spoken."""

import pytest

from cricketlog.extract.numbers import distance_km, duration_minutes, words_to_digits


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("forty five", "45"),
        ("twenty-three not out", "23 not out"),
        ("one hundred and twelve", "112"),
        ("two for thirty", "2 for 30"),
        ("four point two overs", "4.2 overs"),
        ("a couple of catches", "2 catches"),
        ("hit a six and a four", "hit 1 sixes and 1 fours"),
    ],
)
def test_words_to_digits(text: str, digits: str) -> None:
    assert words_to_digits(text) == digits


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("an hour and a quarter", 75),
        ("hour and a half", 90),
        ("half an hour", 30),
        ("90 mins", 90),
        ("1.5 hours", 90),
        ("1hr", 60),
        ("42min", 42),
        ("an hour and 10 minutes", 70),
        ("2 and a half hours", 150),
        ("quarter of an hour", 15),
        ("hour or so", 60),
        ("2 hours", 120),
        ("no time given", None),
        ("ran the 10k in 48:40", 49),
        ("1:15 hours on the bike", 75),
        ("rode for 1:30, easy", 90),
        ("nets at 6:30 this morning", None),
        ("5k at 5:10 pace", None),
    ],
)
def test_duration_minutes(text: str, minutes: int | None) -> None:
    assert duration_minutes(words_to_digits(text)) == minutes


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("5k", 5.0),
        ("10 kilometres", 10.0),
        ("3 miles", 4.827),
        ("a mile", 1.609),
        ("800 metres", 0.8),
        ("half marathon", 21.1),
        ("40 lengths", None),
    ],
)
def test_distance_km(text: str, km: float | None) -> None:
    assert distance_km(words_to_digits(text)) == km


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("three for twenty off four and eleven not out", "3 for 20 off 4 and 11 not out"),
        ("nine fours and 2 six", "9 fours and 2 sixes"),
        ("took 3-41", "took 3-41"),
    ],
)
def test_numbers_said_side_by_side_stay_apart(text: str, digits: str) -> None:
    assert words_to_digits(text) == digits


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("swam for 30 , no , 35 minutes", 35),
        ("an hour , sorry , 50 minutes", 50),
        ("40 minutes , no wait , 45", 45),
        ("8 by 2 minute efforts , 40 mins in total", 40),
        ("warm up 10 minutes then 30 minutes all up", 30),
        ("12 x 1 min hill reps", None),
        ("5 minute kilometres for 25 minutes", 25),
        ("held 30 kph for an hour", 60),
    ],
)
def test_duration_takes_the_correction_and_the_total(text: str, minutes: int | None) -> None:
    assert duration_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("ticked along at 12k an hour", None),
        ("rode at 30 kph", None),
        ("6 x 800m reps", None),
        ("7k , no , 8k along the river", 8.0),
        ("5 minute k pace for a 10k", 10.0),
    ],
)
def test_speeds_paces_and_reps_are_not_distances(text: str, km: float | None) -> None:
    assert distance_km(text) == km


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("finished in 1 hour 52", 112), ("an hour 10 on the bike", 70), ("1 hour 5k walk", 60)],
)
def test_hours_then_bare_minutes(text: str, minutes: int) -> None:
    assert duration_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("20-odd minutes on the bike", 20),
        ("40ish mins of throwdowns", 40),
        ("about 2-ish hours in the field", 120),
        ("bowled 90 minutes mi bowl well", 90),  # Caribbean "mi" is "I", not miles
        ("8 minutes a mile", None),
        ("held 6 minutes per mi", None),
    ],
)
def test_rough_figures_and_the_caribbean_mi(text: str, minutes: int | None) -> None:
    assert duration_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "minutes", "km"),
    [
        ("spot bowling, 1 and half hour", 90, None),
        ("a 4 mile jog, about 40 minutes", 40, 6.436),
    ],
)
def test_half_without_a_and_a_distance_before_its_noun(
    text: str, minutes: int, km: float | None
) -> None:
    assert (duration_minutes(text), distance_km(text)) == (minutes, km)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("from 4 till 5:30", 90),
        ("from six till half seven", 90),
        ("6 to 7.30pm", 90),
        ("between 10 and 12", 120),
        ("from 11:45 until 1", 75),
        ("9.15 - 10am", 45),
        ("from 5 to 10 minutes", 10),
        ("bowled 4 to 5 overs", None),
        ("rated it from 1 to 10", None),
    ],
)
def test_a_session_from_one_time_to_another(text: str, minutes: int | None) -> None:
    assert duration_minutes(words_to_digits(text)) == minutes


def test_a_total_said_in_two_is_not_two_sessions() -> None:
    assert words_to_digits("got two forty minute sessions in") == "got 2 40 minute sessions in"
