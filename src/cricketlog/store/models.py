"""The database tables (SQLModel): what the migrations build, declared once.

One row per diary entry, owned by one user. The per-kind fields of the contract live in ``data``
as JSON, so a new field in the contract needs no schema change; the columns are what queries filter
and sort on. ``source_sha256`` is the audio file's hash and ``source_seq`` the entry's place among
the entries saved from that file: the unique index over the owner, the hash and the place is what
makes one clip give one set of entries per user, however many imports of it run at once. The
queries themselves are plain SQL (:mod:`cricketlog.store.entries`); a test checks that the
migrations build exactly these tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, Text, text
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    """Now, in UTC (SQLModel stores aware datetimes and returns them in UTC)."""
    return dt.datetime.now(dt.UTC)


class UserRow(SQLModel, table=True):
    """A person whose diary this is; ``password_hash`` is None for the command line's local user."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, unique=True)
    password_hash: str | None = Field(default=None, max_length=255)
    created_at: dt.datetime = Field(default_factory=utcnow)


class EntryRow(SQLModel, table=True):
    """A stored entry."""

    __tablename__ = "entries"
    __table_args__ = (
        Index("ix_entries_user_date", "user_id", "entry_date"),
        Index(
            "ux_entries_user_source",
            "user_id",
            "source_sha256",
            "source_seq",
            unique=True,
            sqlite_where=text("source_sha256 IS NOT NULL"),
            postgresql_where=text("source_sha256 IS NOT NULL"),
        ),
        Index("ix_entries_activity_type", "activity_type"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(
        sa_column=Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    )
    activity_type: str = Field(max_length=32)
    entry_date: dt.date
    transcript: str = Field(default="", sa_column=Column(Text, nullable=False))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: dt.datetime = Field(default_factory=utcnow)
    source: str = Field(default="typed", max_length=512)
    """The audio file's name, or ``typed``."""
    source_sha256: str | None = Field(default=None, max_length=64)
    source_seq: int = 0
    """The entry's place among those saved from its audio file (0 for typed entries)."""
