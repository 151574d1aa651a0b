"""One entry at a time: ``show``, ``edit`` and ``delete``.

The checks on what an edit may hold are the core's (:mod:`cricketlog.entries.edits` and
:mod:`cricketlog.entries.text`); here are only the questions a change needs first (deleting,
changing the kind when fields would be lost) and the editor. Nothing is asked where nobody can
answer: without a terminal these commands say which flag to use instead.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from cricketlog.cli.app import app
from cricketlog.cli.common import JsonOpt, console, emit_json, interactive, notice, pipeline
from cricketlog.cli.errors import UsageError
from cricketlog.errors import CricketlogError

if TYPE_CHECKING:
    from cricketlog.entries.schemas import Entry

IdArg = Annotated[
    int, typer.Argument(metavar="ID", help="The entry's id (see `cricketlog history`).")
]


@app.command()
def show(entry_id: IdArg, as_json: JsonOpt = False) -> None:
    """Show one entry in full.

    Example: [cyan]cricketlog show 12[/]
    """
    from rich.markup import escape

    from cricketlog.cli.render import entry_table, printable

    entry = pipeline().store.get(entry_id)
    if as_json:
        emit_json(entry.to_json())
        return
    console.print(entry_table(entry))
    source = escape(printable(entry.source))
    console.print(f"[dim]saved {entry.created_at:%Y-%m-%d %H:%M}, from {source}[/]")
    if entry.transcript:
        console.print(printable(entry.transcript), style="italic", markup=False, highlight=False)


def _apply(entry: Entry, assignments: list[str]) -> Entry:
    from cricketlog.entries.edits import set_field

    for assignment in assignments:
        field, sep, value = assignment.partition("=")
        if not sep:
            raise UsageError(
                f"--set {assignment!r}: write it as field=value, e.g. mental_state=good."
            )
        entry = set_field(entry, field.strip(), value)
    return entry


def _in_editor(entry: Entry, fmt: str) -> Entry | None:
    """The entry as changed in $EDITOR, or None when it was closed without saving."""
    import click  # typer no longer re-exports edit()

    from cricketlog.entries.text import from_text, to_text

    if fmt not in ("toml", "json"):
        raise UsageError(f"--format must be toml or json, not {fmt!r}.")
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor and not (interactive() and sys.stdout.isatty()):
        raise UsageError(
            "No editor to open without a terminal: set EDITOR, or change fields with "
            "--set field=value."
        )
    try:
        edited = click.edit(to_text(entry, fmt), editor=editor or None, extension=f".{fmt}")
    except click.ClickException as exc:
        raise CricketlogError(
            f"The editor failed ({exc.format_message()}); nothing was changed."
        ) from None
    return None if edited is None else from_text(edited, fmt)


def _keeps_fields(entry_id: int, before: Entry, after: Entry, yes: bool) -> bool:
    """Whether to save a change of kind: yes when no field is lost, else as the player says."""
    from cricketlog.entries.edits import dropped

    lost = dropped(before, after)
    if not lost or yes:
        return True
    what = f"Changing #{entry_id} to {after.activity_type} drops {', '.join(lost)}"
    if not interactive():
        raise UsageError(f"{what}: add --yes to change it all the same.")
    return typer.confirm(f"{what}. Change it?", default=False)


@app.command()
def edit(
    entry_id: IdArg,
    assignments: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="FIELD=VALUE",
            help="Set a field by the name it is shown with, e.g. batting.runs=32 or "
            "date=2026-06-21 (repeatable).",
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="How $EDITOR shows the entry: toml or json.")
    ] = "toml",
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Change the kind even if fields are dropped.")
    ] = False,
) -> None:
    """Change an entry: --set fields, or edit the whole entry in $EDITOR.

    Example: [cyan]cricketlog edit 12 --set batting.runs=32 --set mental_state=good[/]
    """
    from cricketlog.cli.render import entry_table

    store = pipeline().store
    entry: Entry = store.get(entry_id)
    changed = _apply(entry, assignments) if assignments else _in_editor(entry, fmt)
    if changed is None:
        notice("Not saved in the editor: nothing changed.")
        return
    if not _keeps_fields(entry_id, entry, changed, yes):
        notice("Nothing changed.")
        return
    saved = store.update(entry_id, changed)
    console.print(entry_table(saved))
    console.print(f"[green]Saved[/] #{saved.id}.")


@app.command()
def delete(
    entry_ids: Annotated[
        list[int],
        typer.Argument(metavar="ID...", help="The entries' ids (see `cricketlog history`)."),
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Delete without asking.")] = False,
) -> None:
    """Delete one or more entries (shows them and asks first).

    Example: [cyan]cricketlog delete 12 13[/]
    """
    from cricketlog.cli.render import entry_table

    store = pipeline().store
    ids = list(dict.fromkeys(entry_ids))
    entries = [store.get(entry_id) for entry_id in ids]  # every id exists before any goes
    if not yes:
        if not interactive():
            raise UsageError(
                "Cannot ask to confirm: standard input is not a terminal. Use --yes to delete."
            )
        for entry in entries:
            console.print(entry_table(entry))
        which = ", ".join(f"#{i}" for i in ids)
        if not typer.confirm(f"Delete {which}?", default=False):
            notice("Nothing deleted.")
            return
    for entry_id in ids:
        store.delete(entry_id)
    console.print(f"Deleted {', '.join(f'#{i}' for i in ids)}.")
