"""Summary figures over a generated season, each checked against a value worked out by hand.

The season is described in ``tests/season.py``; the arithmetic behind each expected value is in
the comments here, so a reader can check it without running the code.
"""

from __future__ import annotations

import datetime as dt

import pytest

import season
from cricketlog.entries.schemas import Entry, OutsideCalendar
from cricketlog.reports import summary as report
from cricketlog.reports.match_figures import match_figures
from cricketlog.store.repo import Store
from cricketlog.store.table import open_table

JUNE = dt.date(2026, 6, 1)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def seeded(request: pytest.FixtureRequest) -> str:
    url = request.getfixturevalue(f"{request.param}_url")
    Store(url).add(season.season())
    return url


def summary_of(url: str, window: report.Window) -> report.Summary:
    with open_table(url) as table:
        return report.load_summary(table, window, season.TODAY)


def test_week_summary_from_the_database(seeded: str) -> None:
    summary = summary_of(seeded, report.week(season.TODAY))
    assert (summary.window.since, summary.window.until) == (season.WEEK_START, season.TODAY)
    assert summary.as_of == season.TODAY
    kinds = {k.kind: (k.sessions, k.minutes, k.estimated) for k in summary.kinds}
    assert kinds == {
        "fitness": (2, 60 + 45, 1),  # the gym session gave no intensity
        "cricket_coaching": (2, 90 + 60, 1),  # drills gave no duration: 60 by default
        "cricket_match": (2, 180 + 180, 2),
    }
    # Mon 60x8 + 90x5; Wed 60x5; Thu 45x5; Sat and Sun 180x7.
    assert [d.load for d in summary.days] == [930, 0, 300, 225, 0, 1260, 1260]
    assert summary.total_load == 3975
    # Mon (3+2)/2, Tue 3, Wed 4, Thu 1, Fri none, Sat 3, Sun 4.
    assert [d.mental for d in summary.days] == [2.5, 3, 4, 1, None, 3, 4]
    assert summary.streak == 2  # Sat and Sun; Fri had nothing
    assert (summary.rest_days, summary.logged_rest_days) == (2, 1)  # Tue (logged) and Fri
    check_shared_figures(summary)


def check_shared_figures(summary: report.Summary) -> None:
    """Figures the week and June share: the same workload day, moods, matches and themes."""
    work = summary.workload
    assert work is not None and work.as_of == season.TODAY
    # acute: this week's 3975; chronic: (21 days x 150 from 1 June + 3975) / 4 = 7125 / 4.
    assert work.acute == 3975
    assert work.chronic == pytest.approx(1781.25)
    assert work.ratio == pytest.approx(2.231579, abs=1e-6)
    assert work.warning
    # Daily means 2.5, 3, 4, 1, 3, 4: 17.5 / 6.
    assert summary.mental.average == pytest.approx(2.916667, abs=1e-6)
    assert summary.mental.label == "improving"
    m = summary.matches
    assert (m.matches, m.results) == (2, {"won": 1, "lost": 1})
    assert (m.innings, m.not_outs, m.runs) == (2, 1, 57)
    assert m.average == 57.0  # one completed innings
    assert m.strike_rate == 150.0  # 45 off 30; the 12 gave no balls
    assert m.highest_score == "45"
    assert m.overs == "8.0"  # 4.2 + 3.4 = 26 + 22 balls
    assert m.wickets == 3
    assert m.economy == pytest.approx(28 / (26 / 6))  # only the spell with runs said
    assert m.bowling_average == 14.0  # 28 runs for its 2 wickets
    assert (m.keeping_dismissals, m.fielding_dismissals) == (3, 2)
    assert summary.themes == [
        ("footwork", 2),
        ("concentration", 1),
        ("shot selection", 1),
        ("the short ball", 1),
    ]


def test_week_mental_trend_is_the_least_squares_change() -> None:
    summary = report.summarise(
        season.season(), report.week(season.TODAY), season.TODAY, season.FIRST_DAY, []
    )
    # x = 0,1,2,3,5,6; y = 2.5,3,4,1,3,4: Sxy = 3.416667, Sxx = 26.833333, slope 0.127329,
    # over the 6 day-steps of the week: 0.763975.
    assert summary.mental.change == pytest.approx(0.763975, abs=1e-6)
    assert summary.streak == 0  # no active days given


def test_month_summary_from_the_database(seeded: str) -> None:
    summary = summary_of(seeded, report.month(season.TODAY))
    assert (summary.window.since, summary.window.until) == (JUNE, dt.date(2026, 6, 30))
    assert summary.as_of == season.TODAY
    kinds = {k.kind: (k.sessions, k.minutes, k.estimated) for k in summary.kinds}
    assert kinds == {
        "fitness": (21 + 2, 21 * 30 + 105, 1),
        "cricket_coaching": (2, 150, 1),
        "cricket_match": (2, 360, 2),
    }
    assert len(summary.days) == 30
    assert [d.load for d in summary.days[:21]] == [150] * 21
    assert summary.total_load == 21 * 150 + 3975
    assert summary.streak == 2
    assert (summary.rest_days, summary.logged_rest_days) == (2, 1)  # 29 and 30 June not yet
    # The same slope over the 29 day-steps of June.
    assert summary.mental.change == pytest.approx(0.127329 * 29, abs=1e-4)
    check_shared_figures(summary)


def test_streak_reaches_back_before_the_window(seeded: str) -> None:
    # Up to Mon 22 June every day since 1 May is active: 52 + 1 days.
    window = report.week(dt.date(2026, 6, 22))
    with open_table(seeded) as table:
        summary = report.load_summary(table, window, dt.date(2026, 6, 22))
    assert summary.streak == 53
    assert summary.as_of == dt.date(2026, 6, 22)
    assert summary.rest_days == 0


def test_no_workload_before_28_days_of_history() -> None:
    summary = report.summarise(season.week(), report.week(season.TODAY), season.TODAY,
                               season.WEEK_START, [])  # fmt: skip
    assert summary.workload is None


def test_empty_window() -> None:
    summary = report.summarise([], report.week(season.TODAY), season.TODAY, None, [])
    assert summary.total_load == 0
    assert summary.mental.average is None and summary.mental.label == "not enough data"
    assert summary.matches.average is None and summary.matches.highest_score == "-"
    assert summary.rest_days == 7 and summary.themes == []


@pytest.mark.parametrize(
    ("start", "since"),
    [("monday", dt.date(2026, 6, 22)), ("sunday", dt.date(2026, 6, 28)),
     ("saturday", dt.date(2026, 6, 27)), ("wednesday", dt.date(2026, 6, 24))],
)  # fmt: skip
def test_week_starts_on_the_configured_day(start: str, since: dt.date) -> None:
    window = report.week(season.TODAY, start)
    assert window.since == since and window.until == since + dt.timedelta(days=6)


def test_windows() -> None:
    assert report.month(dt.date(2028, 2, 10)).until == dt.date(2028, 2, 29)
    last = report.last_days(season.TODAY, 3)
    assert (last.since, last.until) == (dt.date(2026, 6, 26), season.TODAY)
    with pytest.raises(report.WindowError, match="at least 1 day"):
        report.last_days(season.TODAY, 0)
    with pytest.raises(report.WindowError, match="before 1900-01-01"):
        report.last_days(season.TODAY, 1_000_000)


def test_parse_day_reads_iso_dates_and_words() -> None:
    assert report.parse_day("2026-01-05", season.TODAY) == dt.date(2026, 1, 5)
    assert report.parse_day("yesterday", season.TODAY) == dt.date(2026, 6, 27)
    assert report.parse_day("last monday", season.TODAY) == dt.date(2026, 6, 22)
    with pytest.raises(OutsideCalendar, match="outside the diary's calendar"):
        report.parse_day("9999-12-31", season.TODAY)
    with pytest.raises(report.WindowError, match="Cannot read the date"):
        report.parse_day("the twelfth of never", season.TODAY)


def test_themes_count_once_per_entry_and_keep_unknown_text() -> None:
    def coaching(text: str) -> Entry:
        return Entry.model_validate(
            {"activity_type": "cricket_coaching", "entry_date": season.TODAY,
             "data": {"areas_for_improvement": text}}
        )  # fmt: skip

    entries = [coaching("footwork, feet, foot"), coaching("Calling!"), coaching("the yips!")]
    assert report.improvement_themes(entries) == [
        ("footwork", 1),
        ("running between the wickets", 1),
        ("the yips", 1),
    ]


def test_batting_average_is_none_when_never_out() -> None:
    [match] = [e for e in season.week() if e.data.model_dump().get("opponent") == "Kent"]
    figures = match_figures([match.data])  # type: ignore[list-item]
    assert figures.average is None and figures.highest_score == "12*"
    assert figures.economy is None and figures.bowling_average is None
