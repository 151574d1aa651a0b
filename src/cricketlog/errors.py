"""Errors that carry a message fit to show a user, and the kind of failure each one is.

Every failure a user can cause or fix (a bad file, a missing key, no microphone) is raised as a
:class:`CricketlogError` whose text is one line saying what went wrong, in the core's own words:
which entry, which setting, which field. It never says which flag, command or button would fix
it, because the core does not know which door it was called through.

Each front door keeps one table from error class to its own words and status: the command line's
is :func:`cricketlog.cli.errors.table` (a hint naming the command or flag, and an exit code); a
web layer maps the same classes to HTTP statuses. A table entry covers a class and every class
below it, so the five kinds here (:class:`NotFound`, :class:`Invalid`, :class:`Conflict`,
:class:`TooLarge`, :class:`Unavailable`) give every door a sensible default, and a narrower class
(``MissingApiKey``) gets advice of its own where a door has better to say.

Two families meet here: *where* a failure happened (:class:`ConfigError`, :class:`AudioError`,
...) and *what kind* it is. A concrete error names both as bases, e.g.
``class UnknownSetting(ConfigError, NotFound)``.
"""


class CricketlogError(Exception):
    """Base class: ``str(error)`` is the one-line message for the user."""


class NotFound(CricketlogError):
    """Something named does not exist: an entry id, a setting, a file, a microphone."""


class Invalid(CricketlogError):
    """A value breaks the entry contract or a setting's rule: the input must change."""


class Conflict(CricketlogError):
    """The request clashes with what is stored: already saved, the database not empty."""


class TooLarge(CricketlogError):
    """Input over a documented limit: audio length or size, text length."""


class Unavailable(CricketlogError):
    """A service or device cannot be used now: the database, OpenAI, a microphone, a key."""


class ConfigError(CricketlogError):
    """A setting is missing or invalid (bad TOML, unknown key, missing API key)."""


class AudioError(CricketlogError):
    """An audio file or device cannot be used (empty, silent, corrupt, too long, no microphone)."""


class NotAudioError(AudioError, Invalid):
    """What was given is not audio: empty, not a format the decoder knows, or corrupt throughout."""


class AudioLimitError(AudioError, TooLarge):
    """A clip or a recording is over the length or size limit."""


class TranscriptionError(CricketlogError):
    """Speech could not be turned into text (model missing, API refused)."""


class ExtractionError(CricketlogError):
    """Text could not be turned into entries (API refused, bad answer)."""


class StoreError(CricketlogError):
    """The database cannot be reached or an entry cannot be found or saved."""
