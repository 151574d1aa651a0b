"""An entry in a few words, for lists: ``running 45 min 5 km high; hill sprints``.

The terminal's ``history`` table, its CSV and Markdown, and the HTML report's list of sessions all
describe an entry the same way, from here. Only the terminal's table cuts free text short.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from cricketlog.entries.schemas import CoachingData, Entry, FitnessData, MatchData, RestDayData
from cricketlog.reports.match_figures import balls_to_overs, overs_to_balls

Cut = Callable[[str], str]
NOTE_CHARS: Final = 48
"""Free text is cut to this length in the table (``cricketlog show ID`` has it whole)."""


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_CHARS else text[: NOTE_CHARS - 1] + "…"


def _words(value: str) -> str:
    return value.replace("_", " ")


def _fitness(data: FitnessData, cut: Cut) -> list[str]:
    parts = [_words(data.type)]
    if data.duration_minutes is not None:
        parts.append(f"{data.duration_minutes} min")
    if data.distance_km is not None:
        parts.append(f"{data.distance_km:g} km")
    if data.intensity:
        parts.append(data.intensity)
    return [" ".join(parts), cut(data.details)]


def _coaching(data: CoachingData, cut: Cut) -> list[str]:
    head = _words(data.activity)
    if data.duration_minutes is not None:
        head += f" {data.duration_minutes} min"
    return [
        head,
        cut(f"work on: {data.areas_for_improvement}" if data.areas_for_improvement else ""),
    ]


def _match(data: MatchData, cut: Cut) -> list[str]:
    parts = [
        " ".join(p for p in (f"v {data.opponent}" if data.opponent else "", data.result or "") if p)
    ]
    if bat := data.batting:
        score = f"{bat.runs}{'*' if bat.dismissal == 'not_out' else ''}"
        parts.append(score + (f" ({bat.balls}b)" if bat.balls is not None else ""))
    if bowl := data.bowling:
        runs = "-" if bowl.runs is None else bowl.runs
        parts.append(f"{bowl.wickets}/{runs} ({balls_to_overs(overs_to_balls(bowl.overs))} ov)")
    if keep := data.keeping:
        parts.append(f"{(keep.catches or 0) + (keep.stumpings or 0)} dismissals keeping")
    if fld := data.fielding:
        parts.append(f"{(fld.catches or 0) + (fld.run_outs or 0)} dismissals fielding")
    return parts


def _rest(data: RestDayData, cut: Cut) -> list[str]:
    recovery = f"recovery {data.recovery_quality}" if data.recovery_quality else ""
    return [cut(data.activities), recovery]


def details(entry: Entry, whole: bool = False) -> str:
    """The entry's key fields in a few words: ``running 45 min 5 km high; hill sprints``.

    Free text is cut to :data:`NOTE_CHARS` unless ``whole``.
    """
    data = entry.data
    cut: Cut = str if whole else _cut
    if isinstance(data, FitnessData):
        parts = _fitness(data, cut)
    elif isinstance(data, CoachingData):
        parts = _coaching(data, cut)
    elif isinstance(data, MatchData):
        parts = _match(data, cut)
    else:
        assert isinstance(data, RestDayData)
        parts = _rest(data, cut)
    return "; ".join(p for p in parts if p)
