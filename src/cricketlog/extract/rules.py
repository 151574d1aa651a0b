"""The offline extractor: diary entries from text by vocabulary and patterns, no model.

It works without a network or an API key, answers in well under a millisecond, and gives the
same entries for the same text every time. The flow:

1. :func:`clauses.split` cleans the text (speech-to-text slips, fillers) and cuts it into clauses;
2. :func:`feelings.read_feelings` reads how the player felt, clause by clause;
3. :func:`segment.segment` groups the clauses into activities, in spoken order, with their dates;
4. each activity becomes an :class:`Entry` of its kind, its fields read from its own clauses
   (:mod:`numbers`, :mod:`match`, :mod:`notes`).

A mental state said once after the last activity, in a sentence of its own ("Mentally good"),
applies to the entries of that activity's day that have none of their own; said for the lot
("all day", "both days", "overall") it applies to every entry without one.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from cricketlog.extract import match, notes
from cricketlog.extract.clauses import Clause, split
from cricketlog.extract.dates import day_phrases, find_date, resolve_date
from cricketlog.extract.feelings import Feeling, best, intensity, read_feelings, scale
from cricketlog.extract.numbers import distance_km, duration_minutes
from cricketlog.extract.regroup import regroup
from cricketlog.extract.schemas import (
    CoachingData,
    Entry,
    EntryData,
    FitnessData,
    MatchData,
    RestDayData,
    Scale,
)
from cricketlog.extract.segment import Segment, find_cue, segment
from cricketlog.extract.vocab import WEEKDAY


class _Activity:
    """One segment's clauses and feelings, with the readings every kind shares."""

    def __init__(self, seg: Segment, clauses: list[Clause], feelings: list[list[Feeling]]):
        self.seg = seg
        self.clauses = [clauses[i] for i in seg.clauses]
        self.feelings = [feelings[i] for i in seg.clauses]
        self.num = " , ".join(c.num for c in self.clauses)

    def mind(self) -> Feeling | None:
        return best([f for fs in self.feelings for f in fs], "mind")

    def data(self) -> EntryData:
        kind = self.seg.cue.activity_type
        mental = self.mind()
        state = mental.value if mental else None
        if kind == "fitness":
            return self._fitness(state)
        if kind == "cricket_coaching":
            well, improve = notes.well_and_improve(self.clauses, self.feelings)
            return CoachingData(
                activity=self.seg.cue.kind,  # type: ignore[arg-type]
                duration_minutes=duration_minutes(self.num),
                what_went_well=well,
                areas_for_improvement=improve,
                mental_state=state,
            )
        if kind == "cricket_match":
            return self._match(state)
        body = best([f for fs in self.feelings for f in fs], "body")
        return RestDayData(
            activities=notes.rest_activities(self.clauses, self.feelings),
            recovery_quality=body.value if body else None,
            mental_state=state,
        )

    def _fitness(self, state: str | None) -> FitnessData:
        hard = next((i for c in self.clauses if (i := intensity(c))), None)
        return FitnessData(
            type=self.seg.cue.kind,  # type: ignore[arg-type]
            duration_minutes=duration_minutes(self.num),
            distance_km=distance_km(self.num),
            intensity=hard,
            details=notes.description(self.clauses, self.feelings),
            mental_state=state,  # type: ignore[arg-type]
        )

    def _match(self, state: str | None) -> MatchData:
        keeping, fielding = match.keeping_and_fielding(self.clauses)
        well, improve = notes.well_and_improve(self.clauses, self.feelings)
        return MatchData(
            opponent=match.opponent(self.clauses),
            result=match.result(self.clauses),
            batting=match.batting(self.clauses),
            bowling=match.bowling(self.clauses),
            keeping=keeping,
            fielding=fielding,
            what_went_well=well,
            areas_for_improvement=improve,
            mental_state=state,  # type: ignore[arg-type]
        )


def _closing_mood(
    last: Segment, clauses: list[Clause], feelings: list[list[Feeling]]
) -> tuple[Feeling, bool] | None:
    """A mental state said after the last activity in a sentence of its own, or said "overall",
    unless it says it was the last activity's own ("in the session"); and whether it covers every
    entry: it does unless its clause names a day of its own ("... Mentally good" covers all,
    "... mentally feeling good today" only today's) or says it came after the last one ("head
    was brilliant after it", "after saturday i was buzzing")."""
    opening = clauses[last.clauses[0]].sentence
    cue_sentences = {c.sentence for c in clauses if find_cue(c)}
    closing = [
        (f, i)
        for i in last.clauses
        for f in feelings[i]
        if f.overall
        or (clauses[i].sentence != opening and clauses[i].sentence not in cue_sentences)
    ]
    mood = best([f for f, _ in closing], "mind")
    if mood is None:
        return None
    said_in = next(i for f, i in closing if f is mood)
    lower = clauses[said_in].lower
    if _DURING_THE_LAST.search(lower):
        return None
    return mood, mood.overall or not (day_phrases(lower) or _AFTER_THE_LAST.search(lower))


def _moods_by_day(
    last: Segment, clauses: list[Clause], feelings: list[list[Feeling]], today: dt.date
) -> dict[dt.date, Scale]:
    """Moods said after the activities, each for a day it names ("Mentally I was on top of the
    world Saturday, and just felt fine on Sunday"): the day's entries take them, whatever the
    last activity's own clauses said. Only clauses that name no activity of their own count."""
    moods: dict[dt.date, Scale] = {}
    for i in last.clauses[1:]:
        mood = best(feelings[i], "mind")
        said = find_date(clauses[i].num, today) if mood else None
        if mood and said and find_cue(clauses[i]) is None:
            moods.setdefault(said[1], mood.value)
    return moods


def _moods_with_their_days(
    clauses: list[Clause], feelings: list[list[Feeling]], today: dt.date
) -> dict[dt.date, Scale]:
    """Moods said with a day right beside them, anywhere in the note ("i felt brilliant on
    saturday fine on sunday and good on monday", "mentally saturday i was vex with myself"). A
    short clause of a scale word and a day after such a mood ("and good on monday") is one too."""
    moods: dict[dt.date, Scale] = {}
    for clause, felt in zip(clauses, feelings, strict=True):
        days = day_phrases(clause.lower)
        for feeling in (f for f in felt if f.target == "mind"):
            ranked = [(_beside(clause.lower, feeling.span, d.span()), d[0]) for d in days]
            said = min(((r, d) for r, d in ranked if r is not None), default=None)
            day = resolve_date(said[1], today) if said else None
            if day is not None:
                moods.setdefault(day, feeling.value)
        short = len(clause.lower.split()) <= _SHORT_MOOD_WORDS
        if moods and not felt and short and len(days) == 1 and find_cue(clause) is None:
            value, day = scale(clause.lower), resolve_date(days[0][0], today)
            if value is not None and day is not None:
                moods.setdefault(day, value)
    return moods


_SHORT_MOOD_WORDS: Final = 5
"""At most this many words in a clause that is only a mood and its day ("and good on monday")."""


def _beside(lower: str, feeling: tuple[int, int], day: tuple[int, int]) -> int | None:
    """How surely the day phrase at ``day`` names the day of the feeling at ``feeling``, best
    first: 0 right after it with "on" ("brilliant on saturday"), 1 right before it ("saturday i
    was vex"), 2 inside it ("mentally saturday i was vex"), 3 right after it without "on" (in
    "gutted monday i was buzzing" the Monday is the next mood's); None when it is not beside it."""
    if day[0] >= feeling[1]:
        if lower[feeling[1] : day[0]].strip(" ,"):
            return None
        return 0 if lower.startswith("on ", day[0]) else 3
    if day[1] <= feeling[0]:
        return None if lower[day[1] : feeling[0]].strip(" ,") else 1
    return 2

_AFTER_THE_LAST: Final = re.compile(
    rf"\bafter (?:it|that|(?:the|that|my) (?:game|match|run|session|swim|ride|gym|nets|innings|"
    rf"knock|spell|one)|{WEEKDAY})\b"
)
"""A closing mood that says it followed the last activity, not the whole note."""
_DURING_THE_LAST: Final = re.compile(
    r"\b(?:in|during|at) (?:the|that) (?:session|lesson|game|match|nets)\b|\bat training\b"
)
"""A closing mood that says it was the last activity's own ("felt good in the session")."""


class RulesExtractor:
    """Extracts entries with vocabulary and patterns; pure, offline and deterministic."""

    name = "rules"

    def extract(self, text: str, today: dt.date) -> list[Entry]:
        """The entries ``text`` describes, in spoken order; empty when it names no activity."""
        clauses = regroup(split(text))
        feelings = read_feelings(clauses)
        segments = segment(clauses, today)
        entries = []
        for seg in segments:
            activity = _Activity(seg, clauses, feelings)
            entries.append(
                Entry(
                    activity_type=seg.cue.activity_type,  # type: ignore[arg-type]
                    entry_date=seg.date or today,
                    transcript=", ".join(c.raw for c in activity.clauses),
                    data=activity.data(),
                )
            )
        if len(entries) > 1 and (closing := _closing_mood(segments[-1], clauses, feelings)):
            mood, for_all = closing
            day = entries[-1].entry_date
            for entry in entries:
                if entry.data.mental_state is None and (for_all or entry.entry_date == day):
                    entry.data.mental_state = mood.value
        if len(entries) > 1:
            by_day = _moods_by_day(segments[-1], clauses, feelings, today)
            by_day |= _moods_with_their_days(clauses, feelings, today)
            for entry in entries:
                if entry.entry_date in by_day:
                    entry.data.mental_state = by_day[entry.entry_date]
        return entries
