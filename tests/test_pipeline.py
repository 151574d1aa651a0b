"""The pipeline's batch extraction: forked workers give exactly what one process gives."""

from __future__ import annotations

import datetime as dt

from cricketlog.config import load_settings
from cricketlog.pipeline import PARALLEL_MIN, Pipeline

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
