"""The app factory: one FastAPI app over one database, built from the settings.

``create_app(settings)`` makes a fresh app (tests build one per test, each with its own
database); ``cricketlog serve`` hands the factory to uvicorn, so each worker process builds its
own. On startup the app opens the core's pooled store (creating or migrating the database if
need be), loads the speech model and builds the extractor once for the process, and keeps them
in one :class:`~cricketlog.web.state.WebState` on ``app.state.web``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from cricketlog.config import Settings, ensure_home, load_settings
from cricketlog.web import errors, logs, metrics
from cricketlog.web.state import WebState

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
ROUTERS = (
    "cricketlog.web.api",
    "cricketlog.web.socket",
    "cricketlog.web.pages",
    "cricketlog.web.health",
    "cricketlog.web.metrics",
)
"""The modules whose ``router`` the app includes, in order (one a line)."""


def open_state(settings: Settings) -> WebState:
    """The process's shared state: the store opened (and migrated), the secret, the throttle."""
    from cricketlog.store import Store
    from cricketlog.web.auth import load_secret
    from cricketlog.web.throttle import Throttle

    ensure_home(settings)
    store = Store(settings.db_url, pooled=True)
    store.open()
    return WebState(settings, store, load_secret(settings), Throttle(settings.redis_url))


def _warm_up(web: WebState) -> None:
    """Load the model and extractor now; a failure is left for the first request to report."""
    try:
        web.warm_up()
    except Exception as exc:
        log.warning("could not get the speech model or extractor ready: %s", exc)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The web app over ``settings`` (read from the config file and environment by default)."""
    settings = settings or load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        web = await anyio.to_thread.run_sync(open_state, settings)
        await anyio.to_thread.run_sync(_warm_up, web)
        app.state.web = web
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(web.close)
            await anyio.to_thread.run_sync(web.store.close)
            metrics.process_ended()

    app = FastAPI(
        title="cricketlog",
        lifespan=lifespan,
        docs_url=None,  # the interactive docs load scripts from a CDN; the app loads nothing
        redoc_url=None,  # from elsewhere
        openapi_url="/api/openapi.json",
    )
    errors.install(app)
    metrics.install(app)
    logs.install(app)  # outermost: the request id is set before anything else runs
    for name in ROUTERS:
        app.include_router(importlib.import_module(name).router)
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    return app
