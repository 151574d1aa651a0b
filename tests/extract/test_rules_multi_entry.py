"""Several activities in one utterance: order, dates and a mental state said once."""

import datetime as dt

from cricketlog.extract.rules import RulesExtractor

TODAY = dt.date(2026, 11, 24)


def extract(text: str) -> list:
    return RulesExtractor().extract(text, TODAY)


def test_activities_come_back_in_spoken_order() -> None:
    entries = extract("Gym at 7 for 45 minutes, then throwdowns at lunch, then a swim to finish")
    assert [e.activity_type for e in entries] == ["fitness", "cricket_coaching", "fitness"]
    assert [e.data.model_dump().get("type") for e in entries] == ["gym", None, "other"]


def test_each_entry_keeps_its_own_duration() -> None:
    run, nets = extract("A 5k run this morning in 27 minutes, then nets in the arvo for two hours")
    assert (run.data.duration_minutes, nets.data.duration_minutes) == (27, 120)


def test_days_said_per_activity() -> None:
    rest, match = extract(
        "Rest day on Sunday, just stretching. Yesterday we played Manly and won, I got 40."
    )
    assert rest.entry_date == dt.date(2026, 11, 22)
    assert match.entry_date == dt.date(2026, 11, 23)


def test_a_day_said_once_carries_to_the_next_activity() -> None:
    entries = extract("Yesterday I went for a run, then had nets for an hour")
    assert [e.entry_date for e in entries] == [dt.date(2026, 11, 23)] * 2


def test_a_closing_mental_state_applies_to_every_entry() -> None:
    entries = extract(
        "Swim this morning, 30 minutes. Then keeping drills after lunch. Mentally sharp."
    )
    assert [e.data.mental_state for e in entries] == ["good", "good"]


def test_a_mental_state_inside_one_activity_stays_there() -> None:
    gym, nets = extract("Gym this morning, felt rubbish in my head. Then nets, mentally great.")
    assert (gym.data.mental_state, nets.data.mental_state) == ("poor", "excellent")


def test_keeping_in_a_match_is_part_of_the_match() -> None:
    entries = extract("T20 against Coogee, kept wicket, 2 catches. Batted at 5 and made 20.")
    assert [e.activity_type for e in entries] == ["cricket_match"]


def test_nothing_to_log_gives_no_entries() -> None:
    assert extract("Just checking this thing works") == []


def test_a_closing_mood_for_one_day_stays_on_that_day() -> None:
    rest, gym = extract("Rested yesterday, legs sore. Today gym for 45 minutes. Feeling great.")
    assert (rest.entry_date, gym.entry_date) == (dt.date(2026, 11, 23), TODAY)
    assert (rest.data.mental_state, gym.data.mental_state) == (None, "excellent")


def test_a_mood_said_for_both_days_applies_to_both() -> None:
    entries = extract(
        "Saturday we played Ryde and lost, I made 10. Sunday rest day, stretching. "
        "Mentally flat both days."
    )
    assert [e.data.mental_state for e in entries] == ["poor", "poor"]
    assert "both" not in entries[1].data.activities


def test_and_before_another_day_starts_another_entry() -> None:
    rest, gym = extract("Rest day yesterday and gym today for an hour")
    assert (rest.activity_type, gym.activity_type) == ("rest_day", "fitness")
    assert (rest.entry_date, gym.entry_date) == (dt.date(2026, 11, 23), TODAY)


def test_a_sentence_said_for_both_covers_both() -> None:
    entries = extract("Gym for an hour then keeping drills, both felt decent, head's clear")
    assert [e.data.mental_state for e in entries] == ["good", "good"]


def test_and_then_leaves_no_stray_and() -> None:
    run, _ = extract("Jogged 3k in the morning and then had a net session")
    assert run.data.details == "Jogged 3k in the morning"
