"""Answers to the follow-up questions, as players give them."""

from __future__ import annotations

import pytest

from cricketlog.extract.answers import parse_answer


@pytest.mark.parametrize(
    ("field", "answer", "value"),
    [
        ("mental_state", "pretty good", "good"),
        ("mental_state", "Not great, to be honest", "poor"),
        ("mental_state", "buzzing!", "excellent"),
        ("mental_state", "so-so", "okay"),
        ("recovery_quality", "legs feel fine", "okay"),
        ("recovery_quality", "really good sleep, feel brilliant", "good"),
        ("intensity", "it was hard work", "high"),
        ("intensity", "Medium", "medium"),
        ("intensity", "nice and easy", "low"),
        ("duration_minutes", "about forty minutes", 40),
        ("duration_minutes", "an hour and a half", 90),
        ("duration_minutes", "45", 45),
        ("duration_minutes", "maybe 20 or so", 20),
        ("duration_minutes", "dunno", None),
        ("mental_state", "banana", None),
        ("opponent", "Mosman", None),
    ],
)
def test_answers_map_to_values(field: str, answer: str, value: object) -> None:
    assert parse_answer(field, answer) == value
