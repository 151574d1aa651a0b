"""Figures no player makes in one match are mishearings, so they are asked for, not kept.

Speech to text hears "caught 34" for "scored 34", or "300" for "30", and the figure then reaches
``history`` and ``report`` as 34 dismissals or a triple hundred off 20 balls. Whichever
extractor read it, an entry goes through :func:`checked`: a figure above its limit in
:data:`MOST` (or runs faster than six an over ball) is taken out of the entry and put in
``Entry.unsure``, so the review asks for it. When the figure is one its record cannot be without
(an innings' runs, a spell's overs or wickets), the record goes and its figures are asked.
"""

from __future__ import annotations

from typing import Final

from cricketlog.entries.schemas import QUESTIONS, Entry, MatchData

MOST: Final[dict[str, float]] = {
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
"""The most one player makes in one match, figure by figure (ten wickets fall in an innings)."""
_REQUIRED: Final = {"batting": ("runs",), "bowling": ("overs", "wickets")}
"""Figures a record cannot be without: when one is doubted the record goes."""
_MOST_PER_BALL: Final = 6
"""Runs off one ball, bar overthrows: "300 off 20 balls" was misheard."""


def doubted(data: MatchData) -> list[str]:
    """The figures of ``data`` (as ``record.field`` paths) that no match gives."""
    found = []
    for path, most in MOST.items():
        record, _, name = path.partition(".")
        value = getattr(getattr(data, record), name, None)
        if value is not None and value > most:
            found.append(path)
    batting = data.batting
    if batting and batting.balls and batting.runs > _MOST_PER_BALL * batting.balls:
        found += [p for p in ("batting.runs", "batting.balls") if p not in found]
    return found


def checked(entry: Entry) -> Entry:
    """``entry`` with its implausible figures taken out and listed in ``unsure``."""
    if not isinstance(entry.data, MatchData) or not (paths := doubted(entry.data)):
        return entry
    data = entry.data.model_dump()
    unsure: list[str] = []
    for path in paths:
        record, _, name = path.partition(".")
        if data[record] is None:
            continue
        if name in _REQUIRED.get(record, ()):
            unsure += [path, *(f"{record}.{n}" for n, v in data[record].items() if v)]
            data[record] = None
        else:
            data[record][name] = None
            unsure.append(path)
            if not any(v is not None for v in data[record].values()):
                data[record] = None
    asked = [p for p in dict.fromkeys(unsure) if p in QUESTIONS]
    return entry.model_copy(update={"data": MatchData(**data), "unsure": asked})
