"""Showing a draft's entries to the player and letting them fix, fill in, keep or drop each.

Only the dialogue is here: every answer, change and save goes through the core's
:class:`~cricketlog.diary.Draft`, which checks it against the contract (and, for a recording,
writes it beside the pending clip at once, so Ctrl-C loses nothing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.prompt import Confirm, Prompt

from cricketlog.cli.common import console, error, notice
from cricketlog.cli.render import entry_table
from cricketlog.entries.edits import EditError, fields_of, parse_assignment

if TYPE_CHECKING:
    from cricketlog.diary import Draft
    from cricketlog.entries.schemas import SavedEntry

Answerer = Callable[[str], str]
"""Asks one question and returns the answer text (typed, or spoken and transcribed)."""


def typed_answer(question: str) -> str:
    """Ask on the terminal; an empty answer skips the question."""
    return Prompt.ask(
        f"[bold]{question}[/] [dim](Enter to skip)[/]", default="", show_default=False
    )


class RecordAgain(Exception):
    """The player chose to record again rather than keep what was heard."""


def review(
    draft: Draft,
    *,
    questions: bool = True,
    answer: Answerer = typed_answer,
    rerecord: bool = False,
) -> None:
    """Show each entry, ask for what is missing, and drop the ones the player refuses.

    ``answer`` asks the questions (typed, or by voice after ``record``); with ``rerecord`` the
    player may also choose to record again, which raises :class:`RecordAgain`.
    """
    choices = ["y", "e", "r", "n"] if rerecord else ["y", "e", "n"]
    again = "[bold]r[/]e-record, " if rerecord else ""
    several = len(draft.entries) > 1
    i, number = 0, 1
    while i < len(draft.entries):
        console.print(entry_table(draft.entries[i], number if several else None))
        if questions and draft.missing(i) and _ask_missing(draft, i, answer):
            console.print(entry_table(draft.entries[i], number if several else None))
        while True:
            choice = Prompt.ask(
                f"Save it? [bold]y[/]es, [bold]e[/]dit, {again}[bold]n[/]o",
                choices=choices,
                default="y",
                show_choices=False,
            )
            if choice == "r":
                raise RecordAgain
            if choice == "e":
                _edit_fields(draft, i)
                continue
            if choice == "y":
                i += 1
            else:
                draft.drop(i)
            number += 1
            break


def _ask_missing(draft: Draft, i: int, answer: Answerer) -> bool:
    """Ask entry ``i``'s questions in turn; whether any answer changed it."""
    entry = draft.entries[i]
    changed = False
    for field, question in zip(entry.missing, entry.questions, strict=True):
        while text := answer(question).strip():
            try:
                draft.answer(i, field, text)
            except EditError as exc:
                error(str(exc))
                continue
            changed = True
            break
    return changed


def _edit_fields(draft: Draft, i: int) -> None:
    """Let the player set fields as ``field=value`` until they enter a blank line."""
    console.print(f"[dim]Fields: {', '.join(fields_of(draft.entries[i]))}[/]")
    while line := Prompt.ask("field=value [dim](Enter when done)[/]", default="").strip():
        try:
            draft.set(i, *parse_assignment(line))
        except EditError as exc:
            error(str(exc))
            continue
        console.print(entry_table(draft.entries[i]))


def settle_duplicates(draft: Draft, *, yes: bool) -> None:
    """Warn of entries that look saved already; keep each only if the player says so (never
    with ``--yes``)."""
    for i, saved in sorted(draft.near_duplicates().items(), reverse=True):
        notice(
            f"This {saved.activity_type.replace('_', ' ')} entry of {saved.entry_date} looks "
            f"already saved as #{saved.id} (same day, same kind, same words)."
        )
        if yes or not Confirm.ask("Save it again?", default=False):
            notice(f"Not saved again (#{saved.id} is kept).")
            draft.drop(i)


def report_saved(saved: list[SavedEntry]) -> None:
    """One line: which entries were saved, or that nothing was."""
    if saved:
        console.print(f"[green]Saved[/] {', '.join(f'#{e.id}' for e in saved)}.")
    else:
        console.print("Nothing saved.")


def say_saved(saved: list[SavedEntry], *, today: dt.date, show: bool, speak: bool) -> None:
    """The confirmation sentence of each saved entry: spoken when ``speak``, shown as text
    beside it when ``show``. A broken speech engine costs one notice, no entry."""
    from cricketlog.speak import SpeechError, confirmation, make_speaker

    speaker = make_speaker(speak)
    for entry in saved:
        sentence = confirmation(entry, today)
        if show and speak:
            console.print(f'[dim]Said:[/] "{sentence}"', highlight=False)
        try:
            speaker.say(sentence)
        except SpeechError as exc:
            notice(str(exc))
            speaker = make_speaker(False)
