"""A record of how the rules extractor read a note, kept only when someone asks for it.

``extract --explain`` (and the web app, and tests) want to see, for every field, the words it
came from and the table row or reader that read them. The readers call :func:`note` as they
decide; outside :func:`recording` that is one context-variable look-up and nothing is kept, so
ordinary extraction pays nothing for it. :mod:`cricketlog.extract.explain` turns the record
into its answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reading:
    """One field as it was read."""

    field: str
    """The contract's field ("duration_minutes", "batting.runs", "activity_type")."""
    words: str
    """The words it was read from, as said (cleaned)."""
    rule: str
    """The table row or reader that read them."""


@dataclass
class Log:
    """What one extraction noted, entry by entry in spoken order."""

    clauses: list[str] = field(default_factory=list)
    entries: list[list[Reading]] = field(default_factory=list)


_LOG: ContextVar[Log | None] = ContextVar("cricketlog_extract_trace", default=None)


@contextmanager
def recording() -> Iterator[Log]:
    """Keep what the readers note while the block runs."""
    log = Log()
    token = _LOG.set(log)
    try:
        yield log
    finally:
        _LOG.reset(token)


def active() -> bool:
    """Whether anything noted is kept (readers may skip work done only for the record)."""
    return _LOG.get() is not None


def clauses(said: list[str]) -> None:
    """The clauses the note was cut into."""
    if (log := _LOG.get()) is not None:
        log.clauses = said


def next_entry() -> None:
    """What is noted from now on belongs to the next entry."""
    if (log := _LOG.get()) is not None:
        log.entries.append([])


def note(field_: str, words: str, rule: str) -> None:
    """``field_`` was read from ``words`` by ``rule``."""
    if (log := _LOG.get()) is not None and log.entries:
        log.entries[-1].append(Reading(field_, words.strip(" ,"), rule))
