"""Health checks for whoever runs the server: ``/healthz`` (alive) and ``/readyz`` (ready).

A container runtime or orchestrator restarts a process that is not alive, and a load balancer
sends requests only to processes that are ready, so the two answer different questions.
``/healthz`` answers from the event loop at once, touching nothing: it says the process is
scheduling work, and stays fast while the worker threads transcribe. ``/readyz`` asks the database
one question and makes sure the speech model is loaded (the model loads once per process, see
:mod:`cricketlog.transcribe.local`), each in a worker thread under a time limit, and answers 503
naming what is not ready until both are; a database that comes back makes it ready again with no
restart, since the pooled store reconnects by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import anyio
import anyio.to_thread
from fastapi import APIRouter
from fastapi.responses import JSONResponse

from cricketlog.errors import CricketlogError
from cricketlog.web.auth import Web
from cricketlog.web.state import WebState

router = APIRouter(include_in_schema=False)
CHECK_SECONDS: Final = 3.0
"""How long one readiness check may take before it counts as failed."""


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """Alive: the process answers."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(web: Web) -> JSONResponse:
    """Ready: the database answers and the speech model is loaded; else 503 saying which not."""
    checks = {
        "database": await _check(web.store.ping),
        "model": await _check(lambda: _load_model(web)),
    }
    ready = all(result == "ok" for result in checks.values())
    body: dict[str, Any] = {"status": "ready" if ready else "not ready", "checks": checks}
    return JSONResponse(body, status_code=200 if ready else 503)


def _load_model(web: WebState) -> None:
    """The speech model, loaded: at once when it is, after the load when it is loading."""
    load = getattr(web.transcriber, "load", None)  # a remote transcriber has nothing to load
    if load is not None:
        load()


async def _check(probe: Callable[[], None]) -> str:
    """``"ok"``, or why ``probe`` failed or did not finish within :data:`CHECK_SECONDS`."""
    try:
        with anyio.fail_after(CHECK_SECONDS):
            await anyio.to_thread.run_sync(probe, abandon_on_cancel=True)
    except TimeoutError:
        return f"no answer within {CHECK_SECONDS:g} s"
    except CricketlogError as exc:
        return str(exc)
    return "ok"
