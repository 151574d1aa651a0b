"""Voice memos said in one breath or a few sentences, in phrasings of our own (families from
blind14-20's working two thirds, never their sentences): which sessions they name, and what
went well, what to work on and what was done."""

import pytest

from flat_entries import TODAY, extract


def test_a_lesson_with_the_club_pro_is_personal_coaching() -> None:
    [entry] = extract("had an hour with the pro on Thursday working on my grip")
    assert (entry["kind"], entry["activity"]) == ("cricket_coaching", "personal_coaching")


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        ("nets an hour, the flipper was ripping, my line is still wonky", "flipper", "line"),
        ("bowling practice for 40 minutes, the new ball swung both ways", "swung", ""),
        (
            "throwdowns, middled the pull for once, kept getting squared up by the quicks",
            "pull",
            "squared up",
        ),
        ("lesson with the coach, he says my back leg is collapsing at the crease", "", "back leg"),
        ("nets, finally got my slog sweep working", "slog sweep", ""),
    ],
)
def test_praise_and_faults_in_other_words(text: str, well: str, improve: str) -> None:
    [entry] = extract(text)
    assert well in entry["what_went_well"].lower()
    assert improve in entry["areas_for_improvement"].lower()


def test_a_reason_ends_where_the_player_goes_on_to_what_they_did() -> None:
    [entry] = extract("rest day cos of my hamstring so i did some stretching and im fine")
    assert "stretching" in entry["activities"]
    assert entry["mental_state"] == "okay"


def test_a_rest_day_goes_on_in_the_next_sentence() -> None:
    [entry] = extract("Rest day. Did nothing at all, just had a massage. Recovery is good.")
    assert (entry["kind"], entry["recovery_quality"]) == ("rest_day", "good")
    assert "massage" in entry["activities"]


def test_my_fielding_was_sloppy_is_a_note_not_a_session() -> None:
    [entry] = extract("club training, two hours of nets. my fielding was sloppy though")
    assert "fielding" in entry["areas_for_improvement"].lower()


@pytest.mark.parametrize(
    ("text", "well"),
    [
        ("lesson with my coach, my leg break finally started turning", "leg break"),
        ("nets, my seam was much more upright", "seam"),
    ],
)
def test_progress_said_in_other_words(text: str, well: str) -> None:
    [entry] = extract(text)
    assert well in entry["what_went_well"].lower()


def test_watching_a_match_is_not_playing_one() -> None:
    [entry] = extract("rest day, just watched the test match on the couch")
    assert entry["kind"] == "rest_day"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("went to the indoor centre and had a bowling session, an hour", "other"),
        ("indoor centre for an hour, faced the quicks", "netting"),
    ],
)
def test_a_venue_names_nets_only_when_nothing_else_is_named(text: str, activity: str) -> None:
    [entry] = extract(text)
    assert entry["activity"] == activity


def test_the_session_named_again_with_other_words_is_one_session() -> None:
    [entry] = extract(
        "then indoor nets. tonight at the indoor school for an hour, batted against the bowling "
        "machine"
    )
    assert (entry["activity"], entry["duration_minutes"]) == ("netting", 60)


def test_the_words_between_praise_and_a_fault_name_the_fault() -> None:
    [entry] = extract("keeping drills, my footwork was sharp left hand still weak")
    assert "left hand" in entry["areas_for_improvement"].lower()
    assert "footwork" in entry["what_went_well"].lower()


def test_missing_a_match_is_not_playing_one() -> None:
    [entry] = extract("rest day, worried about missing the cup match on sunday")
    assert entry["kind"] == "rest_day"


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        # an aside goes on to the end of its sentence
        (
            "gym for an hour, squats. my cousin rang, she's flying in from Perth next week",
            "squats",
            "perth",
        ),
        # a time of day is no figure of the session
        ("5k run in 25 minutes. the wife wants me home at 6 for the kids", "5k run", "wife"),
        # a plan said along the way is not what was done
        (
            "swim for 40 minutes, easy. nets are on thursday so hopefully my arm is fine",
            "swim",
            "thursday",
        ),
    ],
)
def test_details_leave_out_asides_and_plans(text: str, kept: str, left_out: str) -> None:
    [entry] = extract(text)
    assert kept in entry["details"].lower()
    assert left_out not in entry["details"].lower()


def test_a_goal_said_as_a_plan_is_still_a_note() -> None:
    [entry] = extract("throwdowns 30 minutes, drives were crisp, need to sort out my balance")
    assert "balance" in entry["areas_for_improvement"]


def test_a_run_up_a_mountain_is_a_run_and_its_climb_part_of_it() -> None:
    [entry] = extract("trail run up the mountain, 10 km in 80 minutes. Brutal climb, flat out.")
    assert (entry["type"], entry["intensity"]) == ("running", "high")


def test_what_was_worked_on_and_praised_then_a_fault_splits_in_one_breath() -> None:
    [entry] = extract(
        "throwdowns half an hour working on my pull shot which was flowing nicely still need to "
        "sort my sweep"
    )
    assert "pull" in entry["what_went_well"]
    assert "sweep" in entry["areas_for_improvement"]
    assert "pull" not in entry["areas_for_improvement"]


def test_a_drill_named_with_its_general_word_is_not_a_whole_session() -> None:
    entries = extract("keeping drills at lunch half an hour then nets tonight an hour, batted well")
    assert [e["activity"] for e in entries] == ["wicket_keeping", "netting"]


def test_a_plan_said_after_what_was_done() -> None:
    [entry] = extract("so i did a spin class forty five minutes, stressed about my exams next week")
    assert (entry["kind"], entry["date"]) == ("fitness", TODAY)


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        (
            "nets, my off drive was amazing but my bowling was all over the place",
            "off drive",
            "bowling",
        ),
        ("fielding drills an hour, didn't drop one, my throwing is a bit off", "drop", "throwing"),
        (
            "one on one, reverse sweep getting better, normal sweep i keep top edging",
            "reverse",
            "normal sweep",
        ),
        ("nets, my leg break was ripping, line going down leg sometimes", "leg break", "down leg"),
    ],
)
def test_more_praise_and_faults(text: str, well: str, improve: str) -> None:
    [entry] = extract(text)
    assert well in entry["what_went_well"].lower()
    assert improve in entry["areas_for_improvement"].lower()


def test_what_a_mood_was_about_is_not_what_was_done() -> None:
    [entry] = extract("spin class 45 minutes, super intense, i was stressed about my exams")
    assert "exams" not in entry["details"]


def test_core_work_after_the_gym_is_part_of_it() -> None:
    [entry] = extract("Gym tonight. 50 minutes. Shoulder rehab bands and core work, moderate.")
    assert (entry["type"], entry["intensity"]) == ("gym", "medium")


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        ("nets, got the googly really turning, bowled too many full tosses", "googly", "full"),
        (
            "bowling at one stump, found a good rhythm. not sure about my drift yet",
            "rhythm",
            "drift",
        ),
        ("catching practice half an hour, I caught most of them", "caught most", ""),
    ],
)
def test_club_praise_and_doubts(text: str, well: str, improve: str) -> None:
    [entry] = extract(text)
    assert well in entry["what_went_well"].lower()
    assert improve in entry["areas_for_improvement"].lower()


def test_not_needing_to_bat_is_no_fault() -> None:
    [entry] = extract("won against Hillside, 3 for 38 off my 10, didn't need to bat")
    assert entry["areas_for_improvement"] == ""


def test_training_named_more_exactly_takes_the_exact_name() -> None:
    [entry] = extract("Tuesday training night. Did forty minutes of keeping drills, low catches.")
    assert entry["activity"] == "wicket_keeping"


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        (
            "bowling practice, outswing was coming nicely, but run up rhythm was not good",
            "outswing",
            "run up",
        ),
        (
            "keeping practice, catching was not bad, but my footwork was not good",
            "catching",
            "footwork",
        ),
        (
            "one on one, I was much better at pulling, still need to improve my leaving",
            "pulling",
            "leaving",
        ),
        (
            "bowling machine, hooking was going alright, still getting cramped on the pull",
            "hooking",
            "cramped",
        ),
    ],
)
def test_plain_praise_and_faults(text: str, well: str, improve: str) -> None:
    [entry] = extract(text)
    assert well in entry["what_went_well"].lower()
    assert improve in entry["areas_for_improvement"].lower()


@pytest.mark.parametrize(
    "text",
    [
        "Took the day off, my shoulder's beat up from throwing yesterday. Iced it.",
        "Yesterday mi tek a rest, just a massage, body recover good",
    ],
)
def test_rest_days_said_plainly(text: str) -> None:
    [entry] = extract(text)
    assert entry["kind"] == "rest_day"


def test_a_day_said_on_its_own_before_the_next_activity_opens_it() -> None:
    rest, gym = extract(
        "Monday: rest day, only foam rolling, body recovered well. Tuesday: gym, 1 hour, hard."
    )
    assert (rest["kind"], gym["kind"], gym["duration_minutes"]) == ("rest_day", "fitness", 60)
    assert (TODAY - gym["date"]).days == 1


def test_a_county_bowling_camp_is_bowling_practice() -> None:
    [entry] = extract("bowling camp run by the county, three hours, load up was smooth")
    assert (entry["kind"], entry["activity"]) == ("cricket_coaching", "other")
    assert "load up" in entry["what_went_well"]
