"""Fitness entries from the rules extractor: type, duration, distance, intensity, details."""

import datetime as dt

import pytest

from cricketlog.extract.rules import RulesExtractor

TODAY = dt.date(2026, 11, 24)


def fitness(text: str) -> dict:
    entries = RulesExtractor().extract(text, TODAY)
    assert [e.activity_type for e in entries] == ["fitness"]
    return entries[0].data.model_dump()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jogged 6k along the beach in 32 mins, nice and easy",
            {"type": "running", "distance_km": 6.0, "duration_minutes": 32, "intensity": "low"},
        ),
        (
            "parkrun this morning, 24 minutes, went flat out",
            {"type": "running", "duration_minutes": 24, "intensity": "high"},
        ),
        ("ran two miles on the treadmill", {"type": "running", "distance_km": 3.218}),
        (
            "Weights session at the gym, an hour and a half, pretty heavy",
            {"type": "gym", "duration_minutes": 90, "intensity": "high"},
        ),
        (
            "S and C with the squad, forty minutes, moderate",
            {"type": "gym", "duration_minutes": 40, "intensity": "medium"},
        ),
        (
            "Pilates for half an hour, really gentle",
            {"type": "other", "duration_minutes": 30, "intensity": "low"},
        ),
        (
            "Cycled 25 km to work and back, solid but not flat out",
            {"type": "other", "distance_km": 25.0, "intensity": "medium"},
        ),
        (
            "Game of squash with my brother, 45 min, knackered after",
            {"type": "other", "duration_minutes": 45},
        ),
        (
            "Did a HIIT class, three quarters of an hour, savage",
            {"type": "other", "duration_minutes": 45, "intensity": "high"},
        ),
        (
            "Leg day. Squats and lunges, 1.5 hrs, not too hard",
            {"type": "gym", "duration_minutes": 90, "intensity": "medium"},
        ),
        (
            "Hit the gym, wasn't easy",
            {"type": "gym", "intensity": "medium", "duration_minutes": None},
        ),
    ],
)
def test_fitness_fields(text: str, expected: dict) -> None:
    data = fitness(text)
    assert {k: data[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Upper body in the gym, bench and pull ups, 50 minutes", "bench"),
        ("A swim at the leisure centre, 30 lengths", "swim"),
        ("boxing session at the club, 1 hr, brutal", "boxing"),
    ],
)
def test_details_keep_the_players_words(text: str, word: str) -> None:
    assert word in fitness(text)["details"]


def test_details_leave_out_the_mental_state() -> None:
    data = fitness("Went for a 5k run. Mentally I felt great after it.")
    assert "great" not in data["details"]
    assert data["mental_state"] == "excellent"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Laps in the pool after work, about 40 minutes", "other"),
        ("Went surfing at dawn for an hour", "other"),
        ("Hiked the ridge with my dad, three hours", "other"),
        ("Coach had us do 8 laps of the oval", "running"),
        ("did a 5k before breakfast", "running"),
        ("Spinning class at the gym, 45 mins", "other"),
        ("Track session, 5 x 300m", "running"),
        ("Went for a run Sunday, 4 miles", "running"),
    ],
)
def test_more_ways_to_name_a_session(text: str, kind: str) -> None:
    assert fitness(text)["type"] == kind


@pytest.mark.parametrize(
    ("text", "intensity"),
    [
        ("jogged 4k easy 25 mins mentally fine", "low"),
        ("gym for an hour, proper full on", "high"),
        ("bike ride 40 mins, chill pace", "low"),
        ("ran 8k at a controlled effort", "medium"),
    ],
)
def test_intensity_beside_a_mood(text: str, intensity: str) -> None:
    assert fitness(text)["intensity"] == intensity


def test_a_run_scored_or_a_run_up_is_not_a_run() -> None:
    entries = RulesExtractor().extract(
        "Bowling session, ten overs off my full run, couldn't get a run off the machine after",
        TODAY,
    )
    assert [e.activity_type for e in entries] == ["cricket_coaching"]


def test_a_distance_swim_is_not_a_run() -> None:
    assert fitness("did a 1.5k swim in the lake")["type"] == "other"


def test_felt_after_a_time_in_run_on_speech_is_the_player() -> None:
    assert fitness("jogged two k took ten minutes felt sharp")["mental_state"] == "good"


@pytest.mark.parametrize(
    ("text", "details", "mental"),
    [
        ("gym session and i was happy with it", "gym session", "good"),
        ("run this morning 5k and i'm feeling sound", "run this morning 5k", "good"),
        ("gym 45 minutes i'm happy", "gym 45 minutes", "good"),
        ("gym session today feeling chuffed to bits", "gym session today", "excellent"),
    ],
)
def test_a_closing_mood_is_cut_cleanly_from_the_details(
    text: str, details: str, mental: str
) -> None:
    data = fitness(text)
    assert (data["details"], data["mental_state"]) == (details, mental)


@pytest.mark.parametrize(
    "text",
    [
        "so today i went to the gym for about 50 minutes did legs it was really tough",
        "gym session, did my shoulders, really hard",
    ],
)
def test_a_body_part_that_was_trained_does_not_take_the_intensity(text: str) -> None:
    assert fitness(text)["intensity"] == "high"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pool session tonight, 30 lengths, steady", {"type": "other", "intensity": "medium"}),
        ("spin bike 25 mins, was absolutely blowing after", {"intensity": "high"}),
        ("treadmill 30 minutes, nothing crazy", {"type": "running", "intensity": "medium"}),
        ("gym for an hour, feeling chipper", {"mental_state": "good"}),
        ("run 10k, so hyped after it mentally", {"mental_state": "excellent"}),
        ("yoga 45 mins, mixed feelings today", {"mental_state": "okay"}),
    ],
)
def test_swims_effort_and_moods_in_other_words(text: str, expected: dict) -> None:
    data = fitness(text)
    assert {key: data[key] for key in expected} == expected


def test_effort_said_just_before_the_mood() -> None:
    data = fitness("rowing 30 minutes easy mentally feeling good")
    assert (data["intensity"], data["mental_state"]) == ("low", "good")


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        ("Ran 5k in 25 mins. Mentally good, ready for the weekend.", "5k", "weekend"),
        ("Gym 40 mins, heavy. Mood not great because of exams", "Gym", "exams"),
        ("Swim 30 mins, head was all over the place, work stuff", "Swim", "work"),
    ],
)
def test_why_the_player_felt_so_is_not_the_session(text: str, kept: str, left_out: str) -> None:
    details = fitness(text)["details"]
    assert kept in details and left_out not in details


@pytest.mark.parametrize(
    ("text", "intensity", "mental"),
    [
        ("5k run, full speed, mind is bit disturbed", "high", "poor"),
        ("cycle 40k, took it handy, no racing", "low", None),
        ("spin class 45 mins, absolutely wrecked after it", "high", None),
    ],
)
def test_effort_and_mood_said_sideways(text: str, intensity: str, mental: str | None) -> None:
    data = fitness(text)
    assert (data["intensity"], data["mental_state"]) == (intensity, mental)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty minutes of core and mobility, easy stuff", {"type": "other", "intensity": "low"}),
        ("then today a hard 8k in 38 minutes", {"type": "running", "distance_km": 8.0}),
        ("ran the loop, 8.5 k, just cruised it", {"intensity": "low", "distance_km": 8.5}),
        ("swim, one and a half k, easy", {"distance_km": 1.5}),
        ("run 5k. Mentally? Okay-ish.", {"mental_state": "okay"}),
    ],
)
def test_sessions_said_in_passing(text: str, expected: dict) -> None:
    data = fitness(text)
    assert {key: data[key] for key in expected} == expected


def test_an_injury_at_work_is_not_a_session() -> None:
    assert (
        RulesExtractor().extract("Tweaked my hamstring lifting boxes at work. Gutted.", TODAY) == []
    )


def test_a_recovery_session_is_a_session_not_the_body() -> None:
    assert fitness("recovery session in the pool, 30 mins, good")["mental_state"] == "good"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hit the road for an easy 4 miles last night", {"type": "running", "intensity": "low"}),
        (
            "5k time trial this morning, 22 minutes, flat out",
            {"type": "running", "distance_km": 5.0},
        ),
        ("gym 45 hard", {"duration_minutes": 45, "intensity": "high"}),
        (
            "spin class 45 mins, absolutely cooked afterwards. Buzzing though",
            {"mental_state": "excellent"},
        ),
    ],
)
def test_runs_and_times_said_briefly(text: str, expected: dict) -> None:
    data = fitness(text)
    assert {key: data[key] for key in expected} == expected


def test_a_cue_inside_a_reason_is_not_another_session() -> None:
    data = fitness(
        "gym, squats and lunges because my knees need to be stronger for keeping, 50 min"
    )
    assert data["duration_minutes"] == 50


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("yoga class, an hour, gentle. Walked out calm and happy.", 1),
        ("Agility ladder and cone work for 25 minutes, quite light", 1),
    ],
)
def test_sessions_and_not_sessions(text: str, entries: int) -> None:
    found = RulesExtractor().extract(text, TODAY)
    assert len(found) == entries and found[0].activity_type == "fitness"


def test_a_heavy_upper_body_session_is_heavy() -> None:
    assert fitness("gym for an hour, heavy upper body")["intensity"] == "high"


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        ("Morning circuit with the boys, thirty minutes flat out", {"type": "other"}),
        ("Parkron on Saturday, 5k in 24 minutes", {"type": "running"}),
        ("gym 40 minutes. Minds in a good spot", {"mental_state": "good"}),
        ("run 5k, failing fantastic", {"mental_state": "excellent"}),
    ],
)
def test_speech_to_text_slips_on_sessions_and_moods(heard: str, expected: dict) -> None:
    data = fitness(heard)
    assert {key: data[key] for key in expected} == expected


def test_a_game_still_to_come_is_not_an_entry() -> None:
    entries = RulesExtractor().extract(
        "long run, 12 km, tough. Mentally focused for the weekend game", TODAY
    )
    assert [e.activity_type for e in entries] == ["fitness"]


@pytest.mark.parametrize(
    "text",
    [
        "did the yo-yo test at training, got to 17.4",
        "beep test this morning, level 11",
        "bleep test with the squad, flat out",
        "shuttle runs on the outfield, 20 minutes",
    ],
)
def test_fitness_tests_of_running_are_running(text: str) -> None:
    assert fitness(text)["type"] == "running"


@pytest.mark.parametrize(
    "text",
    [
        "gym 40 minutes mostly leg press and running machine, medium",
        "gym 50 minutes, bench press and ten minutes on the treadmill",
        "hour at the gym, weights and 15 minutes on the rowing machine",
        "gym session 45 mins upper body plus the cross trainer",
    ],
)
def test_a_machine_in_the_gym_is_part_of_the_gym_session(text: str) -> None:
    assert fitness(text)["type"] == "gym"
