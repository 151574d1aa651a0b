"""The recording socket, ``/ws/record``: a thin door over :mod:`cricketlog.web.live`.

The route checks who is calling before anything else: a browser's ``Origin`` must be this server
(or one the settings allow; a client that is not a browser sends none), and ``?token=`` or the
login cookie must name a user. Either failing closes the socket with 1008 before a single frame
is read. The socket is accepted first so that the client sees the close code (a handshake refused
outright is only an HTTP 403 to it), but nothing is read or sent before the close.

Then every frame goes to the user's :class:`~cricketlog.web.live.LiveSession` on a worker thread
(decoding, waiting for the speech model, the database), one at a time, in order. Replies and the
``heard`` messages the early transcriber produces on its own thread go out through one outbox,
so they never interleave mid-message. However the socket ends, the session is ended on a thread
that cancellation cannot interrupt, which leaves an unfinished recording pending for its user.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import anyio
import anyio.to_thread
from fastapi import APIRouter, WebSocket
from starlette.websockets import WebSocketDisconnect, WebSocketState

from cricketlog.web.live import LiveSession, Message, Reply

if TYPE_CHECKING:
    from collections.abc import Callable

    from cricketlog.config import Settings
    from cricketlog.web.state import WebState

router = APIRouter()
POLICY = 1008
"""WebSocket close code: not allowed (no valid login, a foreign page)."""
CALLS_AT_ONCE = 64
"""Session calls on worker threads at once, over all sockets: a call may wait its turn for the
speech model, so these threads are kept apart from the ones that serve ordinary requests."""


@dataclass(frozen=True)
class _Close:
    code: int


def origin_allowed(origin: str | None, host: str | None, settings: Settings) -> bool:
    """Whether a page from ``origin`` may open the socket on the server reached as ``host``.

    No ``Origin`` is a client that is not a browser (browsers always send one). Otherwise the
    origin's host and port must be the server's own, or the origin one of ``allowed_origins``.
    """
    if origin is None:
        return True
    if host and urlsplit(origin).netloc.lower() == host.lower():
        return True
    allowed = {_origin(item) for item in settings.allowed_origins.split(",") if item.strip()}
    return _origin(origin) in allowed


def _origin(text: str) -> str:
    parts = urlsplit(text.strip().rstrip("/"))
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _limiter(websocket: WebSocket) -> anyio.CapacityLimiter:
    state = websocket.app.state
    if getattr(state, "live_calls", None) is None:
        state.live_calls = anyio.CapacityLimiter(CALLS_AT_ONCE)
    limiter: anyio.CapacityLimiter = state.live_calls
    return limiter


@router.websocket("/ws/record")
async def record(websocket: WebSocket) -> None:
    """One player's live recordings (see the contract's steps 1-6)."""
    from cricketlog.web.auth import socket_user

    web: WebState = websocket.app.state.web
    await websocket.accept()
    allowed = origin_allowed(
        websocket.headers.get("origin"), websocket.headers.get("host"), web.settings
    )
    user = await anyio.to_thread.run_sync(socket_user, websocket) if allowed else None
    if user is None:
        await websocket.close(POLICY)
        return
    key = f"socket-{uuid.uuid4().hex}"
    pipeline = web.pipeline(user.id, queued=True, owner_key=key)
    outbox: asyncio.Queue[Message | _Close] = asyncio.Queue()
    loop = asyncio.get_running_loop()

    def heard(message: Message) -> None:  # called on the early transcriber's thread
        loop.call_soon_threadsafe(outbox.put_nowait, message)

    session = LiveSession(pipeline, pipeline.transcribe_audio, heard)
    sender = asyncio.create_task(_send_all(websocket, outbox))
    limiter = _limiter(websocket)
    try:
        await _receive_all(websocket, session, outbox, limiter)
        await sender  # the last replies, then the close code if there is one
    finally:
        sender.cancel()
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(session.end, limiter=limiter)


async def _receive_all(
    websocket: WebSocket,
    session: LiveSession,
    outbox: asyncio.Queue[Message | _Close],
    limiter: anyio.CapacityLimiter,
) -> None:
    """Hand each frame to the session until the client goes or a reply closes the socket."""
    while True:
        frame = await websocket.receive()
        if frame["type"] == "websocket.disconnect":
            outbox.put_nowait(_Close(0))
            return
        if frame.get("bytes") is not None:
            act: Callable[[Any], Reply] = session.receive_audio
            body: Any = frame["bytes"]
        else:
            act, body = session.receive_text, frame.get("text") or ""
        reply = await anyio.to_thread.run_sync(act, body, limiter=limiter)
        for message in reply.messages:
            outbox.put_nowait(message)
        if reply.close is not None:
            outbox.put_nowait(_Close(reply.close))
            return


async def _send_all(websocket: WebSocket, outbox: asyncio.Queue[Message | _Close]) -> None:
    """Send what the outbox holds, in order; a close (code 0: the client left) ends it."""
    try:
        while True:
            item = await outbox.get()
            if isinstance(item, _Close):
                if item.code and websocket.client_state is WebSocketState.CONNECTED:
                    await websocket.close(item.code)
                return
            await websocket.send_json(item)
    except (WebSocketDisconnect, RuntimeError, OSError):
        return  # the client went while a message was on its way: its session ends anyway
