"""The one place the stages are strung together.

    audio file or microphone clip
      -> audio.load (16 kHz mono) -> audio.trim (no silence)
      -> transcribe (local faster-whisper or OpenAI)           => text
      -> extract (rules or OpenAI)                              => entries
      -> store (SQLite or PostgreSQL)                           => saved entries

Front ends (the CLI now, a web server later) call these steps and decide what happens between
them (showing the entries, asking to confirm). Nothing here prints, prompts or exits. Components
are built on first use, so a command that only extracts text never loads a speech model.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cricketlog.audio import Audio
from cricketlog.config import Settings, ensure_home
from cricketlog.entries.schemas import Entry, SavedEntry
from cricketlog.extract import Extractor, make_extractor
from cricketlog.store.source import TYPED, Source
from cricketlog.transcribe import Transcriber, Transcript, make_transcriber

if TYPE_CHECKING:
    from cricketlog.store import Query, Store, UserEntries


class Pipeline:
    """Settings plus lazily built stages: the core's front door, acting for one user.

    The command line gives only settings: the database is the configured one, in the tool's own
    data folder by default, and the user the one the settings name (the local user unless they
    name another). A server passes the ``store`` it shares between requests and the user's id,
    and the transcriber and extractor it shares between users (one speech model per process).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        store: Store | None = None,
        user_id: int | None = None,
        transcriber: Transcriber | None = None,
        extractor: Extractor | None = None,
    ) -> None:
        self.settings = settings
        self._transcriber = transcriber
        self._extractor = extractor
        self._store = store
        self._user_id = user_id
        # One lock a stage, so that a warm-up thread and the caller never build one twice, and
        # waiting for one stage never waits for another.
        self._building = {
            stage: threading.Lock() for stage in ("transcriber", "extractor", "store", "user")
        }

    @property
    def transcriber(self) -> Transcriber:
        """The configured transcriber (built once)."""
        with self._building["transcriber"]:
            if self._transcriber is None:
                self._transcriber = make_transcriber(self.settings)
            return self._transcriber

    @property
    def extractor(self) -> Extractor:
        """The configured extractor (built once)."""
        with self._building["extractor"]:
            if self._extractor is None:
                self._extractor = make_extractor(self.settings)
            return self._extractor

    @property
    def store(self) -> Store:
        """The database (the configured one unless given), opened on first use."""
        with self._building["store"]:
            if self._store is None:
                from cricketlog.store import Store

                ensure_home(self.settings)
                self._store = Store(self.settings.db_url)
            return self._store

    @property
    def owner(self) -> str:
        """The name of this pipeline's user's own folders (pending recordings): ``local`` for
        the command line's user unless a server named the user, so ``record`` need not open the
        database before it starts listening."""
        return LOCAL if self._user_id is None else f"user-{self._user_id}"

    @property
    def entries(self) -> UserEntries:
        """The entries of the user this pipeline acts for (the database migrated if need be)."""
        store = self.store
        with self._building["user"]:
            if self._user_id is None:
                self._user_id = store.users.acting(self.settings.user).id
        return store.entries(self._user_id)

    def warm_up(self, *, extract: bool = True, store: bool = True) -> list[threading.Thread]:
        """Get the stages ready on background threads while the caller does other work.

        One thread loads the speech model, which runs in native code. Another, when asked,
        builds the extractor (Python imports, which hold the interpreter lock, so they mostly
        run while the caller is transcribing in native code rather than after it) and then makes
        sure the database is there at the newest schema (a new one is created and migrated).

        Warming up is best effort: any failure is left for the real call to raise, where the
        front end reports it (and a process that is already exiting may fail an import). The
        model's thread is not a daemon, because killing a thread inside CTranslate2 aborts the
        process; the other is, so an early exit does not wait for its imports, but it opens the
        database on a thread of its own that is not, so that an exit never interrupts a migration.
        """

        def load_model() -> None:
            load = getattr(self.transcriber, "load", None)
            if load is not None:
                load()

        def open_store() -> None:
            self.entries  # noqa: B018  (the database and the user, made ready on first access)

        def prepare() -> None:
            if extract:
                self.extractor  # noqa: B018  (built on first access)
            if store:  # not a daemon: an exit waits rather than cut a migration short
                threading.Thread(
                    target=_best_effort(open_store), name="cricketlog-open_store", daemon=False
                ).start()

        tasks = [(load_model, False)] + ([(prepare, True)] if extract or store else [])
        threads = [
            threading.Thread(
                target=_best_effort(task), name=f"cricketlog-{task.__name__}", daemon=daemon
            )
            for task, daemon in tasks
        ]
        for thread in threads:
            thread.start()
        return threads

    def transcribe_file(self, path: Path) -> Transcript:
        """Load, trim and transcribe one audio file."""
        from cricketlog.audio.load import load

        audio = load(
            path,
            max_seconds=self.settings.max_audio_seconds,
            max_mb=self.settings.max_audio_mb,
        )
        return self.transcribe_audio(audio)

    def transcribe_audio(self, audio: Audio) -> Transcript:
        """Trim and transcribe a clip already in memory (from a file or the microphone)."""
        from cricketlog.audio.trim import trim

        return self.transcriber.transcribe(trim(audio))

    def extract(self, text: str, today: dt.date | None = None) -> list[Entry]:
        """The entries ``text`` describes, dated against ``today`` (the real today by default)."""
        return self.extractor.extract(text, today or dt.date.today())

    def extract_many(
        self, texts: Sequence[str], today: dt.date | None = None
    ) -> Iterator[list[Entry]]:
        """The entries of each text in turn, as :meth:`extract` gives them.

        A long batch for the rules extractor (pure CPU work) is spread over the cores by forked
        worker processes, which inherit the compiled extractor; the order is kept. Elsewhere, and
        for short batches, the texts go through one by one.
        """
        day = today or dt.date.today()
        workers = os.cpu_count() or 1
        if self.extractor.name != "rules" or len(texts) < PARALLEL_MIN or workers < 2:
            yield from (self.extract(text, day) for text in texts)
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if "fork" not in multiprocessing.get_all_start_methods():
            yield from (self.extract(text, day) for text in texts)
            return
        global _forked
        _forked = self.extractor
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            yield from pool.map(functools.partial(_extract_forked, today=day), texts, chunksize=64)

    def saved_from(self, sha256: str) -> list[SavedEntry]:
        """Entries this pipeline's user already stored from the audio file with this hash.

        A first import finds the database not there yet and leaves creating it to the warm-up
        thread; otherwise the store reads through the driver, so that checking a file before
        transcribing it does not wait for SQLAlchemy to import.
        """
        if not self.store.exists():
            return []
        return self.entries.by_source(sha256)

    def find(self, query: Query) -> list[SavedEntry]:
        """This pipeline's user's stored entries matching ``query`` (none before a first save)."""
        if not self.store.exists():
            return []
        return self.entries.find(query)

    def save(self, entries: list[Entry], source: Source = TYPED) -> list[SavedEntry]:
        """Store ``entries`` together (all or none) for this pipeline's user.

        Entries from an audio file saved before (by a run that finished first) come back as
        they were saved, not as a second set; see :meth:`cricketlog.store.UserEntries.add`.
        """
        if not entries:
            return []
        return self.entries.add(entries, source)


LOCAL = "local"
"""The folder name of the command line's own user (see :attr:`Pipeline.owner`)."""
PARALLEL_MIN = 400
"""Batches shorter than this are not worth starting worker processes for."""
_forked: Extractor | None = None
"""The extractor forked workers use (set just before they are started)."""


def _extract_forked(text: str, today: dt.date) -> list[Entry]:
    assert _forked is not None
    return _forked.extract(text, today)


def _best_effort(task: Callable[[], None]) -> Callable[[], None]:
    """``task`` with any exception swallowed: for work whose real call comes later."""

    def run() -> None:
        with contextlib.suppress(Exception):
            task()

    run.__name__ = task.__name__
    return run
