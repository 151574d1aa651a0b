"""The player's entries over time: history, report, export (and restoring an export).

Each acts on the entries of the configured user, through the store; ``history`` and ``report``
skip the pipeline (and its imports) to answer fast from a cold start.
Files written here (``--out``) hold health data, so they are owner-only.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final, Literal

import typer

from cricketlog.cli.app import app
from cricketlog.cli.common import (
    JsonOpt,
    TodayOpt,
    console,
    day,
    emit_json,
    notice,
    output_file,
    settings,
)
from cricketlog.cli.errors import UsageError

if TYPE_CHECKING:
    from cricketlog.entries.schemas import ActivityType
    from cricketlog.reports.summary import Window
    from cricketlog.store import UserEntries

MAX_LIMIT: Final = 2**63 - 1
"""The largest ``--limit`` a database takes (a signed 64-bit integer)."""

WeekOpt = Annotated[
    bool, typer.Option("--week", help="This week (starts on the week_start setting).")
]
MonthOpt = Annotated[bool, typer.Option("--month", help="This calendar month.")]
LastOpt = Annotated[int | None, typer.Option("--last", metavar="N", help="The last N days.")]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since", metavar="DAY", help="From this day: YYYY-MM-DD, 'yesterday', 'last monday'."
    ),
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", metavar="DAY", help="Up to this day (same forms).")
]


def _window(
    day: dt.date, week: bool, month: bool, last: int | None, since: str | None, until: str | None
) -> tuple[dt.date | None, dt.date | None, Window | None]:
    """(since, until, the window a summary is drawn for) from the window options."""
    from cricketlog.reports import summary as report

    chosen = [week, month, last is not None, bool(since or until)]
    if sum(chosen) > 1:
        raise UsageError("Give one window: --week, --month, --last N or --since/--until.")
    if week:
        window = report.week(day, settings().week_start)
    elif month:
        window = report.month(day)
    elif last is not None:
        window = report.last_days(day, last)
    else:
        first = report.parse_day(since, day) if since else None
        end = report.parse_day(until, day) if until else None
        if first and end and first > end:
            raise UsageError(f"--since {first} is after --until {end}.")
        return first, end, None
    return window.since, window.until, window


def _kinds(types: list[str] | None) -> tuple[ActivityType, ...]:
    from cricketlog.entries.schemas import KIND_WORDS

    try:
        return tuple(KIND_WORDS[t.strip().lower()] for t in types or [])
    except KeyError as exc:
        raise UsageError(
            f"Unknown --type {exc.args[0]!r}: use fitness, coaching, match or rest."
        ) from None


def _limit(limit: int | None) -> int | None:
    if limit is not None and not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"--limit takes a number of entries from 1 to {MAX_LIMIT}, not {limit}.")
    return limit


def _entries() -> UserEntries:
    """The entries of the user the command line acts as, in the configured database."""
    from cricketlog.config import ensure_home
    from cricketlog.store import Store

    ensure_home(settings())
    store = Store(settings().db_url)
    return store.entries(store.users.acting(settings().user).id)


@app.command()
def history(
    week: WeekOpt = False,
    month: MonthOpt = False,
    last: LastOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            metavar="KIND",
            help="Only this kind: fitness, coaching, match, rest (repeatable).",
        ),
    ] = None,
    search: Annotated[
        str,
        typer.Option(
            "--search", metavar="WORDS", help="Only entries with these words (whole words)."
        ),
    ] = "",
    limit: Annotated[
        int | None, typer.Option("--limit", metavar="N", help="The newest N entries.")
    ] = None,
    as_json: JsonOpt = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="As CSV.")] = False,
    as_markdown: Annotated[bool, typer.Option("--markdown", help="As a Markdown table.")] = False,
    today: TodayOpt = None,
) -> None:
    """List entries, newest first; --week and --month end with a summary and charts.

    With --json, --week and --month print the summary as one last JSON line.

    Examples: [cyan]cricketlog history --week[/],
    [cyan]cricketlog history --since "last monday" --type match[/]
    """
    from cricketlog.reports.summary import load_summary
    from cricketlog.store import Query

    if sum([as_json, as_csv, as_markdown]) > 1:
        raise UsageError("Give one output format: --json, --csv or --markdown.")
    now = day(today)
    first, end, window = _window(now, week, month, last, since, until)
    diary = _entries()
    entries = diary.find(Query(first, end, _kinds(types), search, _limit(limit)))
    drawn = window if (week or month) and not (as_csv or as_markdown) else None
    summary = load_summary(diary, drawn, now) if drawn else None
    if as_json:
        for entry in entries:
            emit_json(entry.to_json())
        if summary:
            from cricketlog.reports.summary_json import summary_json

            emit_json(summary_json(summary))
        return
    if as_csv or as_markdown:
        from cricketlog.cli.listing import as_csv as csv_text
        from cricketlog.cli.listing import as_markdown as markdown_text

        sys.stdout.write(csv_text(entries) if as_csv else markdown_text(entries))
        return
    from cricketlog.cli.listing import EntryList

    title = f"Entries: {window.label}" if window else "Entries"
    console.print(
        EntryList(entries, f"{title} ({len(entries)})") if entries else "No entries found."
    )
    if summary:
        from cricketlog.cli.summary_view import summary_view

        console.print(summary_view(summary))


@app.command()
def report(
    week: WeekOpt = False,
    month: MonthOpt = False,
    last: LastOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", metavar="FILE", help="The HTML file to write.")
    ] = Path("report.html"),
    today: TodayOpt = None,
) -> None:
    """Write the summary as a self-contained HTML page with charts, for a coach (default: --week).

    Example: [cyan]cricketlog report --week --out report.html[/]
    """
    from cricketlog.reports.html import render
    from cricketlog.reports.summary import between, load_summary

    now = day(today)
    week = week or not (month or last is not None or since or until)
    first, end, window = _window(now, week, month, last, since, until)
    if window is None:
        window = between(first, end or now)
    summary = load_summary(_entries(), window, now)
    page = render(summary)
    with output_file(out) as file:
        file.write(page)
    console.print(f"Wrote {out} ({summary.window.label}).")


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="json (restorable with import --from-export) or csv."),
    ] = "json",
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", metavar="FILE", help="Write here (owner-only), not stdout."),
    ] = None,
) -> None:
    """Export every entry, to keep or to move to another database.

    Example: [cyan]cricketlog export --format json --out diary.json[/]
    """
    from cricketlog.entries.export import dump

    if fmt not in ("json", "csv"):
        raise UsageError(f"--format must be json or csv, not {fmt!r}.")
    kind: Literal["json", "csv"] = "json" if fmt == "json" else "csv"
    diary = _entries()
    if out is None:
        dump(diary, sys.stdout, kind)
        return
    with output_file(out, newline="") as file:
        count = dump(diary, file, kind)
    notice(f"Exported {count} entries to {out}.")


def restore_export(path: Path) -> None:
    """All of ``cricketlog import --from-export FILE``: restore an export into an empty diary.

    Raises :class:`~cricketlog.errors.CricketlogError` (one line for the user) when the file is
    not an export or the user already has entries; prints what was restored otherwise.
    """
    from cricketlog.entries.export import load
    from cricketlog.store.db import describe

    count = load(_entries(), path)
    console.print(f"Restored {count} entries from {path} into {describe(settings().db_url)}.")
