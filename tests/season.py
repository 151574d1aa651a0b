"""A generated season whose summary figures were worked out by hand (see the tests that use it).

- 1 May to 21 June 2026: a 30-minute medium run every day (load 150 a day, no mental state), so
  there are 28+ days of history and the streak and chronic load reach back before the week.
- The week of Monday 22 June 2026 (the tests' "today" is Sunday 28 June) holds one of everything:

  - Mon 22: run 60 min high (good), load 480; nets 90 min (okay), "footwork and playing the
    short ball", load 450.
  - Tue 23: rest day, recovery good (good), load 0.
  - Wed 24: batting drills, no duration (excellent), "Footwork.", load 300 (60 min default).
  - Thu 25: gym 45 min, no intensity (poor), load 225 (RPE 5 default).
  - Fri 26: nothing.
  - Sat 27: match v Essex won: 45 off 30 balls, caught; 4.2 overs, 28 runs, 2 wickets; a catch
    and a run out in the field (good), "shot selection", load 1260.
  - Sun 28: match v Kent lost: 12 not out, balls not said; 3.4 overs, runs not said, 1 wicket;
    kept wicket: 2 catches, 1 stumping (excellent), "Need more patience at the crease", 1260.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cricketlog.entries.schemas import Entry

TODAY = dt.date(2026, 6, 28)
WEEK_START = dt.date(2026, 6, 22)
FIRST_DAY = dt.date(2026, 5, 1)


def _entry(day: dt.date, kind: str, **data: Any) -> Entry:
    return Entry.model_validate(
        {"activity_type": kind, "entry_date": day, "transcript": f"{kind} on {day}", "data": data}
    )


def background() -> list[Entry]:
    """A 30-minute medium run each day from 1 May to 21 June 2026."""
    days = (dt.date(2026, 6, 21) - FIRST_DAY).days + 1
    return [
        _entry(FIRST_DAY + dt.timedelta(days=n), "fitness", type="running",
               duration_minutes=30, intensity="medium", details="steady 30")
        for n in range(days)
    ]  # fmt: skip


def week() -> list[Entry]:
    """The entries of the week of Monday 22 June 2026, in the order of the table above."""
    day = {name: WEEK_START + dt.timedelta(days=n) for n, name in enumerate("mtwTfsS")}
    return [
        _entry(day["m"], "fitness", type="running", duration_minutes=60, intensity="high",
               details="hill reps", mental_state="good"),
        _entry(day["m"], "cricket_coaching", activity="netting", duration_minutes=90,
               areas_for_improvement="footwork and playing the short ball", mental_state="okay"),
        _entry(day["t"], "rest_day", activities="foam rolling", recovery_quality="good",
               mental_state="good"),
        _entry(day["w"], "cricket_coaching", activity="batting_drills",
               areas_for_improvement="Footwork.", mental_state="excellent"),
        _entry(day["T"], "fitness", type="gym", duration_minutes=45, mental_state="poor"),
        _entry(day["s"], "cricket_match", opponent="Essex", result="won",
               batting={"runs": 45, "balls": 30, "dismissal": "caught"},
               bowling={"overs": 4.2, "runs": 28, "wickets": 2},
               fielding={"catches": 1, "run_outs": 1},
               areas_for_improvement="shot selection", mental_state="good"),
        _entry(day["S"], "cricket_match", opponent="Kent", result="lost",
               batting={"runs": 12, "dismissal": "not_out"},
               bowling={"overs": 3.4, "wickets": 1},
               keeping={"catches": 2, "stumpings": 1},
               areas_for_improvement="Need more patience at the crease", mental_state="excellent"),
    ]  # fmt: skip


def season() -> list[Entry]:
    """Background and week together."""
    return background() + week()
