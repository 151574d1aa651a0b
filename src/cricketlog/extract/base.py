"""The one interface every extractor backend implements.

An extractor turns one utterance into the diary entries it describes, in the order spoken. Dates
resolve against ``today`` (given, not read from the clock, so results are reproducible). Every
backend refuses text longer than :data:`MAX_CHARS`.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from cricketlog.entries.schemas import Entry
from cricketlog.errors import ExtractionError


class Extractor(Protocol):
    """Turns text into contract entries."""

    name: str
    """Short engine name shown to users, e.g. ``rules`` or ``openai:gpt-4o-mini``."""

    def extract(self, text: str, today: dt.date) -> list[Entry]:
        """The entries ``text`` describes, in spoken order; an empty list when it describes none."""
        ...


MAX_CHARS = 200_000
"""The longest text extracted at once: about four hours of dictation (speech runs near 800
characters a minute), far beyond any diary note, and few enough that the rules extractor answers
within seconds. Longer text is refused with :class:`ExtractionError` rather than cut, so nothing
said is silently dropped."""


def check_length(text: str) -> None:
    """:class:`ExtractionError` when ``text`` is longer than :data:`MAX_CHARS`."""
    if len(text) > MAX_CHARS:
        raise ExtractionError(
            f"The text is {len(text):,} characters long; at most {MAX_CHARS:,} are read at once. "
            "Split it into shorter notes."
        )
