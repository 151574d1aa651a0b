"""Short answers to the questions for missing fields ("about forty minutes", "pretty good").

The player answers one question at a time, by voice or typing, so an answer needs no anchor
words: any scale word answers a mental-state or recovery question, any duration answers a
how-long question. The words are the rules extractor's own vocabulary, so an answer is read the
same way as the utterance it completes.
"""

from __future__ import annotations

import re

from cricketlog.extract.clauses import split
from cricketlog.extract.feelings import intensity, scale
from cricketlog.extract.numbers import duration_minutes, words_to_digits

_BARE_NUMBER = re.compile(r"^\D*?(\d+(?:\.\d+)?)\D*$")


def parse_answer(field: str, text: str) -> str | int | None:
    """The value an answer gives for ``field``, or None when it gives none."""
    if field in ("mental_state", "recovery_quality"):
        return scale(text)
    if field == "intensity":
        found = [value for clause in split(text) if (value := intensity(clause))]
        return found[0] if found else None
    if field == "duration_minutes":
        digits = words_to_digits(text.lower().replace("-", " "))
        minutes = duration_minutes(digits)
        if minutes is None and (bare := _BARE_NUMBER.match(digits)):
            minutes = round(float(bare[1]))
        return minutes
    return None
