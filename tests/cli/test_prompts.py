"""The prompts of `import`, `add` and `extract` in a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

from cricketlog.audio.load import load
from cricketlog.config import load_settings
from cricketlog.pipeline import LOCAL
from cricketlog.recordings import keep, pending
from stores import local_diary

SAID_ON = dt.date(2026, 11, 20)


def spawn(*args: str) -> pexpect.spawn:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return pexpect.spawn(
        sys.executable, ["-m", "cricketlog", *args], env=env, encoding="utf-8", timeout=90
    )


def plain(text: str) -> str:
    """Terminal output without its styles."""
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return int(child.exitstatus if child.exitstatus is not None else -1)


def pending_clip(data_dir: Path, name: str) -> Path:
    audio = load(data_dir / name, max_seconds=60, max_mb=10)
    return keep(load_settings(), LOCAL, audio, today=SAID_ON).path


def stored() -> list[dict[str, object]]:
    return [e.to_json() for e in local_diary(load_settings().db_url).find()]


def test_nothing_draws_over_the_questions_of_a_batch(data_dir: Path) -> None:
    child = spawn("import", str(data_dir / "nets.flac"), str(data_dir / "run.wav"))
    child.expect("How did you feel mentally")
    child.expect(pexpect.TIMEOUT, timeout=2)  # the question waits alone on the screen
    assert "Listening" not in child.before and "Importing" not in child.before
    child.sendline("pretty good")
    child.expect(r"Save it\?")
    child.expect(pexpect.TIMEOUT, timeout=2)
    assert "Listening" not in child.before
    child.sendline("y")
    child.expect(r"Save it\?")  # the second file, all said
    child.sendline("y")
    assert finish(child) == 0
    assert [e["data"]["mental_state"] for e in stored()] == ["excellent", "good"]  # type: ignore[index]


def test_ctrl_c_at_save_keeps_the_clip_with_its_answers(data_dir: Path) -> None:
    clip = pending_clip(data_dir, "nets.flac")
    child = spawn("import", "--pending")
    child.expect("How did you feel mentally")
    child.sendline("pretty good")
    child.expect(r"Save it\?")
    child.sendintr()
    child.expect("kept with your answers: finish it with `cricketlog import --pending`")
    assert finish(child) == 130
    [waiting] = pending(load_settings(), LOCAL)
    assert waiting.path == clip and waiting.changes[0].text == "pretty good"

    later = spawn("import", "--pending")
    later.expect(r"Save it\?")  # answered before: not asked again
    assert "How did you feel" not in later.before
    later.sendline("y")
    assert finish(later) == 0
    [entry] = stored()
    assert entry["data"]["mental_state"] == "good"  # type: ignore[index]
    assert entry["entry_date"] == SAID_ON.isoformat()  # dated as it was said, not today
    assert pending(load_settings(), LOCAL) == []


def test_a_pending_clip_with_no_entry_can_be_deleted(data_dir: Path) -> None:
    chatter = pending_clip(data_dir, "chatter.wav")
    silent = pending_clip(data_dir, "silence.wav")
    child = spawn("import", "--pending")
    child.expect("no diary entry found")
    child.expect(r"Delete the recording record-.*\.wav\?")
    child.sendline("y")
    child.expect("silent")
    child.expect(r"Delete the recording")
    child.sendline("n")
    child.expect(r"2 of 2 file\(s\) failed")
    assert finish(child) == 1
    assert not chatter.exists() and [c.path for c in pending(load_settings(), LOCAL)] == [silent]

    gone = spawn("import", "--discard-pending")
    gone.expect(r"Delete 1 unfinished recording\(s\)")
    gone.sendline("y")
    gone.expect(r"Deleted 1 unfinished recording\(s\)")
    assert finish(gone) == 0
    assert pending(load_settings(), LOCAL) == []


def test_a_near_duplicate_is_asked_about(data_dir: Path) -> None:
    child = spawn("add", "45 minute run this morning, hard, felt great.", "--yes")
    assert finish(child) == 0
    again = spawn("import", str(data_dir / "run.wav"))
    again.expect(r"Save it\?")
    again.sendline("y")
    again.expect(r"looks already saved as #1 \(same day, same kind, same words\)")
    again.expect(r"Save it again\?")
    again.sendline("")  # no, by default
    again.expect("Nothing saved")
    assert finish(again) == 0
    assert len(stored()) == 1


def test_extract_at_a_terminal_says_how_to_end(data_dir: Path) -> None:
    child = spawn("extract")
    child.expect("one note a line; end with Ctrl-D")
    child.sendline("rest day, foam rolling")
    child.sendeof()
    child.expect("Rest day")
    assert finish(child) == 0


@pytest.mark.parametrize("speak", ["true", "false"])
def test_add_speaks_only_behind_its_setting(
    speak: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hide_speech = tmp_path / "site"
    hide_speech.mkdir()
    (hide_speech / "sitecustomize.py").write_text("import sys\nsys.modules['pyttsx3'] = None\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(hide_speech), *sys.path]))
    monkeypatch.setenv("CRICKETLOG_SPEAK", "true")
    monkeypatch.setenv("CRICKETLOG_SPEAK_ADD_IMPORT", speak)
    child = spawn("add", "45 minute run, hard, felt great", "--yes")
    assert finish(child) == 0
    said = 'Said: "Saved your 45 minute run: high intensity, feeling great."'
    assert (said in plain(child.before)) == (speak == "true")
    assert ("Could not speak the confirmation" in child.before) == (speak == "true")
