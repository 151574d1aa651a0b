"""How ``extract --explain`` shows the reading of a note: its clauses, then each entry's fields
with the words they came from and the row or reader that read them."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from cricketlog.cli.render import TITLES, printable
from cricketlog.extract.explain import Explanation


def explanation_view(explanation: Explanation) -> Group:
    """The clauses, then one table per entry."""
    parts: list[Table | Text] = [Text("Clauses:", style="bold")]
    parts += [Text(f"  {n}. {printable(c)}") for n, c in enumerate(explanation.clauses, 1)]
    for number, explained in enumerate(explanation.entries, 1):
        entry = explained.entry
        title = f"{number}. {TITLES[entry.activity_type]}, from: {printable(explained.transcript)}"
        table = Table(title=title, title_justify="left", box=None, padding=(0, 2))
        for column in ("field", "value", "from the words", "read by"):
            table.add_column(column, overflow="fold")
        values = entry.to_json()["data"] | {
            "activity_type": entry.activity_type,
            "entry_date": entry.entry_date.isoformat(),
        }
        for reading in explained.readings:
            value = _at(values, reading.field)
            shown = "" if isinstance(value, dict) else printable(str(value))
            table.add_row(reading.field, shown, printable(reading.words), reading.rule)
        for name in entry.missing:
            table.add_row(name, "[yellow]not said: asked[/]", "", "")
        parts.append(table)
    if not explanation.entries:
        parts.append(Text("No activity named: no entry.", style="yellow"))
    return Group(*parts)


def _at(values: dict[str, object], path: str) -> object:
    """The value at a dotted ``path`` of the entry's JSON."""
    for key in path.split("."):
        values = values.get(key) if isinstance(values, dict) else None  # type: ignore[assignment]
    return values
