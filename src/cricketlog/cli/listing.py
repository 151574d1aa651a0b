"""The rows of ``cricketlog history``: one line per entry, as a table, CSV or Markdown.

All three formats show the same columns, built once by :func:`rows`; ``--json`` prints whole
entries instead (the contract's shape), since scripts want every field. Only the table for people
cuts free text short; CSV and Markdown are for other tools and hold it whole. Every cell is one
line with control characters written out (:func:`~cricketlog.cli.render.one_line`), so no note
can break a row or reach the terminal raw.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import Final

from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style

from cricketlog.cli.render import TITLES, one_line
from cricketlog.entries.schemas import SavedEntry
from cricketlog.reports.brief import details

COLUMNS: Final = ("id", "date", "kind", "details", "mental state")


def rows(entries: Sequence[SavedEntry], whole: bool = False) -> list[tuple[str, ...]]:
    """One tuple of :data:`COLUMNS` per entry, each cell one printable line."""
    return [
        (
            str(e.id),
            e.entry_date.isoformat(),
            TITLES[e.activity_type],
            one_line(details(e, whole)),
            e.data.mental_state or "",
        )
        for e in entries
    ]


class EntryList:
    """The entries as a table, drawn line by line.

    A Rich ``Table`` measures and wraps every cell, which takes seconds for a month of a busy
    diary; here each column is as wide as its widest cell and the details are cut to fit the
    terminal, so even thousands of rows draw in milliseconds.
    """

    def __init__(self, entries: Sequence[SavedEntry], title: str) -> None:
        self.title = title
        self.rows = rows(entries)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """A bold title and header, a rule, then one line per entry."""
        order = (0, 1, 2, 4, 3)  # details last: it takes what width is left
        cells = [[row[i] for i in order] for row in self.rows]
        header = [COLUMNS[i] for i in order]
        widths = [max(len(c) for c in column) for column in zip(header, *cells, strict=True)]
        widths[-1] = max(10, options.max_width - sum(widths[:-1]) - 2 * (len(widths) - 1))
        yield Segment(self.title + "\n", Style(bold=True))
        yield from self._line(header, widths, Style(bold=True))
        yield Segment("─" * min(options.max_width, sum(widths) + 2 * (len(widths) - 1)) + "\n")
        for line in cells:
            yield from self._line(line, widths, None)

    @staticmethod
    def _line(cells: list[str], widths: list[int], style: Style | None) -> Iterator[Segment]:
        for number, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            text = cell if cell_len(cell) <= width else set_cell_size(cell, width - 1) + "…"
            text = text.rjust(width) if number == 0 else set_cell_size(text, width)
            yield Segment(text if number == len(cells) - 1 else text + "  ", style)
        yield Segment.line()


def as_csv(entries: Sequence[SavedEntry]) -> str:
    """The entries as CSV with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(entries, whole=True))
    return buffer.getvalue()


def as_markdown(entries: Sequence[SavedEntry]) -> str:
    """The entries as a Markdown table."""

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    lines = [line(COLUMNS), line(["---"] * len(COLUMNS))]
    lines += [line(row) for row in rows(entries, whole=True)]
    return "\n".join(lines) + "\n"
