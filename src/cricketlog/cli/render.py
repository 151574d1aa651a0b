"""Entries as Rich tables for people to check, and text made safe to show on a terminal.

Fields the player should still be asked for are shown as "not said" in yellow, so the gaps are
obvious before saving. What the player said is shown as text, never as markup or terminal
control: :func:`printable` writes control characters out as escapes (``\\x1b``), so a note
cannot recolour, clear or retitle the terminal, ring its bell, or hide text behind a
right-to-left override.
"""

from __future__ import annotations

from typing import Any, Final

from rich.markup import escape
from rich.table import Table

from cricketlog.entries.schemas import Entry, SavedEntry

TITLES = {
    "fitness": "Fitness",
    "cricket_coaching": "Cricket coaching",
    "cricket_match": "Cricket match",
    "rest_day": "Rest day",
}


BIDI_CONTROLS: Final = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ESCAPES: Final = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in [*range(0x20), 0x7F, *range(0x80, 0xA0), *map(ord, BIDI_CONTROLS)]
    if chr(code) not in "\n\t"
}


def printable(text: str) -> str:
    """``text`` with control characters written out (``\\x1b``); newlines and tabs are kept."""
    return text.translate(_ESCAPES)


def one_line(text: str) -> str:
    """``text`` printable and on one line, runs of whitespace made one space."""
    return " ".join(printable(text).split())


def _value(value: Any) -> str:
    if value is None:
        return "[dim]—[/]"
    if value == "":
        return "[dim](none)[/]"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).replace("_", " ") if isinstance(value, str) else str(value)
    return escape(printable(text))


def entry_table(entry: Entry, number: int | None = None) -> Table:
    """A two-column table of an entry's fields, missing ones flagged."""
    title = TITLES[entry.activity_type]
    if isinstance(entry, SavedEntry):
        title += f"  #{entry.id}"
    elif number is not None:
        title = f"{number}. {title}"
    table = Table(title=title, title_justify="left", show_header=False, box=None, padding=(0, 2))
    table.add_column("field", style="cyan", no_wrap=True)
    table.add_column("value", overflow="fold")
    table.add_row("date", entry.entry_date.strftime("%a %d %b %Y"))
    missing = set(entry.missing)
    for name, value in entry.data.model_dump().items():
        if name in missing:
            table.add_row(name, "[yellow]not said[/]")
        elif isinstance(value, dict):
            parts = [f"{k}: {_value(v)}" for k, v in value.items() if v is not None]
            table.add_row(name, ", ".join(parts))
        elif value is not None or name in ("opponent", "result"):
            table.add_row(name, _value(value))
    return table
