"""The week's or month's summary drawn for the terminal: tables, a load bar per day, a mood line.

Only drawing lives here; every number comes from :class:`cricketlog.reports.summary.Summary`.
"""

from __future__ import annotations

from typing import Final

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from cricketlog.cli.render import TITLES
from cricketlog.reports.match_figures import MatchFigures, number
from cricketlog.reports.summary import Summary, mood_name
from cricketlog.reports.training_load import ACWR_WARNING, Workload

BAR_WIDTH: Final = 40
SPARKS: Final = "▁▂▃▄▅▆▇█"


def _sessions(summary: Summary) -> Table:
    table = Table(title="Sessions", title_justify="left")
    for column in ("kind", "sessions", "minutes", "estimated"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    for kind in summary.kinds:
        table.add_row(TITLES[kind.kind], str(kind.sessions), str(kind.minutes), str(kind.estimated))
    return table


def _days(summary: Summary) -> Table:
    table = Table(title="Training load (session RPE) and mental state", title_justify="left")
    for column in ("day", "load", "", "mental state"):
        table.add_column(column, justify="right" if column == "load" else "left")
    top = max((d.load for d in summary.days), default=0) or 1
    for day in summary.days:
        bar = "█" * round(BAR_WIDTH * day.load / top)
        table.add_row(
            f"{day.day:%a %d %b}", str(day.load), Text(bar, style="green"), mood_name(day.mental)
        )
    return table


def mood_line(summary: Summary) -> Text:
    """One character per day, its height the day's mean mental state (blank when none said)."""
    line = Text("Mental state  ", style="bold")
    for day in summary.days:
        if day.mental is None:
            line.append("·", style="dim")
        else:
            step = round((day.mental - 1) / 3 * (len(SPARKS) - 1))
            line.append(SPARKS[step], style="cyan")
    line.append(
        f"  ({summary.days[0].day:%d %b} to {summary.days[-1].day:%d %b}; poor ▁ to █ excellent)",
        style="dim",
    )
    return line


def workload_line(workload: Workload | None) -> Text:
    """The acute:chronic ratio, with a warning above the threshold."""
    if workload is None:
        return Text("Acute:chronic workload ratio needs 28 days of history.", style="dim")
    text = Text(
        f"Acute (7-day) load {workload.acute}, chronic (28-day weekly average) "
        f"{workload.chronic:.0f}, ratio {number(workload.ratio)} as of {workload.as_of:%a %d %b}"
    )
    if workload.warning:
        text.append(
            f"\nWarning: ratio above {ACWR_WARNING}: load has spiked; ease off to cut injury risk.",
            style="bold red",
        )
    return text


def match_table(figures: MatchFigures) -> Table:
    """Batting, bowling, keeping and fielding figures as one two-column table."""
    table = Table(title="Matches", title_justify="left", show_header=False)
    table.add_column("figure", style="cyan")
    table.add_column("value", justify="right")
    for name, value in figures.rows():
        table.add_row(name, value)
    return table


def summary_view(summary: Summary) -> RenderableType:
    """The whole summary, ready for ``console.print``."""
    mental = summary.mental
    lines = [
        workload_line(summary.workload),
        Text(
            f"Total load: {summary.total_load}.  Mental state: average "
            f"{number(mental.average)} ({mood_name(mental.average)}), {mental.label}."
        ),
        Text(
            f"Active-day streak: {summary.streak}.  Rest days: {summary.rest_days} "
            f"({summary.logged_rest_days} logged as rest days) up to {summary.as_of:%a %d %b}."
        ),
    ]
    themes = ", ".join(f"{name} ({count})" for name, count in summary.themes) or "none noted"
    return Group(
        Text(f"Summary: {summary.window.label}", style="bold underline"),
        _sessions(summary),
        _days(summary),
        mood_line(summary),
        *lines,
        match_table(summary.matches),
        Text(f"Areas for improvement: {themes}"),
    )
