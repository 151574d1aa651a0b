"""The command line: a thin door onto the core.

Each command parses its arguments, calls :mod:`cricketlog.pipeline` or the store, and shows the
result. :func:`main` turns the core's :class:`~cricketlog.errors.CricketlogError` into one line on
stderr and exit code 1, so a user never sees a traceback for a mistake they can fix.
"""

from __future__ import annotations

import atexit
import gc
import sys

from cricketlog.cli import config, devices, entries, history, record  # noqa: F401  (registers commands)
from cricketlog.cli.app import app
from cricketlog.cli.common import error
from cricketlog.errors import CricketlogError


def main() -> None:
    """Entry point of the ``cricketlog`` script."""
    # At exit the interpreter's last garbage collection walks every object that the speech
    # model, Rich and Pydantic made (0.15 s on two cores) just before the OS frees them all
    # anyway; frozen objects are skipped. Files and databases are closed where they are opened.
    atexit.register(gc.freeze)
    try:
        app()
    except CricketlogError as exc:
        error(str(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        error("Interrupted.")
        sys.exit(130)
