"""The database table for entries (SQLModel).

One row per diary entry. The per-kind fields of the contract live in ``data`` as JSON, so a new
field in the contract needs no schema change; the columns are what queries filter and sort on.
``source_sha256`` is the audio file's hash: it is how importing the same file twice is noticed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    """Now, in UTC (SQLModel stores aware datetimes and returns them in UTC)."""
    return dt.datetime.now(dt.UTC)


class EntryRow(SQLModel, table=True):
    """A stored entry."""

    __tablename__ = "entries"
    __table_args__ = (
        Index("ix_entries_entry_date", "entry_date"),
        Index("ix_entries_source_sha256", "source_sha256"),
        Index("ix_entries_activity_type", "activity_type"),
    )

    id: int | None = Field(default=None, primary_key=True)
    activity_type: str = Field(max_length=32)
    entry_date: dt.date
    transcript: str = ""
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: dt.datetime = Field(default_factory=utcnow)
    source: str = Field(default="typed", max_length=512)
    """The audio file's name, or ``typed``."""
    source_sha256: str | None = Field(default=None, max_length=64)
