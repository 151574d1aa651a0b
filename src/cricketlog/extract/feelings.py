"""How the player felt (mind and body) and how hard a session was.

The same words describe the head, the body and the session ("good", "heavy", "flat"), so a scale
word only counts as a mental state when something ties it to the mind: an anchor ("mentally",
"head", "mood"), a word that only ever describes a mood ("buzzing", "frustrated"), or a
subject-less "felt ..." ("felt great", "I'm feeling good"). Body anchors ("body", "legs",
"recovery's") send a scale word to recovery quality instead. Negation moves a value across the
scale ("not great" is poor, "not bad" is okay), and an anchor with no scale word of its own
carries into the next clause of the sentence ("Mentally, not bad").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from cricketlog.extract.clauses import Clause, phrase_re
from cricketlog.extract.schemas import Intensity, Scale
from cricketlog.extract.vocab import (
    BODY_ANCHORS,
    INTENSITY_WORDS,
    MIND_ANCHORS,
    MOOD_WORDS,
    NEGATORS,
    SCALE_WORDS,
)

Target = Literal["mind", "body"]


@dataclass(frozen=True)
class Feeling:
    """One scale word read from a clause."""

    target: Target
    value: Scale
    strength: int
    """2 when anchored ("mentally good"), 1 when read from a mood word or a bare "felt ..."."""
    overall: bool
    """Whether it says it covers everything ("all day", "both")."""


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {phrase: value for value, phrases in table.items() for phrase in phrases}


_SCALE: Final = _lookup(SCALE_WORDS)
_SCALE_RE: Final = phrase_re([re.escape(p) for p in _SCALE])
_INTENSITY: Final = _lookup(INTENSITY_WORDS)
_INTENSITY_RE: Final = phrase_re([re.escape(p) for p in _INTENSITY])
_MIND_RE: Final = phrase_re([re.escape(p) for p in MIND_ANCHORS])
_BODY_RE: Final = phrase_re([re.escape(p) for p in BODY_ANCHORS])
_BARE_FEEL: Final = re.compile(
    r"^(?:(?:and|but|now|still|overall|generally|just|really|pretty)\s+)*"
    r"(?:i\s*'?m|i am|i was|i felt|i feel|i've been|feeling|felt|feel|came (?:away|out|off))\b"
)
_OVERALL: Final = phrase_re(["all day", "both", "overall", "throughout", "across the board"])
_NEGATED_SCALE: Final[dict[str, Scale]] = {
    "excellent": "poor",
    "good": "poor",
    "okay": "poor",
    "poor": "okay",
}


def negated(text: str, start: int) -> bool:
    """Whether one of the three words before ``start`` negates what follows."""
    before = text[:start].split()[-3:]
    return any(w in NEGATORS or w.endswith("n't") for w in before)


def _anchor_kind(clause: Clause, start: int) -> Target | None:
    """The anchor that governs a word at ``start``: the nearest before it, else the first after."""
    anchors = [(m.start(), "mind") for m in _MIND_RE.finditer(clause.lower)]
    anchors += [(m.start(), "body") for m in _BODY_RE.finditer(clause.lower)]
    before = [a for a in anchors if a[0] < start]
    if before:
        return max(before)[1]  # type: ignore[return-value]
    after = sorted(a for a in anchors if a[0] > start)
    return after[0][1] if after else None  # type: ignore[return-value]


def _read(clause: Clause, carried: Target | None) -> list[Feeling]:
    overall = _OVERALL.search(clause.lower) is not None
    found: list[Feeling] = []
    for match in _SCALE_RE.finditer(clause.lower):
        phrase = match[0]
        value: Scale = _SCALE[phrase]  # type: ignore[assignment]
        if not phrase.startswith("not") and negated(clause.lower, match.start()):
            value = _NEGATED_SCALE[value]
        anchor = _anchor_kind(clause, match.start()) or carried
        if anchor is not None:
            found.append(Feeling(anchor, value, 2, overall))
        elif phrase in MOOD_WORDS or _BARE_FEEL.match(clause.lower):
            found.append(Feeling("mind", value, 1, overall))
    return found


def read_feelings(clauses: list[Clause]) -> list[list[Feeling]]:
    """The feelings each clause states, clause by clause."""
    result: list[list[Feeling]] = []
    carried: Target | None = None
    for clause in clauses:
        if clause.first:
            carried = None
        found = _read(clause, carried)
        result.append(found)
        if found:
            carried = None
        elif own := _anchor_kind(clause, len(clause.lower) + 1):
            carried = own
    return result


def scale(text: str) -> Scale | None:
    """The first scale word in ``text``, negation applied, whatever it is about.

    For answers to a question that already names the subject ("How did you feel mentally?").
    """
    lower = text.lower()
    match = _SCALE_RE.search(lower)
    if match is None:
        return None
    value: Scale = _SCALE[match[0]]  # type: ignore[assignment]
    if not match[0].startswith("not") and negated(lower, match.start()):
        value = _NEGATED_SCALE[value]
    return value


def best(feelings: list[Feeling], target: Target) -> Feeling | None:
    """The strongest feeling about ``target``, the earliest of equals."""
    about = [f for f in feelings if f.target == target]
    return max(about, key=lambda f: f.strength) if about else None


def intensity(clause: Clause) -> Intensity | None:
    """How hard the clause says a session was, unless it is about the mind or body."""
    if _MIND_RE.search(clause.lower) or _BODY_RE.search(clause.lower):
        return None
    match = _INTENSITY_RE.search(clause.lower)
    if match is None:
        return None
    if negated(clause.lower, match.start()):
        return "medium"
    return _INTENSITY[match[0]]  # type: ignore[return-value]
