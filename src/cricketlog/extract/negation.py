"""Whether a word is negated, and what a negated scale word means.

"Not great" is poor and "not bad" okay, but a negator three words back is often about something
else: a thing not done ("did nothing, felt rubbish"), a score ("12 not out feeling great"), a
correction ("actually no, I'd say great"), an anchor in between ("drive was not timing mentally
average"), another scale word that took it ("not bad overall, mixed") or a "felt" in between
("nothing silly felt pretty good"; but "didn't feel great" is negated).
"""

from __future__ import annotations

import re
from typing import Final

from cricketlog.entries.schemas import Scale
from cricketlog.extract.feeling_words import MIND_ANCHORS, NEGATORS, SCALE_WORDS
from cricketlog.extract.near import words_before

_SCALE: Final = frozenset(p for words in SCALE_WORDS.values() for p in words)
_ANCHOR_WORDS: Final = frozenset(a for a in MIND_ANCHORS if " " not in a)

NEGATED_SCALE: Final[dict[str, Scale]] = {
    "excellent": "poor",
    "good": "poor",
    "okay": "poor",
    "poor": "okay",
}


def negated(text: str, start: int) -> bool:
    """Whether one of the three words before ``start`` negates what follows; a negator before an
    anchor negates something else ("cover drive was not timing mentally average")."""
    said = " ".join(words_before(text, start, 5))
    said = _CORRECTING.sub("", _DONE_NOTHING.sub("", _NOT_OUT.sub("", said)))
    before = said.split()[-3:]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _ANCHOR_WORDS:
            before = before[i + 1 :]
            break
        if (before[i] in _SCALE and i < len(before) - 1) or before[i] in _OWN_NEGATION:
            # "not bad overall mixed": the negator was the earlier word's
            before = before[i + 1 :]
            break
        if before[i] in _FEEL_WORDS:
            # "didn't feel great" is negated, "nothing silly felt pretty good" is not
            before = before[i - 1 :] if i else before
            break
    return any(w in NEGATORS or w.endswith("n't") for w in before)


_FEEL_WORDS: Final = frozenset(("felt", "feel", "feels", "feeling"))


_DONE_NOTHING: Final = re.compile(r"\b(?:did|do|does|doing|done)\s+(?:nothing|no\s+\w+)\b")
"""What was not done ("did nothing, felt rubbish"): no negation of the feeling said after it."""
_CORRECTING: Final = re.compile(
    r"\bno\b,? (?=(?:i'd|i would|i'll|id) say\b|i mean\b|it was\b|more like\b|make that\b)"
)
"""A "no" that corrects what was said ("grand form, actually no, I'd say great form"), not a
negation of what follows."""
_OWN_NEGATION: Final = frozenset(("bad",))
"""Words that take their negator with them ("not bad"), whatever follows."""
_NOT_OUT: Final = re.compile(r"\bnot out\b|\bno[- ]balls?\b")
"""A batter's score ("12 not out feeling great") or a bowler's extras ("six no balls felt
alright"), not a negation."""
