"""The contract refuses what PostgreSQL's JSON or the export cannot carry, whatever door it came in.

A property test throws numbers (huge, negative, infinite, NaN, fractional) and text (NUL, lone
surrogates, control characters) at every field of every kind. Whatever the models accept must
survive strict JSON (no NaN or Infinity), UTF-8, a round trip back into the model, and a real
PostgreSQL ``jsonb`` cast, which refuses ``\\u0000``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any, Literal, get_args, get_origin

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from conftest import PG_ADMIN_URL
from cricketlog.entries.schemas import DATA_MODELS, FIRST_DAY, LAST_DAY, LIMITS, Entry

NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 1, 10, 20, 50, 100, 500, 600, 1440, 1441, 1e26, -1, 4.2, float("inf")]),
)
TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, exclude_categories=())),
    st.sampled_from(["\x00", "a\x00b", "\ud800", "nets \x1b[31m\a", ""]),
)
PARTS = ("batting", "bowling", "keeping", "fielding")


def values(annotation: Any) -> st.SearchStrategy[Any]:
    """Mostly the field's own type (so many documents pass), sometimes anything else."""
    choices = [c for arg in (annotation, *get_args(annotation)) for c in _literals(arg)]
    if choices:
        own: st.SearchStrategy[Any] = st.sampled_from(choices)
    elif str in (annotation, *get_args(annotation)):
        own = TEXT
    else:
        own = NUMBERS
    return st.one_of(*[own] * 6, st.none(), NUMBERS, TEXT)


def _literals(annotation: Any) -> tuple[Any, ...]:
    return get_args(annotation) if get_origin(annotation) is Literal else ()


def documents() -> st.SearchStrategy[dict[str, Any]]:
    """Entry documents of every kind, each field given a number, text or null."""

    def for_kind(kind: str) -> st.SearchStrategy[dict[str, Any]]:
        model = DATA_MODELS[kind]  # type: ignore[index]
        fields: dict[str, Any] = {}
        for name in model.model_fields:
            if name in PARTS:
                sub = model.model_fields[name].annotation.__args__[0]  # type: ignore[union-attr]
                parts = {f: values(i.annotation) for f, i in sub.model_fields.items()}
                fields[name] = st.none() | st.fixed_dictionaries({}, optional=parts)
            else:
                fields[name] = values(model.model_fields[name].annotation)
        return st.fixed_dictionaries(
            {
                "activity_type": st.just(kind),
                "entry_date": st.one_of(st.dates(FIRST_DAY, LAST_DAY), st.dates()).map(str),
                "transcript": TEXT,
                "data": st.fixed_dictionaries({}, optional=fields),
            }
        )

    return st.sampled_from(sorted(DATA_MODELS)).flatmap(for_kind)


@pytest.fixture(scope="module")
def jsonb() -> Iterator[Any]:
    """A cursor on the PostgreSQL server, to cast JSON text to ``jsonb`` (None without one)."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(PG_ADMIN_URL).set(drivername="postgresql")
    try:
        connection = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    with connection, connection.cursor() as cursor:
        yield cursor


def accepted(document: dict[str, Any]) -> Entry | None:
    try:
        entry = Entry.model_validate(document)
    except ValidationError:
        event("refused")
        return None
    event("accepted")
    return entry


@pytest.mark.postgres
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_no_accepted_entry_holds_what_json_postgres_or_the_export_cannot_carry(
    jsonb: Any, document: dict[str, Any]
) -> None:
    entry = accepted(document)
    if entry is None:
        return
    text = json.dumps(entry.to_json(), ensure_ascii=False, allow_nan=False)  # no NaN/Infinity
    text.encode("utf-8")  # no lone surrogate
    assert Entry.model_validate(json.loads(text)) == entry  # the export reads back the same
    jsonb.execute("SELECT %s::jsonb", [text])  # PostgreSQL takes it (no \u0000)
    for name, value in _numbers(entry.to_json()["data"]):
        assert 0 <= value <= _limit(name), (name, value)


def _numbers(data: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, float]]:
    for name, value in data.items():
        if isinstance(value, dict):
            yield from _numbers(value, f"{name}.")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            yield prefix + name, value


def _limit(path: str) -> float:
    names = {"bowling.runs": "runs_conceded", "batting.runs": "runs"}
    name = names.get(path, path.rpartition(".")[2])
    return LIMITS.get(name, LIMITS["dismissals"])  # catches, stumpings, run outs


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("duration_minutes", float("inf")),
        ("duration_minutes", 1e26),
        ("duration_minutes", 24 * 60 + 1),
        ("distance_km", float("nan")),
        ("distance_km", 501),
        ("details", "hill reps\x00"),
        ("details", "\udc80"),
    ],
)
def test_implausible_or_unstorable_values_are_refused(field: str, value: Any) -> None:
    with pytest.raises(ValidationError):
        Entry.model_validate(
            {"activity_type": "fitness", "entry_date": "2026-06-01", "data": {field: value}}
        )


def test_the_limits_are_reachable() -> None:
    match = Entry.model_validate(
        {
            "activity_type": "cricket_match",
            "entry_date": "2026-06-01",
            "data": {
                "batting": {"runs": 600, "balls": 1200, "fours": 150, "sixes": 100},
                "bowling": {"overs": 100, "maidens": 100, "runs": 600, "wickets": 20},
                "keeping": {"catches": 20, "stumpings": 20, "byes": 200},
                "fielding": {"catches": 20, "run_outs": 20},
            },
        }
    )
    assert match.data.bowling.wickets == 20  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="less than or equal to 20"):
        Entry.model_validate(
            {
                "activity_type": "cricket_match",
                "entry_date": "2026-06-01",
                "data": {"bowling": {"overs": 10, "wickets": 21}},
            }
        )
    with pytest.raises(ValidationError, match="entry_date"):
        Entry.model_validate({"activity_type": "rest_day", "entry_date": "9999-12-31", "data": {}})
