"""One speech model per process, shared fairly by every recording the server is transcribing.

Whisper on the CPU spreads one transcription over every core, so two at once only make both
slower (and hold two copies of the working memory): transcriptions run on a small fixed pool of
worker threads (one by default), never on the event loop. Which job runs next is decided round
robin across sessions rather than first come, first served: each session (one socket's recording,
one upload) has a queue of its own, and a free worker takes the oldest job of the next session in
the ring. A long recording transcribed again in every pause of its speaker therefore cannot hold
up a short one whose player has just pressed Stop.

Jobs come from threads (the early transcriber of a live recording waits on its own thread) and
from the event loop (awaited); :attr:`TranscriptionQueue.depth` is how many wait, for the metrics.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from cricketlog.audio import Audio
from cricketlog.errors import Unavailable
from cricketlog.transcribe import Transcript


class QueueClosed(Unavailable):
    """The server is shutting down: nothing more is transcribed."""


@dataclass(frozen=True)
class _Job:
    audio: Audio
    future: Future[Transcript]


class TranscriptionQueue:
    """Transcriptions of many sessions, run ``workers`` at a time, taken round robin by session.

    ``transcribe`` does one transcription (the shared pipeline's, which trims and then
    transcribes with the one model); it runs on the workers only. ``on_depth`` is told the number
    of waiting jobs whenever it changes (a metric's gauge).
    """

    def __init__(
        self,
        transcribe: Callable[[Audio], Transcript],
        workers: int = 1,
        on_depth: Callable[[int], None] | None = None,
    ) -> None:
        self._transcribe = transcribe
        self._on_depth = on_depth
        self._depth = 0
        self._waiting: OrderedDict[str, deque[_Job]] = OrderedDict()
        self._lock = threading.Lock()
        self._running = 0
        self._closed = False
        # One pool task per job, each taking whichever job is fairest when it runs, so every job
        # runs exactly once and the pool's own first-in first-out order does not matter.
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="cricketlog-transcribe")

    @property
    def depth(self) -> int:
        """Transcriptions waiting for a worker (not counting those running)."""
        with self._lock:
            return self._depth

    @property
    def running(self) -> int:
        """Transcriptions under way now."""
        with self._lock:
            return self._running

    def submit(self, key: str, audio: Audio) -> Future[Transcript]:
        """Queue ``audio`` for the session ``key``; its transcript (or error) comes in the future.

        :class:`QueueClosed` once the queue is closed.
        """
        job = _Job(audio, Future())
        with self._lock:
            if self._closed:
                raise QueueClosed("The server is shutting down; try again in a moment.")
            self._waiting.setdefault(key, deque()).append(job)
            self._count(+1)
            self._pool.submit(self._run_next)
        return job.future

    def transcribe(self, key: str, audio: Audio) -> Transcript:
        """Transcribe ``audio`` in its turn, waiting on this thread (never on the event loop)."""
        return self.submit(key, audio).result()

    async def transcribe_async(self, key: str, audio: Audio) -> Transcript:
        """Transcribe ``audio`` in its turn; the event loop goes on meanwhile."""
        return await asyncio.wrap_future(self.submit(key, audio))

    def _next(self) -> _Job | None:
        """The oldest job of the session whose turn it is; that session goes to the back."""
        with self._lock:
            if not self._waiting:
                return None
            key, jobs = self._waiting.popitem(last=False)
            job = jobs.popleft()
            if jobs:
                self._waiting[key] = jobs
            self._count(-1)
            self._running += 1
            return job

    def _run_next(self) -> None:
        job = self._next()
        if job is None:
            return
        try:
            if job.future.set_running_or_notify_cancel():  # False: its session went away
                try:
                    job.future.set_result(self._transcribe(job.audio))
                except BaseException as exc:  # the waiter gets the error, whatever it is
                    job.future.set_exception(exc)
        finally:
            with self._lock:
                self._running -= 1

    def _count(self, change: int) -> None:
        """Keep the depth (under the lock) and report it."""
        self._depth += change
        if change and self._on_depth is not None:
            self._on_depth(self._depth)

    def close(self) -> None:
        """Stop taking jobs, fail the waiting ones, and wait for those running to finish."""
        with self._lock:
            self._closed = True
            left = [job for jobs in self._waiting.values() for job in jobs]
            self._waiting.clear()
            self._count(-len(left))
        for job in left:
            if job.future.set_running_or_notify_cancel():
                job.future.set_exception(QueueClosed("The server is shutting down."))
        self._pool.shutdown(wait=True)
