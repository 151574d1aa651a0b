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
