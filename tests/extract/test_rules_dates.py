"""resolve_date: the most recent such day, never a future one."""

import datetime as dt

import pytest

from cricketlog.extract.dates import resolve_date

TUESDAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "days_back"),
    [
        ("today", 0),
        ("this morning", 0),
        ("tonight", 0),
        ("yesterday", 1),
        ("last night", 1),
        ("the day before yesterday", 2),
        ("two days ago", 2),
        ("3 days ago", 3),
        ("a week ago", 7),
        ("on Saturday", 3),
        ("Sunday arvo", 2),
        ("last Monday", 1),
        ("last Tuesday", 7),
        ("on Tuesday", 0),
        ("this past Wednesday", 6),
    ],
)
def test_resolve_date(text: str, days_back: int) -> None:
    assert resolve_date(text, TUESDAY) == TUESDAY - dt.timedelta(days=days_back)


@pytest.mark.parametrize("text", ["", "nets for an hour", "nervous about selection for Saturday"])
def test_no_date(text: str) -> None:
    assert resolve_date(text, TUESDAY) is None


def test_never_in_the_future() -> None:
    for offset in range(7):
        today = TUESDAY + dt.timedelta(days=offset)
        for day in ("monday", "friday", "sunday"):
            assert resolve_date(f"on {day}", today) <= today  # type: ignore[operator]


@pytest.mark.parametrize(("text", "days_back"), [("tues night", 0), ("weds", 6), ("thurs", 5)])
def test_shortened_weekdays(text: str, days_back: int) -> None:
    assert resolve_date(text, TUESDAY) == TUESDAY - dt.timedelta(days=days_back)
