"""The shared speech model's queue: one worker, turns taken round robin across sessions."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import numpy as np
import pytest

from cricketlog.audio import Audio
from cricketlog.audio.load import load
from cricketlog.audio.trim import trim
from cricketlog.transcribe import Transcript
from cricketlog.transcribe.local import LocalTranscriber
from cricketlog.web.transcribing import QueueClosed, TranscriptionQueue


class Gated:
    """A transcription that waits until let go, noting whose clip it ran (by its source)."""

    def __init__(self) -> None:
        self.order: list[str] = []
        self.go = threading.Event()
        self.first = threading.Event()

    def __call__(self, audio: Audio) -> Transcript:
        self.first.set()
        self.go.wait(10)
        self.order.append(audio.source)
        return Transcript(audio.source, audio.duration_s, "gated")


def clip(name: str) -> Audio:
    return Audio(samples=np.zeros(1600, np.float32), source=name)


def test_a_session_with_many_clips_queued_does_not_hold_up_the_others() -> None:
    gated = Gated()
    depths: list[int] = []
    queue = TranscriptionQueue(gated, on_depth=depths.append)
    futures = [queue.submit("long", clip("long-0"))]
    assert gated.first.wait(10)  # the worker is busy with long-0
    futures += [queue.submit("long", clip(f"long-{i}")) for i in range(1, 4)]
    futures += [queue.submit("short", clip("short-0")), queue.submit("other", clip("other-0"))]
    assert queue.depth == 5 and queue.running == 1
    gated.go.set()
    assert [f.result(10).text for f in futures][-2:] == ["short-0", "other-0"]
    assert gated.order == ["long-0", "long-1", "short-0", "other-0", "long-2", "long-3"]
    assert queue.depth == 0 and depths[-1] == 0 and max(depths) == 5
    queue.close()


def test_errors_reach_the_waiter_and_a_closed_queue_refuses_work() -> None:
    def broken(audio: Audio) -> Transcript:
        raise ValueError(f"cannot transcribe {audio.source}")

    queue = TranscriptionQueue(broken)
    with pytest.raises(ValueError, match="cannot transcribe x"):
        queue.transcribe("a", clip("x"))
    queue.close()
    with pytest.raises(QueueClosed):
        queue.submit("a", clip("y"))


def test_waiting_clips_fail_cleanly_when_the_server_stops() -> None:
    gated = Gated()
    queue = TranscriptionQueue(gated)
    running = queue.submit("a", clip("a"))
    assert gated.first.wait(10)
    waiting = queue.submit("b", clip("b"))
    threading.Timer(0.2, gated.go.set).start()
    queue.close()
    assert running.result().text == "a"
    with pytest.raises(QueueClosed):
        waiting.result()


def test_real_clips_from_threads_and_the_event_loop_share_one_model(data_dir: Path) -> None:
    transcriber = LocalTranscriber()
    queue = TranscriptionQueue(lambda audio: transcriber.transcribe(trim(audio)))
    run = load(data_dir / "run.wav", max_seconds=60, max_mb=10)
    nets = load(data_dir / "nets.flac", max_seconds=60, max_mb=10)
    heard: dict[str, str] = {}
    thread = threading.Thread(target=lambda: heard.update(run=queue.transcribe("one", run).text))
    thread.start()

    async def on_the_loop() -> str:
        return (await queue.transcribe_async("two", nets)).text

    heard["nets"] = asyncio.run(on_the_loop())
    thread.join()
    queue.close()
    assert "45 minute run" in heard["run"] and "short ball" in heard["nets"]
