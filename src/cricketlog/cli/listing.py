"""The rows of ``cricketlog history``: one line per entry, as a table, CSV or Markdown.

All three formats show the same columns, built once by :func:`rows`; ``--json`` prints whole
entries instead (the contract's shape), since scripts want every field.
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

from cricketlog.cli.render import TITLES
from cricketlog.entries.schemas import (
    CoachingData,
    FitnessData,
    MatchData,
    RestDayData,
    SavedEntry,
)
from cricketlog.reports.match_figures import balls_to_overs, overs_to_balls

COLUMNS: Final = ("id", "date", "kind", "details", "mental state")
NOTE_CHARS: Final = 48
"""Free text is cut to this length in the list (``cricketlog show ID`` has it whole)."""


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_CHARS else text[: NOTE_CHARS - 1] + "…"


def _words(value: str) -> str:
    return value.replace("_", " ")


def _fitness(data: FitnessData) -> list[str]:
    parts = [_words(data.type)]
    if data.duration_minutes is not None:
        parts.append(f"{data.duration_minutes} min")
    if data.distance_km is not None:
        parts.append(f"{data.distance_km:g} km")
    if data.intensity:
        parts.append(data.intensity)
    return [" ".join(parts), _cut(data.details)]


def _coaching(data: CoachingData) -> list[str]:
    head = _words(data.activity)
    if data.duration_minutes is not None:
        head += f" {data.duration_minutes} min"
    return [
        head,
        _cut(f"work on: {data.areas_for_improvement}" if data.areas_for_improvement else ""),
    ]


def _match(data: MatchData) -> list[str]:
    parts = [
        " ".join(p for p in (f"v {data.opponent}" if data.opponent else "", data.result or "") if p)
    ]
    if bat := data.batting:
        score = f"{bat.runs}{'*' if bat.dismissal == 'not_out' else ''}"
        parts.append(score + (f" ({bat.balls}b)" if bat.balls is not None else ""))
    if bowl := data.bowling:
        runs = "-" if bowl.runs is None else bowl.runs
        parts.append(f"{bowl.wickets}/{runs} ({balls_to_overs(overs_to_balls(bowl.overs))} ov)")
    if keep := data.keeping:
        parts.append(f"{(keep.catches or 0) + (keep.stumpings or 0)} dismissals keeping")
    if fld := data.fielding:
        parts.append(f"{(fld.catches or 0) + (fld.run_outs or 0)} dismissals fielding")
    return parts


def _rest(data: RestDayData) -> list[str]:
    recovery = f"recovery {data.recovery_quality}" if data.recovery_quality else ""
    return [_cut(data.activities), recovery]


def details(entry: SavedEntry) -> str:
    """The entry's key fields in a few words: ``running 45 min 5 km high; hill sprints``."""
    data = entry.data
    if isinstance(data, FitnessData):
        parts = _fitness(data)
    elif isinstance(data, CoachingData):
        parts = _coaching(data)
    elif isinstance(data, MatchData):
        parts = _match(data)
    else:
        assert isinstance(data, RestDayData)
        parts = _rest(data)
    return "; ".join(p for p in parts if p)


def rows(entries: Sequence[SavedEntry]) -> list[tuple[str, ...]]:
    """One tuple of :data:`COLUMNS` per entry."""
    return [
        (
            str(e.id),
            e.entry_date.isoformat(),
            TITLES[e.activity_type],
            details(e),
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
    writer.writerows(rows(entries))
    return buffer.getvalue()


def as_markdown(entries: Sequence[SavedEntry]) -> str:
    """The entries as a Markdown table."""

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    lines = [line(COLUMNS), line(["---"] * len(COLUMNS))]
    lines += [line(row) for row in rows(entries)]
    return "\n".join(lines) + "\n"
