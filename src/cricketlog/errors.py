"""Errors that carry a message fit to show a user.

Every failure a user can cause or fix (a bad file, a missing key, no microphone) is raised as a
:class:`CricketlogError` whose text is one line saying what went wrong and, where possible, what to
do. Front ends show that line and exit non-zero; anything else is a bug and may show a traceback.
"""


class CricketlogError(Exception):
    """Base class: ``str(error)`` is the one-line message for the user."""


class ConfigError(CricketlogError):
    """A setting is missing or invalid (bad TOML, unknown key, missing API key)."""


class AudioError(CricketlogError):
    """An audio file or device cannot be used (empty, silent, corrupt, too long, no microphone)."""


class NotAudioError(AudioError):
    """What was given is not audio: empty, not a format the decoder knows, or corrupt throughout."""


class AudioLimitError(AudioError):
    """A clip or a recording is over the length or size limit."""


class TranscriptionError(CricketlogError):
    """Speech could not be turned into text (model missing, API refused)."""


class ExtractionError(CricketlogError):
    """Text could not be turned into entries (API refused, bad answer)."""


class StoreError(CricketlogError):
    """The database cannot be reached or an entry cannot be found or saved."""


class NotFound(StoreError):
    """There is no such entry or user, or it belongs to someone else (the two look the same)."""


class AlreadyExists(StoreError):
    """A user with that email is already there."""
