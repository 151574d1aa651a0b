"""Session RPE per entry (said values and documented defaults) and the acute:chronic ratio."""

from __future__ import annotations

import datetime as dt

import pytest

from cricketlog.entries.schemas import Entry
from cricketlog.reports.training_load import daily_loads, session_load, workload

DAY = dt.date(2026, 6, 28)


def entry(kind: str, day: dt.date = DAY, **data: object) -> Entry:
    return Entry.model_validate({"activity_type": kind, "entry_date": day, "data": data})


@pytest.mark.parametrize(
    ("kind", "data", "minutes", "rpe", "estimated"),
    [
        ("fitness", {"duration_minutes": 40, "intensity": "low"}, 40, 3, False),
        ("fitness", {"duration_minutes": 40, "intensity": "medium"}, 40, 5, False),
        ("fitness", {"duration_minutes": 40, "intensity": "high"}, 40, 8, False),
        ("fitness", {"intensity": "high"}, 45, 8, True),
        ("fitness", {"duration_minutes": 20}, 20, 5, True),
        ("cricket_coaching", {"duration_minutes": 90}, 90, 5, False),
        ("cricket_coaching", {}, 60, 5, True),
        ("cricket_match", {"batting": {"runs": 3}}, 180, 7, True),
        ("rest_day", {"activities": "walk"}, 0, 0, False),
    ],
)
def test_session_load_maps_what_was_said_and_fills_gaps_with_defaults(
    kind: str, data: dict[str, object], minutes: int, rpe: int, estimated: bool
) -> None:
    load = session_load(entry(kind, **data))
    assert (load.minutes, load.rpe, load.estimated) == (minutes, rpe, estimated)
    assert load.load == minutes * rpe


def test_daily_loads_sum_each_day_and_score_empty_days_zero() -> None:
    entries = [
        entry("fitness", DAY, duration_minutes=10, intensity="low"),
        entry("fitness", DAY, duration_minutes=10, intensity="high"),
        entry("cricket_coaching", DAY - dt.timedelta(days=2), duration_minutes=30),
        entry("cricket_coaching", DAY - dt.timedelta(days=9), duration_minutes=30),
    ]
    loads = daily_loads(entries, DAY - dt.timedelta(days=2), DAY)
    assert loads == [(dt.date(2026, 6, 26), 150), (dt.date(2026, 6, 27), 0), (DAY, 110)]


def steady(days: int, minutes: int, until: dt.date = DAY) -> list[Entry]:
    return [
        entry("fitness", until - dt.timedelta(days=n), duration_minutes=minutes, intensity="medium")
        for n in range(days)
    ]


def test_workload_needs_28_days_of_history() -> None:
    entries = steady(27, 30)
    assert workload(entries, DAY, first_day=DAY - dt.timedelta(days=26)) is None
    assert workload(entries, DAY, first_day=None) is None
    assert workload(entries, DAY, first_day=DAY - dt.timedelta(days=27)) is not None


def test_steady_training_gives_a_ratio_of_one_and_no_warning() -> None:
    result = workload(steady(28, 30), DAY, first_day=DAY - dt.timedelta(days=40))
    assert result is not None
    assert result.acute == 7 * 150
    assert result.chronic == pytest.approx(28 * 150 / 4)
    assert result.ratio == pytest.approx(1.0)
    assert not result.warning


def test_a_spike_in_the_last_week_warns_above_one_and_a_half() -> None:
    # 21 days of 150 then 7 days of 400: acute 2800, chronic (3150 + 2800) / 4 = 1487.5.
    entries = steady(21, 30, DAY - dt.timedelta(days=7)) + steady(7, 80)
    result = workload(entries, DAY, first_day=DAY - dt.timedelta(days=27))
    assert result is not None
    assert result.acute == 2800
    assert result.chronic == pytest.approx(1487.5)
    assert result.ratio == pytest.approx(2800 / 1487.5)
    assert result.warning


def test_ratio_is_none_without_any_load() -> None:
    rest = [entry("rest_day", DAY - dt.timedelta(days=n)) for n in range(28)]
    result = workload(rest, DAY, first_day=DAY - dt.timedelta(days=27))
    assert result is not None and result.ratio is None and not result.warning
