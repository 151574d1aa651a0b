"""`cricketlog record`: from the microphone to saved entries and a spoken reply.

The speech model loads on a background thread the moment recording starts, so it is ready by the
time the player stops talking, and :class:`~cricketlog.transcribe.early.EarlyTranscriber` has
usually transcribed the clip in the final pause already. The recording is a
:class:`~cricketlog.diary.Draft` of a pending clip: written before it is transcribed, with every
answer written beside it, and removed only once its entries are stored, so Ctrl-C (while
recording or at any question), a crash or a failure leaves it for ``cricketlog import --pending``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
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
    from cricketlog.diary import Draft
KEPT = "Your recording is kept with your answers: finish it with `cricketlog import --pending`."


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
    speaking = cfg.speak and not quiet
    try:
        while True:
            draft = _hear(
                mic,
                auto,
                max_seconds or cfg.max_audio_seconds,
                day(today),
                yes=yes,
                show=not as_json,
            )
            if draft is not None and _confirm(
                draft, mic, yes=yes, questions=not no_questions, speak=speaking, show=not as_json
            ):
                break
    except KeyboardInterrupt:
        notice(f"Stopped. {KEPT}")
        raise typer.Exit(130) from None
    _finish(draft, speak=speaking, as_json=as_json)


def _hear(
    mic: InputDevice, auto_stop: bool, max_seconds: float, today: dt.date, *, yes: bool, show: bool
) -> Draft | None:
    """Record, keep the clip, transcribe it and find the entries; None to record again."""
    from cricketlog.audio.record import Stop
    from cricketlog.diary import Draft, start_recording
    from cricketlog.recordings import discard

    cfg = settings()
    clip = start_recording(pipeline(), today)  # written as it is said: a crash keeps it
    try:
        captured = capture(
            mic,
            auto_stop=auto_stop,
            max_seconds=max_seconds,
            silence_seconds=cfg.silence_seconds,
            hint=stop_hint(auto_stop, cfg.silence_seconds),
            show=show,
            clip=clip.path,
        )
    except CricketlogError:
        discard(clip)
        raise
    reason = captured.recorder.reason
    if captured.audio.samples.size == 0:
        discard(clip)
        raise AudioError(
            "Nothing was recorded. Check the microphone with `cricketlog devices --test`."
        )
    if reason is Stop.INTERRUPTED:
        raise KeyboardInterrupt
    if reason is Stop.DEVICE_LOST:
        raise AudioError(f"The microphone stopped sending sound (unplugged?). {KEPT}")
    if reason is Stop.MAX_LENGTH:
        notice(f"Stopped at the {max_seconds:g} s limit.")
    try:
        transcript = captured.transcript()
    except AudioError as exc:
        if not captured.recorder.heard_speech:
            discard(clip)
            raise AudioError(
                "No speech was heard, so the recording is not kept. "
                "Check the microphone with `cricketlog devices --test`."
            ) from None
        raise AudioError(f"{exc} {KEPT}") from None
    except CricketlogError as exc:
        raise type(exc)(f"{exc} {KEPT}") from None
    draft = Draft.from_clip(pipeline(), clip, transcript.text)
    if show:
        console.print(f"[dim]Heard:[/] [italic]{transcript.text}[/]")
    if draft.entries:
        return draft
    notice(f"No diary entry found in what was said: {transcript.text!r}.")
    if not yes and _ask("Record again?", default=True):
        draft.discard()
        return None
    if not yes and _ask("Keep the recording to finish it later?", default=False):
        notice(KEPT)
    else:
        draft.discard()
        notice("The recording is not kept.")
    raise typer.Exit(1)


def _confirm(
    draft: Draft, mic: InputDevice, *, yes: bool, questions: bool, speak: bool, show: bool
) -> bool:
    """Settle which entries to save; False to record again."""
    from cricketlog.cli.confirm import RecordAgain, review, settle_duplicates

    if yes:
        if show:
            show_entries(draft.entries)
    else:
        try:
            review(draft, questions=questions, answer=voice_answer(mic, speak=speak), rerecord=True)
        except RecordAgain:
            draft.discard()
            return False
    settle_duplicates(draft, yes=yes)
    return True


def _ask(question: str, *, default: bool) -> bool:
    from rich.prompt import Confirm

    return Confirm.ask(question, default=default)


def _finish(draft: Draft, *, speak: bool, as_json: bool) -> None:
    """Store the entries, let the clip go, print or emit them, and speak the confirmation."""
    from cricketlog.cli.confirm import report_saved, say_saved

    saved = draft.save()
    if as_json:
        emit_json(
            {
                "file": None if draft.kept is None else str(draft.kept),
                "transcript": draft.transcript,
                "entries": [e.to_json() for e in saved],
            }
        )
    else:
        report_saved(saved)
    say_saved(saved, today=draft.today, show=not as_json, speak=speak)


def _offer_pending(yes: bool) -> None:
    """Offer to finish recordings an earlier run left behind."""
    from cricketlog.cli.entries import local_pending

    waiting = local_pending()
    if not waiting:
        return
    what = f"{len(waiting)} unfinished recording(s) from before"
    if yes or not interactive():
        notice(
            f"{what}: finish them with `cricketlog import --pending` "
            "(or delete them with `cricketlog import --discard-pending`)."
        )
        return
    if _ask(f"{what}. Finish them now?", default=True):
        from cricketlog.cli.entries import import_

        with contextlib.suppress(typer.Exit):  # a failed clip stays pending; record anyway
            import_(files=[], pending=True)
