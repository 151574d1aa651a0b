"""Why the rules extractor read a note as it did, as plain data.

``cricketlog extract --explain``, the web app and tests ask the same question: how was the note
cut into clauses and entries, and for every field, which words gave it and which table row or
reader read them? :func:`explain` runs the extractor once with :mod:`trace` recording and
returns the answer as an :class:`Explanation` (``to_json`` for the web). A field set after the
entries were read (a mood said for several entries, an effort said for the lot) has no reading
of its own and says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from cricketlog.entries.schemas import Entry
from cricketlog.extract import trace
from cricketlog.extract.rules import RulesExtractor
from cricketlog.extract.trace import Reading

SHARED = "said for several entries (moods.py) or for the lot"
"""The rule of a field that no reader of the entry's own clauses set."""


@dataclass(frozen=True)
class ExplainedEntry:
    """One entry, the clauses it came from and how each of its fields was read."""

    entry: Entry
    transcript: str
    readings: list[Reading]


@dataclass(frozen=True)
class Explanation:
    """How one note was read."""

    text: str
    clauses: list[str]
    """The note cut into clauses, after cleaning (fillers, speech-to-text slips)."""
    entries: list[ExplainedEntry]

    def to_json(self) -> dict[str, Any]:
        """The explanation as JSON-ready data."""
        return {
            "text": self.text,
            "clauses": self.clauses,
            "entries": [
                {
                    "entry": e.entry.to_json(),
                    "readings": [asdict(r) for r in e.readings],
                }
                for e in self.entries
            ],
        }


def explain(text: str, today: dt.date) -> Explanation:
    """The entries ``text`` gives, with how each field was read."""
    with trace.recording() as log:
        entries = RulesExtractor().extract(text, today)
    return Explanation(
        text=text,
        clauses=log.clauses,
        entries=[
            ExplainedEntry(entry, entry.transcript, _complete(entry, readings))
            for entry, readings in zip(entries, log.entries, strict=True)
        ],
    )


def _complete(entry: Entry, readings: list[Reading]) -> list[Reading]:
    """``readings`` of the fields the entry holds, one per field (the last one read), in the
    entry's order, and a note for each field held that no reading explains."""
    last = {r.field: r for r in readings}
    found = [r for r in last.values() if r.field in ("activity_type", "entry_date")]
    for name, value in entry.data.model_dump().items():
        if isinstance(value, dict):
            parts = [f"{name}.{k}" for k, v in value.items() if v is not None]
            found += [last[p] for p in parts if p in last]
            if name in last:
                found.append(last[name])
            elif not any(p in last for p in parts):
                found.append(Reading(name, "", SHARED))
        elif value not in (None, "") and name in last:
            found.append(last[name])
        elif name in ("type", "activity") and "activity_type" in last:
            found.append(Reading(name, last["activity_type"].words, "the activity row's kind"))
        elif value not in (None, ""):
            found.append(Reading(name, str(value), _unread(name)))
    return found


def _unread(name: str) -> str:
    """Where a field that no reader noted came from."""
    if name in ("details", "activities", "what_went_well", "areas_for_improvement"):
        return "the player's own clauses (notes.py)"
    return SHARED
