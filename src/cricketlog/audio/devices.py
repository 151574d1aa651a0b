"""Microphones: list them, pick one, and say in one line what to do when that fails.

sounddevice wraps PortAudio, a C library that a server or a slim container may not have, so it is
imported here, inside functions, and only by commands that record: ``history``, ``import`` and
``extract`` work without it. Every PortAudio failure a user can fix (no library, no microphone, a
busy or unplugged one, no permission) becomes an :class:`AudioError` that says how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from cricketlog.audio import SAMPLE_RATE
from cricketlog.errors import AudioError

NO_LIBRARY = (
    "Cannot record: the PortAudio library is missing. Install it "
    "(Debian/Ubuntu: sudo apt install libportaudio2; macOS: brew install portaudio)."
)
NO_MICROPHONE = (
    "No microphone found. Plug one in or pick one with --device (see `cricketlog devices`)."
)


@dataclass(frozen=True)
class InputDevice:
    """One device that can record."""

    index: int
    """PortAudio's number for it (what ``--device 3`` means)."""
    name: str
    """The name the system gives it (``--device`` matches part of it)."""
    channels: int
    """How many input channels it has."""
    default_rate: int
    """Its preferred sample rate, used when it cannot record at 16 kHz."""
    is_default: bool = False
    """Whether it is the system's default input."""


def sounddevice() -> ModuleType:
    """The sounddevice module; :class:`AudioError` when PortAudio cannot be loaded."""
    try:
        import sounddevice as sd
    except OSError:  # sounddevice raises OSError at import when libportaudio is missing
        raise AudioError(NO_LIBRARY) from None
    return sd


def list_inputs() -> list[InputDevice]:
    """Every device with at least one input channel, as PortAudio sees them now."""
    sd = sounddevice()
    try:
        default = sd.default.device[0]
        found = sd.query_devices()
    except sd.PortAudioError as exc:
        raise device_error(exc, "the microphone") from None
    if isinstance(default, int) and default < 0:
        default = None
    return [
        InputDevice(
            index=int(info["index"]),
            name=str(info["name"]),
            channels=int(info["max_input_channels"]),
            default_rate=int(info["default_samplerate"]),
            is_default=info["index"] == default or (default is None and info["name"] == "default"),
        )
        for info in found
        if info["max_input_channels"] > 0
    ]


def find_input(spec: str = "") -> InputDevice:
    """The device ``spec`` names (an index, or part of a name); the default one when empty."""
    inputs = list_inputs()
    if not inputs:
        raise AudioError(NO_MICROPHONE)
    spec = spec.strip()
    if not spec:
        return next((d for d in inputs if d.is_default), inputs[0])
    if spec.isdigit():
        matches = [d for d in inputs if d.index == int(spec)]
    else:
        exact = [d for d in inputs if d.name.lower() == spec.lower()]
        matches = exact or [d for d in inputs if spec.lower() in d.name.lower()]
    if not matches:
        raise AudioError(
            f"No microphone matches {spec!r}. Run `cricketlog devices` to see the names and "
            "numbers to pass to --device."
        )
    if len(matches) > 1:
        names = ", ".join(f"{d.index} {d.name!r}" for d in matches)
        raise AudioError(f"{spec!r} matches several microphones ({names}): use the number.")
    return matches[0]


def sample_rate_for(device: InputDevice) -> int:
    """16 kHz when the device can record at that rate, otherwise its own default rate."""
    sd = sounddevice()
    try:
        sd.check_input_settings(
            device=device.index, channels=1, dtype="float32", samplerate=SAMPLE_RATE
        )
    except (sd.PortAudioError, ValueError):
        return device.default_rate
    return SAMPLE_RATE


def device_error(exc: Exception, name: str) -> AudioError:
    """A PortAudio failure on ``name`` as a one-line message saying what to do."""
    text = str(exc).lower()
    if "permission" in text or "access denied" in text or "not permitted" in text:
        return AudioError(
            f"Permission denied to use {name}. Allow this terminal to use the microphone "
            "(on Linux: add yourself to the 'audio' group; on macOS: System Settings > "
            "Privacy > Microphone)."
        )
    if "busy" in text or "unavailable" in text or "unanticipated host error" in text:
        return AudioError(
            f"{name} is busy or was unplugged. Close other programs using it, check the cable, "
            "or pick another with --device (see `cricketlog devices`)."
        )
    if "invalid device" in text or "querying device" in text or "no default" in text:
        return AudioError(NO_MICROPHONE)
    return AudioError(f"Cannot record from {name}: {str(exc).splitlines()[0]}")
