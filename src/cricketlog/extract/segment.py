"""Cutting an utterance into activities, in the order spoken.

A clause that names an activity (a *cue*: "nets", "a 5k run", "we played Bexley") opens an entry;
the clauses after it belong to that entry until another activity is named. Not every cue opens a
new entry, because activities contain each other: keeping wicket during a match is part of the
match ("kept wicket, 1 catch") and a walk on a rest day is part of the rest day, unless the player
moves on with "then ..." or another day. Two activities of the same kind are two entries when
the second opens a sentence, follows "then" ("Fielding drills for 30 minutes. Then a keeping
session"), or comes with figures of its own after the first one's ("easy 6k run, heavy gym
session for 40 minutes"). An activity named inside a reason ("because my knees need to be
stronger for keeping") or after "skipped", "after", "because" opens nothing. Dates said once
carry forward to the entries after them. A training session named as a whole ("academy
training, mostly slip catching and then a bit of bowling at targets") keeps its parts, and getting
out at the nets ("kept getting bowled by the leg spinner") is part of the nets, not a match.
Plans, bookings and talk about the diary ("need to book nets for thursday", "plan for the next
fortnight: ...") open nothing, up to a day that has come ("..., so: this morning a run").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from typing import Final

from cricketlog.extract.clauses import Clause, phrase_re
from cricketlog.extract.dates import WEEKDAYS, find_date
from cricketlog.extract.near import just_before
from cricketlog.extract.rows import Row
from cricketlog.extract.vocab import (
    ACTIVITY_CUES,
    CUE_NEGATORS,
    DAY_OPENERS,
    GENERIC_CUES,
    KEEPING_FIGURES,
    PLANS,
    PRACTICE_WORDS,
)
from cricketlog.extract.whose import someone_elses


@dataclass(frozen=True)
class Cue:
    """An activity named in a clause."""

    activity_type: str
    kind: str
    """The contract's sub-kind: fitness ``type``, coaching ``activity``, or match/rest."""
    activity: str
    """Which activity the vocabulary row names: two clauses naming different ones may be two
    entries, whichever rows of the table named them."""
    generic: bool
    rule: str = ""
    """The name of the row that named it, for ``extract --explain``."""
    order: int = 0
    """The row's place in its table: earlier rows win when one clause names two things."""
    said: str = field(default="", compare=False)
    """The words that named it."""

    @classmethod
    def of(cls, row: Row, order: int, generic: bool, said: str = "") -> Cue:
        """The cue a vocabulary row gives, named by ``said``."""
        activity_type, kind = row.means
        return cls(activity_type, kind, row.activity or row.name, generic, row.name, order, said)


@dataclass
class Segment:
    """The clauses of one activity."""

    cue: Cue
    clauses: list[int]
    date: dt.date | None = None
    """The day said in the segment itself, if any; filled in from the one before it at the end."""
    whole: bool = False
    """Whether its first clause names the session as a whole too ("academy training, mostly slip
    catching and then a bit of bowling at targets"): what follows in that sentence without
    figures of its own are its parts."""
    plans: set[int] = field(default_factory=set)
    """Which of its clauses are plans or bookings with no figures ("Nets are Thursday so
    hopefully ..."): they say nothing of what was done. One with figures may ("a 45 minute
    session, coach wants us fitter for next month")."""


Compiled = tuple[tuple[re.Pattern[str], Row], ...]


def _compile(rows: tuple[Row, ...]) -> Compiled:
    return tuple((re.compile(rf"(?<![\w&])(?:{row.pattern})(?![\w&])"), row) for row in rows)


_CUES: Final = _compile(ACTIVITY_CUES)
_GENERIC: Final = _compile(GENERIC_CUES)
_ANY_CUE: Final = re.compile("|".join(p.pattern for p, _ in (*_CUES, *_GENERIC)))
"""One pass to tell whether a clause names any activity: many name none."""
_BACK_FROM: Final = re.compile(r"\b(?:back|home|in) from (?:the |a |an |my |our )?$")
"""Just back from an activity: it was done ("just got back from a bike ride"), unlike "sore
from the gym", where "from" is about something else."""
_NEGATED: Final = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(n) for n in CUE_NEGATORS) + r")"
    r"(?:\s+(?:the|a|an|my|our|last|this|any|some|weekend|next|big|upcoming|league|cup|"
    r"saturday|sunday|saturday's|sunday's|test|odi|t20|ipl|world|cricket|highlights|of))*\s*$"
)


def _find(rows: Compiled, text: str, generic: bool) -> Cue | None:
    because = _BECAUSE.search(text)
    for index, (pattern, row) in enumerate(rows):
        for match in pattern.finditer(text):
            start = match.start()
            if because and because.start() < start:
                break
            if not _negated(text, start):
                return Cue.of(row, index, generic, match[0])
    return None


def _negated(text: str, start: int) -> bool:
    """Whether the activity named at ``start`` was not done ("skipped the gym"), though one just
    come back from was ("back from the gym")."""
    return bool(just_before(_NEGATED, text, start)) and not just_before(_BACK_FROM, text, start)


def find_cue(clause: Clause) -> Cue | None:
    """The activity the clause names, if any."""
    return cue_in(clause.num)


@functools.lru_cache(maxsize=4096)
def cue_in(text: str) -> Cue | None:
    """The activity ``text`` (lower case, numbers as digits) names, if any."""
    if not _ANY_CUE.search(text):
        return None
    return _find(_CUES, text, False) or _find(_GENERIC, text, True)


_BECAUSE: Final = re.compile(r"\b(?:because|cos|coz|cause|so that|so i can)\b")
"""An activity named in a reason ("squats because my knees need to be stronger for keeping")."""
_FIGURE: Final = re.compile(r"\d")
"""A figure: how long, how far, how many."""
_ABSORBS: Final = {("cricket_match", "cricket_coaching"), ("rest_day", "fitness")}
_LIGHT_THEN_REST: Final = ("other", "rest_day")
"""A walk or some yoga, then "rest day really" in the same sentence: it was a rest day."""
_FIGURES_AT_PRACTICE: Final = ("cricket_coaching", "cricket_match")
"""Figures said in the same breath as a practice ("middle practice, got 20 off 15") are the
practice's, not a match's; so is getting out, said anywhere after it ("Nets. Kept getting
bowled by the leg spinner.")."""


def _opens_new(
    current: Segment,
    cue: Cue,
    clause: Clause,
    day: dt.date | None,
    same_sentence: bool,
    both_measured: bool,
) -> bool:
    """Whether ``cue`` in ``clause`` starts a new activity after ``current``."""
    if day is not None and current.date is not None and day != current.date:
        return True
    if cue.generic:
        return False
    in_one_breath = same_sentence and not clause.sequenced
    if (current.cue.kind, cue.activity_type) == _LIGHT_THEN_REST and in_one_breath:
        current.cue = cue
        return False
    if (current.cue.activity_type, cue.activity_type) == _FIGURES_AT_PRACTICE and (
        in_one_breath or (cue.kind == "out" and not clause.sequenced)
    ):
        return False
    if current.cue.kind == "gym" and _GYM_PART.search(clause.num) and not both_measured:
        return False  # "Gym tonight. 50 minutes. Shoulder rehab bands and core work"
    if cue.activity_type != current.cue.activity_type:
        if (current.cue.activity_type, cue.activity_type) in _ABSORBS:
            return clause.sequenced
        return True
    if current.cue.generic and not clause.sequenced:  # "a class, then a swim" is two
        current.cue = cue
        return False
    if current.whole and same_sentence and not _FIGURE.search(clause.num):
        return False
    if cue.activity_type in _ONE_A_DAY:
        return False
    # "easy 6k run first thing, heavy gym session at lunch for 40 minutes": each has its figures
    return cue.activity != current.cue.activity and (
        clause.sequenced or clause.first or both_measured
    )


_GYM_PART: Final = re.compile(
    r"\b(?:core (?:work|session|workout|circuit)|core and mobility|mobility|rehab|bands|plyo\w*)\b"
)
"""Work done inside a gym session, part of it when said without figures of its own."""
_ONE_A_DAY: Final = ("cricket_match", "rest_day")
"""Kinds that a second cue on the same day goes on describing ("Rest day. Didn't do anything,
just slept in"), unless the player moves on to another day."""
_WHOLE_SESSIONS: Final = ("cricket_coaching",)
"""Kinds whose general name ("training", "practice") is one session made of parts; a fitness
"class, then a swim" are two."""


_PLAN: Final = phrase_re(PLANS)
_DAY_COME: Final = phrase_re(DAY_OPENERS)
"""A day that has come ("this morning"): what follows it was done, even after a plan."""


_DONE: Final = re.compile(
    r"\b(?:did|went|had|played|ran|swam|rode|bowled|batted|trained|finished|got back)\b"
)
"""Verbs that say an activity named with them was done, before a plan word in the same clause."""


def _planned(clauses: list[Clause]) -> list[bool]:
    """Which clauses are plans, bookings or talk about the diary: those with a plan word and no
    day that has come, and the rest of their sentence until a clause names one."""
    planned: list[bool] = []
    for n, clause in enumerate(clauses):
        plan = _PLAN.search(clause.num)
        # the day inside a plan ("the T20 is on Saturday") is the plan's, not one that has come
        rest = clause.num[: plan.start()] + clause.num[plan.end() :] if plan else clause.num
        come = _DAY_COME.search(rest) is not None
        # "i did a spin class, stressed about my finals next week": done before the plan is said
        before = clause.num[: plan.start()] if plan else ""
        done = _DONE.search(before) is not None and cue_in(before) is not None
        if plan and not come and not done:
            planned.append(True)
        else:
            # a plan said at the end of the clause before goes on ("... tomorrow | nets at 6")
            before_it = n > 0 and (planned[-1] or _ends_in_plan(clauses[n - 1].num))
            going_on = before_it and clauses[n - 1].sentence == clause.sentence
            planned.append(going_on and not come)
    return planned


def _ends_in_plan(text: str) -> bool:
    """Whether ``text`` ends in a plan, with no day that has come after it."""
    return _done_part(text) != text


@functools.lru_cache(maxsize=4096)
def plan_at_end(text: str) -> int | None:
    """Where a plan said at the end of ``text`` starts, with no day that has come after it ("...
    felt okay today bit tired tomorrow inshallah gym"), if there is one."""
    plan = _PLAN.search(text)
    if plan is None or _DAY_COME.search(text, plan.end()):
        return None
    return plan.start()


def _done_part(text: str) -> str:
    """What a clause says was done, before a plan said at its end."""
    return text[: plan_at_end(text)]


def _names_again(cue: Cue, clause: Clause) -> bool:
    """Whether ``clause`` names ``cue``'s activity again, among others, without moving on ("then
    winter nets. tonight at the indoor school ... against the bowling machine" is the nets). A
    session named only in general ("training") is named more exactly, not again."""
    if clause.sequenced or cue.generic:
        return False
    same = tuple(r for r in (*_CUES, *_GENERIC) if r[1].means == (cue.activity_type, cue.kind))
    return _find(same, clause.num, cue.generic) is not None


_GENERIC_WORD: Final = re.compile(r"\s*(?:drills?|session|practice|training|work)\b")


def _whole(cue: Cue, clause: Clause) -> bool:
    """Whether ``clause``, naming ``cue``, also names the session it is part of ("academy
    training, mostly slip catching"), apart from the name itself ("batting drills")."""
    if cue.generic:
        return cue.activity_type in _WHOLE_SESSIONS
    text = clause.num
    for _, start, end in cue_spans(text):
        # the general word right after a name is part of it ("keeping drills", "batting session")
        after = _GENERIC_WORD.match(text, end)
        end = after.end() if after else end
        text = text[:start] + " " * (end - start) + text[end:]
    named = _find(_GENERIC, text, True)
    return named is not None and named.activity_type == cue.activity_type


def segment(clauses: list[Clause], today: dt.date) -> list[Segment]:
    """The activities in ``clauses``, each with its clauses and the day it was on."""
    segments: list[Segment] = []
    waiting: list[int] = []
    waiting_date: dt.date | None = None
    planned = _planned(clauses)
    only_planned = [p and not _FIGURE.search(c.num) for p, c in zip(planned, clauses, strict=True)]
    for index, clause in enumerate(clauses):
        # a plan, or someone else's day ("Haris got five in the trial match"), says nothing done
        done = "" if planned[index] or someone_elses(clause) else _done_part(clause.num)
        found = find_date(done, today) if done else None
        day = found[1] if found else None  # the day of a plan is not the day of what was done
        cue = cue_in(done) if done else None
        current = segments[-1] if segments else None
        if cue and current and cue != current.cue and _names_again(current.cue, clause):
            cue = current.cue
        same = current is not None and clauses[current.clauses[-1]].sentence == clause.sentence
        measured = (
            cue is not None
            and current is not None
            and _FIGURE.search(clause.num) is not None
            and any(_FIGURE.search(clauses[i].num) for i in current.clauses)
        )
        if cue is not None and (
            current is None or _opens_new(current, cue, clause, day or waiting_date, same, measured)
        ):
            opened = Segment(cue, [*waiting, index], day or waiting_date, _whole(cue, clause))
            opened.plans.update(i for i in waiting if only_planned[i])
            segments.append(opened)
            waiting, waiting_date = [], None
        elif current is not None and not (day and current.date and day != current.date):
            current.clauses.append(index)
            current.date = current.date or day
            if only_planned[index]:
                current.plans.add(index)
        else:
            waiting.append(index)
            waiting_date = waiting_date or day
    if segments and waiting:
        segments[-1].clauses = sorted(segments[-1].clauses + waiting)
        segments[-1].plans.update(i for i in waiting if only_planned[i])
    carried = today
    for seg in segments:
        seg.date = seg.date or carried
        carried = seg.date
        _kept_in_a_match(seg, clauses)
    if len(segments) > 1 and _scheduled(segments[-1], segments[-2], clauses):
        segments.pop()
    return segments


_SCHEDULE: Final = re.compile(rf"(?P<cue>[\w' ]+?) (?:on )?(?:{'|'.join(WEEKDAYS)})")
"""A sentence that is only an activity and a weekday ("Nets on Tuesday", "Gym Sunday")."""


def _scheduled(last: Segment, before: Segment, clauses: list[Clause]) -> bool:
    """Whether the note ends with what is coming up ("... Nets on Tuesday."): a sentence of its
    own that names only an activity and a day earlier than the one before it, which the note
    would otherwise go back to."""
    if last.clauses != [len(clauses) - 1] or not clauses[-1].first:
        return False
    said = _SCHEDULE.fullmatch(clauses[-1].lower)
    earlier = last.date is not None and before.date is not None and last.date < before.date
    return said is not None and bare_cue(said["cue"]) is not None and earlier


_KEEPING_FIGURES: Final = phrase_re(KEEPING_FIGURES)
_PRACTICE: Final = phrase_re(PRACTICE_WORDS)
_MATCH: Final = next(
    Cue.of(row, n, False) for n, row in enumerate(ACTIVITY_CUES) if row.means[0] == "cricket_match"
)


def _kept_in_a_match(seg: Segment, clauses: list[Clause]) -> None:
    """Keeping with a keeper's match figures and no practice named was a match ("Kept wicket,
    2 catches and a stumping, 3 byes"), though the word "match" was never said."""
    if seg.cue.kind != "wicket_keeping":
        return
    text = " , ".join(clauses[i].num for i in seg.clauses)
    if (figures := _KEEPING_FIGURES.search(text)) and not _PRACTICE.search(text):
        seg.cue = replace(_MATCH, rule="keeping with KEEPING_FIGURES", said=figures[0])


@functools.lru_cache(maxsize=4096)
def bare_cue(text: str) -> Cue | None:
    """The activity ``text`` names when it is nothing but the name ("swim", "a run", "rest day")."""
    if not _ANY_CUE.search(text):
        return None
    for index, (pattern, row) in enumerate(_CUES):
        if pattern.fullmatch(text):
            return Cue.of(row, index, False, text)
    return None


def cue_spans(text: str) -> list[tuple[Cue, int, int]]:
    """Every activity named in ``text``, with where it is named, in order."""
    spans = []
    for index, (pattern, row) in enumerate(_CUES):
        for match in pattern.finditer(text):
            if not just_before(_NEGATED, text, match.start()):
                spans.append((Cue.of(row, index, False, match[0]), match.start(), match.end()))
    return sorted(spans, key=lambda s: (s[1], s[0].order))


def cue_count(text: str) -> int:
    """How many activity words ``text`` has, up to 2, at a glance (before :func:`cue_spans`)."""
    first = _ANY_CUE.search(text)
    if first is None:
        return 0
    return 1 if _ANY_CUE.search(text, first.end()) is None else 2
