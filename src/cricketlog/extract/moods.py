"""Which entries a mood said away from its activity belongs to, when a note has several.

A mental state said once after the last activity, in a sentence of its own ("Mentally good"),
applies to the entries of that activity's day that have none of their own; said for the lot
("all day", "both days", "overall") it applies to every entry without one, and said of the last
session ("in the session", "gutted after that one") only to it. A mood said with a day ("felt
brilliant on Saturday, fine on Sunday and Monday", "mentally Saturday I was gutted", "fed up after
Sunday") is that day's entries' mood, and one said after an activity ("felt good after the
coaching, pretty flat after the loss") the last such entry's, whatever their own clauses said.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from cricketlog.entries.schemas import Entry, Scale
from cricketlog.extract.clauses import Clause
from cricketlog.extract.dates import day_phrases, find_date, resolve_date
from cricketlog.extract.feelings import Feeling, best, scale
from cricketlog.extract.segment import Segment, find_cue
from cricketlog.extract.vocab import WEEKDAY

Tagged = tuple[Scale, int]
"""A mood said for a day or an activity, and the clause it was said in."""


def spread_moods(
    entries: list[Entry],
    segments: list[Segment],
    clauses: list[Clause],
    feelings: list[list[Feeling]],
    today: dt.date,
) -> None:
    """Give ``entries`` (one per segment) the moods said for them away from their own clauses,
    and take from an entry a mood said in its clauses for another day or activity ("Sunday nets.
    Fed up after Saturday")."""
    by_day = _moods_by_day(segments[-1], clauses, feelings, today)
    by_day |= _moods_with_their_days(clauses, feelings, today)
    by_kind = _moods_after_an_activity(clauses, feelings)
    for entry, seg in zip(entries, segments, strict=True):
        elsewhere = {i for day, (_, i) in by_day.items() if day != entry.entry_date}
        elsewhere |= {i for kind, (_, i) in by_kind.items() if kind != entry.activity_type}
        if elsewhere.intersection(seg.clauses):
            own = [f for i in seg.clauses if i not in elsewhere for f in feelings[i]]
            mood = best(own, "mind")
            entry.data.mental_state = mood.value if mood else None
    if closing := _closing_mood(segments[-1], clauses, feelings, today):
        mood, for_all = closing
        day = entries[-1].entry_date
        for entry in entries:
            if entry.data.mental_state is None and (for_all or entry.entry_date == day):
                entry.data.mental_state = mood.value
    for entry in entries:
        if entry.entry_date in by_day:
            entry.data.mental_state = by_day[entry.entry_date][0]
    for kind, (value, _) in by_kind.items():
        # the last entry of the kind named ("felt great after that run")
        latest = next((e for e in reversed(entries) if e.activity_type == kind), None)
        if latest is not None:
            latest.data.mental_state = value


def _moods_after_an_activity(
    clauses: list[Clause], feelings: list[list[Feeling]]
) -> dict[str, Tagged]:
    """Moods said right before naming the activity they followed ("felt good after the
    coaching, pretty flat after the loss"), by the kind of entry named. A short clause of a scale
    word and such an activity after one of them ("pretty flat after the loss") is one too."""
    moods: dict[str, Tagged] = {}
    for n, (clause, felt) in enumerate(zip(clauses, feelings, strict=True)):
        said = [(f.value, clause.lower[f.span[1] :]) for f in felt if f.target == "mind"]
        listed = _AFTER_AN_ACTIVITY.search(clause.lower)
        if moods and not felt and listed and (value := scale(clause.lower[: listed.start()])):
            said.append((value, clause.lower[listed.start() :]))
        for value, rest in said:
            if not rest.strip() and n + 1 < len(clauses):  # "Gutted, after the game"
                rest = clauses[n + 1].lower
            if named := _AFTER_AN_ACTIVITY.match(rest):
                kind = next(k for k, words in _ACTIVITY_NOUNS.items() if named[1] in words)
                moods.setdefault(kind, (value, n))
    return moods


def _closing_mood(
    last: Segment, clauses: list[Clause], feelings: list[list[Feeling]], today: dt.date
) -> tuple[Feeling, bool] | None:
    """A mental state said after the last activity in a sentence of its own, or said "overall",
    and whether it covers every entry or only the last day's ("good in the morning"). None when
    it is the last activity's own ("in the session", "after the game", or after a rest day with
    its recovery: "Recovery's good, head's good") or names a day of its own ("mentally feeling
    good today", "after saturday i was buzzing"), which the day's entries take instead."""
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
    # and what follows it in its sentence ("Gutted, after that one")
    tail = " , ".join(c.lower for c in clauses[said_in:] if c.sentence == clauses[said_in].sentence)
    if _DURING_THE_LAST.search(lower):
        return None
    if mood.overall:
        return mood, True
    recovery_too = last.cue.activity_type == "rest_day" and any(
        f.target == "body" for f, _ in closing
    )
    days = day_phrases(lower)
    dated = _AFTER_THE_DAY.search(lower) or any(resolve_date(d[0], today) for d in days)
    if recovery_too or _AFTER_THE_LAST_ONE.search(tail) or dated:
        return None  # the last entry's own, or a day's, which goes to that day's entries (below)
    # a time of day ("good in the morning") is the last day's
    return mood, not days


def _moods_by_day(
    last: Segment, clauses: list[Clause], feelings: list[list[Feeling]], today: dt.date
) -> dict[dt.date, Tagged]:
    """Moods said after the activities, each for a day it names ("Mentally I was on top of the
    world Saturday, and just felt fine on Sunday"): the day's entries take them, whatever the
    last activity's own clauses said. Only clauses that name no activity of their own count."""
    moods: dict[dt.date, Tagged] = {}
    for i in last.clauses[1:]:
        mood = best(feelings[i], "mind")
        said = find_date(clauses[i].num, today) if mood else None
        if mood and said and find_cue(clauses[i]) is None:
            moods.setdefault(said[1], (mood.value, i))
    return moods


def _moods_with_their_days(
    clauses: list[Clause], feelings: list[list[Feeling]], today: dt.date
) -> dict[dt.date, Tagged]:
    """Moods said with a day right beside them, anywhere in the note ("i felt brilliant on
    saturday fine on sunday and good on monday", "mentally saturday i was vex with myself"). A
    short clause of a scale word and a day after such a mood ("and good on monday") is one too."""
    moods: dict[dt.date, Tagged] = {}
    for n, (clause, felt) in enumerate(zip(clauses, feelings, strict=True)):
        days = day_phrases(clause.lower, after=True)
        for feeling in (f for f in felt if f.target == "mind"):
            ranked = [(_beside(clause.lower, feeling.span, d.span()), d) for d in days]
            # the surest, then the nearest to the scale word, which ends the feeling
            said = min(
                ((r, abs(feeling.span[1] - d.end()), d) for r, d in ranked if r is not None),
                default=None,
            )
            if said is None:
                continue
            # "okay Sunday and Monday": the days listed with it
            named = [said[2]]
            while listed := _LISTED_DAY.match(clause.lower, named[-1].end()):
                named.append(listed)
            for phrase in named:
                if (day := resolve_date(phrase[0], today)) is not None:
                    moods.setdefault(day, (feeling.value, n))
        short = len(clause.lower.split()) <= _SHORT_MOOD_WORDS
        if moods and not felt and short and days and find_cue(clause) is None:
            value = scale(clause.lower)
            for day in (resolve_date(d[0], today) for d in days):
                if value is not None and day is not None:
                    moods.setdefault(day, (value, n))
    return moods


_LISTED_DAY: Final = re.compile(rf"(?:,? and|,) (?:on )?{WEEKDAY}\b")
"""A day listed right after a mood's day ("okay Sunday and Monday")."""
_SHORT_MOOD_WORDS: Final = 5
"""At most this many words in a clause that is only a mood and its day ("and good on monday")."""


def _beside(lower: str, feeling: tuple[int, int], day: tuple[int, int]) -> int | None:
    """How surely the day phrase at ``day`` names the day of the feeling at ``feeling``, best
    first: 0 right after it with "on" ("brilliant on saturday"), 1 right before it ("saturday i
    was vex"), 2 inside it ("mentally saturday i was vex"), 3 right after it without "on" (in
    "gutted monday i was buzzing" the Monday is the next mood's); None when it is not beside it.
    "Fed up after Sunday" is Sunday's."""
    if day[0] >= feeling[1]:
        between = lower[feeling[1] : day[0]].strip(" ,")
        if between not in ("", "after"):
            return None
        return 0 if between or lower.startswith("on ", day[0]) else 3
    if day[1] <= feeling[0]:
        return None if lower[day[1] : feeling[0]].strip(" ,") else 1
    return 2


_ACTIVITY_NOUNS: Final[dict[str, tuple[str, ...]]] = {
    "cricket_match": ("game", "match", "loss", "win", "defeat", "final", "innings"),
    "cricket_coaching": ("coaching", "lesson", "nets", "training", "drills", "throwdowns"),
    "fitness": ("run", "gym", "swim", "ride", "workout", "class"),
    "rest_day": ("rest day",),
}
"""Words for an activity a mood followed, by the kind of entry they name."""
_NOUNS: Final = "|".join(w for words in _ACTIVITY_NOUNS.values() for w in words)
_AFTER_AN_ACTIVITY: Final = re.compile(
    rf"[\s,]*(?:straight |right )?after (?:the|that|my|our) ({_NOUNS})\b"
)
"""Right after a mood, the activity it followed ("pretty flat after the loss")."""
_AFTER_THE_LAST_ONE: Final = re.compile(
    rf"\bafter (?:it|that|(?:the|that|my|our) (?:{_NOUNS}|one|session|knock|spell))\b"
)
"""A closing mood that says it followed the last activity ("flat after the loss"): its own."""
_AFTER_THE_DAY: Final = re.compile(rf"\bafter {WEEKDAY}\b")
"""A closing mood that says it followed a day ("after saturday I was buzzing"): that day's."""
_DURING_THE_LAST: Final = re.compile(
    r"\b(?:in|during|at) (?:the|that) (?:session|lesson|game|match|nets)\b|\bat training\b"
)
"""A closing mood that says it was the last activity's own ("felt good in the session")."""
