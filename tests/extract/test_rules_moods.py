"""Moods and notes in phrasings from blind sets' families (never their sentences): which words
say the mind, which a shot, which a fault, and which entries a closing mood is for."""

import pytest

from flat_entries import extract


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        # an anchor right after the word wins over a body word said long before it
        (
            "5k jog, legs heavy early so i took it steady the rest of the way felt good mentally",
            "good",
        ),
        ("gym 40 mins calves were sore the whole time but felt really positive mentally", "good"),
        # a negator before the anchor negates something else
        ("nets an hour my drives were not coming out mentally okay", "okay"),
        ("nets an hour cut shot wasn't there head was good", "good"),
        # "mi" / "me" say it of the player
        ("hour in the nets, mi feel great", "excellent"),
        ("40 minute swim, me feel alright", "okay"),
        # Australian "pretty ordinary" is poor
        ("went for a 6k run, felt pretty ordinary", "poor"),
    ],
)
def test_mood(text: str, mood: str) -> None:
    [entry] = extract(text)
    assert entry["mental_state"] == mood


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        ("nets for an hour, my pull was firing, my drive needs work", "pull", "drive"),
        ("throwdowns 30 mins, reverse sweep was flying", "reverse sweep", ""),
        (
            "bowling session, inswinger was savage, slower ball needs some improvement",
            "inswinger",
            "slower ball",
        ),
        (
            "fielding drills 40 minutes, ground fielding good. catching i need more improvement",
            "ground fielding",
            "catching",
        ),
        # struggling with a skill is a fault, not a mood
        (
            "nets an hour, played spin well but against the quicks i was struggling",
            "spin",
            "quicks",
        ),
    ],
)
def test_praise_and_faults(text: str, well: str, improve: str) -> None:
    [entry] = extract(text)
    assert well in entry["what_went_well"].lower()
    assert improve in entry["areas_for_improvement"].lower()
    if not improve:
        assert entry["areas_for_improvement"] == ""


def test_struggling_said_of_the_mind_is_still_a_mood() -> None:
    [entry] = extract("nets for an hour, was struggling mentally today")
    assert entry["mental_state"] == "poor"


def test_feeling_good_about_a_skill_keeps_the_skill_as_praise() -> None:
    [entry] = extract("we won on saturday, took 2 for 20, mi feel good bout mi bowling")
    assert "bowling" in entry["what_went_well"]


@pytest.mark.parametrize(
    "closing",
    ["Head was great after it.", "Felt great after that run.", "After sunday I was buzzing."],
)
def test_a_closing_mood_said_after_the_last_activity_is_only_for_it(closing: str) -> None:
    first, last = extract(f"Friday gym for an hour. Sunday an 8k run, 45 minutes. {closing}")
    assert first["mental_state"] is None
    assert last["mental_state"] == "excellent"


def test_a_closing_mood_with_no_referent_still_covers_every_entry() -> None:
    first, last = extract("Friday gym for an hour. Sunday an 8k run, 45 minutes. Head was great.")
    assert first["mental_state"] == last["mental_state"] == "excellent"


@pytest.mark.parametrize(
    ("text", "activities"),
    [
        ("rest day, did nothing only a bit of stretching", "stretching"),
        ("day off, did nothing much apart from a walk with the dog", "walk with the dog"),
        ("rest day, didn't do anything except foam rolling", "foam rolling"),
    ],
)
def test_a_rest_day_of_nothing_but_something(text: str, activities: str) -> None:
    [entry] = extract(text)
    assert activities in entry["activities"]


def test_a_rest_day_of_nothing_at_all_lists_nothing() -> None:
    [entry] = extract("rest day, did nothing, skipped the gym")
    assert entry["activities"] == ""


def test_how_the_body_recovered_is_the_word_after_recovered() -> None:
    [entry] = extract("rest day, massage and a sleep in. Body recovered excellent.")
    assert entry["recovery_quality"] == "excellent"


def test_a_mentally_said_on_its_own_is_not_part_of_what_was_done() -> None:
    [entry] = extract("rest day, massage and a long sleep. Mentally also good, happy.")
    assert entry["activities"] == "massage and a long sleep"
    assert entry["mental_state"] == "good"


@pytest.mark.parametrize(
    ("text", "improve"),
    [
        ("nets an hour pull shot was good drive was not timing", "drive"),
        ("bowling session, my inswingers weren't landing, the bouncer was good", "inswingers"),
    ],
)
def test_a_shot_that_was_not_coming_off_is_a_fault(text: str, improve: str) -> None:
    [entry] = extract(text)
    assert improve in entry["areas_for_improvement"]
    assert improve not in entry["what_went_well"]


def test_pace_was_decent_is_a_medium_effort() -> None:
    [entry] = extract("5k run this morning in 27 minutes, pace was decent")
    assert entry["intensity"] == "medium"


def test_moods_said_at_the_end_for_named_days_go_to_those_days() -> None:
    match, rest = extract(
        "Saturday we played Kew, I took 3 for 20. Sunday a rest day, a walk and some stretching. "
        "Mentally I was buzzing on Saturday, and just felt okay on Sunday."
    )
    assert (match["kind"], match["mental_state"]) == ("cricket_match", "excellent")
    assert (rest["kind"], rest["mental_state"]) == ("rest_day", "okay")


def test_a_mood_for_one_named_day_leaves_the_other_day_alone() -> None:
    gym, run = extract("Monday gym for an hour. Tuesday a 5k run. Mentally flat on Tuesday.")
    assert gym["mental_state"] is None
    assert run["mental_state"] == "poor"
