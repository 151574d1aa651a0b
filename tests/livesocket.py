"""A client of the recording socket that behaves like the record page: shared by the socket's
tests and ``benchmarks/bench_web.py``.

It streams a clip the way MediaRecorder hands one over, in pieces of a quarter of a second of
sound sent at the pace they are recorded (``realtime``), and reads the server's messages on a task
of its own, keeping ``heard`` messages apart from the replies so a test can wait for each reply in
turn. No ``Origin`` is sent unless asked, as from any client that is not a browser.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

CHUNK_S = 0.25
"""MediaRecorder's timeslice in the record page: one chunk every quarter second."""
PCM16_BYTES_PER_S = 16000 * 2
Message = dict[str, Any]


class Closed(Exception):
    """The server closed the socket instead of replying; ``code`` is its close code."""

    def __init__(self, code: int | None) -> None:
        super().__init__(f"closed with code {code}")
        self.code = code


def socket_url(base: str, token: str | None = None) -> str:
    """The socket's URL on the server at ``base`` (``http://host:port``), with ``?token=``."""
    url = base.replace("http://", "ws://", 1) + "/ws/record"
    return f"{url}?token={token}" if token else url


def pieces(path: Path, fmt: str) -> list[bytes]:
    """``path`` cut into pieces of :data:`CHUNK_S` seconds of sound each (by its average rate)."""
    data = path.read_bytes()
    if fmt == "pcm16":
        seconds = len(data) / PCM16_BYTES_PER_S
    else:
        from cricketlog.audio.load import load

        seconds = load(path, max_seconds=3600, max_mb=100).duration_s
    size = max(1, math.ceil(len(data) * CHUNK_S / seconds))
    if fmt == "pcm16":
        size += size % 2
    return [data[at : at + size] for at in range(0, len(data), size)]


class Live:
    """One open socket: send messages and audio, wait for replies; ``heard`` collects the rest."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.heard: list[str] = []
        self.stopped_at = 0.0
        """``time.perf_counter()`` when the last ``stop`` was sent."""
        self.answered_in = 0.0
        """Seconds from that ``stop`` to its reply."""
        self._inbox: asyncio.Queue[Message | None] = asyncio.Queue()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                message = json.loads(raw)
                if message.get("type") == "heard":
                    self.heard.append(message["text"])
                else:
                    self._inbox.put_nowait(message)
        except ConnectionClosed:
            pass
        finally:
            self._inbox.put_nowait(None)

    @property
    def close_code(self) -> int | None:
        """The code the socket was closed with, once it is."""
        return self.ws.close_code

    async def send(self, **message: Any) -> None:
        await self._send(json.dumps(message))

    async def _send(self, data: str | bytes) -> None:
        """Send a frame; :class:`Closed` when the server has closed the socket."""
        try:
            await self.ws.send(data)
        except ConnectionClosed:
            await self.ws.wait_closed()
            raise Closed(self.ws.close_code) from None

    async def reply(self, timeout: float = 120) -> Message:
        """The server's next message other than ``heard``; :class:`Closed` if it closed."""
        message = await asyncio.wait_for(self._inbox.get(), timeout)
        if message is None:
            self._inbox.put_nowait(None)  # every later wait sees the close too
            await self.ws.wait_closed()
            raise Closed(self.ws.close_code)
        return message

    async def ask(self, **message: Any) -> Message:
        """Send a message and return the reply."""
        await self.send(**message)
        return await self.reply()

    async def stream(self, chunks: list[bytes], *, realtime: bool = True) -> None:
        """Send the audio, each piece when it would have been recorded."""
        started = time.perf_counter()
        for i, chunk in enumerate(chunks):
            if realtime:
                await asyncio.sleep(max(0.0, started + (i + 1) * CHUNK_S - time.perf_counter()))
            await self._send(chunk)

    async def record(
        self, path: Path, fmt: str, *, today: str | None = None, realtime: bool = True
    ) -> Message:
        """Start, stream ``path``, stop: the reply to ``stop`` (``entries`` or ``error``)."""
        await self.send(type="start", format=fmt, **({"today": today} if today else {}))
        await self.stream(pieces(path, fmt), realtime=realtime)
        self.stopped_at = time.perf_counter()
        await self.send(type="stop")
        reply = await self.reply()
        self.answered_in = time.perf_counter() - self.stopped_at
        return reply


@asynccontextmanager
async def live(
    base: str, token: str | None = None, *, origin: str | None = None, cookie: str | None = None
) -> AsyncIterator[Live]:
    """An open socket to the server at ``base``, closed on the way out."""
    headers = {"Cookie": cookie} if cookie else {}
    async with connect(
        socket_url(base, token),
        origin=origin,  # type: ignore[arg-type]
        additional_headers=headers,
        max_size=None,
        open_timeout=30,
    ) as ws:
        yield Live(ws)
