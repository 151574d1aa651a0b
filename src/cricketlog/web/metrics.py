"""Prometheus metrics at ``/metrics``: requests, recording sockets, speech and extraction times.

What an operator watches: requests answered by route and status and how long they took, the
recording sockets open now, how long transcription and extraction take, and how many clips wait
for the speech model. Routes are labelled by their template (``/api/entries/{entry_id}``), never
by the path a client sent, so the series stay few.

With ``--workers N`` each worker is a process of its own, and a scrape reaches only one of them;
``prometheus-client``'s multiprocess mode makes every worker write its values to files in one
folder that each scrape adds up. :func:`share_between_workers` sets that folder up (a fresh
temporary one, unless ``PROMETHEUS_MULTIPROC_DIR`` is set already) before uvicorn starts its
workers, which must be before ``prometheus_client`` is first imported in them. Several hosts are
scraped one by one; Prometheus adds them up.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any, Final

from fastapi import APIRouter, FastAPI
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

if TYPE_CHECKING:
    import datetime as dt

    from cricketlog.audio import Audio
    from cricketlog.entries.schemas import Entry
    from cricketlog.extract import Extractor
    from cricketlog.transcribe import Transcriber, Transcript

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

FOLDER_ENV: Final = "PROMETHEUS_MULTIPROC_DIR"
router = APIRouter(include_in_schema=False)

REQUESTS = Counter(
    "cricketlog_http_requests",
    "HTTP requests answered, by method, route template and status.",
    ["method", "route", "status"],
)
REQUEST_SECONDS = Histogram(
    "cricketlog_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route template.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
SOCKETS_OPEN = Gauge(
    "cricketlog_websocket_sessions_open",
    "Recording sockets open now.",
    multiprocess_mode="livesum",
)
SOCKETS_OPENED = Counter("cricketlog_websocket_sessions_opened", "Recording sockets accepted.")
TRANSCRIPTION_SECONDS = Histogram(
    "cricketlog_transcription_seconds",
    "Time to transcribe one clip (or one stretch of a live recording).",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128),
)
EXTRACTION_SECONDS = Histogram(
    "cricketlog_extraction_seconds",
    "Time to extract the entries from one transcript.",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
TRANSCRIPTION_QUEUE = Gauge(
    "cricketlog_transcription_queue_depth",
    "Clips waiting for the speech model.",
    multiprocess_mode="livesum",
)


def share_between_workers(workers: int) -> None:
    """With several workers, have them keep their metrics in one folder (see the module)."""
    if workers < 2 or os.environ.get(FOLDER_ENV):
        return
    folder = tempfile.mkdtemp(prefix="cricketlog-metrics-")
    os.environ[FOLDER_ENV] = folder
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


def process_ended() -> None:
    """Drop this worker's live gauges from the shared folder (its counters stay counted)."""
    if os.environ.get(FOLDER_ENV):
        multiprocess.mark_process_dead(os.getpid())


@router.get("/metrics")
def metrics() -> Response:
    """Every metric, of every worker, in Prometheus' text format."""
    registry = REGISTRY
    if os.environ.get(FOLDER_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)


class TimedTranscriber:
    """A transcriber whose every clip is timed into :data:`TRANSCRIPTION_SECONDS`."""

    def __init__(self, inner: Transcriber) -> None:
        self.inner = inner
        self.name = inner.name

    def transcribe(self, audio: Audio) -> Transcript:
        with TRANSCRIPTION_SECONDS.time():
            return self.inner.transcribe(audio)

    def __getattr__(self, name: str) -> Any:  # load() and whatever else the backend offers
        return getattr(self.inner, name)


class TimedExtractor:
    """An extractor whose every transcript is timed into :data:`EXTRACTION_SECONDS`."""

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner
        self.name = inner.name

    def extract(self, text: str, today: dt.date) -> list[Entry]:
        with EXTRACTION_SECONDS.time():
            return self.inner.extract(text, today)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _route(scope: Scope) -> str:
    """The route template that answered (FastAPI puts it in the scope), never the raw path."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str):
        return path
    return "/static" if scope.get("path", "").startswith("/static/") else "unmatched"


class MetricsMiddleware:
    """Counts and times HTTP requests, and counts the sockets open (pure ASGI, so a socket is
    seen from accept to close, and streamed answers are timed to their last byte)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            await self._socket(scope, receive, send)
        elif scope["type"] == "http":
            await self._request(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _request(self, scope: Scope, receive: Receive, send: Send) -> None:
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        started = time.perf_counter()
        try:
            await self.app(scope, receive, sending)
        finally:
            route, method = _route(scope), scope["method"]
            REQUESTS.labels(method, route, str(status)).inc()
            REQUEST_SECONDS.labels(method, route).observe(time.perf_counter() - started)

    async def _socket(self, scope: Scope, receive: Receive, send: Send) -> None:
        accepted = False

        async def sending(message: Message) -> None:
            nonlocal accepted
            if message["type"] == "websocket.accept" and not accepted:
                accepted = True
                SOCKETS_OPENED.inc()
                SOCKETS_OPEN.inc()
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            if accepted:
                SOCKETS_OPEN.dec()


def install(app: FastAPI) -> None:
    """Count the app's requests and sockets."""
    app.add_middleware(MetricsMiddleware)
