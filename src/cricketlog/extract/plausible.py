"""Figures no player makes in one session or match are mishearings: asked for, not kept.

Speech to text hears "caught 34" for "scored 34", or "300" for "30", and the figure would then
reach ``history`` and ``report`` as 34 dismissals or a triple hundred off 20 balls. So an
extractor's data goes through :func:`judged` before it becomes an entry: a figure above its
limit in :data:`MOST` (or runs faster than six a ball) is taken out and listed, and the entry
asks for it (``Entry.unsure``). When it is a figure its record cannot be without (an innings'
runs, a spell's overs or wickets), the record goes and its figures are asked. The limits are a
player's in one club match or session, well inside the contract's own maxima, which bound what
can be stored at all.
"""

from __future__ import annotations

from typing import Any, Final

from cricketlog.entries.schemas import QUESTIONS

MOST: Final[dict[str, float]] = {
    "duration_minutes": 10 * 60,
    "distance_km": 300,
    "batting.runs": 500,
    "batting.balls": 600,
    "batting.fours": 80,
    "batting.sixes": 50,
    "bowling.overs": 70,
    "bowling.maidens": 40,
    "bowling.runs": 300,
    "bowling.wickets": 10,
    "keeping.catches": 10,
    "keeping.stumpings": 10,
    "keeping.byes": 80,
    "fielding.catches": 10,
    "fielding.run_outs": 10,
}
"""The most one player does in one session or match, figure by figure (ten wickets fall in an
innings; no session or ride is longer)."""
_REQUIRED: Final = {"batting": ("runs",), "bowling": ("overs", "wickets")}
"""Figures a record cannot be without: when one is doubted the record goes."""
_MOST_PER_BALL: Final = 6
"""Runs off one ball, bar overthrows: "300 off 20 balls" was misheard."""

Data = dict[str, Any]


def _doubted(data: Data) -> list[str]:
    """The paths of the figures in ``data`` that no session or match gives."""
    found = []
    for path, most in MOST.items():
        record, _, name = path.rpartition(".")
        holder = data.get(record) if record else data
        value = holder.get(name) if isinstance(holder, dict) else None
        if isinstance(value, int | float) and value > most:
            found.append(path)
    batting = data.get("batting")
    if batting and batting.get("balls") and batting["runs"] > _MOST_PER_BALL * batting["balls"]:
        found += [p for p in ("batting.runs", "batting.balls") if p not in found]
    return found


def judged(data: Data) -> tuple[Data, list[str]]:
    """``data`` (a kind's fields, records as dicts) without its implausible figures, and the
    paths of the figures to ask for instead."""
    unsure: list[str] = []
    for path in _doubted(data):
        record, _, name = path.rpartition(".")
        if not record:
            data[name] = None
            unsure.append(path)
        elif data.get(record) is None:
            continue
        elif name in _REQUIRED.get(record, ()):
            said = (f"{record}.{n}" for n, v in data[record].items() if v)
            unsure += [path, *said]
            data[record] = None
        else:
            data[record][name] = None
            unsure.append(path)
            if all(v is None for v in data[record].values()):
                data[record] = None
    return data, [p for p in dict.fromkeys(unsure) if p in QUESTIONS]
