"""What every command shares: consoles, settings, the pipeline, options, JSON lines, stdin."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from rich.console import Console

from cricketlog.config import Settings, load_settings
from cricketlog.errors import CricketlogError

if TYPE_CHECKING:
    from cricketlog.entries.schemas import Entry
    from cricketlog.pipeline import Pipeline

JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per line, for scripts.")]
YesOpt = Annotated[bool, typer.Option("--yes", "-y", help="Save without asking.")]
TodayOpt = Annotated[
    dt.datetime | None,
    typer.Option(
        "--today",
        formats=["%Y-%m-%d"],
        metavar="YYYY-MM-DD",
        help="Resolve dates as if today were this.",
    ),
]

console = Console()
"""Tables and progress for people (stdout)."""
err = Console(stderr=True)
"""Errors and notices (stderr), so stdout stays clean for --json."""


@functools.cache
def settings() -> Settings:
    """The settings, read once per process."""
    return load_settings()


@functools.cache
def pipeline() -> Pipeline:
    """The one pipeline of this process (imported here: ``--help`` never loads the core)."""
    from cricketlog.pipeline import Pipeline

    return Pipeline(settings())


def emit_json(obj: Any) -> None:
    """One JSON object on its own line of stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def error(message: str) -> None:
    """One line on stderr, prefixed so it stands out."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)


def notice(message: str) -> None:
    """A line on stderr that is not an error."""
    err.print(message, highlight=False, soft_wrap=True)


def interactive() -> bool:
    """Whether a person can answer prompts (standard input is a terminal)."""
    return sys.stdin.isatty()


def stdin_lines() -> list[str]:
    """Non-blank lines of standard input, stripped."""
    return [line.strip() for line in sys.stdin if line.strip()]


def day(today: dt.datetime | None) -> dt.date:
    """The day a ``--today`` option names (in the diary's calendar), or the real today."""
    if today is None:
        return dt.date.today()
    from cricketlog.entries.schemas import in_calendar

    return in_calendar(today.date())


@contextlib.contextmanager
def output_file(path: Path, newline: str | None = None) -> Iterator[TextIO]:
    """``path`` written owner-only (health data), with a failure to write as one line."""
    from cricketlog.config import private_file

    try:
        with private_file(path, newline) as file:
            yield file
    except OSError as exc:
        raise CricketlogError(f"Cannot write {path}: {exc.strerror}.") from None


def show_entries(entries: list[Entry]) -> None:
    """Each entry as a table, numbered when there are several."""
    from cricketlog.cli.render import entry_table

    for number, entry in enumerate(entries, 1):
        console.print(entry_table(entry, number if len(entries) > 1 else None))
