"""Load on a real `cricketlog serve --workers 2`: many API users, and recordings streamed live.

A small asyncio client (httpx for the API, websockets for the recording socket) plays, for at most
60 s on loopback:

- API users (200 by default), each with an account of its own, each looping: a short think, then
  one call picked as a player's app would: list the entries (most often), save a typed note,
  look at one entry, the week's summary, correct an entry;
- recordings (8 by default) streamed over `/ws/record` in real time as pcm16 (100 ms frames of
  the 10 s bench clip, paced by the clock), then stop, entries, save: each must end `saved`.

It reports requests per second, the 50th/95th/99th percentile latency, the errors (any status
>= 400, any transport error, a recording not answered within `--wait` seconds of its stop; target
none), and the recordings lost: started, but neither saved nor kept for their player as
unfinished (the record page's list, read after the run); target none.

The server runs on a scratch PostgreSQL database created on CRICKETLOG_BENCH_PG_URL's server
(default postgresql+psycopg://postgres@127.0.0.1:5432/test) and dropped afterwards, with Redis
at CRICKETLOG_BENCH_REDIS_URL (default redis://127.0.0.1:6379/0) when it answers; --sqlite uses
a SQLite file instead. The accounts are made in the database before the clock starts, and their
tokens signed with the server's secret, as a login would: 200 logins are argon2 checks the run
is not about (the login path has its own tests and throttle).
A player thinks `--think` seconds on average between calls (uniformly half to one and a half
times that); 1 s makes the clients hammer the server, 5 s is closer to a person with the app.

    python benchmarks/bench_load.py [--users 200] [--recordings 8] [--seconds 45] [--think 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import numpy as np
import soundfile
import websockets

ROOT = Path(__file__).resolve().parents[1]
CLIP = ROOT / "tests" / "data" / "record_bench_10s.wav"
PG_ADMIN_URL = os.environ.get(
    "CRICKETLOG_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("CRICKETLOG_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
PASSWORD = "load-test-password"
FRAME_S = 0.1
NOTES = [
    "45 minute run, hard, felt great",
    "nets for an hour, cover drive was timing nicely, need to work on the short ball",
    "gym session, 40 minutes, medium, felt okay",
    "rest day, slept well",
    "scored 32 off 28, kept wicket, two catches",
]


@dataclass
class Tally:
    """What the clients saw."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    started: int = 0
    saved: int = 0
    kept: int = 0
    server_metrics: str = ""
    stop_to_entries: list[float] = field(default_factory=list)

    def took(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def database(use_sqlite: bool, folder: Path) -> Iterator[str]:
    """A scratch database URL: PostgreSQL (dropped afterwards) unless ``use_sqlite``."""
    if use_sqlite:
        yield f"sqlite:///{folder / 'bench.db'}"
        return
    import psycopg

    admin = "postgresql://" + PG_ADMIN_URL.partition("://")[2]
    name = f"cricketlog_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_url() -> str:
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:
        return ""
    return REDIS_URL


@contextmanager
def server(db_url: str, secret: str, folder: Path, workers: int) -> Iterator[str]:
    """A real ``cricketlog serve`` on a free port, stopped afterwards."""
    port = free_port()
    env = {
        **os.environ,
        "CRICKETLOG_HOME": str(folder / "home"),
        "CRICKETLOG_DATABASE_URL": db_url,
        "CRICKETLOG_REDIS_URL": redis_url(),
        "CRICKETLOG_SPEAK": "false",
        "CRICKETLOG_SECRET_KEY": secret,
    }
    log = (folder / "serve.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cricketlog",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None:
                raise SystemExit(f"cricketlog serve exited: {(folder / 'serve.log').read_text()}")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()


def accounts(db_url: str, secret: str, users: int) -> list[str]:
    """``users`` accounts in the server's database, and a token for each."""
    from cricketlog.accounts import hash_password
    from cricketlog.store import Store
    from cricketlog.web.auth import issue_token

    password_hash = hash_password(PASSWORD)
    with Store(db_url) as store:
        made = [store.users.create(f"player{n}@example.org", password_hash) for n in range(users)]
    return [issue_token(secret, user) for user in made]


async def call(
    http: httpx.AsyncClient, tally: Tally, kind: str, method: str, path: str, **kwargs: object
) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        answer = await http.request(method, path, **kwargs)  # type: ignore[arg-type]
    except httpx.HTTPError as exc:
        tally.errors[f"{kind}: {type(exc).__name__}"] += 1
        return None
    tally.took(kind, time.perf_counter() - started)
    if answer.status_code >= 400:
        tally.errors[f"{kind}: {answer.status_code}"] += 1
    return answer


async def api_user(
    http: httpx.AsyncClient,
    token: str,
    until: float,
    tally: Tally,
    rng: random.Random,
    think: float,
) -> None:
    """One player using the app: think, act, repeat."""
    auth = {"Authorization": f"Bearer {token}"}
    ids: list[int] = []
    await asyncio.sleep(rng.uniform(0, think))  # arrivals spread over the first think
    while time.monotonic() < until:
        roll = rng.random()
        if roll < 0.45 or (roll >= 0.80 and not ids):
            await call(http, tally, "list entries", "GET", "/api/entries?limit=20", headers=auth)
        elif roll < 0.65:
            note = {"text": rng.choice(NOTES), "save": True}
            answer = await call(
                http, tally, "save note", "POST", "/api/notes", json=note, headers=auth
            )
            if answer is not None and answer.status_code == 200:
                ids += [entry["id"] for entry in answer.json()["entries"]]
        elif roll < 0.80:
            await call(http, tally, "summary", "GET", "/api/summary?window=week", headers=auth)
        elif roll < 0.92:
            await call(
                http, tally, "one entry", "GET", f"/api/entries/{rng.choice(ids)}", headers=auth
            )
        else:
            await call(
                http,
                tally,
                "edit entry",
                "PATCH",
                f"/api/entries/{rng.choice(ids)}",
                json={"entry_date": time.strftime("%Y-%m-%d")},
                headers=auth,
            )
        pause = rng.uniform(0.5 * think, 1.5 * think)
        await asyncio.sleep(min(pause, max(0.0, until - time.monotonic())))


def pcm16(path: Path) -> bytes:
    samples, rate = soundfile.read(path, dtype="int16", always_2d=True)
    assert rate == 16000, f"{path} is not 16 kHz"
    return np.ascontiguousarray(samples[:, 0]).tobytes()


async def recorder(
    ws_url: str, token: str, audio: bytes, until: float, tally: Tally, wait: float
) -> None:
    """Record, stop, save, again, while a whole recording still fits before ``until``."""
    frame = int(16000 * FRAME_S) * 2
    length_s = len(audio) / 32000
    while time.monotonic() + length_s + 5 < until:
        tally.started += 1
        try:
            async with websockets.connect(
                f"{ws_url}/ws/record?token={token}", max_size=None
            ) as socket:
                await socket.send(json.dumps({"type": "start", "format": "pcm16"}))
                began = time.monotonic()
                for index, offset in enumerate(range(0, len(audio), frame)):
                    await asyncio.sleep(max(0.0, began + index * FRAME_S - time.monotonic()))
                    await socket.send(audio[offset : offset + frame])
                stopped = time.perf_counter()
                await socket.send(json.dumps({"type": "stop"}))
                answer = await wait_for(socket, "entries", wait)
                tally.stop_to_entries.append(time.perf_counter() - stopped)
                if not answer.get("entries"):
                    tally.errors["recording: no entries"] += 1
                    continue
                await socket.send(json.dumps({"type": "save"}))
                await wait_for(socket, "saved", wait)
                tally.saved += 1
        except Exception as exc:  # any failure is a lost recording, reported by its kind
            tally.errors[f"recording: {type(exc).__name__}: {str(exc)[:80]}"] += 1


async def wait_for(
    socket: websockets.ClientConnection, kind: str, wait: float
) -> dict[str, object]:
    while True:
        message = json.loads(await asyncio.wait_for(socket.recv(), timeout=wait))
        if message["type"] == kind:
            return dict(message)
        if message["type"] == "error":
            raise RuntimeError(message.get("message", "error"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def run(
    url: str, tokens: list[str], recordings: int, seconds: float, think: float, wait: float
) -> tuple[Tally, float]:
    tally = Tally()
    users = len(tokens)
    limits = httpx.Limits(max_connections=users + 10, max_keepalive_connections=users + 10)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as http:
        audio = pcm16(CLIP)
        began = time.monotonic()
        until = began + seconds
        ws_url = "ws://" + url.removeprefix("http://")
        await asyncio.gather(
            *(
                api_user(http, token, until, tally, random.Random(n), think)
                for n, token in enumerate(tokens)
            ),
            *(
                recorder(ws_url, tokens[n % users], audio, until, tally, wait)
                for n in range(recordings)
            ),
        )
        elapsed = time.monotonic() - began
        await asyncio.sleep(2)  # sockets the clients gave up on are closed and kept by now
        for token in {tokens[n % users] for n in range(recordings)}:
            page = await http.get(
                "/record", headers={"HX-Request": "true", "Cookie": f"cricketlog_token={token}"}
            )
            tally.kept += len(
                set(re.findall(r"/record/pending/(record-[0-9-]+)/finish", page.text))
            )
        tally.server_metrics = (await http.get("/metrics")).text
        return tally, elapsed


def report(tally: Tally, elapsed: float, args: argparse.Namespace) -> str:
    every = [s for values in tally.latencies.values() for s in values]
    lines = [
        f"{args.users} API users (thinking {args.think:g} s) and {args.recordings} live "
        f"recordings, {args.workers} workers, {elapsed:.0f} s, "
        f"{'SQLite' if args.sqlite else 'PostgreSQL'}:",
        f"  requests: {len(every)} ({len(every) / elapsed:.0f}/s); latency p50 "
        f"{percentile(every, 0.5) * 1000:.0f} ms, p95 {percentile(every, 0.95) * 1000:.0f} ms, "
        f"p99 {percentile(every, 0.99) * 1000:.0f} ms",
    ]
    for kind, values in sorted(tally.latencies.items()):
        lines.append(
            f"    {kind:13} {len(values):6}  p50 {statistics.median(values) * 1000:6.0f} ms"
            f"  p95 {percentile(values, 0.95) * 1000:6.0f} ms"
            f"  p99 {percentile(values, 0.99) * 1000:6.0f} ms"
        )
    lines.append(f"  errors: {sum(tally.errors.values())} {dict(tally.errors) or ''}")
    lost = tally.started - tally.saved - tally.kept
    lines.append(
        f"  recordings: {tally.started} started, {tally.saved} saved, {tally.kept} kept "
        f"unfinished for their player, {lost} lost"
    )
    if tally.stop_to_entries:
        lines.append(
            f"  stop -> entries: p50 {statistics.median(tally.stop_to_entries):.2f} s, "
            f"p95 {percentile(tally.stop_to_entries, 0.95):.2f} s"
        )
    lines.append(f"  server: {speech_work(tally.server_metrics)}")
    return "\n".join(lines)


def speech_work(metrics: str) -> str:
    """The server's own count of transcriptions and their time, from its /metrics."""
    from prometheus_client.parser import text_string_to_metric_families

    found = {
        sample.name: sample.value
        for family in text_string_to_metric_families(metrics)
        for sample in family.samples
        if not sample.labels
    }
    count = found.get("cricketlog_transcription_seconds_count", 0)
    total = found.get("cricketlog_transcription_seconds_sum", 0)
    mean = total / count if count else 0
    return f"{count:.0f} transcriptions, {total:.0f} s in all, {mean:.2f} s each on average"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--recordings", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=45, help="the timed part (max 60)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--think", type=float, default=5, help="mean seconds between calls")
    parser.add_argument(
        "--wait", type=float, default=60, help="seconds a recording's answer may take"
    )
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    args = parser.parse_args()
    seconds = min(args.seconds, 60)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        secret = secrets.token_urlsafe(32)
        with (
            database(args.sqlite, folder) as db_url,
            server(db_url, secret, folder, args.workers) as url,
        ):
            tokens = accounts(db_url, secret, args.users)
            tally, elapsed = asyncio.run(
                run(url, tokens, args.recordings, seconds, args.think, args.wait)
            )
    print(report(tally, elapsed, args))


if __name__ == "__main__":
    main()
