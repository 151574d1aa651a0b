"""The one table from the core's errors to what the command line adds and how it exits.

The core's message says what went wrong; :func:`table` adds how to fix it from here (which flag,
which command) and the exit code the user guide documents: 1 when something failed, 2 when the
command was used wrongly: flags that clash, a value a flag, setting or field cannot take, a
question asked where nobody can answer. (A file that is not audio is
:class:`~cricketlog.errors.Invalid` too, but the command was used rightly: 1.) The first class in
an error's ancestry that the table names decides, so an entry covers the classes below it and a
narrower class can say more. A web layer keeps its own table over the same classes.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from cricketlog.errors import CricketlogError


class UsageError(CricketlogError):
    """The command was used wrongly: flags that clash, or a question nobody can answer."""


@dataclass(frozen=True)
class Advice:
    """What the command line adds to an error: a hint after the message, and the exit code."""

    code: int = 1
    hint: str = ""


@functools.cache
def table() -> Mapping[type[CricketlogError], Advice]:
    # Imported here, not at the top: the classes live beside the code that raises them, and
    # the table is only needed once something has failed.
    from cricketlog.accounts import BadAccount
    from cricketlog.cli.users import NoSuchAccount
    from cricketlog.config import BadSetting, UnknownSetting
    from cricketlog.entries.edits import EditError, UnknownField
    from cricketlog.entries.schemas import OutsideCalendar
    from cricketlog.openai_client import ApiKeyRejected, MissingApiKey
    from cricketlog.reports.summary import WindowError
    from cricketlog.store.errors import EntryNotFound, UserNotFound

    use_local = (
        "or use the offline backends: `cricketlog config set transcriber local` and "
        "`cricketlog config set extractor rules`."
    )
    return {
        UsageError: Advice(2),
        UnknownSetting: Advice(2, "`cricketlog config show` lists the settings."),
        BadSetting: Advice(2),
        UnknownField: Advice(2, "`cricketlog show ID` shows the entry's fields by name."),
        EditError: Advice(2, "Nothing was changed."),
        WindowError: Advice(2),
        OutsideCalendar: Advice(2),
        EntryNotFound: Advice(1, "`cricketlog history` lists your entries."),
        BadAccount: Advice(2, "Nothing was changed."),
        NoSuchAccount: Advice(1, "`cricketlog users list` lists the accounts."),
        UserNotFound: Advice(1, "`cricketlog config show` shows the user setting."),
        MissingApiKey: Advice(
            1, f"Set OPENAI_API_KEY or run `cricketlog config set openai_api_key KEY`, {use_local}"
        ),
        ApiKeyRejected: Advice(
            1,
            "Check OPENAI_API_KEY or `cricketlog config set openai_api_key KEY`, " + use_local,
        ),
    }


def advice(exc: CricketlogError) -> Advice:
    """The advice for ``exc``: the table's entry for its nearest class, else exit code 1."""
    known = table()
    for cls in type(exc).__mro__:
        if cls in known:
            return known[cls]
    return DEFAULT


DEFAULT: Final = Advice()


def describe(exc: CricketlogError) -> str:
    """The one line to show for ``exc``: the core's message, then the command line's hint."""
    hint = advice(exc).hint
    return f"{exc} {hint}" if hint else str(exc)
