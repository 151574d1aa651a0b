"""Where stored entries came from: an audio file (its name and SHA-256) or a typed note.

Kept apart from the store's queries so that the pipeline can name a source without importing
them, which a command pays for only when it saves.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """Where entries came from: an audio file (name and SHA-256) or a typed note."""

    name: str = "typed"
    sha256: str | None = None
    again: bool = False
    """The player asked to import a file seen before once more: its entries are a further set,
    not the duplicate of a set saved already."""


TYPED = Source()
