"""The diary workflow in the core: a Draft over the real pipeline, real audio and real SQLite."""

from __future__ import annotations

import datetime as dt
import json
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from cricketlog.audio.load import load
from cricketlog.config import load_settings
from cricketlog.diary import Draft, keep_recording, pending_clips
from cricketlog.entries.edits import EditError
from cricketlog.pipeline import Pipeline
from cricketlog.recordings import read
from stores import local_diary

SAID_ON = dt.date(2026, 11, 20)


@pytest.fixture
def pipeline() -> Pipeline:
    return Pipeline(load_settings())


def stored(pipeline: Pipeline) -> list[dict[str, object]]:
    return [e.to_json() for e in local_diary(pipeline.settings.db_url).find()]


def test_answers_and_changes_are_checked_and_name_the_field(pipeline: Pipeline) -> None:
    draft = Draft.from_text(pipeline, "gym session, felt okay", SAID_ON)
    assert draft.missing(0) == ["duration_minutes", "intensity"]
    assert draft.answer(0, "duration_minutes", "about forty minutes").data.duration_minutes == 40
    assert draft.answer(0, "intensity", "pretty hard going").data.intensity == "high"
    assert draft.missing(0) == []
    with pytest.raises(EditError, match=r"^intensity: .purple. does not answer"):
        draft.answer(0, "intensity", "purple")
    with pytest.raises(EditError, match=r"^duration_minutes: "):
        draft.set(0, "duration_minutes", "-5")
    with pytest.raises(EditError, match=r"'batting\.runs'"):
        draft.set(0, "batting.runs", "3")
    with pytest.raises(EditError, match="entry 3"):
        draft.set(3, "intensity", "low")
    assert draft.set(0, "entry_date", "2026-11-19").entry_date == dt.date(2026, 11, 19)
    [saved] = draft.save()
    assert saved.data.duration_minutes == 40 and saved.entry_date == dt.date(2026, 11, 19)


def test_all_or_none_and_drops(pipeline: Pipeline) -> None:
    draft = Draft.from_text(pipeline, "5k run yesterday, then nets for an hour", SAID_ON)
    assert [e.activity_type for e in draft.entries] == ["fitness", "cricket_coaching"]
    draft.drop(0)
    assert [e.id for e in draft.save()] == [1]
    assert [e["activity_type"] for e in stored(pipeline)] == ["cricket_coaching"]
    assert Draft.from_text(pipeline, "nothing to see", SAID_ON).save() == []


def test_reextract_reads_a_corrected_transcript(pipeline: Pipeline) -> None:
    draft = Draft.from_text(pipeline, "45 minute gym session, hard", SAID_ON)
    draft.set(0, "mental_state", "good")
    [entry] = draft.reextract("45 minute run, hard")
    assert entry.data.type == "running" and entry.data.mental_state is None
    assert draft.transcript == "45 minute run, hard"


def test_near_duplicates_are_same_day_same_kind_same_words(pipeline: Pipeline) -> None:
    [first] = Draft.from_text(pipeline, "45 minute run, hard, felt great", SAID_ON).save()
    again = Draft.from_text(pipeline, "45 Minute run. Hard, felt great!", SAID_ON)
    assert again.near_duplicates() == {0: first}
    other_day = Draft.from_text(pipeline, "45 minute run, hard, felt great", dt.date(2026, 11, 21))
    assert other_day.near_duplicates() == {}
    other_words = Draft.from_text(pipeline, "40 minute run, hard, felt great", SAID_ON)
    assert other_words.near_duplicates() == {}


def test_a_recording_is_kept_owner_only_with_its_day_and_answers(
    pipeline: Pipeline, data_dir: Path
) -> None:
    audio = load(data_dir / "nets.flac", max_seconds=60, max_mb=10)
    clip = keep_recording(pipeline, audio, SAID_ON)
    assert stat.S_IMODE(clip.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(clip.notes.stat().st_mode) == 0o600
    assert stat.S_IMODE(clip.path.parent.stat().st_mode) == 0o700
    draft = Draft.from_clip(pipeline, clip, "nets for an hour yesterday, cover drive timing nicely")
    draft.answer(0, "mental_state", "pretty good")
    notes = json.loads(clip.notes.read_text())
    assert notes["today"] == "2026-11-20" and notes["changes"][0]["text"] == "pretty good"

    # an interrupted run: the next one finishes it from disk, dated as it was said
    [later] = pending_clips(Pipeline(load_settings()))
    assert later.path == clip.path and later.today == SAID_ON
    resumed = Draft.from_clip(pipeline, read(later.path))
    [entry] = resumed.entries
    assert entry.entry_date == dt.date(2026, 11, 19)  # "yesterday" of the day it was said
    assert entry.data.mental_state == "good" and entry.missing == []
    [saved] = resumed.save()
    assert saved.source == clip.name
    assert pending_clips(pipeline) == [] and not clip.path.exists() and not clip.notes.exists()


def test_a_clip_saved_before_a_crash_is_not_saved_twice(pipeline: Pipeline, data_dir: Path) -> None:
    clip = keep_recording(pipeline, load(data_dir / "run.wav", max_seconds=60, max_mb=10))
    [saved] = Draft.from_clip(pipeline, clip, "45 minute run, hard, felt great").save()
    crashed = keep_recording(pipeline, load(data_dir / "run.wav", max_seconds=60, max_mb=10))
    twice = Draft.from_clip(pipeline, crashed)
    assert twice.entries == [] and twice.already_saved == [saved]
    twice.release()
    assert pending_clips(pipeline) == [] and len(stored(pipeline)) == 1


def test_discard_and_keep_recordings(pipeline: Pipeline, data_dir: Path) -> None:
    audio = load(data_dir / "run.wav", max_seconds=60, max_mb=10)
    draft = Draft.from_clip(pipeline, keep_recording(pipeline, audio), "45 minute run")
    draft.discard()
    assert pending_clips(pipeline) == [] and stored(pipeline) == []

    keeping = Pipeline(replace(load_settings(), keep_recordings=True))
    kept = Draft.from_clip(keeping, keep_recording(keeping, audio), "45 minute run")
    kept.save()
    assert kept.kept is not None and kept.kept.exists() and kept.kept.parent.name == "kept"
    assert pending_clips(keeping) == []
