"""Training load as session RPE, and the acute:chronic workload ratio.

Session RPE (Foster's method) scores a session as its minutes times how hard it felt on the 0-10
CR-10 scale. Players rarely say both, so the mapping below fills the gaps with fixed, documented
defaults (``docs/training-load.md``): a figure that is roughly right every time is more use to a
coach than a gap, and the summary says how many sessions were estimated. Rest days carry no load.

The acute:chronic workload ratio compares the last 7 days' load with the weekly average of the last
28 days (the "coupled rolling average" form). Above 1.5 the player is doing much more than they are
used to, which sports science links with a higher injury risk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from cricketlog.entries.schemas import (
    CoachingData,
    Entry,
    FitnessData,
    Intensity,
    MatchData,
)

RPE_BY_INTENSITY: Final[dict[Intensity, int]] = {"low": 3, "medium": 5, "high": 8}
"""CR-10 values for what was said: 3 "moderate", 5 "hard", 8 "very hard"."""
FITNESS_MINUTES: Final = 45
"""A fitness session that gave no duration."""
FITNESS_RPE: Final = RPE_BY_INTENSITY["medium"]
"""A fitness session that gave no intensity."""
COACHING_MINUTES: Final = 60
"""A coaching session that gave no duration (a typical net or drills session)."""
COACHING_RPE: Final = 5
"""Coaching sessions have no intensity in the contract: scored as "hard"."""
MATCH_MINUTES: Final = 180
"""A match: the contract has no duration; about a T20 or half a 40-over game."""
MATCH_RPE: Final = 7
"""A match: scored "very hard", as match day usually is."""
ACUTE_DAYS: Final = 7
CHRONIC_DAYS: Final = 28
ACWR_WARNING: Final = 1.5
"""Above this ratio the summary warns of a spike in load."""


@dataclass(frozen=True)
class SessionLoad:
    """The load of one entry."""

    minutes: int
    """Minutes said, or the kind's default."""
    rpe: int
    """0-10 effort, from the intensity said or the kind's default."""
    estimated: bool
    """Whether a default stood in for something the player could have said but did not (the
    minutes, or a fitness session's intensity); a match's minutes are always the default."""

    @property
    def load(self) -> int:
        """Session RPE: minutes times RPE (arbitrary units)."""
        return self.minutes * self.rpe


NO_LOAD = SessionLoad(minutes=0, rpe=0, estimated=False)


def session_load(entry: Entry) -> SessionLoad:
    """The minutes, RPE and load of one entry; rest days have none."""
    data = entry.data
    if isinstance(data, FitnessData):
        rpe = RPE_BY_INTENSITY[data.intensity] if data.intensity else FITNESS_RPE
        minutes = data.duration_minutes
        return SessionLoad(
            minutes if minutes is not None else FITNESS_MINUTES,
            rpe,
            estimated=minutes is None or data.intensity is None,
        )
    if isinstance(data, CoachingData):
        minutes = data.duration_minutes
        return SessionLoad(
            minutes if minutes is not None else COACHING_MINUTES,
            COACHING_RPE,
            estimated=minutes is None,
        )
    if isinstance(data, MatchData):
        return SessionLoad(MATCH_MINUTES, MATCH_RPE, estimated=True)
    return NO_LOAD


def daily_loads(
    entries: Iterable[Entry], start: dt.date, end: dt.date
) -> list[tuple[dt.date, int]]:
    """Total load of each day from ``start`` to ``end`` inclusive (days without entries score 0)."""
    days = {start + dt.timedelta(days=n): 0 for n in range((end - start).days + 1)}
    for entry in entries:
        if entry.entry_date in days:
            days[entry.entry_date] += session_load(entry).load
    return list(days.items())


@dataclass(frozen=True)
class Workload:
    """Acute and chronic load as of one day, and their ratio."""

    as_of: dt.date
    acute: int
    """Total load of the 7 days ending ``as_of``."""
    chronic: float
    """Weekly average load of the 28 days ending ``as_of``."""

    @property
    def ratio(self) -> float | None:
        """Acute over chronic; None when the last 28 days carry no load."""
        return self.acute / self.chronic if self.chronic else None

    @property
    def warning(self) -> bool:
        """Whether the ratio is above :data:`ACWR_WARNING`."""
        return self.ratio is not None and self.ratio > ACWR_WARNING


def workload(
    entries: Iterable[Entry], as_of: dt.date, first_day: dt.date | None
) -> Workload | None:
    """The workload ratio as of ``as_of``; None unless the history covers the last 28 days.

    ``first_day`` is the date of the player's oldest entry; ``entries`` need only hold the 28 days
    ending ``as_of``.
    """
    start = as_of - dt.timedelta(days=CHRONIC_DAYS - 1)
    if first_day is None or first_day > start:
        return None
    loads = daily_loads(entries, start, as_of)
    acute = sum(load for _, load in loads[-ACUTE_DAYS:])
    chronic = sum(load for _, load in loads) / (CHRONIC_DAYS / ACUTE_DAYS)
    return Workload(as_of=as_of, acute=acute, chronic=chronic)
