"""The commands that turn audio or text into entries: transcribe, extract, import, add."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
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
    from cricketlog.diary import Draft
    from cricketlog.entries.schemas import Entry, SavedEntry
    from cricketlog.recordings import PendingClip


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
    if text is None and interactive():
        notice("Type what you did, one note a line; end with Ctrl-D.")
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


def _confirm_or_refuse(yes: bool, instead: str) -> None:
    if not (yes or interactive()):
        error(f"Cannot ask to confirm: standard input is not a terminal. {instead}")
        raise typer.Exit(2)


@app.command("import")
def import_(
    files: Annotated[
        list[str] | None,
        typer.Argument(help="Audio files, or folders of them; '-' reads paths from stdin."),
    ] = None,
    yes: YesOpt = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show, save nothing.")] = False,
    again: Annotated[
        bool, typer.Option("--again", help="Import files (and near-duplicates) seen before.")
    ] = False,
    as_json: JsonOpt = False,
    today: TodayOpt = None,
    pending: Annotated[
        bool, typer.Option("--pending", help="Finish recordings an interrupted `record` left.")
    ] = False,
    discard_pending: Annotated[
        bool,
        typer.Option("--discard-pending", help="Delete the unfinished recordings instead."),
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
    if discard_pending:
        _discard_pending(yes)
        return
    jobs: Sequence[Path | PendingClip] = local_pending() if pending else _paths(files or [])
    if not jobs:
        if pending:
            notice("No unfinished recordings.")
            return
        error("Give the audio files to import, or --pending for unfinished recordings.")
        raise typer.Exit(2)
    _confirm_or_refuse(yes or dry_run, "Use --yes or --dry-run.")
    core = pipeline()
    core.warm_up(store=not dry_run)
    failed: list[str] = []
    for number, job in enumerate(jobs, 1):
        progress = f" ({number} of {len(jobs)})" if len(jobs) > 1 else ""
        draft = _hear(job, again=again, today=day(today), progress=None if as_json else progress)
        if draft is None:
            failed.append(job.name)
            continue
        try:
            outcome = _settle(draft, yes=yes, dry_run=dry_run, again=again, as_json=as_json)
        except KeyboardInterrupt:
            if draft.clip is not None:
                notice(f"Stopped. {KEPT_PENDING}")
            raise typer.Exit(130) from None
        except CricketlogError as exc:  # this file's entries are not saved; the others may be
            error(f"{job.name}: {exc}")
            failed.append(job.name)
            continue
        if outcome is None:
            failed.append(f"{job.name} (no diary entry)")
            if draft.clip is not None:
                _offer_discard(draft.clip)
        elif as_json:
            emit_json(
                {
                    "file": str(job) if isinstance(job, Path) else _where(draft.kept),
                    "transcript": draft.transcript,
                    "entries": [e.to_json() for e in outcome.entries],
                    "already_saved": outcome.already_saved,
                }
            )
    if failed:
        notice(f"{len(failed)} of {len(jobs)} file(s) failed: {', '.join(failed)}.")
        if pending and not yes:
            notice("Delete unfinished recordings with `cricketlog import --discard-pending`.")
        raise typer.Exit(1)


KEPT_PENDING = (
    "The recording is kept with your answers: finish it with `cricketlog import --pending`."
)
AUDIO_SUFFIXES = frozenset({".wav", ".flac", ".ogg", ".opus", ".webm", ".mp3", ".m4a", ".mp4"})
"""What `import FOLDER` picks from the folder: the kinds of audio the tool reads."""


def _paths(files: list[str]) -> list[Path]:
    named = [Path(line) for line in stdin_lines()] if files == ["-"] else [Path(f) for f in files]
    paths: list[Path] = []
    for path in named:
        if path.is_dir():
            paths += sorted(p for p in path.iterdir() if p.suffix.lower() in AUDIO_SUFFIXES)
        else:
            paths.append(path)
    return paths


def _where(path: Path | None) -> str | None:
    return None if path is None else str(path)


def local_pending() -> list[PendingClip]:
    """This user's unfinished recordings (those an older version left loose are theirs too)."""
    from cricketlog.diary import pending_clips
    from cricketlog.recordings import adopt_loose

    core = pipeline()
    adopt_loose(core.settings, core.owner)
    return pending_clips(core)


def _hear(
    job: Path | PendingClip, *, again: bool, today: dt.date, progress: str | None
) -> Draft | None:
    """The draft of one file or pending clip (a spinner on stderr while it is heard); None when
    it cannot be heard, after saying why and, for a pending clip, offering to discard it."""
    from cricketlog.diary import Draft

    core = pipeline()
    try:
        with (
            err.status(f"Listening to {job.name}{progress}…")
            if progress is not None
            else nullcontext()
        ):
            if isinstance(job, Path):
                return Draft.from_file(core, job, today=today, again=again)
            return Draft.from_clip(core, job)
    except CricketlogError as exc:
        error(str(exc) if isinstance(job, Path) else f"{job.name}: {exc}")
        if not isinstance(job, Path):
            _offer_discard(job)
        return None


def _offer_discard(clip: PendingClip) -> None:
    """Ask whether to delete a pending clip that cannot be finished (only at a terminal)."""
    if not interactive():
        return
    from rich.prompt import Confirm

    from cricketlog.recordings import discard

    if Confirm.ask(f"Delete the recording {clip.name}?", default=False):
        discard(clip)
        notice(f"Deleted {clip.name}.")


def _discard_pending(yes: bool) -> None:
    clips = local_pending()
    if not clips:
        notice("No unfinished recordings.")
        return
    _confirm_or_refuse(yes, "Use --yes to delete them.")
    from cricketlog.recordings import discard

    names = ", ".join(c.name for c in clips)
    if not yes:
        from rich.prompt import Confirm

        if not Confirm.ask(
            f"Delete {len(clips)} unfinished recording(s) ({names})?", default=False
        ):
            return
    for clip in clips:
        discard(clip)
    notice(f"Deleted {len(clips)} unfinished recording(s).")


@dataclass
class Outcome:
    """What became of one file's entries: for the summary and ``--json``."""

    entries: Sequence[Entry]
    already_saved: bool = False


def _settle(
    draft: Draft, *, yes: bool, dry_run: bool, again: bool, as_json: bool
) -> Outcome | None:
    """Confirm and save one draft's entries and show what happened; None when it holds none."""
    where = draft.source.name
    if draft.already_saved:
        ids = ", ".join(f"#{e.id}" for e in draft.already_saved)
        notice(f"{where}: already imported as {ids}; use --again to import it again.")
        draft.release()
        return Outcome(draft.already_saved, already_saved=True)
    if not as_json:
        console.print(f"[bold]{where}[/]: [italic]{draft.transcript}[/]")
    if not draft.entries:
        notice(f"{where}: no diary entry found in what was said.")
        return None
    if dry_run:
        if not as_json:
            show_entries(draft.entries)
        return Outcome(draft.entries)
    return Outcome(_confirm_and_save(draft, yes=yes, again=again, as_json=as_json))


def _confirm_and_save(
    draft: Draft, *, yes: bool, again: bool = False, as_json: bool
) -> list[SavedEntry]:
    """Review (unless ``yes``), settle near-duplicates (unless ``again``), save, report, speak."""
    from cricketlog.cli.confirm import report_saved, review, say_saved, settle_duplicates

    if not yes:
        review(draft)
    if not again:
        settle_duplicates(draft, yes=yes)
    saved = draft.save()
    if not as_json:
        report_saved(saved)
    cfg = settings()
    say_saved(saved, today=draft.today, show=not as_json, speak=cfg.speak and cfg.speak_add_import)
    return saved


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
    from cricketlog.diary import Draft

    _confirm_or_refuse(yes, "Use --yes, or `cricketlog extract` to see the entries unsaved.")
    draft = Draft.from_text(pipeline(), text, day(today))
    if not draft.entries:
        error("No diary entry found in that. Say what you did, e.g. '45 minute run, hard'.")
        raise typer.Exit(1)
    saved = _confirm_and_save(draft, yes=yes, as_json=as_json)
    if as_json:
        emit_json({"file": None, "transcript": text, "entries": [e.to_json() for e in saved]})
