"""How fast the web app answers a live recording, several at once, and a long history.

A real ``cricketlog serve`` (one worker, its own temporary data folder and SQLite database, or
PostgreSQL with ``--postgres``) is started; clients stream ``tests/data/record_bench_10s.wav``
over ``/ws/record`` in real time as pcm16, in quarter-second chunks as the record page sends
them, followed by half a second of silence (Stop pressed 0.5 s after the last word, as
``bench_record.py`` presses Enter), and time from sending ``stop`` to the ``entries`` reply:

- one session at a time (target: under 0.5 s; the words are transcribed in the speaker's pauses);
- 4 sessions at once (target: 95th percentile under 2 s);
- 8 sessions at once (target: every recording answered and saved, none lost);

then the entries API and the history page of a user with 20,000 entries (target: under 150 ms),
and the server's memory with the model loaded (target: under 600 MB resident, at its peak).

    python benchmarks/bench_web.py [--runs 5] [--entries 20000] [--postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bench_history import entry, postgres_database  # noqa: E402

from livesocket import live, spoken  # noqa: E402

CLIP = ROOT / "tests" / "data" / "record_bench_10s.wav"
PASSWORD = "benchmark password"
ONE_TARGET_S = 0.5
FOUR_P95_TARGET_S = 2.0
PAGE_TARGET_S = 0.150
RSS_TARGET_MB = 600
STOP_AFTER_S = 0.5
"""The player presses Stop this long after the clip ends (as ``bench_record.py``'s Enter)."""


@contextmanager
def serving(home: Path, db_url: str) -> Iterator[tuple[str, int]]:
    """A real server on a free port over ``db_url``: its base URL and process id."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "CRICKETLOG_HOME": str(home), "CRICKETLOG_DATABASE_URL": db_url}
    env["CRICKETLOG_SPEAK"] = "false"
    process = subprocess.Popen(
        [sys.executable, "-m", "cricketlog", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(home / "serve.err").open("wb"),
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start; see {home / 'serve.err'}")
            time.sleep(0.1)
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(60)


def account(url: str, email: str) -> str:
    """A new user's bearer token."""
    httpx.post(f"{url}/api/users", json={"email": email, "password": PASSWORD}).raise_for_status()
    answer = httpx.post(f"{url}/api/token", data={"username": email, "password": PASSWORD})
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def memory_mb(pid: int, field: str) -> float:
    """``VmRSS`` (now) or ``VmHWM`` (peak) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def sessions(url: str, tokens: list[str], *, save: bool) -> list[float | None]:
    """Each token's user records the clip at once; seconds from stop to entries (None: lost)."""

    chunks = spoken(CLIP, STOP_AFTER_S)

    async def one(token: str) -> float | None:
        async with live(url, token) as session:
            shown = await session.record_pieces(chunks, "pcm16")
            if shown["type"] != "entries" or not shown["entries"]:
                return None
            answered = session.answered_in
            reply = await session.ask(type="save" if save else "discard")
            return answered if reply["type"] in ("saved", "discarded") else None

    return list(await asyncio.gather(*(one(token) for token in tokens)))


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def bench_sessions(url: str, runs: int) -> bool:
    """The three live-recording figures; whether their targets were met."""
    ok = True
    singles = [
        asyncio.run(sessions(url, [account(url, f"one{run}@example.com")], save=False))[0]
        for run in range(runs)
    ]
    kept = [t for t in singles if t is not None]
    median = statistics.median(kept)
    ok &= len(kept) == runs and median < ONE_TARGET_S
    print(
        f"one session:   stop -> entries median {median:.3f} s, worst {max(kept):.3f} s "
        f"({len(kept)}/{runs} answered; target < {ONE_TARGET_S} s)"
    )
    fours: list[float | None] = []
    for run in range(runs):
        tokens = [account(url, f"four{run}-{i}@example.com") for i in range(4)]
        fours += asyncio.run(sessions(url, tokens, save=False))
    answered = [t for t in fours if t is not None]
    ok &= len(answered) == len(fours) and p95(answered) < FOUR_P95_TARGET_S
    print(
        f"4 at once:     stop -> entries median {statistics.median(answered):.3f} s, "
        f"p95 {p95(answered):.3f} s, worst {max(answered):.3f} s "
        f"({len(answered)}/{len(fours)} answered; target p95 < {FOUR_P95_TARGET_S} s)"
    )
    tokens = [account(url, f"eight{i}@example.com") for i in range(8)]
    eights = asyncio.run(sessions(url, tokens, save=True))
    answered = [t for t in eights if t is not None]
    stored = sum(
        len(httpx.get(f"{url}/api/entries", headers=_bearer(t)).json()["entries"]) > 0
        for t in tokens
    )
    ok &= len(answered) == 8 and stored == 8
    print(
        f"8 at once:     {len(answered)}/8 answered, {stored}/8 saved; stop -> entries "
        f"median {statistics.median(answered):.3f} s, worst {max(answered):.3f} s"
    )
    return ok


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def seed(db_url: str, email: str, count: int) -> None:
    """``count`` plausible entries over two years for the user ``email``."""
    import datetime as dt

    from cricketlog.store import Store

    rng, today = random.Random(20_000), dt.date.today()
    entries = [entry(rng, today - dt.timedelta(days=rng.randrange(730))) for _ in range(count)]
    with Store(db_url) as store:
        user = store.users.by_email(email)
        assert user is not None
        diary = store.entries(user.id)
        for start in range(0, count, 2000):
            diary.add(entries[start : start + 2000])


def bench_history(url: str, db_url: str, count: int) -> bool:
    """The entries API and the history page over ``count`` entries; whether under target."""
    token = account(url, "history@example.com")
    start = time.perf_counter()
    seed(db_url, "history@example.com", count)
    print(f"seeded {count} entries in {time.perf_counter() - start:.1f} s")
    ok = True
    with httpx.Client(base_url=url, cookies={"cricketlog_token": token}) as client:
        for label, path, headers in [
            ("GET /api/entries?limit=50", "/api/entries?limit=50", _bearer(token)),
            ("GET /api/summary?window=month", "/api/summary?window=month", _bearer(token)),
            ("history page", "/history", {}),
        ]:
            times = []
            for _ in range(21):
                began = time.perf_counter()
                answer = client.get(path, headers=headers)
                times.append(time.perf_counter() - began)
                answer.raise_for_status()
            median = statistics.median(times[1:])  # the first warms the caches
            if label != "GET /api/summary?window=month":
                ok &= median < PAGE_TARGET_S
            print(
                f"{label:30} median {median * 1000:.0f} ms, worst {max(times[1:]) * 1000:.0f} ms "
                f"({len(answer.content) // 1024} KB; target < {PAGE_TARGET_S * 1000:.0f} ms)"
            )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL instead of SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cricketlog-bench-web-") as folder:
        home = Path(folder)
        with (
            postgres_database() if args.postgres else _sqlite(home) as db_url,
            serving(home, db_url) as (url, pid),
        ):
            load = os.getloadavg()[0]
            print(f"{os.cpu_count()} cores; load average before: {load:.1f} (the machine's)")
            loaded = memory_mb(pid, "VmRSS")
            print(f"server started, model loaded: {loaded:.0f} MB resident")
            ok = bench_sessions(url, args.runs)
            ok &= bench_history(url, db_url, args.entries)
            peak = memory_mb(pid, "VmHWM")
            ok &= peak < RSS_TARGET_MB
            print(f"server memory: {loaded:.0f} MB loaded, {peak:.0f} MB at its peak "
                  f"(target < {RSS_TARGET_MB} MB)")  # fmt: skip
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print("every target met" if ok else "SOME TARGET MISSED")
    sys.exit(0 if ok else 1)


@contextmanager
def _sqlite(home: Path) -> Iterator[str]:
    yield f"sqlite:///{home / 'cricketlog.db'}"


if __name__ == "__main__":
    main()
