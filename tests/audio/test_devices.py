"""Finding microphones, and one clear line for each way that can fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cricketlog.audio.devices import (
    NO_LIBRARY,
    NO_MICROPHONE,
    device_error,
    find_input,
    list_inputs,
    sample_rate_for,
)
from cricketlog.errors import AudioError
from pulse import Pulse, pulse, without_portaudio  # noqa: F401  (fixture)


def test_lists_the_pulseaudio_inputs(pulse: Pulse) -> None:  # noqa: F811
    names = {d.name for d in list_inputs()}
    assert {"pulse", "default"} <= names
    default = find_input()
    assert default.is_default and default.channels > 0


def test_finds_a_device_by_number_or_name(pulse: Pulse) -> None:  # noqa: F811
    by_name = find_input("PULSE")
    assert by_name.name == "pulse"
    assert find_input(str(by_name.index)) == by_name
    assert sample_rate_for(by_name) == 16_000


def test_a_bogus_device_name_says_where_to_look(pulse: Pulse) -> None:  # noqa: F811
    with pytest.raises(
        AudioError, match=r"No microphone matches 'no-such-mic'.*cricketlog devices"
    ):
        find_input("no-such-mic")
    with pytest.raises(AudioError, match="No microphone matches '99'"):
        find_input("99")


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )


def test_no_pulseaudio_running_means_no_microphone(tmp_path: Path) -> None:
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path}/none"}
    code = "from cricketlog.audio.devices import find_input\nfind_input()"
    result = run_python(code, env)
    assert result.returncode != 0
    assert NO_MICROPHONE in result.stderr


def test_missing_portaudio_is_one_line_saying_what_to_install(tmp_path: Path) -> None:
    code = (
        "from cricketlog.audio.devices import list_inputs\n"
        "from cricketlog.errors import AudioError\n"
        "try:\n    list_inputs()\nexcept AudioError as exc:\n    print(exc)"
    )
    result = run_python(code, without_portaudio(tmp_path))
    assert result.stdout.strip() == NO_LIBRARY
    assert "libportaudio2" in NO_LIBRARY


@pytest.mark.parametrize(
    ("portaudio_says", "expected"),
    [
        ("Error opening InputStream: Device unavailable [PaErrorCode -9985]", "busy or was"),
        ("Error starting stream: Unanticipated host error [PaErrorCode -9999]", "unplugged"),
        ("Error opening InputStream: Permission denied [PaErrorCode -9999]", "Permission denied"),
        ("Error querying device -1", "No microphone found"),
    ],
)
def test_portaudio_failures_become_what_to_do(portaudio_says: str, expected: str) -> None:
    import sounddevice as sd

    message = str(device_error(sd.PortAudioError(portaudio_says), "the microphone 'USB'"))
    assert expected in message
    assert "\n" not in message
