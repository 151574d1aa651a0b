"""Several activities in one utterance: order, dates and a mental state said once."""

import datetime as dt

import pytest

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
    rest, gym = extract(
        "Rested yesterday, legs sore. Today gym for 45 minutes. Feeling great today."
    )
    assert (rest.entry_date, gym.entry_date) == (dt.date(2026, 11, 23), TODAY)
    assert (rest.data.mental_state, gym.data.mental_state) == (None, "excellent")


def test_a_closing_mood_with_no_day_of_its_own_covers_every_day() -> None:
    rest, gym = extract("Rested yesterday, legs sore. Today gym for 45 minutes. Feeling great.")
    assert (rest.data.mental_state, gym.data.mental_state) == ("excellent", "excellent")


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


# Family: a new day inside one unpunctuated clause starts a new entry.
@pytest.mark.parametrize(
    ("text", "kinds", "days_back"),
    [
        (
            "yesterday i did nets for an hour this morning gym 40 minutes",
            ["cricket_coaching", "fitness"],
            [1, 0],
        ),
        (
            "saturday we played kew and lost sunday i rested legs were sore",
            ["cricket_match", "rest_day"],
            [3, 2],
        ),
        (
            "played a t20 on saturday got 30 sunday was a rest day just stretching",
            ["cricket_match", "rest_day"],
            [3, 2],
        ),
        (
            "went to the gym yesterday for an hour today i'm resting",
            ["fitness", "rest_day"],
            [1, 0],
        ),
        ("ran 5k this morning yesterday was a day off", ["fitness", "rest_day"], [0, 1]),
        ("nets yesterday gym today", ["cricket_coaching", "fitness"], [1, 0]),
        ("gym saturday rest sunday", ["fitness", "rest_day"], [3, 2]),
        (
            "played a t20 saturday we won sunday i rest did some stretching",
            ["cricket_match", "rest_day"],
            [3, 2],
        ),
    ],
)
def test_a_new_day_mid_clause_starts_an_entry(
    text: str, kinds: list[str], days_back: list[int]
) -> None:
    entries = extract(text)
    assert [e.activity_type for e in entries] == kinds
    assert [(TODAY - e.entry_date).days for e in entries] == days_back


def test_a_rest_day_said_after_other_days_has_its_own_readings() -> None:
    match, rest = extract(
        "saturday we played kew and lost sunday i rested legs were sore mentally okay"
    )
    assert match.data.result == "lost"
    assert (rest.data.recovery_quality, rest.data.mental_state) == ("poor", "okay")


def test_a_day_about_another_activity_does_not_cut() -> None:
    entries = extract("today i'm resting after yesterday's game")
    assert [e.activity_type for e in entries] == ["rest_day"]


# Family: activities named first, described after.
@pytest.mark.parametrize(
    ("text", "durations", "intensities"),
    [
        (
            "swim and then yoga 30 minute swim easy then an hour of yoga also easy",
            [30, 60],
            ["low", "low"],
        ),
        (
            "swim and gym this morning swim was 20 minutes easy and gym was 45 minutes hard",
            [20, 45],
            ["low", "high"],
        ),
        ("gym and swim 50 minutes gym heavy 20 minute swim light", [50, 20], ["high", "low"]),
        (
            "did a run and a gym session run was 6k easy gym was an hour intense",
            [None, 60],
            ["low", "high"],
        ),
        (
            "yoga and a walk yesterday 40 minutes of yoga gentle then a 30 minute walk",
            [40, 30],
            ["low", None],
        ),
    ],
)
def test_a_list_named_before_its_details(
    text: str, durations: list[int | None], intensities: list[str | None]
) -> None:
    entries = extract(text)
    assert [e.activity_type for e in entries] == ["fitness"] * len(durations)
    assert [e.data.duration_minutes for e in entries] == durations
    assert [e.data.intensity for e in entries] == intensities


# Family: several activities with their figures in one breath.
@pytest.mark.parametrize(
    ("text", "kinds", "first"),
    [
        (
            "gym 40 minutes light session then nets for an hour",
            ["fitness", "cricket_coaching"],
            (40, "low"),
        ),
        ("gym 40 minutes light session nets an hour", ["fitness", "cricket_coaching"], (40, "low")),
        (
            "recovery run 4k 25 mins easy then gym 30 minutes hard",
            ["fitness", "fitness"],
            (25, "low"),
        ),
        ("recovery run 4k 25 mins easy gym 30 minutes hard", ["fitness", "fitness"], (25, "low")),
        ("spin class 45 minutes hard at the gym", ["fitness"], (45, "high")),
    ],
)
def test_activities_run_together_without_pauses(
    text: str, kinds: list[str], first: tuple[int, str]
) -> None:
    entries = extract(text)
    assert [e.activity_type for e in entries] == kinds
    data = entries[0].data
    assert (data.duration_minutes, data.intensity) == first


# Family: a mood said for all the activities, without punctuation.
@pytest.mark.parametrize(
    ("text", "mental"),
    [
        ("run this morning then nets mentally good for both", ["good", "good"]),
        ("run this morning gym in the afternoon mentally good all day", ["good", "good"]),
        ("nets yesterday gym today mentally sharp both days", ["good", "good"]),
        ("gym saturday rest sunday mentally flat whole weekend", ["poor", "poor"]),
        ("saturday match sunday rest mentally calm whole weekend", ["good", "good"]),
    ],
)
def test_a_mood_for_every_activity_without_punctuation(text: str, mental: list[str]) -> None:
    assert [e.data.mental_state for e in extract(text)] == mental


def test_a_rest_said_plainly_after_another_day() -> None:
    gym, rest = extract("yesterday evening gym session 1 hour today morning rest only")
    assert (gym.activity_type, rest.activity_type) == ("fitness", "rest_day")
    assert (gym.entry_date, rest.entry_date) == (dt.date(2026, 11, 23), TODAY)


def test_the_next_activitys_own_word_goes_with_it() -> None:
    gym, run = extract("gym 40 mins light session recovery run 3k easy 20 minutes")
    assert gym.data.details == "gym 40 mins light session"
    assert (run.data.duration_minutes, run.data.distance_km) == (20, 3.0)


def test_an_intensity_before_a_mood_anchor_with_its_own_word_stays_the_sessions() -> None:
    run, gym = extract("run 5k 30 minutes moderate then gym 45 mins heavy mentally good all day")
    assert (run.data.intensity, gym.data.intensity) == ("medium", "high")
    assert [run.data.mental_state, gym.data.mental_state] == ["good", "good"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("kept wicket today in the t20 2 catches", ["cricket_match"]),
        ("match yesterday we won today legs are dead", ["cricket_match"]),
        (
            "had nets today 90 minutes and a gym session 30 minutes light",
            ["cricket_coaching", "fitness"],
        ),
        ("nets this morning with the bowling machine for an hour", ["cricket_coaching"]),
        ("went for a run this morning before nets", ["fitness"]),
        ("rest day today after the match yesterday", ["rest_day"]),
    ],
)
def test_a_day_or_a_second_activity_that_is_not_a_new_entry(text: str, kinds: list[str]) -> None:
    assert [e.activity_type for e in extract(text)] == kinds


def test_each_activity_run_together_keeps_its_own_time() -> None:
    nets, gym = extract("had nets today 90 minutes and a gym session 30 minutes light")
    assert (nets.data.duration_minutes, gym.data.duration_minutes) == (90, 30)


def test_a_class_then_a_swim_are_two_sessions() -> None:
    entries = extract("spin class 40 mins, hard, then an easy 15 minute swim")
    assert [(e.data.duration_minutes, e.data.intensity) for e in entries] == [
        (40, "high"),
        (15, "low"),
    ]


def test_two_sessions_each_with_its_figures_in_one_sentence() -> None:
    run, gym = extract("easy 6k run first thing, heavy gym session at lunch for 40 minutes")
    assert (run.data.type, run.data.distance_km, run.data.intensity) == ("running", 6.0, "low")
    assert (gym.data.type, gym.data.duration_minutes, gym.data.intensity) == ("gym", 40, "high")


@pytest.mark.parametrize(
    "text",
    [
        "reminder, need to book the nets for friday and get new gloves",
        "Plan for next week: three runs and two nets sessions",
        "tomorrow I'll do a long run, maybe 15k",
        "I'm going to hit the gym twice a week from now on",
        "note to self, book a one-to-one with the batting coach",
    ],
)
def test_plans_and_bookings_are_not_entries(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "I have to log my training for the club, so: this morning a 5k run, 26 minutes",
            ["fitness"],
        ),
        ("Nets for an hour today. Tomorrow I'll do the gym", ["cricket_coaching"]),
        ("gym 45 minutes to get ready for tomorrow", ["fitness"]),
        ("worked on my game plan in the nets for an hour", ["cricket_coaching"]),
    ],
)
def test_what_was_done_beside_a_plan_is_kept(text: str, kinds: list[str]) -> None:
    assert [e.activity_type for e in extract(text)] == kinds
