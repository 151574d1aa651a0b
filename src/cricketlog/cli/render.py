"""Entries as Rich tables for people to check.

Fields the player should still be asked for are shown as "not said" in yellow, so the gaps are
obvious before saving.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table

from cricketlog.entries.schemas import Entry, SavedEntry

TITLES = {
    "fitness": "Fitness",
    "cricket_coaching": "Cricket coaching",
    "cricket_match": "Cricket match",
    "rest_day": "Rest day",
}


def _value(value: Any) -> str:
    if value is None:
        return "[dim]—[/]"
    if value == "":
        return "[dim](none)[/]"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("_", " ") if isinstance(value, str) else str(value)


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
