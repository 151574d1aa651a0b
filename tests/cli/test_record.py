"""`cricketlog record` end to end: a real PulseAudio device, a spoken clip, the stored entry."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from cricketlog.config import load_settings
from cricketlog.pipeline import LOCAL
from cricketlog.recordings import pending
from pulse import Pulse, pulse, without_portaudio  # noqa: F401  (fixture)
from stores import local_diary

CLI = [sys.executable, "-m", "cricketlog"]


def start(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*CLI, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_listening(process: subprocess.Popen[str]) -> list[str]:
    """Read stderr until the recorder says it is listening; the lines read so far."""
    assert process.stderr is not None
    lines: list[str] = []
    for line in process.stderr:
        lines.append(line)
        if "Listening on" in line:
            return lines
    pytest.fail(f"record never started listening: {''.join(lines)}")


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def stored() -> list[dict[str, object]]:
    return [e.to_json() for e in local_diary(load_settings().db_url).find()]


def test_record_hears_a_player_and_stores_the_entry(
    pulse: Pulse,  # noqa: F811
    data_dir: Path,
    tmp_path: Path,
) -> None:
    hide_speech = tmp_path / "site"
    hide_speech.mkdir()
    (hide_speech / "sitecustomize.py").write_text("import sys\nsys.modules['pyttsx3'] = None\n")
    env = {
        **pulse.client_env(),
        "CRICKETLOG_SPEAK": "true",
        "PYTHONPATH": os.pathsep.join([str(hide_speech), *sys.path]),  # this checkout first
    }
    process = start(["record", "--auto-stop", "--yes", "--json"], env)
    wait_for_listening(process)
    pulse.play(data_dir / "record_run.wav").wait(20)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    printed = json.loads(stdout)
    assert set(printed) == {"file", "transcript", "entries"}
    assert "45" in printed["transcript"]
    [entry] = stored()
    assert entry["activity_type"] == "fitness"
    assert entry["data"]["duration_minutes"] == 45  # type: ignore[index]
    assert entry["data"]["intensity"] == "high"  # type: ignore[index]
    assert printed["file"] is None  # the clip went once its entry was stored
    assert printed["entries"][0]["id"] == entry["id"]
    assert str(entry["source"]).startswith("record-")
    assert pending(load_settings(), LOCAL) == []
    speech = [line for line in stderr.splitlines() if "Could not speak" in line]
    assert len(speech) == 1 and "entries are saved" in speech[0]


def test_ctrl_c_keeps_the_clip_and_import_pending_finishes_it(
    pulse: Pulse,  # noqa: F811
    data_dir: Path,
) -> None:
    env = pulse.client_env()
    process = start(["record", "--no-auto-stop", "--yes"], env)
    wait_for_listening(process)
    pulse.play(data_dir / "record_run.wav").wait(20)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "cricketlog import --pending" in stderr
    [clip] = pending(load_settings(), LOCAL)
    assert stored() == []

    finished = run(["import", "--pending", "--yes", "--json"], env)
    assert finished.returncode == 0, finished.stderr
    assert json.loads(finished.stdout)["file"] is None
    [entry] = stored()
    assert entry["data"]["duration_minutes"] == 45  # type: ignore[index]
    assert entry["source"] == clip.name
    assert pending(load_settings(), LOCAL) == [] and not clip.path.exists()


def test_kill_9_while_talking_keeps_the_clip_and_import_pending_recovers_it(
    pulse: Pulse,  # noqa: F811
    data_dir: Path,
) -> None:
    env = pulse.client_env()
    process = start(["record", "--no-auto-stop", "--yes", "--today", "2026-11-20"], env)
    wait_for_listening(process)
    pulse.play(data_dir / "record_run.wav").wait(20)
    process.kill()
    process.wait(10)
    [clip] = pending(load_settings(), LOCAL)
    assert clip.today.isoformat() == "2026-11-20"

    finished = run(["import", "--pending", "--yes", "--json"], env)
    assert finished.returncode == 0, finished.stderr
    [entry] = stored()
    assert entry["data"]["duration_minutes"] == 45  # type: ignore[index]
    assert entry["entry_date"] == "2026-11-20"  # the day it was said
    assert pending(load_settings(), LOCAL) == []


def spawn_record(env: dict[str, str], *args: str) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "cricketlog", "record", "--auto-stop", *args],
        env={**env, "COLUMNS": "200", "NO_COLOR": "1"},
        encoding="utf-8",
        timeout=90,
    )


def test_questions_are_spoken_and_silence_falls_back_to_typing(
    pulse: Pulse,  # noqa: F811
    data_dir: Path,
    tmp_path: Path,
) -> None:
    hide_speech = tmp_path / "site"
    hide_speech.mkdir()
    (hide_speech / "sitecustomize.py").write_text("import sys\nsys.modules['pyttsx3'] = None\n")
    env = {
        **pulse.client_env(),
        "CRICKETLOG_SPEAK": "true",
        "PYTHONPATH": os.pathsep.join([str(hide_speech), *sys.path]),
    }
    child = spawn_record(env)
    child.expect("Listening on")
    pulse.play(data_dir / "nets.flac").wait(30)
    child.expect("How did you feel mentally")
    child.expect("the questions are asked in writing")  # it tried to say the question
    child.expect("Nothing heard. Type the answer instead.")  # nobody spoke within the wait
    child.expect(r"Enter to skip")
    child.sendline("pretty good")
    child.expect(r"Save it\?")
    child.sendintr()  # Ctrl-C at the last question: the clip and the answer are kept
    child.expect("Your recording is kept with your answers")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    [clip] = pending(load_settings(), LOCAL)
    assert [c.text for c in clip.changes] == ["pretty good"]
    assert stored() == []


def test_a_bogus_device_says_where_to_look(pulse: Pulse) -> None:  # noqa: F811
    result = run(["record", "--yes", "--device", "no-such-mic"], pulse.client_env())
    assert result.returncode == 1
    assert "No microphone matches 'no-such-mic'" in result.stderr
    assert "cricketlog devices" in result.stderr
    assert "Traceback" not in result.stderr


def test_devices_lists_and_tests_the_microphone(pulse: Pulse, data_dir: Path) -> None:  # noqa: F811
    listed = run(["devices", "--json"], pulse.client_env())
    names = [d["name"] for d in json.loads(listed.stdout)["devices"]]
    assert "default" in names and "pulse" in names
    player = pulse.play(data_dir / "record_run.wav")
    tested = run(["devices", "--test", "--seconds", "1.5"], pulse.client_env())
    player.wait(20)
    assert tested.returncode == 0, tested.stderr
    assert "speech heard" in tested.stdout


def test_no_pulseaudio_means_no_microphone(tmp_path: Path) -> None:
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path}/no-server"}
    result = run(["record", "--yes"], env)
    assert result.returncode == 1
    assert "No microphone found. Plug one in or pick one with --device" in result.stderr


def test_without_portaudio_record_explains_and_the_rest_works(tmp_path: Path) -> None:
    env = without_portaudio(tmp_path / "site")
    result = run(["record", "--yes"], env)
    assert result.returncode == 1
    assert "PortAudio library is missing" in result.stderr
    assert "libportaudio2" in result.stderr and "Traceback" not in result.stderr
    assert run(["--help"], env).returncode == 0
    extracted = run(["extract", "45 minute run, hard, felt great", "--json"], env)
    assert extracted.returncode == 0, extracted.stderr
    assert json.loads(extracted.stdout)["entries"][0]["activity_type"] == "fitness"
    assert run(["import", "--pending", "--yes"], env).returncode == 0


def test_refuses_to_ask_without_a_terminal() -> None:
    result = run(["record"], dict(os.environ))
    assert result.returncode == 2
    assert "--yes" in result.stderr
