"""Which entries a mood said away from its activity belongs to, when a note has several.

A mental state said once after the last activity, in a sentence of its own ("Mentally good"),
applies to the entries of that activity's day that have none of their own; said for the lot
("all day", "both days", "overall") it applies to every entry without one, and said of the last
session ("in the session") only to it. A mood said with a day ("felt brilliant on Saturday, fine
on Sunday", "mentally Saturday I was gutted") is that day's entries' mood, whatever their own
clauses said.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from cricketlog.extract.clauses import Clause
from cricketlog.extract.dates import day_phrases, find_date, resolve_date
from cricketlog.extract.feelings import Feeling, best, scale
from cricketlog.extract.schemas import Entry, Scale
from cricketlog.extract.segment import Segment, find_cue
from cricketlog.extract.vocab import WEEKDAY


def spread_moods(
    entries: list[Entry],
    last: Segment,
    clauses: list[Clause],
    feelings: list[list[Feeling]],
    today: dt.date,
) -> None:
    """Give ``entries`` (one per segment, ``last`` the last segment) the moods said for them
    away from their own clauses."""
    if closing := _closing_mood(last, clauses, feelings):
        mood, for_all = closing
        day = entries[-1].entry_date
        for entry in entries:
            if entry.data.mental_state is None and (for_all or entry.entry_date == day):
                entry.data.mental_state = mood.value
    by_day = _moods_by_day(last, clauses, feelings, today)
    by_day |= _moods_with_their_days(clauses, feelings, today)
    for entry in entries:
        if entry.entry_date in by_day:
            entry.data.mental_state = by_day[entry.entry_date]


def _closing_mood(
    last: Segment, clauses: list[Clause], feelings: list[list[Feeling]]
) -> tuple[Feeling, bool] | None:
    """A mental state said after the last activity in a sentence of its own, or said "overall",
    unless it says it was the last activity's own ("in the session", "after the game", or after a
    rest day with its recovery: "Recovery's good, head's good"); and whether it covers every
    entry: it does unless its clause names a day of its own ("... Mentally good" covers all,
    "... mentally feeling good today" or "after saturday i was buzzing" only that day's)."""
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
    recovery_too = last.cue.activity_type == "rest_day" and any(
        f.target == "body" for f, _ in closing
    )
    if _DURING_THE_LAST.search(lower) or (recovery_too and not mood.overall):
        return None
    if not mood.overall and _AFTER_THE_LAST_ONE.search(lower):
        return None
    return mood, mood.overall or not (day_phrases(lower) or _AFTER_THE_DAY.search(lower))


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


_AFTER_THE_LAST_ONE: Final = re.compile(
    r"\bafter (?:it|that|(?:the|that|my) (?:game|match|run|session|swim|ride|gym|nets|innings|"
    r"knock|spell|one|loss|win|defeat|final))\b"
)
"""A closing mood that says it followed the last activity ("flat after the loss"): its own."""
_AFTER_THE_DAY: Final = re.compile(rf"\bafter {WEEKDAY}\b")
"""A closing mood that says it followed a day ("after saturday I was buzzing"): that day's."""
_DURING_THE_LAST: Final = re.compile(
    r"\b(?:in|during|at) (?:the|that) (?:session|lesson|game|match|nets)\b|\bat training\b"
)
"""A closing mood that says it was the last activity's own ("felt good in the session")."""
