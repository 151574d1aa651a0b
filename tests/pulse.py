"""A private PulseAudio server for the recording tests: a real audio device without hardware.

The server gets a null sink called ``mic``; whatever is played into it (``paplay``) comes out of
its monitor, the default source, so PortAudio's ``default`` and ``pulse`` devices (ALSA's pulse
plugin, from libasound2-plugins) hear it as if a player spoke into a microphone. Each server has
its own runtime folder and socket under /tmp, so test runs never clash with each other or with a
desktop session, and it runs as root too (PulseAudio only warns). ``PULSE_SERVER`` points clients
at it. Needs the Debian packages pulseaudio, pulseaudio-utils, libasound2-plugins, libportaudio2.
When pulseaudio is missing the tests skip, except in CI (``CI=true``), where that is a failure.
Also here: an environment without PortAudio, and one warm speech model shared by the audio tests.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from cricketlog.pipeline import Pipeline

TOOLS = ("pulseaudio", "paplay", "pactl")


class Pulse:
    """A running server: ``env`` points clients at it; :meth:`play` speaks into the mic."""

    def __init__(self, folder: Path, process: subprocess.Popen[bytes]) -> None:
        self.folder = folder
        self.process = process
        self.socket = folder / "native"
        self.env = {"PULSE_SERVER": f"unix:{self.socket}"}

    def client_env(self) -> dict[str, str]:
        """The current environment plus this server."""
        return {**os.environ, **self.env}

    def play(self, wav: Path) -> subprocess.Popen[bytes]:
        """Start playing ``wav`` into the ``mic`` sink; returns the paplay process."""
        return subprocess.Popen(["paplay", "--device=mic", str(wav)], env=self.client_env())

    def pactl(self, *args: str) -> None:
        """Run a pactl command against this server."""
        subprocess.run(["pactl", *args], env=self.client_env(), check=True, capture_output=True)


def require_pulse() -> None:
    """Skip (or fail in CI) when the PulseAudio tools are not installed."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        reason = f"needs PulseAudio ({', '.join(missing)} not found: apt install pulseaudio "
        reason += "pulseaudio-utils libasound2-plugins libportaudio2)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@contextmanager
def running_pulse() -> Iterator[Pulse]:
    """Start a private server, wait until it answers, stop it afterwards."""
    require_pulse()
    folder = Path(tempfile.mkdtemp(prefix="cl-pulse-"))  # short: socket paths max 108 bytes
    env = {
        **os.environ,
        "HOME": str(folder),
        "XDG_RUNTIME_DIR": str(folder),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "PULSE_RUNTIME_PATH": str(folder / "runtime"),
    }
    env.pop("PULSE_SERVER", None)
    process = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "-n",
            "--system=false",
            "--exit-idle-time=-1",
            "--use-pid-file=false",
            "--log-target=stderr",
            "--log-level=error",
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={folder / 'native'}",
            "--load=module-null-sink sink_name=mic rate=16000 channels=1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    pulse = Pulse(folder, process)
    try:
        _wait_ready(pulse)
        pulse.pactl("set-default-sink", "mic")
        pulse.pactl("set-default-source", "mic.monitor")
        yield pulse
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(folder, ignore_errors=True)


def _wait_ready(pulse: Pulse) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if pulse.process.poll() is not None:
            stderr = pulse.process.stderr.read().decode() if pulse.process.stderr else ""
            raise RuntimeError(f"pulseaudio exited: {stderr.strip()}")
        if pulse.socket.exists():
            probe = subprocess.run(["pactl", "info"], env=pulse.client_env(), capture_output=True)
            if probe.returncode == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("pulseaudio did not start within 10 s")


def reload_portaudio() -> None:
    """Make this process's PortAudio list devices again (it lists them once, at import)."""
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


@pytest.fixture(scope="module")
def pulse() -> Iterator[Pulse]:
    """One private PulseAudio server per test module, with this process pointed at it."""
    with running_pulse() as server:
        old = os.environ.get("PULSE_SERVER")
        os.environ.update(server.env)
        reload_portaudio()
        try:
            yield server
        finally:
            if old is None:
                os.environ.pop("PULSE_SERVER", None)
            else:
                os.environ["PULSE_SERVER"] = old
            reload_portaudio()


HIDE_PORTAUDIO = """
import ctypes.util

_find = ctypes.util.find_library
ctypes.util.find_library = lambda name: None if "portaudio" in name else _find(name)
"""


def without_portaudio(folder: Path) -> dict[str, str]:
    """An environment in which Python cannot find libportaudio, as on a machine without it.

    A ``sitecustomize`` makes ``ctypes.util.find_library`` miss it, which is how sounddevice looks
    for the library (and why it raises OSError at import when the package is not installed).
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(HIDE_PORTAUDIO)
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}


@pytest.fixture(scope="session")
def warm_pipeline() -> Pipeline:
    """A pipeline with the speech model loaded, shared by the tests that transcribe in-process."""
    from cricketlog.config import load_settings
    from cricketlog.pipeline import Pipeline

    core = Pipeline(load_settings())
    for thread in core.warm_up():
        thread.join()
    return core
