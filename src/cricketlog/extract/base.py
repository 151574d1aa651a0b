"""The one interface every extractor backend implements.

An extractor turns one utterance into the diary entries it describes, in the order spoken. Dates
resolve against ``today`` (given, not read from the clock, so results are reproducible).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from cricketlog.entries.schemas import Entry


class Extractor(Protocol):
    """Turns text into contract entries."""

    name: str
    """Short engine name shown to users, e.g. ``rules`` or ``openai:gpt-4o-mini``."""

    def extract(self, text: str, today: dt.date) -> list[Entry]:
        """The entries ``text`` describes, in spoken order; an empty list when it describes none."""
        ...
