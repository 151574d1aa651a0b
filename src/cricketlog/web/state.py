"""What one server process shares between requests: settings, the pooled store, the signing
secret, the login throttle, and one transcriber and one extractor.

The speech model is the heaviest thing the server holds, so a process loads it once and every
user's pipeline uses it; transcription runs on a worker thread, never on the event loop, one clip
at a time (the model already uses every core it is given), taken fairly across sessions
(:mod:`cricketlog.web.transcribing`).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from cricketlog.config import Settings

if TYPE_CHECKING:
    from cricketlog.audio import Audio
    from cricketlog.extract import Extractor
    from cricketlog.pipeline import Pipeline
    from cricketlog.store import Store
    from cricketlog.transcribe import Transcriber, Transcript
    from cricketlog.web.throttle import Throttle
    from cricketlog.web.transcribing import TranscriptionQueue


class WebState:
    """The process's shared things; one per app, on ``app.state.web``."""

    def __init__(self, settings: Settings, store: Store, secret: str, limiter: Throttle) -> None:
        self.settings = settings
        self.store = store
        self.secret = secret
        """Signs the tokens (see :mod:`cricketlog.web.auth`)."""
        self.limiter = limiter
        """Counts failed logins (see :mod:`cricketlog.web.throttle`)."""
        self._transcriber: Transcriber | None = None
        self._extractor: Extractor | None = None
        self._building = threading.Lock()
        self._queue: TranscriptionQueue | None = None

    @property
    def transcriber(self) -> Transcriber:
        """The process's one transcriber (its model loaded on first use)."""
        with self._building:
            if self._transcriber is None:
                from cricketlog.transcribe import make_transcriber
                from cricketlog.web.metrics import TimedTranscriber

                self._transcriber = TimedTranscriber(make_transcriber(self.settings))
            return self._transcriber

    @property
    def extractor(self) -> Extractor:
        """The process's one extractor."""
        with self._building:
            if self._extractor is None:
                from cricketlog.extract import make_extractor
                from cricketlog.web.metrics import TimedExtractor

                self._extractor = TimedExtractor(make_extractor(self.settings))
            return self._extractor

    def warm_up(self) -> None:
        """Load the speech model and build the extractor now (blocking), so the first
        recording does not wait for them."""
        load = getattr(self.transcriber, "load", None)
        if load is not None:
            load()
        self.extractor  # noqa: B018  (built on first access)

    @property
    def transcriptions(self) -> TranscriptionQueue:
        """The queue every transcription waits in for the one model (its depth is a metric)."""
        with self._building:
            if self._queue is None:
                from cricketlog.web.metrics import TRANSCRIPTION_QUEUE
                from cricketlog.web.transcribing import TranscriptionQueue

                self._queue = TranscriptionQueue(self._transcribe, on_depth=TRANSCRIPTION_QUEUE.set)
            return self._queue

    def _transcribe(self, audio: Audio) -> Transcript:
        return self.transcriber.transcribe(audio)

    def close(self) -> None:
        """Finish the transcriptions under way and refuse new ones (the server is stopping)."""
        with self._building:
            queue, self._queue = self._queue, None
        if queue is not None:
            queue.close()

    def pipeline(
        self, user_id: int, *, queued: bool = False, owner_key: str | None = None
    ) -> Pipeline:
        """The core's pipeline acting for ``user_id``, over the shared store and stages.

        A ``queued`` pipeline is for core calls run on a worker thread (an upload's draft, a live
        recording): its transcriptions wait their turn in :attr:`transcriptions`, as the user's
        or, given ``owner_key``, as that session's.
        """
        from cricketlog.pipeline import Pipeline

        key = owner_key or f"user-{user_id}"
        transcriber = _Queued(self, key) if queued else self.transcriber
        return Pipeline(
            self.settings,
            store=self.store,
            user_id=user_id,
            transcriber=transcriber,
            extractor=self.extractor,
        )

    async def transcribe(self, owner_key: str, audio: Audio) -> Transcript:
        """The words in ``audio`` (as given, not trimmed), transcribed on a worker thread.

        ``owner_key`` names whose clip it is (a user or a recording session), so that clips can
        be queued fairly between them.
        """
        return await self.transcriptions.transcribe_async(owner_key, audio)


class _Queued:
    """The shared transcriber as a worker thread sees it: each clip waits its turn in
    :attr:`WebState.transcriptions` on that thread."""

    def __init__(self, web: WebState, owner_key: str) -> None:
        self._web = web
        self._owner_key = owner_key
        self.name = web.transcriber.name

    def transcribe(self, audio: Audio) -> Transcript:
        """The words in ``audio``, once its turn comes."""
        return self._web.transcriptions.transcribe(self._owner_key, audio)
