"""`cricketlog record`: from the microphone to saved entries and a spoken reply.

The speech model loads on a background thread the moment recording starts, so it is ready by the
time the player stops talking, and :class:`~cricketlog.transcribe.early.EarlyTranscriber` has
usually transcribed the clip in the final pause already. The clip is written to the recordings
folder before it is transcribed and removed only once its entries are stored, so Ctrl-C, a crash
or a failure leaves it for ``cricketlog import --pending``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
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
    error,
    interactive,
    notice,
    pipeline,
    settings,
    show_entries,
)
from cricketlog.cli.listen import DeviceOpt, capture, stop_hint, voice_answer
from cricketlog.errors import AudioError, CricketlogError

if TYPE_CHECKING:
    from cricketlog.audio.devices import InputDevice
    from cricketlog.entries.schemas import Entry, SavedEntry
    from cricketlog.transcribe import Transcript
KEPT = "Your recording is kept: finish it with `cricketlog import --pending`."


@app.command()
def record(
    device: DeviceOpt = None,
    auto_stop: Annotated[
        bool | None,
        typer.Option(
            "--auto-stop/--no-auto-stop",
            help="Stop after a stretch of silence (default when stdin is not a terminal).",
        ),
    ] = None,
    max_seconds: Annotated[
        float | None, typer.Option("--max-seconds", help="Longest recording, in seconds.")
    ] = None,
    yes: YesOpt = False,
    no_questions: Annotated[
        bool, typer.Option("--no-questions", help="Do not ask for missing fields.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No spoken confirmation.")] = False,
    as_json: JsonOpt = False,
    today: TodayOpt = None,
) -> None:
    """Record what you did, confirm the entries, save them and hear them read back.

    Example: [cyan]cricketlog record[/]  (speak, then press Enter)
    """
    from cricketlog.audio.devices import find_input

    cfg = settings()
    if not (yes or interactive()):
        error("Cannot ask to confirm: standard input is not a terminal. Use --yes.")
        raise typer.Exit(2)
    _offer_pending(yes)
    mic = find_input(cfg.input_device if device is None else device)
    auto = not interactive() if auto_stop is None else auto_stop
    while True:
        clip, transcript, entries = _hear(
            mic, auto, max_seconds or cfg.max_audio_seconds, day(today), show=not as_json
        )
        kept = _confirm(
            entries, mic, yes=yes, questions=not no_questions, clip=clip, show=not as_json
        )
        if kept is not None:
            break
    _finish(clip, transcript, kept, quiet=quiet, as_json=as_json, today=day(today))


def _hear(
    mic: InputDevice, auto_stop: bool, max_seconds: float, today: dt.date, *, show: bool
) -> tuple[Path, Transcript, list[Entry]]:
    """Record, keep the clip, transcribe it and find the entries."""
    from cricketlog.audio.record import Stop
    from cricketlog.recordings import done, save_clip

    cfg = settings()
    captured = capture(
        mic,
        auto_stop=auto_stop,
        max_seconds=max_seconds,
        silence_seconds=cfg.silence_seconds,
        hint=stop_hint(auto_stop, cfg.silence_seconds),
        show=show,
    )
    reason = captured.recorder.reason
    if captured.audio.samples.size == 0:
        raise AudioError(
            "Nothing was recorded. Check the microphone with `cricketlog devices --test`."
        )
    clip = save_clip(cfg, captured.audio)
    if reason is Stop.INTERRUPTED:
        notice(f"Stopped. {KEPT}")
        raise typer.Exit(130)
    if reason is Stop.DEVICE_LOST:
        raise AudioError(f"The microphone stopped sending sound (unplugged?). {KEPT}")
    if reason is Stop.MAX_LENGTH:
        notice(f"Stopped at the {max_seconds:g} s limit.")
    try:
        transcript = captured.transcript()
    except AudioError as exc:
        if not captured.recorder.heard_speech:
            done(cfg, clip)
            raise AudioError(
                "No speech was heard. Check the microphone with `cricketlog devices --test`."
            ) from None
        raise AudioError(f"{exc} {KEPT}") from None
    except CricketlogError as exc:
        raise type(exc)(f"{exc} {KEPT}") from None
    entries = pipeline().extract(transcript.text, today)
    if show:
        console.print(f"[dim]Heard:[/] [italic]{transcript.text}[/]")
    return clip, transcript, entries


def _confirm(
    entries: list[Entry],
    mic: InputDevice,
    *,
    yes: bool,
    questions: bool,
    clip: Path,
    show: bool,
) -> list[Entry] | None:
    """The entries to save; None to record again."""
    from cricketlog.cli.confirm import RecordAgain, review
    from cricketlog.recordings import done

    if not entries:
        notice(f"No diary entry found in what was said. {KEPT}")
        if yes or not _ask_again():
            raise typer.Exit(1)
        done(settings(), clip)
        return None
    if yes:
        if show:
            show_entries(entries)
        return entries
    try:
        return review(entries, questions=questions, answer=voice_answer(mic), rerecord=True)
    except RecordAgain:
        done(settings(), clip)
        return None


def _ask_again() -> bool:
    from rich.prompt import Confirm

    return Confirm.ask("Record again?", default=True)


def _finish(
    clip: Path,
    transcript: Transcript,
    kept: list[Entry],
    *,
    quiet: bool,
    as_json: bool,
    today: dt.date,
) -> None:
    """Store the entries, let the clip go, print or emit them, and speak the confirmation."""
    from cricketlog.audio.load import sha256_of
    from cricketlog.recordings import done
    from cricketlog.store.source import Source

    cfg = settings()
    saved = pipeline().save(kept, Source(name=clip.name, sha256=sha256_of(clip)))
    done(cfg, clip)
    if as_json:
        emit_json(
            {
                "file": str(clip),
                "transcript": transcript.text,
                "entries": [e.to_json() for e in saved],
            }
        )
    elif saved:
        console.print(f"[green]Saved[/] {', '.join(f'#{e.id}' for e in saved)}.")
    else:
        console.print("Nothing saved.")
    _speak(saved, enabled=cfg.speak and not quiet, today=today)


def _speak(saved: list[SavedEntry], *, enabled: bool, today: dt.date) -> None:
    """Say one sentence per saved entry; a broken speech engine costs one notice, no entry."""
    from cricketlog.speak import SpeechError, confirmation, make_speaker

    speaker = make_speaker(enabled)
    for entry in saved:
        try:
            speaker.say(confirmation(entry, today))
        except SpeechError as exc:
            notice(str(exc))
            return


def _offer_pending(yes: bool) -> None:
    """Offer to finish recordings an earlier run left behind."""
    from cricketlog.recordings import pending

    waiting = pending(settings())
    if not waiting:
        return
    what = f"{len(waiting)} unfinished recording(s) from before"
    if yes or not interactive():
        notice(f"{what}: finish them with `cricketlog import --pending`.")
        return
    from rich.prompt import Confirm

    if Confirm.ask(f"{what}. Finish them now?", default=True):
        from cricketlog.cli.entries import import_

        with contextlib.suppress(typer.Exit):  # a failed clip stays pending; record anyway
            import_(files=[], pending=True)
