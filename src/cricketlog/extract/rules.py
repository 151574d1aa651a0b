"""The offline extractor: diary entries from text by vocabulary and patterns, no model.

It works without a network or an API key, answers in well under a millisecond, and gives the
same entries for the same text every time. The flow:

1. :func:`clauses.split` cleans the text (speech-to-text slips, fillers) and cuts it into clauses;
2. :func:`feelings.read_feelings` reads how the player felt, clause by clause;
3. :func:`segment.segment` groups the clauses into activities, in spoken order, with their dates;
4. each activity becomes an :class:`Entry` of its kind, its fields read from its own clauses
   (:mod:`numbers`, :mod:`match`, :mod:`notes`).
5. when there are several, :func:`moods.spread_moods` gives each entry the moods said for it
   elsewhere in the note (a closing "Mentally good", "felt great on Saturday"), and an effort
   said for the lot ("Both fairly gentle") goes to each session without one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from cricketlog.entries.schemas import DATA_MODELS, Entry, EntryData, FitnessData
from cricketlog.extract import match, notes, trace
from cricketlog.extract.base import check_length
from cricketlog.extract.clauses import Clause, split
from cricketlog.extract.dates import find_date
from cricketlog.extract.feelings import (
    OVERALL,
    Feeling,
    Target,
    best,
    intensity,
    read_feelings,
    session_intensity,
)
from cricketlog.extract.moods import spread_moods
from cricketlog.extract.numbers import distance_km, duration_minutes
from cricketlog.extract.plausible import judged
from cricketlog.extract.regroup import regroup
from cricketlog.extract.segment import Segment, segment

_TABLE: Final = {False: "ACTIVITY_CUES row", True: "GENERIC_CUES row"}
_HOW_FELT: Final = {
    0: "a 'felt ...' deep in a run-on clause",
    1: "a mood word, or 'felt ...' said by the player",
    2: "a scale word next to an anchor, or carried from the clause before",
    3: "a scale word after an anchor ('mentally', 'legs')",
    4: "a scale word after 'recovery', or one that turns or sums up",
    5: "a feeling that turns from or sums up the others",
}
"""How a feeling was read, by its strength (see :class:`~cricketlog.extract.feelings.Feeling`)."""


class _Activity:
    """One segment's clauses and feelings, with the readings every kind shares."""

    def __init__(self, seg: Segment, clauses: list[Clause], feelings: list[list[Feeling]]):
        self.seg = seg
        self.clauses = [clauses[i] for i in seg.clauses]
        self.feelings = [feelings[i] for i in seg.clauses]
        self.num = " , ".join(c.num for c in self.clauses)
        done = [i for i in seg.clauses if i not in seg.plans]
        self.notes = ([clauses[i] for i in done], [feelings[i] for i in done])
        """The clauses that may say what was done: not the plans said along the way."""

    def mind(self) -> Feeling | None:
        return self._felt("mind", "mental_state")

    def _felt(self, target: Target, field: str) -> Feeling | None:
        """The strongest feeling about ``target``, noted as ``field`` for ``--explain``."""
        found = best([f for fs in self.feelings for f in fs], target)
        for clause, felt in zip(self.clauses, self.feelings, strict=True):
            if found in felt and found is not None:
                trace.note(
                    field, clause.lower[slice(*found.span)], _HOW_FELT[min(found.strength, 5)]
                )
        return found

    def data(self) -> tuple[EntryData, list[str]]:
        """The entry's data, and the figures heard but not believed, to ask for instead."""
        kind = self.seg.cue.activity_type
        data, unsure = judged(self._fields())
        return DATA_MODELS[kind].model_validate(data), unsure  # type: ignore[index,return-value]

    def _fields(self) -> dict[str, Any]:
        kind = self.seg.cue.activity_type
        mental = self.mind()
        state = mental.value if mental else None
        if kind == "fitness":
            return self._fitness(state)
        if kind == "cricket_coaching":
            well, improve = notes.well_and_improve(self.clauses, self.feelings)
            return dict(
                activity=self.seg.cue.kind,
                duration_minutes=duration_minutes(self.num),
                what_went_well=well,
                areas_for_improvement=improve,
                mental_state=state,
            )
        if kind == "cricket_match":
            return self._match(state)
        body = self._felt("body", "recovery_quality")
        return dict(
            activities=notes.rest_activities(*self.notes),
            recovery_quality=body.value if body else None,
            mental_state=state,
        )

    def _fitness(self, state: str | None) -> dict[str, Any]:
        hard = session_intensity(self.clauses)
        return dict(
            type=self.seg.cue.kind,
            duration_minutes=duration_minutes(self.num),
            distance_km=distance_km(self.num),
            intensity=hard,
            details=notes.description(*self.notes),
            mental_state=state,
        )

    def _match(self, state: str | None) -> dict[str, Any]:
        keeping, fielding = match.keeping_and_fielding(self.clauses)
        well, improve = notes.well_and_improve(self.clauses, self.feelings)
        return dict(
            opponent=match.opponent(self.clauses),
            result=match.result(self.clauses),
            batting=match.batting(self.clauses),
            bowling=match.bowling(self.clauses),
            keeping=keeping,
            fielding=fielding,
            what_went_well=well,
            areas_for_improvement=improve,
            mental_state=state,
        )


class RulesExtractor:
    """Extracts entries with vocabulary and patterns; pure, offline and deterministic."""

    name = "rules"

    def extract(self, text: str, today: dt.date) -> list[Entry]:
        """The entries ``text`` describes, in spoken order; empty when it names no activity."""
        check_length(text)
        clauses = regroup(split(text))
        feelings = read_feelings(clauses)
        segments = segment(clauses, today)
        trace.clauses([c.raw for c in clauses])
        entries = []
        for seg in segments:
            trace.next_entry()
            trace.note("activity_type", seg.cue.said, f"{_TABLE[seg.cue.generic]} {seg.cue.rule!r}")
            activity = _Activity(seg, clauses, feelings)
            if trace.active():
                _note_day(activity.clauses, seg.date, today)
            data, unsure = activity.data()
            entries.append(
                Entry(
                    activity_type=seg.cue.activity_type,  # type: ignore[arg-type]
                    entry_date=seg.date or today,
                    transcript=", ".join(c.raw for c in activity.clauses),
                    data=data,
                    unsure=unsure,
                )
            )
        if len(entries) > 1:
            spread_moods(entries, segments, clauses, feelings, today)
            _spread_effort(entries, [clauses[i] for i in segments[-1].clauses])
        return entries


def _note_day(clauses: list[Clause], day: dt.date | None, today: dt.date) -> None:
    """Where the entry's day was said, for ``--explain``."""
    said = next((c.raw for c in clauses if find_date(c.num, today)), None)
    if said is not None:
        trace.note("entry_date", said, "a day said (dates.py)")
    else:
        trace.note("entry_date", "", "today" if day == today else "the day said before it")


def _spread_effort(entries: list[Entry], last: list[Clause]) -> None:
    """An effort said for the lot at the end ("Both fairly gentle") is every session's that
    does not say its own."""
    said = next((e for c in last if OVERALL.search(c.lower) and (e := intensity(c))), None)
    for entry in entries if said else ():
        if isinstance(entry.data, FitnessData) and entry.data.intensity is None:
            entry.data.intensity = said
