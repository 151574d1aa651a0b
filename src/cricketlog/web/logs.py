"""The server's logs: one line per request with its id, JSON when asked, and never a secret.

Every request gets an id: the ``X-Request-ID`` a reverse proxy sent when it looks like one, else
a new one. It is echoed in the answer's ``X-Request-ID`` header and carried by every log line
written while the request is served (worker threads included: they run in a copy of the request's
context), so a user's complaint, a proxy's log and the server's log meet on one id.

The access line is written here rather than by uvicorn, with the path but never the query
string: the recording socket takes its token as ``?token=``. Every line, whoever wrote it, is
scrubbed on its way out (:mod:`cricketlog.web.redact`: the socket's token in uvicorn's own
lines, a bearer token or a password in an error's text), so a secret that slipped into a message
is still not written.

``log_format = "json"`` (the setting, or ``cricketlog serve --log-format json``) writes one JSON
object a line, for a log collector; the default is text for a person.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from contextvars import ContextVar
from typing import Any, Final

from fastapi import FastAPI

from cricketlog.web.metrics import ASGIApp, Message, Receive, Scope, Send
from cricketlog.web.redact import scrub

HEADER: Final = "X-Request-ID"
REQUEST_ID: ContextVar[str] = ContextVar("cricketlog_request_id", default="")
INCOMING_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
"""An id from a proxy is kept only when it is short and plain (it is written to every line)."""
access_log = logging.getLogger("cricketlog.access")

ACCESS_FIELDS: Final = ("method", "path", "status", "duration_ms", "client")


class RequestIdFilter(logging.Filter):
    """Gives each record the id of the request being served (empty outside one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Tag, and let the record through."""
        record.request_id = REQUEST_ID.get()
        return True


class TextFormatter(logging.Formatter):
    """``time level logger [id] message``, scrubbed."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s %(id_part)s%(message)s")

    def format(self, record: logging.LogRecord) -> str:
        """One scrubbed line (the traceback, if any, below it)."""
        request_id = getattr(record, "request_id", "")
        record.id_part = f"[{request_id}] " if request_id else ""
        return scrub(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, request_id, the access fields."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as JSON, every text in it scrubbed."""
        line: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": scrub(record.getMessage()),
        }
        if request_id := getattr(record, "request_id", ""):
            line["request_id"] = request_id
        for name in ACCESS_FIELDS:
            if (value := getattr(record, name, None)) is not None:
                line[name] = scrub(value) if isinstance(value, str) else value
        if record.exc_info:
            line["exception"] = scrub(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


def log_config(log_format: str = "text") -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn and the app: one handler on standard error,
    scrubbed, with request ids, text or JSON."""
    formatter = "json" if log_format == "json" else "text"
    handler = {
        "class": "logging.StreamHandler",
        "stream": "ext://sys.stderr",
        "formatter": formatter,
        "filters": ["request_id"],
    }
    logger = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": f"{__name__}.RequestIdFilter"}},
        "formatters": {
            "text": {"()": f"{__name__}.TextFormatter"},
            "json": {"()": f"{__name__}.JsonFormatter"},
        },
        "handlers": {"default": handler},
        "loggers": {
            "uvicorn": logger,
            "uvicorn.error": {"level": "INFO"},
            "uvicorn.access": {"level": "WARNING"},  # the access line is written here instead
            "cricketlog": logger,
        },
    }


def _request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            incoming = value.decode("latin-1")
            if INCOMING_ID.fullmatch(incoming):
                return incoming
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Names each request and socket, echoes the name, and writes the access line."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = _request_id(scope)
        reset = REQUEST_ID.set(request_id)
        status = 0

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] in ("http.response.start", "websocket.http.response.start"):
                status = int(message["status"])
                message["headers"] = [
                    *message.get("headers", ()),
                    (b"x-request-id", request_id.encode()),
                ]
            elif message["type"] == "websocket.accept":
                status = 101
                message["headers"] = [
                    *message.get("headers", ()),
                    (b"x-request-id", request_id.encode()),
                ]
            elif message["type"] == "websocket.close" and not status:
                status = 403  # closed before accepting: refused at the handshake
            await send(message)

        started = time.perf_counter()
        try:
            await self.app(scope, receive, sending)
        finally:
            self._log(scope, status or 500, time.perf_counter() - started)
            REQUEST_ID.reset(reset)

    @staticmethod
    def _log(scope: Scope, status: int, seconds: float) -> None:
        method = scope.get("method", "WEBSOCKET")
        path = scope.get("path", "")  # never the query string: the socket's token is in it
        client = scope.get("client")
        address = client[0] if client else ""
        duration_ms = round(seconds * 1000, 1)
        access_log.info(
            '%s "%s %s" %d %.1f ms',
            address,
            method,
            path,
            status,
            duration_ms,
            extra={
                "method": method,
                "path": path,
                "status": status,
                "duration_ms": duration_ms,
                "client": address,
            },
        )


def install(app: FastAPI) -> None:
    """Name every request and socket, and log each once."""
    app.add_middleware(RequestIdMiddleware)
