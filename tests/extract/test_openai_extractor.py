"""The OpenAI extractor against a local fake of the API, over real HTTP with the real client."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import Run
from cricketlog.entries.schemas import (
    ACTIVITY_TYPES,
    QUESTIONS,
    CoachingData,
    FitnessData,
    MatchData,
    RestDayData,
)
from cricketlog.errors import ExtractionError
from cricketlog.extract import make_extractor
from cricketlog.extract.openai import (
    CoachingDraft,
    FitnessDraft,
    MatchDraft,
    OpenAIExtractor,
    RestDayDraft,
)
from cricketlog.openai_client import ApiKeyRejected, MissingApiKey
from openai_fake import API_KEY, FakeOpenAI

TODAY = dt.date(2026, 11, 24)  # a Tuesday
TEXT = "5k run this morning, then nets in the afternoon, felt sharp."

RUN: dict[str, Any] = {
    "activity_type": "fitness",
    "day": "",
    "fitness": {
        "type": "running",
        "duration_minutes": None,
        "distance_km": 5.0,
        "intensity": None,
        "details": "5k run this morning",
        "mental_state": None,
    },
    "cricket_coaching": None,
    "cricket_match": None,
    "rest_day": None,
}
NETS: dict[str, Any] = {
    "activity_type": "cricket_coaching",
    "day": "",
    "fitness": None,
    "cricket_coaching": {
        "activity": "netting",
        "duration_minutes": None,
        "what_went_well": "",
        "areas_for_improvement": "",
        "mental_state": "good",
    },
    "cricket_match": None,
    "rest_day": None,
}
MATCH: dict[str, Any] = {
    "activity_type": "cricket_match",
    "day": "on Saturday",
    "fitness": None,
    "cricket_coaching": None,
    "cricket_match": {
        "opponent": "Oakfield",
        "result": "won",
        "batting": {"runs": 23, "balls": None, "fours": 2, "sixes": None, "dismissal": "not_out"},
        "bowling": {"overs": 6.0, "maidens": None, "runs": 30, "wickets": 2},
        "keeping": None,
        "fielding": {"catches": 1, "run_outs": None},
        "what_went_well": "bowled tight lines",
        "areas_for_improvement": "running between the wickets",
        "mental_state": None,
    },
    "rest_day": None,
}


def answer(*entries: dict[str, Any]) -> str:
    return json.dumps({"entries": list(entries)})


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def extractor(server: FakeOpenAI, home: Path) -> OpenAIExtractor:
    return OpenAIExtractor(server.settings(home))


def test_sends_a_strict_schema_covering_the_four_kinds(server: FakeOpenAI, home: Path) -> None:
    extractor = make_extractor(server.settings(home))

    assert extractor.extract(TEXT, TODAY) == []

    (request,) = server.requests
    assert request.path == "/v1/chat/completions"
    assert request.json["model"] == "gpt-4o-mini" and extractor.name == "openai:gpt-4o-mini"
    response_format = request.json["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True
    schema = response_format["json_schema"]["schema"]
    entry = schema["$defs"]["EntryDraft"]
    assert entry["properties"]["activity_type"]["enum"] == list(ACTIVITY_TYPES)
    assert set(ACTIVITY_TYPES) <= set(entry["properties"])
    assert "default" not in json.dumps(schema)


def test_prompt_gives_today_and_the_text(server: FakeOpenAI, extractor: OpenAIExtractor) -> None:
    extractor.extract(TEXT, TODAY)

    system, user = server.requests[0].json["messages"]
    assert system["role"] == "system" and "Tuesday 2026-11-24" in system["content"]
    assert "23 not out" in system["content"] and "1.609" in system["content"]
    assert user == {"role": "user", "content": TEXT}


@pytest.mark.parametrize(
    ("draft", "contract"),
    [
        (FitnessDraft, FitnessData),
        (CoachingDraft, CoachingData),
        (MatchDraft, MatchData),
        (RestDayDraft, RestDayData),
    ],
)
def test_drafts_mirror_the_contract(draft: type[Any], contract: type[Any]) -> None:
    assert list(draft.model_fields) == list(contract.model_fields)


def test_answer_becomes_entries_in_spoken_order(
    server: FakeOpenAI, extractor: OpenAIExtractor
) -> None:
    server.content = answer(RUN, NETS)

    run, nets = extractor.extract(TEXT, TODAY)

    assert (run.activity_type, run.entry_date, run.transcript) == ("fitness", TODAY, TEXT)
    assert run.data == FitnessData(type="running", distance_km=5.0, details="5k run this morning")
    assert run.missing == ["duration_minutes", "intensity", "mental_state"]
    assert run.questions == [QUESTIONS[f] for f in run.missing]
    assert nets.activity_type == "cricket_coaching"
    assert nets.data == CoachingData(activity="netting", mental_state="good")
    assert (nets.missing, nets.questions) == ([], [])


def test_match_figures_and_the_day_said(server: FakeOpenAI, extractor: OpenAIExtractor) -> None:
    server.content = answer(MATCH)

    (match,) = extractor.extract("We beat Oakfield on Saturday...", TODAY)

    assert match.entry_date == dt.date(2026, 11, 21)
    assert isinstance(match.data, MatchData)
    assert match.data.batting is not None and match.data.batting.dismissal == "not_out"
    assert match.data.bowling is not None and match.data.bowling.wickets == 2
    assert match.missing == ["mental_state"]


@pytest.mark.parametrize(
    "content",
    [
        "not json at all",
        answer({**RUN, "fitness": None}),  # the slot of its type left empty
        answer({**MATCH, "cricket_match": {**MATCH["cricket_match"], "batting": {"runs": -4}}}),
        answer({**RUN, "fitness": {**RUN["fitness"], "duration_minutes": -10}}),
    ],
)
def test_an_unfit_answer_is_an_extraction_error(
    server: FakeOpenAI, extractor: OpenAIExtractor, content: str
) -> None:
    server.content = content

    with pytest.raises(ExtractionError, match="did not fit the diary format"):
        extractor.extract(TEXT, TODAY)


def test_a_refusal_is_an_extraction_error(server: FakeOpenAI, extractor: OpenAIExtractor) -> None:
    server.content, server.refusal = None, "I can't help with that."

    with pytest.raises(ExtractionError, match="declined"):
        extractor.extract(TEXT, TODAY)


def test_an_empty_answer_is_an_extraction_error(
    server: FakeOpenAI, extractor: OpenAIExtractor
) -> None:
    server.content = None

    with pytest.raises(ExtractionError, match="empty answer"):
        extractor.extract(TEXT, TODAY)


@pytest.mark.parametrize(
    ("status", "expected"), [(400, "HTTP 400"), (429, "rate limit"), (500, "HTTP 500")]
)
def test_api_errors_never_show_the_key(
    server: FakeOpenAI, extractor: OpenAIExtractor, status: int, expected: str
) -> None:
    server.fail(status, f"Bad request from {API_KEY}")

    with pytest.raises(ExtractionError, match=expected) as caught:
        extractor.extract(TEXT, TODAY)

    assert API_KEY not in str(caught.value)


def test_a_wrong_key_is_a_config_error(server: FakeOpenAI, home: Path) -> None:
    wrong = "sk-wrong-key-9876543210"

    with pytest.raises(ApiKeyRejected, match="rejected the API key while extracting") as caught:
        OpenAIExtractor(server.settings(home, api_key=wrong)).extract(TEXT, TODAY)

    assert wrong not in str(caught.value)


def test_missing_key_is_a_config_error(server: FakeOpenAI, home: Path) -> None:
    with pytest.raises(MissingApiKey, match="none is set"):
        make_extractor(server.settings(home, api_key=""))


@pytest.mark.parametrize("body", [b"<html>Bad gateway</html>", b'{"choices": [', b"null"])
def test_an_answer_that_is_not_json_is_one_line(
    server: FakeOpenAI, home: Path, cli: Run, monkeypatch: pytest.MonkeyPatch, body: bytes
) -> None:
    server.fail(200, raw=body)  # a proxy's page, a cut-off body, or null, with status 200
    monkeypatch.setenv("CRICKETLOG_EXTRACTOR", "openai")
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)

    result = cli("extract", TEXT)

    assert result.returncode == 1
    assert result.stderr == (
        "error: The OpenAI server's answer was not the API's JSON: check openai_base_url, or "
        "try again.\n"
    )
