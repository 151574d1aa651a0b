"""`cricketlog devices`: list the microphones, or test one with a live level meter."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Annotated

import typer

from cricketlog.cli.app import app
from cricketlog.cli.common import JsonOpt, console, emit_json, settings
from cricketlog.cli.listen import DeviceOpt, wait_for_stop
from cricketlog.errors import AudioError

if TYPE_CHECKING:
    from cricketlog.audio.devices import InputDevice


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
        wait_for_stop(recorder, f"Testing {mic.name!r}: say something", show=True, give_up_s=None)
    average = level_db(recorder.audio().samples)
    heard = "speech heard" if recorder.heard_speech else "no speech heard: speak up or check it"
    console.print(f"{mic.name}: {recorder.rate} Hz, average level {average:.0f} dB, {heard}.")
