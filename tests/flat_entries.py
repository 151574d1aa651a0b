"""The rules extractor's entries as flat dicts, for tests that compare a few fields at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cricketlog.extract.rules import RulesExtractor

TODAY = dt.date(2026, 11, 25)
"""A Wednesday, the day the blind sets' dates count back from."""


def extract(text: str) -> list[dict[str, Any]]:
    """Each entry of ``text`` as ``{"kind": ..., "date": ..., **data}``, said on :data:`TODAY`."""
    return [
        {"kind": e.activity_type, "date": e.entry_date, **e.data.model_dump()}
        for e in RulesExtractor().extract(text, TODAY)
    ]
