"""Listening to the microphone from the command line: the live meter, stopping, spoken answers.

Shared by `cricketlog record` and `cricketlog devices --test`. The speech model starts loading
the moment recording starts, so it is ready by the time the player stops talking, and
:class:`~cricketlog.transcribe.early.EarlyTranscriber` has usually transcribed the clip in the
final pause already.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

import typer

from cricketlog.cli.common import console, err, interactive, notice, pipeline
from cricketlog.errors import AudioError

if TYPE_CHECKING:
    from pathlib import Path

    from rich.text import Text

    from cricketlog.audio import Audio
    from cricketlog.audio.devices import InputDevice
    from cricketlog.audio.record import Recorder
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


@dataclass
class Captured:
    """One recording, stopped, with what is needed to transcribe it."""

    audio: Audio
    recorder: Recorder
    early: EarlyTranscriber | None
    gave_up: bool = False
    """Stopped because no speech came within the wait."""

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
    clip: Path | None = None,
) -> Captured:
    """Record from ``mic`` until Enter, silence after speech, the maximum length or Ctrl-C;
    with ``clip``, written to that file as it is recorded."""
    from cricketlog.audio.record import Recorder, Stop
    from cricketlog.transcribe.early import EarlyTranscriber

    core = pipeline()
    core.warm_up()  # the model loads while the player talks
    recorder = Recorder(
        mic,
        max_seconds=max_seconds,
        silence_seconds=silence_seconds,
        auto_stop=auto_stop,
        clip=clip,
    )
    watcher, gave_up = None, False
    with recorder:
        notice(f"Listening on {mic.name!r}.")
        if early:
            watcher = EarlyTranscriber(recorder, core.transcribe_audio).start()
        try:
            gave_up = wait_for_stop(recorder, hint, show=show, give_up_s=give_up_s)
        except KeyboardInterrupt:
            recorder.stop(Stop.INTERRUPTED)
    if watcher is not None and recorder.reason in (Stop.INTERRUPTED, Stop.DEVICE_LOST):
        watcher.stop()  # nothing more will be transcribed from this recording
    return Captured(recorder.audio(), recorder, watcher, gave_up)


def wait_for_stop(recorder: Recorder, hint: str, *, show: bool, give_up_s: float | None) -> bool:
    """Show the meter until the recording stops; whether it was stopped for want of speech."""
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
            if enter and _enter_pressed():
                recorder.stop()
            elif give_up_s is not None and recorder.elapsed_s > give_up_s:
                if recorder.heard_speech:
                    continue
                recorder.stop()
                return True
    return False


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


def stop_hint(auto_stop: bool, silence_s: float) -> str:
    if auto_stop:
        return f"Speak now; stops after {silence_s:g} s of silence or Enter (Ctrl-C keeps it)"
    return "Speak now; press Enter when done (Ctrl-C keeps the clip)"


def voice_answer(mic: InputDevice, *, speak: bool) -> Callable[[str], str]:
    """An answerer that asks aloud (with ``speak``) and takes a spoken answer, or a typed one
    when the player presses Enter or says nothing within :data:`ANSWER_WAIT_S`."""
    from cricketlog.audio.record import Stop
    from cricketlog.cli.confirm import typed_answer
    from cricketlog.speak import SpeechError, make_speaker

    speaker = make_speaker(speak)

    def say(text: str) -> None:
        nonlocal speaker
        try:
            speaker.say(text)
        except SpeechError as exc:  # once: the questions go on in writing
            notice(str(exc).split(";")[0] + "; the questions are asked in writing.")
            speaker = make_speaker(False)

    def answer(question: str) -> str:
        console.print(f"[bold]{question}[/]")
        say(question)
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
            if captured.gave_up:
                notice(NOTHING_HEARD)
                say(NOTHING_HEARD)
            return typed_answer(question)
        try:
            text = captured.transcript().text.strip().rstrip(".!?,")
        except AudioError:
            notice(NOTHING_HEARD)
            return typed_answer(question)
        console.print(f"[dim]Heard:[/] {text}")
        return text

    return answer


NOTHING_HEARD = "Nothing heard. Type the answer instead."
