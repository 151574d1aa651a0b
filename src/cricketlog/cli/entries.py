"""The commands that turn audio or text into entries: transcribe, extract, import, add."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cricketlog.cli.app import app
from cricketlog.cli.common import (
    JsonOpt,
    TodayOpt,
    YesOpt,
    console,
    day,
    emit_json,
    err,
    error,
    interactive,
    notice,
    pipeline,
    settings,
    show_entries,
    stdin_lines,
)
from cricketlog.errors import CricketlogError

if TYPE_CHECKING:
    from cricketlog.entries.schemas import Entry, SavedEntry
    from cricketlog.pipeline import Heard


def _paths(files: list[str]) -> list[Path]:
    if files == ["-"]:
        return [Path(line) for line in stdin_lines()]
    return [Path(f) for f in files]


@app.command()
def transcribe(
    files: Annotated[list[Path], typer.Argument(help="Audio files (wav, flac, ogg, mp3, m4a...).")],
    as_json: JsonOpt = False,
) -> None:
    """Print what is said in audio files, without extracting or saving anything.

    Example: [cyan]cricketlog transcribe nets.m4a --json[/]
    """
    core = pipeline()
    core.warm_up(extract=False, store=False)
    failed = 0
    for path in files:
        try:
            transcript = core.transcribe_file(path)
        except CricketlogError as exc:
            error(str(exc))
            failed += 1
            continue
        if as_json:
            emit_json(
                {
                    "file": str(path),
                    "text": transcript.text,
                    "duration_s": round(transcript.duration_s, 2),
                    "engine": transcript.engine,
                }
            )
        else:
            console.print(
                f"[bold]{path}[/]: {transcript.text}" if len(files) > 1 else transcript.text
            )
    if failed:
        raise typer.Exit(1)


@app.command()
def extract(
    text: Annotated[
        str | None, typer.Argument(help="What was said; '-' or nothing reads stdin, one per line.")
    ] = None,
    as_json: JsonOpt = False,
    today: TodayOpt = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Show how the text was read: its clauses, and for every field the words it "
            "came from and the rule that read them (the offline extractor's).",
        ),
    ] = False,
) -> None:
    """Show the diary entries found in text, without saving them.

    Example: [cyan]cricketlog extract "45 minute run, hard, felt great"[/]
    """
    utterances = stdin_lines() if text in (None, "-") else [text or ""]
    if explain:
        _explain(utterances, day(today), as_json)
        return
    core = pipeline()
    for utterance, entries in zip(
        utterances, core.extract_many(utterances, day(today)), strict=True
    ):
        if as_json:
            emit_json({"entries": [e.to_json() for e in entries]})
            continue
        if not entries:
            notice(f"No diary entry found in: {utterance!r}")
        show_entries(entries)


def _explain(utterances: list[str], today: dt.date, as_json: bool) -> None:
    from cricketlog.cli.explanation import explanation_view
    from cricketlog.extract.explain import explain

    for utterance in utterances:
        explanation = explain(utterance, today)
        if as_json:
            emit_json(explanation.to_json())
        else:
            console.print(explanation_view(explanation))


def _confirm_or_refuse(yes: bool, dry_run: bool) -> None:
    if not (yes or dry_run or interactive()):
        error("Cannot ask to confirm: standard input is not a terminal. Use --yes or --dry-run.")
        raise typer.Exit(2)


def _keep(entries: list[Entry], yes: bool, questions: bool = True) -> list[Entry]:
    from cricketlog.cli.confirm import review

    return entries if yes else review(entries, questions=questions)


@app.command("import")
def import_(
    files: Annotated[
        list[str] | None, typer.Argument(help="Audio files; '-' reads paths from stdin.")
    ] = None,
    yes: YesOpt = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show, save nothing.")] = False,
    again: Annotated[bool, typer.Option("--again", help="Import files seen before.")] = False,
    as_json: JsonOpt = False,
    today: TodayOpt = None,
    pending: Annotated[
        bool, typer.Option("--pending", help="Finish recordings an interrupted `record` left.")
    ] = False,
    from_export: Annotated[
        Path | None,
        typer.Option("--from-export", help="Restore a `cricketlog export` into an empty database."),
    ] = None,
) -> None:
    """Transcribe audio files, extract entries, confirm and save them.

    Example: [cyan]cricketlog import ~/voice-notes/*.m4a --yes[/]
    """
    if from_export is not None:
        from cricketlog.cli.history import restore_export

        restore_export(from_export)
        return
    paths = _pending_clips() if pending else _paths(files or [])
    if not paths:
        if pending:
            notice("No unfinished recordings.")
            return
        error("Give the audio files to import, or --pending for unfinished recordings.")
        raise typer.Exit(2)
    _confirm_or_refuse(yes, dry_run)
    core = pipeline()
    core.warm_up(store=not dry_run)
    failed = 0
    for path, heard in _hear_all(paths, again, day(today), show_progress=not as_json):
        if heard is None:
            failed += 1
            continue
        saved = _save_heard(heard, yes=yes, dry_run=dry_run, quiet=as_json)
        if pending and saved is not None:
            from cricketlog.recordings import done

            done(settings(), path)
        if as_json:
            emit_json(
                {
                    "file": str(path),
                    "transcript": heard.transcript.text if heard.transcript else "",
                    "entries": [
                        e.to_json() for e in (saved if saved is not None else heard.entries)
                    ],
                }
            )
    if failed:
        notice(f"{failed} of {len(paths)} file(s) failed.")
        raise typer.Exit(1)


def _pending_clips() -> list[Path]:
    from cricketlog.recordings import pending

    return pending(settings())


def _hear_all(
    paths: list[Path], again: bool, today: dt.date, show_progress: bool
) -> Iterator[tuple[Path, Heard | None]]:
    """Yield (path, Heard or None on error) for each file, with a progress bar for several and
    a spinner on stderr while a single file is heard (that takes a few seconds)."""
    from rich.progress import Progress

    core = pipeline()
    progress = Progress(
        console=console, transient=True, disable=not show_progress or len(paths) < 2
    )
    alone = show_progress and len(paths) == 1
    with progress:
        task = progress.add_task("Importing", total=len(paths))
        for path in paths:
            progress.update(task, description=f"Importing {path.name}")
            try:
                with err.status(f"Listening to {path.name}…") if alone else nullcontext():
                    heard = core.hear(path, again=again, today=today)
            except CricketlogError as exc:
                error(str(exc))
                heard = None
            progress.advance(task)
            yield path, heard


def _save_heard(heard: Heard, *, yes: bool, dry_run: bool, quiet: bool) -> list[SavedEntry] | None:
    """Confirm and save one file's entries; None when nothing was saved from it this time."""
    if heard.already_saved:
        ids = ", ".join(f"#{e.id}" for e in heard.already_saved)
        notice(f"{heard.path}: already imported as {ids}; use --again to import it again.")
        return heard.already_saved
    assert heard.transcript is not None
    if not quiet:
        console.print(f"[bold]{heard.path}[/]: [italic]{heard.transcript.text}[/]")
    if not heard.entries:
        notice(f"{heard.path}: no diary entry found in what was said.")
        return None
    if dry_run:
        if not quiet:
            show_entries(heard.entries)
        return None
    saved = pipeline().save(_keep(heard.entries, yes), heard.source)
    if not quiet:
        _report_saved(saved)
    return saved


def _report_saved(saved: list[SavedEntry]) -> None:
    if saved:
        console.print(f"[green]Saved[/] {', '.join(f'#{e.id}' for e in saved)}.")
    else:
        console.print("Nothing saved.")


@app.command()
def add(
    text: Annotated[str, typer.Argument(help="What you did, as you would say it.")],
    yes: YesOpt = False,
    as_json: JsonOpt = False,
    today: TodayOpt = None,
) -> None:
    """Add entries from a typed note instead of a recording.

    Example: [cyan]cricketlog add "nets for an hour, cover drive timing nicely" --yes[/]
    """
    _confirm_or_refuse(yes, False)
    core = pipeline()
    entries = core.extract(text, day(today))
    if not entries:
        error("No diary entry found in that. Say what you did, e.g. '45 minute run, hard'.")
        raise typer.Exit(1)
    saved = core.save(_keep(entries, yes))
    if as_json:
        emit_json({"file": None, "transcript": text, "entries": [e.to_json() for e in saved]})
    else:
        _report_saved(saved)
