"""The diary workflow of one recording or note: review, answer, save, release.

A :class:`Draft` holds the unsaved entries that one recording, audio file or typed note gave, for
one user, and is the only way entries are made and saved from what a player says: the command
line's ``record``, ``import`` and ``add`` and the web app's recording socket drive the same object
and differ only in how they ask. It applies answers to the questions for missing fields (read as
short spoken answers are read) and field changes (checked against the contract, errors naming the
field), re-extracts on request, warns of near-duplicates, and saves all its entries or none.

A recording is kept on disk as a pending clip (:mod:`cricketlog.recordings`) from before it is
transcribed until its entries are saved or the player discards it; every answer and change is
written beside it at once, so an interrupted draft is finished later exactly where it stopped,
dated against the day it was said. Nothing here prints, prompts or exits.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from cricketlog.entries.edits import EditError, set_field
from cricketlog.recordings import Change, PendingClip
from cricketlog.store.source import TYPED, Source

if TYPE_CHECKING:
    from cricketlog.audio import Audio
    from cricketlog.entries.schemas import Entry, SavedEntry
    from cricketlog.pipeline import Pipeline


def keep_recording(pipeline: Pipeline, audio: Audio, today: dt.date | None = None) -> PendingClip:
    """Write a whole recording into its user's pending folder before anything else happens to
    it (audio that arrived in one piece: an upload, a stream that has ended)."""
    from cricketlog.recordings import keep

    return keep(pipeline.settings, pipeline.owner, audio, today=today or dt.date.today())


def start_recording(pipeline: Pipeline, today: dt.date | None = None) -> PendingClip:
    """A pending clip for a recording about to start, to be written as it is made (see
    :mod:`cricketlog.audio.sink`); its day is remembered before the first word."""
    from cricketlog.recordings import adopt, new_path

    path = new_path(pipeline.settings, pipeline.owner)
    return adopt(path, today=today or dt.date.today())


def pending_clips(pipeline: Pipeline) -> list[PendingClip]:
    """The recordings of this pipeline's user that wait to be finished, oldest first."""
    from cricketlog.recordings import pending

    return pending(pipeline.settings, pipeline.owner)


class Draft:
    """The unsaved entries of one recording or note, for one user.

    Entries are numbered from 0 in :attr:`entries`; a number that is not there raises
    :class:`~cricketlog.entries.edits.EditError` like a field that is not there.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        entries: list[Entry],
        *,
        transcript: str,
        today: dt.date,
        source: Source = TYPED,
        clip: PendingClip | None = None,
        already_saved: list[SavedEntry] | None = None,
    ) -> None:
        self._pipeline = pipeline
        self._entries = list(entries)
        self.transcript = transcript
        """What was said or typed."""
        self.today = today
        """The day dates were read against."""
        self.source = source
        """Where the entries come from, as they will be saved."""
        self.clip = clip
        """The pending recording the entries come from, kept until saved or discarded."""
        self.already_saved = already_saved or []
        """Entries stored from this very audio before (then there is nothing new to save)."""
        self.kept: Path | None = None
        """Where the recording went once released: the kept recordings, or None (deleted)."""

    @classmethod
    def from_text(cls, pipeline: Pipeline, text: str, today: dt.date | None = None) -> Draft:
        """The entries of a typed note."""
        day = today or dt.date.today()
        return cls(pipeline, pipeline.extract(text, day), transcript=text, today=day)

    @classmethod
    def from_file(
        cls, pipeline: Pipeline, path: Path, *, today: dt.date | None = None, again: bool = False
    ) -> Draft:
        """The entries of an audio file of the player's; one imported before is not heard again
        (its entries are in :attr:`already_saved`) unless ``again``."""
        from cricketlog.audio.load import check_file, sha256_of

        check_file(path, pipeline.settings.max_audio_mb)
        day = today or dt.date.today()
        source = Source(name=path.name, sha256=sha256_of(path), again=again)
        if not again and source.sha256 and (before := pipeline.saved_from(source.sha256)):
            return cls(pipeline, [], transcript="", today=day, source=source, already_saved=before)
        text = pipeline.transcribe_file(path).text
        return cls(pipeline, pipeline.extract(text, day), transcript=text, today=day, source=source)

    @classmethod
    def from_clip(
        cls, pipeline: Pipeline, clip: PendingClip, transcript: str | None = None
    ) -> Draft:
        """The entries of a pending recording, dated against the day it was said, with the
        answers and changes already given applied again.

        ``transcript`` is what was heard while recording (the clip is transcribed when neither
        it nor an earlier run knows). A clip cut off by a crash is made whole first
        (:class:`~cricketlog.errors.NotAudioError` if nothing was recorded into it); one saved
        before a crash has its entries in :attr:`already_saved`.
        """
        from cricketlog.audio.load import sha256_of
        from cricketlog.audio.sink import recover

        recover(clip.path)  # a recording cut off by a crash has its header put right
        source = Source(name=clip.name, sha256=sha256_of(clip.path))
        assert source.sha256 is not None
        if before := pipeline.saved_from(source.sha256):
            return cls(
                pipeline, [], transcript="", today=clip.today, source=source, clip=clip,
                already_saved=before,
            )  # fmt: skip
        if transcript is None and clip.transcript is None:
            transcript = pipeline.transcribe_file(clip.path).text
        if transcript is not None:
            clip.transcript = transcript
            clip.remember()
        assert clip.transcript is not None
        draft = cls(
            pipeline,
            pipeline.extract(clip.transcript, clip.today),
            transcript=clip.transcript,
            today=clip.today,
            source=source,
            clip=clip,
        )
        for change in clip.changes:
            draft._replay(change)
        return draft

    @property
    def entries(self) -> list[Entry]:
        """The entries as they stand, in order."""
        return list(self._entries)

    def missing(self, i: int) -> list[str]:
        """The fields entry ``i`` should still be asked for, in asking order."""
        return self._entry(i).missing

    def answer(self, i: int, field: str, text: str) -> Entry:
        """Fill ``field`` of entry ``i`` from a short answer ("about forty minutes", "pretty
        good"), read as ``record`` reads a spoken answer; returns the entry as it now is."""
        entry = self._apply(Change("answer", i, field, text))
        self._remember(Change("answer", i, field, text))
        return entry

    def set(self, i: int, field: str, value: str) -> Entry:
        """Set ``field`` of entry ``i`` to ``value`` as typed (``batting.runs``, ``entry_date``),
        checked against the contract; returns the entry as it now is."""
        entry = self._apply(Change("set", i, field, value))
        self._remember(Change("set", i, field, value))
        return entry

    def drop(self, i: int) -> None:
        """Leave entry ``i`` out: it will not be saved."""
        self._apply(Change("drop", i))
        self._remember(Change("drop", i))

    def reextract(self, text: str | None = None) -> list[Entry]:
        """Extract the entries again from ``text`` (a corrected transcript) or the transcript;
        answers and changes made so far are dropped with the old entries."""
        if text is not None:
            self.transcript = text
        self._entries = self._pipeline.extract(self.transcript, self.today)
        if self.clip is not None:
            self.clip.transcript = self.transcript
            self.clip.changes = []
            self.clip.remember()
        return self.entries

    def near_duplicates(self) -> dict[int, SavedEntry]:
        """Entries that look already saved: for each entry's number, a stored entry of the same
        day and kind whose words are the same (the same thing said twice, or the same audio in
        another format)."""
        from cricketlog.store import Query

        found: dict[int, SavedEntry] = {}
        for i, entry in enumerate(self._entries):
            query = Query(
                since=entry.entry_date, until=entry.entry_date, types=(entry.activity_type,)
            )
            for saved in self._pipeline.find(query):
                if _words(saved.transcript) == _words(entry.transcript):
                    found[i] = saved
                    break
        return found

    def save(self) -> list[SavedEntry]:
        """Store every entry together (all or none), then let the pending clip go."""
        saved = self._pipeline.save(self._entries, self.source) if self._entries else []
        self.release()
        return saved

    def release(self) -> Path | None:
        """The entries are stored (or were before): let the pending clip go, or move it to the
        kept recordings with ``keep_recordings``; returns where it went."""
        from cricketlog.recordings import release

        if self.clip is not None:
            clip, self.clip = self.clip, None
            self.kept = release(self._pipeline.settings, clip)
        return self.kept

    def discard(self) -> None:
        """Throw the draft away, with its pending clip: nothing is saved."""
        from cricketlog.recordings import discard

        self._entries = []
        if self.clip is not None:
            discard(self.clip)
            self.clip = None

    def _entry(self, i: int) -> Entry:
        if not 0 <= i < len(self._entries):
            raise EditError(f"entry {i}: there is no such entry.")
        return self._entries[i]

    def _apply(self, change: Change) -> Entry:
        entry = self._entry(change.entry)
        if change.kind == "drop":
            return self._entries.pop(change.entry)
        if change.kind == "answer":
            entry = _answered(entry, change.field, change.text)
        else:
            entry = set_field(entry, change.field, change.text)
        self._entries[change.entry] = entry
        return entry

    def _remember(self, change: Change) -> None:
        if self.clip is not None:
            self.clip.changes.append(change)
            self.clip.remember()

    def _replay(self, change: Change) -> None:
        """Apply a change remembered from an earlier run. The extractor gives the same entries
        for the same words, so each applies as it did; were the rules changed in between, one
        that no longer fits is left out and the player sees the entry as it is."""
        try:
            self._apply(change)
        except EditError:
            return


def _answered(entry: Entry, field: str, text: str) -> Entry:
    """``entry`` with ``field`` filled from a short answer; :class:`EditError` naming the field
    when the answer gives no value for it."""
    from cricketlog.extract.answers import parse_answer

    value = parse_answer(field, text)
    try:
        return set_field(entry, field, text if value is None else str(value))
    except EditError:
        if value is not None:
            raise
        raise EditError(f"{field}: {text.strip()!r} does not answer the question.") from None


def _words(text: str) -> str:
    """Text reduced to its words, for comparing what two recordings said."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))
