"""Looking just before a place in a clause, in time that does not grow with the clause.

Many readings depend on the words right before a match ("10 by 1 minute" is per repetition,
"skipped the gym" is not a session). Searching the whole text before the match for a pattern
anchored at its end (``...$``) tries every position of that text, so a long dictation took time
in the square of its length. Every such look goes through here and reads back at most
:data:`LOOK_BACK` characters, which is longer than any phrase the vocabulary looks back for.
"""

from __future__ import annotations

import re
from typing import Final

LOOK_BACK: Final = 120
"""How many characters before a match a pattern may start: more than any phrase looked for."""


def just_before(pattern: re.Pattern[str], text: str, at: int) -> re.Match[str] | None:
    """``pattern`` (anchored with ``$``) ending right at ``at`` in ``text``, if it does."""
    return pattern.search(text, max(0, at - LOOK_BACK), at)


def words_before(text: str, at: int, count: int) -> list[str]:
    """The last ``count`` words of ``text`` before ``at``."""
    if at <= LOOK_BACK:  # a short stretch: splitting it is quicker than finding the spaces
        return text[:at].split()[-count:] if count else []
    start = at
    for _ in range(count + 1):
        start = text.rfind(" ", 0, start - 1 if start > 0 else 0)
        if start < 0:
            break
    return text[max(start, 0) : at].split()[-count:] if count else []


def words_after(text: str, at: int, count: int) -> list[str]:
    """The first ``count`` words of ``text`` after ``at``."""
    if len(text) - at <= LOOK_BACK:
        return text[at:].split()[:count]
    end = at
    for _ in range(count + 1):
        end = text.find(" ", end + 1)
        if end < 0:
            end = len(text)
            break
    return text[at:end].split()[:count]
