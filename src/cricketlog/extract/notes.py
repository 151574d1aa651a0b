"""The free-text fields, in the player's own words.

``what_went_well`` and ``areas_for_improvement`` are built from whole clauses so the player's
phrasing survives: a clause with an improvement cue ("need to", "still", "dropped") is something to
work on, one with a praise cue ("clean", "middling it", "felt good") went well. A clause with no cue
takes the tone of the clause before it in the same sentence ("middling it well, especially the
pull"), or the opposite one after a "but". Feelings about the mind or body are left out: they
have fields of their own. ``details`` (fitness) and ``activities`` (rest days) are the clauses that
say what was done.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from cricketlog.extract.clauses import Clause, phrase_re
from cricketlog.extract.feelings import Feeling, negated
from cricketlog.extract.vocab import (
    ACTIVITY_CUES,
    GOOD_CUES,
    IMPROVE_CUES,
    NEGATORS,
    STOPWORDS,
)

Tone = Literal["good", "improve"]

_IMPROVE: Final = phrase_re(list(IMPROVE_CUES))
_GOOD: Final = phrase_re(list(GOOD_CUES))
_REST_CUES: Final = phrase_re([p for p, kind, _ in ACTIVITY_CUES if kind == "rest_day"])
_NEGATED_DOING: Final = re.compile(r"\b(?:skipped|missed|didn'?t do|did nothing|no)\b|n't\b")
_WORD: Final = re.compile(r"[a-z][a-z'&]*")


def _tone(clause: Clause) -> Tone | None:
    if _IMPROVE.search(clause.lower):
        return "improve"
    good = _GOOD.search(clause.lower)
    if good is None:
        return None
    return "improve" if negated(clause.lower, good.start()) else "good"


def well_and_improve(clauses: list[Clause], feelings: list[list[Feeling]]) -> tuple[str, str]:
    """(what went well, areas for improvement) as the player said them."""
    well: list[str] = []
    improve: list[str] = []
    previous: Tone | None = None
    for clause, felt in zip(clauses, feelings, strict=True):
        tone = _tone(clause)
        if tone is None and not clause.first:
            if clause.contrast and previous is not None:
                tone = "improve" if previous == "good" else "good"
            else:
                tone = previous
        previous = tone
        if felt or tone is None:
            continue
        (well if tone == "good" else improve).append(clause.raw)
    return ", ".join(well), ", ".join(improve)


def _has_content(text: str) -> bool:
    return any(w not in STOPWORDS and w not in NEGATORS for w in _WORD.findall(text))


def description(clauses: list[Clause], feelings: list[list[Feeling]]) -> str:
    """What was done: the clauses that are not about how the player felt."""
    return ", ".join(c.raw for c, felt in zip(clauses, feelings, strict=True) if not felt)


def rest_activities(clauses: list[Clause], feelings: list[list[Feeling]]) -> str:
    """What the player did on a rest day: not the "rest day" itself, nor what they skipped."""
    kept = []
    for clause, felt in zip(clauses, feelings, strict=True):
        if felt or _NEGATED_DOING.search(clause.lower):
            continue
        if _has_content(_REST_CUES.sub("", clause.lower)):
            kept.append(clause.raw)
    return ", ".join(kept)
