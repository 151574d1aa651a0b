"""The figures of a week's or a month's summary, as plain values computed from entries.

Pure functions, but for :func:`load_summary`, which reads just the rows a summary needs; nothing
here prints or knows about the terminal. The CLI (``cli/summary_view.py``) draws these figures
with Rich and :mod:`cricketlog.reports.html` as an HTML page, so both always show the same
numbers. Match figures live in :mod:`cricketlog.reports.match_figures` and the training-load
arithmetic in :mod:`cricketlog.reports.training_load`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from cricketlog.config import CHOICES
from cricketlog.entries.schemas import (
    ACTIVITY_TYPES,
    FIRST_DAY,
    ActivityType,
    Entry,
    MatchData,
    Scale,
    in_calendar,
)
from cricketlog.errors import Invalid
from cricketlog.reports.match_figures import MatchFigures, match_figures
from cricketlog.reports.training_load import (
    CHRONIC_DAYS,
    Workload,
    daily_loads,
    session_load,
    workload,
)
from cricketlog.store.table import EntryTable, Query

TRAINING: Final[tuple[ActivityType, ...]] = ("fitness", "cricket_coaching", "cricket_match")
"""Kinds that make a day active (a rest day does not)."""
MENTAL_POINTS: Final[dict[Scale, int]] = {"excellent": 4, "good": 3, "okay": 2, "poor": 1}
TREND_CHANGE: Final = 0.5
"""How far (in scale points) the fitted line must rise or fall over the window to be a trend."""
WEEKDAYS: Final = CHOICES["week_start"]
"""Monday first, as ``date.weekday()`` counts."""

THEMES: Final[tuple[tuple[str, str], ...]] = (
    ("footwork", r"foot|feet|footwork"),
    ("shot selection", r"shot selection|selection|shot choice|outside off|off stump|leav(?:e|ing)"),
    ("the short ball", r"short ball|short stuff|bouncers?|pull(?:ing)?|hook(?:ing)?"),
    ("playing spin", r"spin\w*|turn(?:ing)? ball"),
    ("line and length", r"line|length|wides?|accura\w*|too (?:short|full)"),
    ("no-balls and run-up", r"no[- ]?balls?|overstep\w*|run[- ]?up"),
    ("running between the wickets", r"running between|calling|run(?:ning)? (?:ones|singles)"),
    ("catching", r"catch\w*|dropp\w*|drop"),
    ("ground fielding and throwing", r"ground fielding|field\w*|throw\w*|misfield\w*|fumbl\w*"),
    ("keeping", r"glove\w*|keeping|stumpings?|byes"),
    ("concentration", r"concentrat\w*|focus\w*|switch(?:ed)? off|lapses?|patien\w*"),
    ("fitness", r"fitness|stamina|tired|fatigue\w*|endurance|conditioning"),
    ("timing", r"timing|timed"),
    ("balance and head position", r"balance|head position|head|falling (?:over|away)"),
    ("defence", r"defen\w*"),
    ("rotating the strike", r"rotat\w*|strike|singles|dot balls?"),
)
"""Themes of "areas for improvement", each with the words that name it (a regular expression)."""


@functools.cache
def _theme_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """:data:`THEMES` compiled, on first use (not every ``history`` needs them)."""
    return tuple((name, re.compile(rf"\b(?:{words})\b")) for name, words in THEMES)


def mood_name(value: float | None) -> str:
    """The scale word nearest a mean mental state, or ``-``."""
    if value is None:
        return "-"
    nearest = max(1, min(4, int(value + 0.5)))
    return next(name for name, points in MENTAL_POINTS.items() if points == nearest)


@dataclass(frozen=True)
class Window:
    """A span of days, both ends included."""

    since: dt.date
    until: dt.date
    label: str

    def as_of(self, today: dt.date) -> dt.date:
        """The last day that has happened: today inside the window, else its nearest end."""
        return min(self.until, max(today, self.since))

    def load_since(self, today: dt.date) -> dt.date:
        """The first day a summary needs entries from: the window's start or 28 days back."""
        return min(self.since, self.as_of(today) - dt.timedelta(days=CHRONIC_DAYS - 1))

    @property
    def days(self) -> list[dt.date]:
        """Every day of the window, in order."""
        return [
            self.since + dt.timedelta(days=n) for n in range((self.until - self.since).days + 1)
        ]


def week(today: dt.date, week_start: str = "monday") -> Window:
    """The week holding ``today``, starting on ``week_start``."""
    since = today - dt.timedelta(days=(today.weekday() - WEEKDAYS.index(week_start)) % 7)
    return Window(since, since + dt.timedelta(days=6), f"week of {since:%a %d %b %Y}")


def month(today: dt.date) -> Window:
    """The calendar month holding ``today``."""
    last = calendar.monthrange(today.year, today.month)[1]
    return Window(today.replace(day=1), today.replace(day=last), f"{today:%B %Y}")


class WindowError(Invalid):
    """A day that cannot be read, or a window of days outside the diary's calendar."""


def last_days(today: dt.date, days: int) -> Window:
    """The ``days`` days ending today."""
    if days < 1:
        raise WindowError(f"A window of the last days needs at least 1 day, not {days}.")
    if days > (today - FIRST_DAY).days + 1:
        raise WindowError(
            f"The last {days} days reach back before {FIRST_DAY}, "
            "where the diary's calendar begins."
        )
    return Window(today - dt.timedelta(days=days - 1), today, f"last {days} days")


def between(since: dt.date | None, until: dt.date) -> Window:
    """The days from ``since`` to ``until``; the week ending ``until`` when ``since`` is None."""
    since = since or until - dt.timedelta(days=6)
    return Window(since, until, f"{since:%d %b %Y} to {until:%d %b %Y}")


def parse_day(text: str, today: dt.date) -> dt.date:
    """A date given as ``YYYY-MM-DD`` or in words ("yesterday", "last monday")."""
    try:
        return in_calendar(dt.date.fromisoformat(text.strip()))
    except ValueError:
        pass
    from cricketlog.extract.dates import resolve_date

    day = resolve_date(text, today)
    if day is None:
        raise WindowError(
            f"Cannot read the date {text!r}: use YYYY-MM-DD, 'yesterday' or 'last monday'."
        )
    return in_calendar(day)


@dataclass(frozen=True)
class KindFigures:
    """Sessions of one kind in the window."""

    kind: ActivityType
    sessions: int
    minutes: int
    """Minutes as said, plus the default for each session that gave none."""
    estimated: int
    """Sessions scored with a default for what was not said (see ``docs/training-load.md``)."""


@dataclass(frozen=True)
class Day:
    """One day of the window."""

    day: dt.date
    load: int
    """Session-RPE load of the day's sessions."""
    mental: float | None
    """Mean mental state of the day's entries (excellent 4 ... poor 1), None when none said."""


@dataclass(frozen=True)
class MentalTrend:
    """Where the player's head has been across the window."""

    average: float | None
    change: float | None
    """Rise (or fall) of the least-squares line over the window, in scale points."""

    @property
    def label(self) -> str:
        """``improving``, ``declining``, ``steady``, or ``not enough data``."""
        if self.change is None:
            return "not enough data"
        if self.change >= TREND_CHANGE:
            return "improving"
        return "declining" if self.change <= -TREND_CHANGE else "steady"


@dataclass(frozen=True)
class Summary:
    """Everything the week's or month's summary shows."""

    window: Window
    as_of: dt.date
    """The last day counted for rest days, streak and workload (today, inside the window)."""
    kinds: list[KindFigures]
    days: list[Day]
    workload: Workload | None
    """None until there are 28 days of history."""
    mental: MentalTrend
    streak: int
    """Active days in a row up to ``as_of`` (or the day before, while ``as_of`` has no session)."""
    rest_days: int
    """Days of the window up to ``as_of`` with no training session."""
    logged_rest_days: int
    """Of those, the days logged as a rest day."""
    matches: MatchFigures
    themes: list[tuple[str, int]]
    """The most frequent areas for improvement, with how many entries named each."""
    entries: list[Entry]
    """The window's entries, in the order they were given (newest first from the database)."""

    @property
    def total_load(self) -> int:
        """Load of the whole window."""
        return sum(d.load for d in self.days)


def _in(window: Window, entries: Iterable[Entry]) -> list[Entry]:
    return [e for e in entries if window.since <= e.entry_date <= window.until]


def kind_figures(entries: Iterable[Entry]) -> list[KindFigures]:
    """Sessions, minutes and estimated sessions per kind, in contract order (rest days excluded)."""
    figures = []
    for kind in ACTIVITY_TYPES:
        if kind == "rest_day":
            continue
        loads = [session_load(e) for e in entries if e.activity_type == kind]
        figures.append(
            KindFigures(
                kind, len(loads), sum(s.minutes for s in loads), sum(s.estimated for s in loads)
            )
        )
    return figures


def daily_mental(entries: Iterable[Entry]) -> dict[dt.date, float]:
    """Mean mental state per day, over the entries that gave one."""
    points: dict[dt.date, list[int]] = {}
    for entry in entries:
        if entry.data.mental_state is not None:
            points.setdefault(entry.entry_date, []).append(MENTAL_POINTS[entry.data.mental_state])
    return {day: sum(p) / len(p) for day, p in points.items()}


def mental_trend(window: Window, per_day: dict[dt.date, float]) -> MentalTrend:
    """Average and least-squares change of the daily means (needs two days with a value)."""
    if not per_day:
        return MentalTrend(None, None)
    average = sum(per_day.values()) / len(per_day)
    if len(per_day) < 2:
        return MentalTrend(average, None)
    xs = [(day - window.since).days for day in per_day]
    ys = list(per_day.values())
    mean_x = sum(xs) / len(xs)
    slope = sum((x - mean_x) * (y - average) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    return MentalTrend(average, slope * (len(window.days) - 1))


def current_streak(active_days: Iterable[dt.date], as_of: dt.date) -> int:
    """Days in a row with a session, ending ``as_of`` (or the day before if ``as_of`` has none)."""
    active = set(active_days)
    day = as_of if as_of in active else as_of - dt.timedelta(days=1)
    streak = 0
    while day in active:
        streak += 1
        day -= dt.timedelta(days=1)
    return streak


def improvement_themes(entries: Iterable[Entry], top: int = 5) -> list[tuple[str, int]]:
    """The ``top`` themes of "areas for improvement", each counted once per entry.

    Text naming none of :data:`THEMES` counts as a theme of its own, in its own words.
    """
    counts: Counter[str] = Counter()
    for entry in entries:
        text = getattr(entry.data, "areas_for_improvement", "").strip().lower()
        if not text:
            continue
        found = {name for name, pattern in _theme_patterns() if pattern.search(text)}
        counts.update(found or {text.rstrip(".!")})
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]


def summarise(
    entries: Sequence[Entry],
    window: Window,
    as_of: dt.date,
    first_day: dt.date | None,
    active_days: Iterable[dt.date],
) -> Summary:
    """The summary of ``window``.

    ``entries`` must hold every entry of the window and of the 28 days ending ``as_of``;
    ``first_day`` is the oldest entry's date and ``active_days`` the days with a training session
    up to ``as_of`` (for the streak, which may reach back before the window).
    """
    inside = _in(window, entries)
    mental = daily_mental(inside)
    days = [
        Day(day, load, mental.get(day))
        for day, load in daily_loads(inside, window.since, window.until)
    ]
    counted = Window(window.since, as_of, window.label).days
    trained = {e.entry_date for e in inside if e.activity_type in TRAINING}
    rested = {e.entry_date for e in inside if e.activity_type == "rest_day"}
    idle = [day for day in counted if day not in trained]
    return Summary(
        window=window,
        as_of=as_of,
        kinds=kind_figures(inside),
        days=days,
        workload=workload(entries, as_of, first_day),
        mental=mental_trend(window, mental),
        streak=current_streak(active_days, as_of),
        rest_days=len(idle),
        logged_rest_days=sum(day in rested for day in idle),
        matches=match_figures(e.data for e in inside if isinstance(e.data, MatchData)),
        themes=improvement_themes(inside),
        entries=inside,
    )


def load_summary(table: EntryTable, window: Window, today: dt.date) -> Summary:
    """The summary of ``window`` from the database, reading only the rows it needs."""
    as_of = window.as_of(today)
    entries = table.find(Query(since=window.load_since(today), until=window.until))
    return summarise(entries, window, as_of, table.first_date(), table.dates(as_of, TRAINING))
