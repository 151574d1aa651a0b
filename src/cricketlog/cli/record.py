"""`cricketlog record` and `cricketlog devices`: the microphone, a live meter, a spoken reply.

The speech model loads on a background thread the moment recording starts, so it is ready by the
time the player stops talking, and :class:`~cricketlog.transcribe.early.EarlyTranscriber` has
usually transcribed the clip in the final pause already. The clip is written to the recordings
folder before it is transcribed and removed only once its entries are stored, so Ctrl-C, a crash
or a failure leaves it for ``cricketlog import --pending``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cricketlog.cli.app import app
from cricketlog.cli.common import (
    console,
    emit_json,
    err,
    error,
    interactive,
    notice,
    pipeline,
    settings,
)
from cricketlog.cli.entries import JsonOpt, TodayOpt, YesOpt, _day, _show
from cricketlog.errors import AudioError, CricketlogError

if TYPE_CHECKING:
    from rich.text import Text

    from cricketlog.audio import Audio
    from cricketlog.audio.devices import InputDevice
    from cricketlog.audio.record import Recorder
    from cricketlog.extract.schemas import Entry, SavedEntry
    from cricketlog.transcribe import Transcript
    from cricketlog.transcribe.early import EarlyTranscriber

DeviceOpt = Annotated[
    str | None,
    typer.Option("--device", "-d", help="Microphone name (or part of it) or number."),
]
ANSWER_MAX_S = 15.0
"""A spoken answer to a question is short."""
ANSWER_SILENCE_S = 1.0
"""...and ends sooner."""
ANSWER_WAIT_S = 6.0
"""With no speech by then, the answer is typed instead."""
KEPT = "Your recording is kept: finish it with `cricketlog import --pending`."


@dataclass
class Captured:
    """One recording, stopped, with what is needed to transcribe it."""

    audio: Audio
    recorder: Recorder
    early: EarlyTranscriber | None

    def transcript(self) -> Transcript:
        """The words: the early guess when it still holds, otherwise transcribed now."""
        if self.early is not None:
            return self.early.finish(self.audio)
        return pipeline().transcribe_audio(self.audio)


def capture(
    mic: InputDevice,
    *,
    auto_stop: bool,
    max_seconds: float,
    silence_seconds: float,
    hint: str,
    show: bool = True,
    early: bool = True,
    give_up_s: float | None = None,
) -> Captured:
    """Record from ``mic`` until Enter, silence after speech, the maximum length or Ctrl-C."""
    from cricketlog.audio.record import Recorder, Stop
    from cricketlog.transcribe.early import EarlyTranscriber

    core = pipeline()
    core.warm_up()  # the model loads while the player talks
    recorder = Recorder(
        mic, max_seconds=max_seconds, silence_seconds=silence_seconds, auto_stop=auto_stop
    )
    watcher = None
    with recorder:
        notice(f"Listening on {mic.name!r}.")
        if early:
            watcher = EarlyTranscriber(recorder, core.transcribe_audio).start()
        try:
            _wait(recorder, hint, show=show, give_up_s=give_up_s)
        except KeyboardInterrupt:
            recorder.stop(Stop.INTERRUPTED)
    if watcher is not None and recorder.reason in (Stop.INTERRUPTED, Stop.DEVICE_LOST):
        watcher.stop()  # nothing more will be transcribed from this recording
    return Captured(recorder.audio(), recorder, watcher)


def _wait(recorder: Recorder, hint: str, *, show: bool, give_up_s: float | None) -> None:
    from rich.live import Live

    enter = interactive()
    with (
        Live(
            get_renderable=lambda: _meter(recorder, hint),
            console=err,
            refresh_per_second=10,
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        if show
        else _nothing()
    ):
        while not recorder.wait(0.1):
            late = give_up_s is not None and recorder.elapsed_s > give_up_s
            if (enter and _enter_pressed()) or (late and not recorder.heard_speech):
                recorder.stop()


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_exc: object) -> None:
        return None


def _meter(recorder: Recorder, hint: str) -> Text:
    """One line: recording dot, elapsed time, a level bar and what stops the recording."""
    from rich.text import Text

    width = 24
    fill = round(width * min(1.0, max(0.0, (recorder.level_db + 60) / 60)))
    minutes, seconds = divmod(recorder.elapsed_s, 60)
    line = Text()
    line.append("● ", style="bold red")
    line.append(f"{int(minutes):02d}:{seconds:04.1f}  ")
    line.append("█" * fill, style="green" if recorder.heard_speech else "yellow")
    line.append("░" * (width - fill), style="dim")
    line.append(f"  {hint}", style="dim")
    return line


def _enter_pressed() -> bool:
    """Whether the player pressed Enter (the line is consumed); never blocks."""
    if sys.platform == "win32":
        import msvcrt

        return bool(msvcrt.kbhit()) and msvcrt.getwch() in "\r\n"
    import select

    if select.select([sys.stdin], [], [], 0)[0]:
        sys.stdin.readline()
        return True
    return False


def _stop_hint(auto_stop: bool, silence_s: float) -> str:
    if auto_stop:
        return f"Speak now; stops after {silence_s:g} s of silence (Enter stops, Ctrl-C cancels)"
    return "Speak now; press Enter when done (Ctrl-C cancels)"


def voice_answer(mic: InputDevice) -> Callable[[str], str]:
    """An answerer that takes a spoken answer, or a typed one when the player presses Enter."""
    from cricketlog.audio.record import Stop
    from cricketlog.cli.confirm import typed_answer

    def answer(question: str) -> str:
        console.print(f"[bold]{question}[/]")
        captured = capture(
            mic,
            auto_stop=True,
            max_seconds=ANSWER_MAX_S,
            silence_seconds=ANSWER_SILENCE_S,
            hint="Say it, or press Enter to type it",
            early=False,
            give_up_s=ANSWER_WAIT_S,
        )
        if captured.recorder.reason is Stop.INTERRUPTED:
            raise KeyboardInterrupt  # the recording itself is safe in the pending folder
        if not captured.recorder.heard_speech:
            return typed_answer(question)
        try:
            text = captured.transcript().text.strip().rstrip(".!?,")
        except AudioError:
            return typed_answer(question)
        console.print(f"[dim]Heard:[/] {text}")
        return text

    return answer


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
            mic, auto, max_seconds or cfg.max_audio_seconds, _day(today), show=not as_json
        )
        kept = _confirm(
            entries, mic, yes=yes, questions=not no_questions, clip=clip, show=not as_json
        )
        if kept is not None:
            break
    _finish(clip, transcript, kept, quiet=quiet, as_json=as_json, today=_day(today))


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
        hint=_stop_hint(auto_stop, cfg.silence_seconds),
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
            _show(entries)
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
    from cricketlog.store.repo import Source

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


@app.command()
def devices(
    test: Annotated[
        bool, typer.Option("--test", help="Show a live level meter for a few seconds.")
    ] = False,
    device: DeviceOpt = None,
    seconds: Annotated[float, typer.Option("--seconds", help="How long --test listens.")] = 5.0,
    as_json: JsonOpt = False,
) -> None:
    """List the microphones, or test one with a live level meter.

    Example: [cyan]cricketlog devices --test[/]
    """
    from cricketlog.audio.devices import find_input, list_inputs

    if test:
        _test(find_input(settings().input_device if device is None else device), seconds)
        return
    inputs = list_inputs()
    if as_json:
        emit_json({"devices": [vars(d) for d in inputs]})
        return
    if not inputs:
        raise AudioError("No microphone found. Plug one in, then run `cricketlog devices` again.")
    from rich.table import Table

    table = Table(title="Microphones", title_justify="left")
    for column in ("number", "name", "channels", "rate", "default"):
        table.add_column(column)
    for d in inputs:
        table.add_row(
            str(d.index),
            d.name,
            str(d.channels),
            f"{d.default_rate} Hz",
            "✓" if d.is_default else "",
        )
    console.print(table)
    console.print(
        "[dim]Pick one with --device NUMBER or NAME, or `cricketlog config set input_device`.[/]"
    )


def _test(mic: InputDevice, seconds: float) -> None:
    """Listen for ``seconds`` with the meter on, then say how loud it got."""
    from cricketlog.audio.record import Recorder, level_db

    recorder = Recorder(mic, max_seconds=seconds, silence_seconds=seconds, auto_stop=False)
    with recorder, contextlib.suppress(KeyboardInterrupt):
        _wait(recorder, f"Testing {mic.name!r}: say something", show=True, give_up_s=None)
    average = level_db(recorder.audio().samples)
    heard = "speech heard" if recorder.heard_speech else "no speech heard: speak up or check it"
    console.print(f"{mic.name}: {recorder.rate} Hz, average level {average:.0f} dB, {heard}.")
