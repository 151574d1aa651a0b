"""Showing extracted entries to the player and letting them fix, fill in, keep or drop each.

The dialogue is the command line's; the checks it relies on (which fields exist, which values
are allowed) are the core's :mod:`cricketlog.entries.edits`.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.prompt import Prompt

from cricketlog.cli.common import console, error
from cricketlog.cli.render import entry_table
from cricketlog.entries.edits import EditError, fields_of, set_field
from cricketlog.entries.schemas import Entry

Answerer = Callable[[str], str]
"""Asks one question and returns the answer text (typed, or spoken and transcribed)."""


def typed_answer(question: str) -> str:
    """Ask on the terminal; an empty answer skips the question."""
    return Prompt.ask(
        f"[bold]{question}[/] [dim](Enter to skip)[/]", default="", show_default=False
    )


def ask_missing(entry: Entry, answer: Answerer = typed_answer) -> Entry:
    """Ask the entry's questions in turn and fill in what the player answers."""
    for field, question in zip(entry.missing, entry.questions, strict=True):
        while text := answer(question).strip():
            try:
                entry = set_field(entry, field, normalise_answer(field, text))
                break
            except EditError as exc:
                error(str(exc))
    return entry


def normalise_answer(field: str, text: str) -> str:
    """Map a free answer ("about 40 minutes", "pretty good") onto the field's value."""
    from cricketlog.extract.answers import parse_answer

    value = parse_answer(field, text)
    return text if value is None else str(value)


def edit_fields(entry: Entry) -> Entry:
    """Let the player set fields as ``field=value`` until they enter a blank line."""
    console.print(f"[dim]Fields: {', '.join(fields_of(entry))}[/]")
    while line := Prompt.ask("field=value [dim](Enter when done)[/]", default="").strip():
        field, sep, value = line.partition("=")
        if not sep:
            error("Type it as field=value, e.g. mental_state=good.")
            continue
        try:
            entry = set_field(entry, field.strip(), value)
        except EditError as exc:
            error(str(exc))
            continue
        console.print(entry_table(entry))
    return entry


class RecordAgain(Exception):
    """The player chose to record again rather than keep what was heard."""


def review(
    entries: list[Entry],
    *,
    questions: bool = True,
    answer: Answerer = typed_answer,
    rerecord: bool = False,
) -> list[Entry]:
    """Show each entry, ask for what is missing, and keep the ones the player accepts.

    ``answer`` asks the questions (typed, or by voice after ``record``); with ``rerecord`` the
    player may also choose to record again, which raises :class:`RecordAgain`.
    """
    choices = ["y", "e", "r", "n"] if rerecord else ["y", "e", "n"]
    again = "[bold]r[/]e-record, " if rerecord else ""
    kept = []
    for number, entry in enumerate(entries, 1):
        console.print(entry_table(entry, number if len(entries) > 1 else None))
        if questions and entry.missing:
            answered = ask_missing(entry, answer)
            if answered != entry:
                console.print(entry_table(answered, number if len(entries) > 1 else None))
            entry = answered
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
                entry = edit_fields(entry)
                continue
            if choice == "y":
                kept.append(entry)
            break
    return kept
