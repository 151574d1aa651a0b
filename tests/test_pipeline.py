"""The pipeline: batch extraction over forked workers, the duplicate check, stages built once."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cricketlog.config import load_settings
from cricketlog.pipeline import PARALLEL_MIN, Pipeline
from cricketlog.store import Source
from cricketlog.store.db import HEAD, current_revision, make_engine

UTTERANCES = [
    "45 minute run this morning, hard, felt great",
    "nets for an hour, cover drive was timing nicely but I need to work on the short ball",
    "scored 32 off 28 against Mosman, kept wicket, two catches, we won",
    "rest day yesterday, foam rolling, legs are sore, head's good",
    "gym 40 mins moderate then a 5k easy jog, mentally buzzing all day",
    "the weather was lovely",
]


def test_a_long_batch_matches_one_by_one_extraction() -> None:
    pipeline = Pipeline(load_settings())
    today = dt.date(2026, 11, 24)
    texts = [f"{u} ({n})" for n in range(PARALLEL_MIN // len(UTTERANCES) + 1) for u in UTTERANCES]
    assert len(texts) >= PARALLEL_MIN
    batch = [[e.to_json() for e in entries] for entries in pipeline.extract_many(texts, today)]
    single = [[e.to_json() for e in pipeline.extract(t, today)] for t in texts]
    assert batch == single
    assert sum(1 for entries in batch if entries) == len(texts) * 5 // 6


def test_the_duplicate_check_on_a_first_import_creates_no_database(home: Path) -> None:
    pipeline = Pipeline(load_settings())
    assert pipeline.saved_from("a" * 64) == []
    assert not list(home.rglob("*.db"))


def test_the_duplicate_check_finds_what_was_saved_from_a_file() -> None:
    pipeline = Pipeline(load_settings())
    [saved] = pipeline.save(pipeline.extract("45 minute run, hard"), Source("run.wav", "b" * 64))
    assert pipeline.saved_from("b" * 64) == [saved]
    assert pipeline.saved_from("c" * 64) == []


def test_threads_asking_for_a_new_store_at_once_share_one_migrated_database() -> None:
    pipeline = Pipeline(load_settings())
    with ThreadPoolExecutor(4) as pool:
        diaries = list(pool.map(lambda _: pipeline.entries, range(4)))
    assert {diary.user_id for diary in diaries} == {pipeline.store.users.local().id}
    assert current_revision(make_engine(pipeline.store.url)) == HEAD


def test_saving_into_a_database_at_the_newest_schema_never_imports_sqlalchemy(
    home: Path,
) -> None:
    """The cold `import` path: the save goes through the driver, not SQLAlchemy."""
    first = Pipeline(load_settings())
    first.save(first.extract("rest day, foam rolling"))  # creates and migrates the database
    script = (
        "import sys\n"
        "from cricketlog.config import load_settings\n"
        "from cricketlog.pipeline import Pipeline\n"
        "from cricketlog.store.source import Source\n"
        "p = Pipeline(load_settings())\n"
        "[saved] = p.save(p.extract('45 minute run, hard'), Source('run.wav', 'd' * 64))\n"
        "assert p.saved_from('d' * 64) == [saved], p.saved_from('d' * 64)\n"
        "print(saved.id, 'sqlalchemy' in sys.modules, 'sqlmodel' in sys.modules)\n"
    )
    env = {**os.environ, "CRICKETLOG_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["2", "False", "False"]


def test_a_save_while_the_warm_up_creates_the_database_waits_for_the_migration(
    home: Path,
) -> None:
    pipeline = Pipeline(load_settings())
    entries = pipeline.extract("45 minute run, hard")
    with ThreadPoolExecutor(4) as pool:
        saved = list(pool.map(lambda _: pipeline.save(entries)[0].id, range(4)))
    assert sorted(saved) == [1, 2, 3, 4]
    assert len(pipeline.entries.find()) == 4
