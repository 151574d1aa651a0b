"""The core's errors as HTTP answers: one table from error class to status, ``{"detail": ...}``.

The core's message is what a client needs (which field, which limit); the command line keeps its
own table over the same classes (:mod:`cricketlog.cli.errors`). Anything unexpected is answered
500 with a fixed sentence, the traceback going to the server's log only: a client never sees one.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Final

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from cricketlog.errors import (
    AudioError,
    Conflict,
    CricketlogError,
    ExtractionError,
    Invalid,
    NotAudioError,
    NotFound,
    StoreError,
    TooLarge,
    TranscriptionError,
    Unavailable,
)

log = logging.getLogger(__name__)


STATUS: Final[Mapping[type[CricketlogError], int]] = {
    NotAudioError: 415,
    TooLarge: 413,
    NotFound: 404,
    Invalid: 422,
    Conflict: 409,
    Unavailable: 503,
    AudioError: 422,  # silent, or no speech in it
    StoreError: 503,  # the database cannot be reached
    TranscriptionError: 503,
    ExtractionError: 503,
}
"""Error class -> HTTP status, kinds before places: the first entry an error is an instance of
decides, so a clip over the limit is 413 (not the 422 of other audio errors) and an entry that is
not there is 404 (not the 503 of a database that cannot be reached)."""


def status_of(exc: CricketlogError) -> int:
    """The HTTP status for ``exc`` (500 for a core error no entry covers)."""
    return next((status for cls, status in STATUS.items() if isinstance(exc, cls)), 500)


async def _core_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CricketlogError)
    status = status_of(exc)
    if status == 500:
        log.error("core error: %s", exc)
    return JSONResponse({"detail": str(exc)}, status_code=status)


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return JSONResponse({"detail": "Something went wrong on the server."}, status_code=500)


def install(app: FastAPI) -> None:
    """Answer the core's errors, and anything unexpected, in the contract's shape."""
    app.add_exception_handler(CricketlogError, _core_error)
    app.add_exception_handler(Exception, _unexpected)
