"""What every command shares: consoles, the settings, the pipeline, JSON lines, stdin."""

from __future__ import annotations

import functools
import json
import sys
from typing import TYPE_CHECKING, Any

from rich.console import Console

from cricketlog.config import Settings, load_settings

if TYPE_CHECKING:
    from cricketlog.pipeline import Pipeline

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
