"""The command line: a thin door onto the core.

Each command parses its arguments, calls :mod:`cricketlog.pipeline` or the store, and shows the
result. :func:`main` turns the core's :class:`~cricketlog.errors.CricketlogError` into one line on
stderr and the exit code that :mod:`cricketlog.cli.errors` gives it, so a user never sees a
traceback for a mistake they can fix.
"""

from __future__ import annotations

import atexit
import gc
import sys

# Importing the command modules registers their commands.
from cricketlog.cli import (  # noqa: F401
    config,
    devices,
    entries,
    entry,
    history,
    record,
    serve,
    users,
)
from cricketlog.cli.app import app
from cricketlog.cli.common import error
from cricketlog.cli.errors import advice, describe
from cricketlog.errors import CricketlogError


def main() -> None:
    """Entry point of the ``cricketlog`` script."""
    # At exit the interpreter's last garbage collection walks every object that the speech
    # model, Rich and Pydantic made (a noticeable part of a short command) just before the OS
    # frees them all anyway; frozen objects are skipped. Files and databases are closed where
    # they are opened.
    atexit.register(gc.freeze)
    try:
        app()
    except CricketlogError as exc:
        error(describe(exc))
        sys.exit(advice(exc).code)
    except KeyboardInterrupt:
        error("Interrupted.")
        sys.exit(130)
