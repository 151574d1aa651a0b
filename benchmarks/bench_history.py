"""How fast `cricketlog history --week` and `--month` answer over 20,000 entries, from a cold start.

Each figure is the wall time of a fresh `cricketlog` process (interpreter start, imports, query,
summary, drawing), as a player would wait for it, on SQLite and on PostgreSQL. The databases are
the benchmark's own: a temporary SQLite file, and a scratch PostgreSQL database created on
CRICKETLOG_BENCH_PG_URL's server (default postgresql+psycopg://postgres@127.0.0.1:5432/test) and
dropped afterwards. The target is under 0.5 s each.

    python benchmarks/bench_history.py [--entries 20000] [--runs 7] [--no-postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cricketlog.entries.schemas import Entry
from cricketlog.store import Store

TARGET_S = 0.5
YEARS = 2
"""The entries are spread over this many years up to today (about 27 a day for 20,000)."""
PG_ADMIN_URL = os.environ.get(
    "CRICKETLOG_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
CLI = Path(sys.executable).with_name("cricketlog")
SCALE = ["excellent", "good", "okay", "poor"]


def entry(rng: random.Random, day: dt.date) -> Entry:
    """One plausible random entry on ``day``."""
    kind = rng.choice(["fitness", "fitness", "cricket_coaching", "cricket_match", "rest_day"])
    mood = rng.choice([*SCALE, None])
    data: dict[str, object]
    if kind == "fitness":
        data = {
            "type": rng.choice(["running", "gym", "other"]),
            "duration_minutes": rng.choice([None, 30, 45, 60]),
            "intensity": rng.choice(["low", "medium", "high", None]),
            "details": "intervals and hills",
            "mental_state": mood,
        }
    elif kind == "cricket_coaching":
        data = {
            "activity": rng.choice(["netting", "batting_drills", "wicket_keeping"]),
            "duration_minutes": rng.choice([None, 60, 90]),
            "areas_for_improvement": rng.choice(["footwork", "shot selection", ""]),
            "mental_state": mood,
        }
    elif kind == "cricket_match":
        data = {
            "opponent": "Essex",
            "result": rng.choice(["won", "lost"]),
            "batting": {"runs": rng.randint(0, 80), "balls": rng.randint(1, 70)},
            "bowling": {"overs": 4.0, "runs": rng.randint(10, 40), "wickets": rng.randint(0, 3)},
            "mental_state": mood,
        }
    else:
        data = {"activities": "stretching", "recovery_quality": mood, "mental_state": mood}
    return Entry.model_validate(
        {"activity_type": kind, "entry_date": day, "transcript": "generated", "data": data}
    )


def seed(url: str, count: int) -> None:
    """Fill the database at ``url`` with ``count`` entries spread over :data:`YEARS` years."""
    rng = random.Random(20_000)
    today = dt.date.today()
    span = 365 * YEARS
    entries = [entry(rng, today - dt.timedelta(days=rng.randrange(span))) for _ in range(count)]
    with Store(url) as store:
        diary = store.entries(store.users.local().id)
        for start in range(0, count, 2000):
            diary.add(entries[start : start + 2000])


def timings(url: str, home: Path, args: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system) times of ``runs`` cold `cricketlog ARGS` processes.

    CPU time is printed beside wall time because it hardly changes with the machine's load, which
    on a shared machine can double the wall time.
    """
    env = {**os.environ, "CRICKETLOG_DATABASE_URL": url, "CRICKETLOG_HOME": str(home)}
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(CLI), *args], env=env, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


@contextmanager
def postgres_database() -> Iterator[str]:
    """A scratch PostgreSQL database's URL, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"cricketlog_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bench(name: str, url: str, home: Path, count: int, runs: int) -> bool:
    """Seed, time both commands, print the figures; whether both met the target."""
    start = time.perf_counter()
    seed(url, count)
    print(f"{name}: seeded {count} entries in {time.perf_counter() - start:.1f} s")
    ok = True
    for args in (["--help"], ["history", "--week"], ["history", "--month"]):
        walls, cpus = timings(url, home, args, runs)
        median = statistics.median(walls)
        if args == ["--help"]:
            verdict = "(start-up floor of any command, for comparison)"
        else:
            verdict = "ok" if median < TARGET_S else f"OVER the {TARGET_S} s target"
            ok = ok and median < TARGET_S
        print(
            f"  {' '.join(args):16} wall best {min(walls):.3f} s, median {median:.3f} s; "
            f"CPU median {statistics.median(cpus):.3f} s  {verdict}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        ok &= bench("SQLite", f"sqlite:///{home / 'bench.db'}", home, args.entries, args.runs)
        if not args.no_postgres:
            with postgres_database() as url:
                ok &= bench("PostgreSQL", url, home, args.entries, args.runs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
