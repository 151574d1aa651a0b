"""Coaching entries: which session, how long, what went well and what to work on."""

import datetime as dt

import pytest

from cricketlog.extract.rules import RulesExtractor

TODAY = dt.date(2026, 11, 24)


def coaching(text: str) -> dict:
    entries = RulesExtractor().extract(text, TODAY)
    assert [e.activity_type for e in entries] == ["cricket_coaching"]
    return entries[0].data.model_dump()


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Hit in the nets for an hour after work", "netting"),
        ("Had a bowl in the nest with the firsts", "netting"),
        ("throwdowns off the dog stick for twenty minutes", "batting_drills"),
        ("batting practice on the bowling machine", "batting_drills"),
        ("Wicked keeping drills with the coach standing up to the stumps", "wicket_keeping"),
        ("glovework session, diving both ways", "wicket_keeping"),
        ("one-to-one with my batting coach on my stance", "personal_coaching"),
        ("1 on 1 session with the spin coach", "personal_coaching"),
        ("Private lesson, worked on my grip", "personal_coaching"),
        ("Fielding drills, lots of high catches", "other"),
        ("Bowling practice out in the middle with a bucket of balls", "other"),
        ("Club training tonight, two hours", "other"),
    ],
)
def test_activity(text: str, activity: str) -> None:
    assert coaching(text)["activity"] == activity


def test_duration_is_read_but_not_asked_for() -> None:
    entry = RulesExtractor().extract("Nets for ninety minutes", TODAY)[0]
    assert entry.data.duration_minutes == 90  # type: ignore[union-attr]
    assert entry.missing == ["mental_state"]


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        ("Nets, my cut shot felt crisp but I need to move my feet to spin", "cut shot", "feet"),
        ("Keeping session, takes were clean, still a bit slow getting up", "clean", "slow"),
        ("Throwdowns, timing was sweet. Kept playing across the line though", "timing", "across"),
        ("Bowling practice, found my rhythm, but a few no-balls crept in", "rhythm", "no-balls"),
        ("Fielding drills: dropped two easy ones, throwing was accurate", "throwing", "dropped"),
    ],
)
def test_well_and_improve_are_split(text: str, well: str, improve: str) -> None:
    data = coaching(text)
    assert well in data["what_went_well"] and well not in data["areas_for_improvement"]
    assert improve in data["areas_for_improvement"] and improve not in data["what_went_well"]


def test_stt_slip_is_fixed_in_free_text() -> None:
    data = coaching("Nets tonight, my comfort drive was flowing nicely")
    assert "cover drive" in data["what_went_well"]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Session with coach Ranjit on my wrists, an hour", "personal_coaching"),
        ("My coach and I worked on my trigger movement", "personal_coaching"),
        ("Slip cordon work before training, twenty minutes", "other"),
        ("Catching clinic with the under 13s", "other"),
    ],
)
def test_more_ways_to_name_a_coaching_session(text: str, activity: str) -> None:
    assert coaching(text)["activity"] == activity


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        (
            "nets for 40 mins slower balls were coming out well my yorker needs work",
            "slower balls",
            "yorker",
        ),
        (
            "throwdowns 30 mins pulling nicely but still fishing outside off head was clear",
            "pulling",
            "fishing",
        ),
        (
            "Keeping drills, 45 minutes. Take on the leg side, much cleaner now. Need to stay low.",
            "leg side",
            "stay low",
        ),
        (
            "Bowled in the nets, landing it consistently, mistimed my bouncer, felt positive",
            "landing",
            "bouncer",
        ),
    ],
)
def test_notes_from_speech_without_pauses(text: str, well: str, improve: str) -> None:
    data = coaching(text)
    assert well in data["what_went_well"] and improve not in data["what_went_well"]
    assert improve in data["areas_for_improvement"] and well not in data["areas_for_improvement"]


def test_a_feeling_is_cut_out_of_a_note_not_the_note_dropped() -> None:
    data = coaching("batting drills 20 mins my hands were soft I was buzzing after")
    assert "hands were soft" in data["what_went_well"]
    assert "buzzing" not in data["what_went_well"]
    assert data["mental_state"] == "excellent"


def test_a_mood_word_inside_a_note_keeps_the_note_whole() -> None:
    data = coaching(
        "Nets for an hour, far more confident against the short ball now, mentally good"
    )
    assert "confident against the short ball" in data["what_went_well"]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Indoor school tonight, faced the spinners for 40 minutes", "netting"),
        ("Keeper drills for half an hour, taking it clean", "wicket_keeping"),
        ("Next for an hour, typing it nicely off the back foot", "netting"),
    ],
)
def test_practice_in_other_words(text: str, activity: str) -> None:
    assert coaching(text)["activity"] == activity


def test_figures_said_at_practice_stay_with_the_practice() -> None:
    data = coaching("Centre wicket at training, made 25 off 20 balls, pulling poorly though")
    assert "pulling" in data["areas_for_improvement"]
    assert "Centre wicket" not in data["what_went_well"]


def test_a_bowling_spell_all_over_the_place_is_not_a_mood() -> None:
    data = coaching("Club training, my bowling was all over the place, feeling meh")
    assert data["mental_state"] == "okay"


# Family: progress on what the player works on, and what let them down.
@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        ("nets for an hour working on my cover drive which is getting better", "cover drive", ""),
        ("nets my pull shot is coming along", "pull shot", ""),
        ("batting drills the sweep clicked", "sweep", ""),
        ("nets finally nailed my yorker", "yorker", ""),
        ("keeping drills my footwork still needs work", "", "footwork"),
        ("nets struggled with the short ball today", "", "short ball"),
        ("nets for an hour my yorkers clicked struggled with the bouncer", "yorkers", "bouncer"),
        (
            "throwdowns my back foot defence is coming along but my front foot still needs work",
            "back foot",
            "front foot",
        ),
    ],
)
def test_progress_and_struggles(text: str, well: str, improve: str) -> None:
    data = coaching(text)
    assert well in data["what_went_well"] and (well or not data["what_went_well"])
    assert improve in data["areas_for_improvement"]
    assert improve or not data["areas_for_improvement"]
    if improve:
        assert improve not in data["what_went_well"]


def test_a_fault_that_let_the_player_down_in_a_match() -> None:
    entry = RulesExtractor().extract("match today got 20 my shot selection let me down", TODAY)[0]
    assert "shot selection" in entry.data.areas_for_improvement  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("nets for an hour my yorkers clicked", "my yorkers clicked"),
        ("nets today the switch hit clicked", "the switch hit clicked"),
        ("keeping drills my glovework is coming along", "my glovework is coming along"),
        ("keeping session glovework was clean", "glovework was clean"),
    ],
)
def test_a_note_said_in_one_breath_with_its_activity_loses_the_activity(
    text: str, note: str
) -> None:
    assert coaching(text)["what_went_well"] == note


def test_a_colon_after_the_activity_starts_a_clause() -> None:
    data = coaching("nets: cover drive was timing nicely, need to work on the short ball")
    assert data["what_went_well"] == "cover drive was timing nicely"
    assert data["areas_for_improvement"] == "need to work on the short ball"


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        (
            "had a bowl in the nets, rhythm was good but my front foot landing needs work",
            "rhythm was good",
            "my front foot landing needs work",
        ),
        (
            "nets for an hour, the pull felt great, but the cut shot let me down",
            "the pull felt great",
            "the cut shot let me down",
        ),
    ],
)
def test_a_but_turns_praise_into_a_fault_and_is_left_out(
    text: str, well: str, improve: str
) -> None:
    data = coaching(text)
    assert (data["what_went_well"], data["areas_for_improvement"]) == (well, improve)


def test_bowling_at_a_stump_is_bowling_practice() -> None:
    assert coaching("bowled at one stump for 20 minutes")["activity"] == "other"


def test_tennis_balls_in_keeping_drills_are_not_tennis() -> None:
    data = coaching("keeping drills with tennis balls 20 mins, takes felt sharp")
    assert data["activity"] == "wicket_keeping" and data["duration_minutes"] == 20


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        ("nets, my pull shot was mint but I'm losing my shape on drives", "pull", "shape"),
        ("throwdowns, the sweep was class, need to watch the ball longer", "sweep", "watch"),
    ],
)
def test_slang_praise_and_losing_something(text: str, well: str, improve: str) -> None:
    data = coaching(text)
    assert well in data["what_went_well"] and improve in data["areas_for_improvement"]
    assert improve not in data["what_went_well"]


def test_a_figure_with_its_unit_ends_what_came_before_felt() -> None:
    assert coaching("nets 1hr felt great")["mental_state"] == "excellent"


def test_a_match_given_as_a_reason_is_not_a_match() -> None:
    entries = RulesExtractor().extract("nets, kept it light because the match is on Sunday", TODAY)
    assert [e.activity_type for e in entries] == ["cricket_coaching"]


@pytest.mark.parametrize(
    ("text", "field", "word"),
    [
        ("nets, I was happy with my seam position", "what_went_well", "seam"),
        ("nets, frustrated with my footwork again", "areas_for_improvement", "footwork"),
    ],
)
def test_a_feeling_about_part_of_the_game_is_also_a_note(text: str, field: str, word: str) -> None:
    assert word in coaching(text)[field]


def test_speech_to_text_slips_on_times() -> None:
    data = coaching("Nets this armo, thirty means, batting was solid")
    assert data["duration_minutes"] == 30
    entries = RulesExtractor().extract("Nets to day for 55 m in", TODAY)
    assert [(e.entry_date, e.data.duration_minutes) for e in entries] == [(TODAY, 55)]


@pytest.mark.parametrize(
    ("text", "mental"),
    [
        ("nets 45 min, rapt with it", "excellent"),
        ("nets 45 min, felt much better in the head after", "good"),
    ],
)
def test_moods_said_with_what_they_are_about(text: str, mental: str) -> None:
    assert coaching(text)["mental_state"] == mental


def test_something_coming_back_went_well() -> None:
    data = coaching("nets for an hour, the inswinger is coming back")
    assert "inswinger" in data["what_went_well"]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("1-1 with coach, 45 min, front foot stuff", "personal_coaching"),
        ("batting lesson with the coach, an hour", "personal_coaching"),
    ],
)
def test_lessons_said_briefly(text: str, activity: str) -> None:
    assert coaching(text)["activity"] == activity


@pytest.mark.parametrize(
    ("text", "mental"),
    [
        ("slip catching, 90 minutes, dropped a few. Not great.", "poor"),
        ("spin lesson, an hour, quite low after", "poor"),
        ("nets, an hour. Not great in the head", "poor"),
    ],
)
def test_short_moods_with_no_anchor(text: str, mental: str) -> None:
    assert coaching(text)["mental_state"] == mental


def test_needing_more_of_something_is_to_work_on() -> None:
    data = coaching("spin bowling on my own, an hour, landing it well, need more drift")
    assert "drift" in data["areas_for_improvement"] and "drift" not in data["what_went_well"]


def test_the_head_in_a_shot_is_not_the_mind() -> None:
    data = coaching("drills for cover drive, 2 hours, my head position was good. Feeling okay.")
    assert data["activity"] == "batting_drills" and data["mental_state"] == "okay"
    assert "head position" in data["what_went_well"]


def test_hitting_the_spot_again_and_again_went_well() -> None:
    data = coaching("Bowled at a single stump for 40 minutes. Kept hitting the top of off.")
    assert "top of off" in data["what_went_well"] and data["areas_for_improvement"] == ""


def test_an_hour_and_a_half_said_with_its_day() -> None:
    data = coaching("Had nets for an hour and a half on Thursday, felt good")
    assert data["duration_minutes"] == 90


def test_a_slip_cradle_is_fielding_practice() -> None:
    assert coaching("Slip cradle, a hundred catches, dropped three")["activity"] == "other"


@pytest.mark.parametrize(
    ("heard", "activity"),
    [
        ("Madding drills yesterday with the sidearm, thirty minutes", "batting_drills"),
        ("Sleep catching, twenty minutes", "other"),
        ("Boing practice on my own with a single stump, eight overs", "other"),
    ],
)
def test_speech_to_text_slips_on_drill_names(heard: str, activity: str) -> None:
    assert coaching(heard)["activity"] == activity


def test_the_coach_had_us_working_on_something() -> None:
    data = coaching("Coach had us working on the follow-through today. Mixed feelings.")
    assert data["mental_state"] == "okay"


@pytest.mark.parametrize(
    ("text", "well"),
    [
        (
            "practice with the coach, working on my slower ball, it's coming out nice now",
            "slower ball",
        ),
        (
            "throwdowns for 30 minutes, working on the cover drive, that came out sweet",
            "cover drive",
        ),
    ],
)
def test_praise_for_what_was_worked_on(text: str, well: str) -> None:
    data = coaching(text)
    assert well in data["what_went_well"] and well not in data["areas_for_improvement"]


def test_working_on_a_fault_that_still_fails_stays_to_work_on() -> None:
    data = coaching("nets, working on my footwork but it's still slow")
    assert "footwork" in data["areas_for_improvement"]


@pytest.mark.parametrize(
    ("text", "well", "improve"),
    [
        (
            "nets, the away swinger was coming out beautifully but I keep overstepping",
            "swinger",
            "overstep",
        ),
        (
            "six overs in the nets. Yorkers were landing, bouncer just isn't there",
            "Yorkers",
            "bouncer",
        ),
        (
            "fielding drills, caught nearly everything, throwing arm is off a bit",
            "caught",
            "throwing",
        ),
    ],
)
def test_more_praise_and_faults(text: str, well: str, improve: str) -> None:
    data = coaching(text)
    assert well in data["what_went_well"] and improve in data["areas_for_improvement"]
    assert improve not in data["what_went_well"]


def test_worked_on_then_praised_in_the_next_sentence() -> None:
    data = coaching(
        "Session with my spin coach, 90 minutes. We worked on revs. It was coming out well."
    )
    assert "revs" in data["what_went_well"]


def test_what_was_worked_on_and_later_praised_went_well() -> None:
    data = coaching(
        "Bowled at a single stump, just working on my line. My line was spot on. "
        "Still need to get my front arm higher."
    )
    assert "line" in data["what_went_well"] and "line" not in data["areas_for_improvement"]
    assert "front arm" in data["areas_for_improvement"]


def test_just_him_and_me_is_a_one_to_one() -> None:
    data = coaching("Got a session with the county pathway coach on Friday, just him and me")
    assert data["activity"] == "personal_coaching"


def test_all_over_the_shop_in_the_head() -> None:
    data = coaching("Keeping session tonight. Mentally though I was all over the shop")
    assert data["mental_state"] == "poor"


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("spent half an hour bowling at a single stump in the back garden", 30),
        ("bowled at a cone for 45 minutes, working on my yorker", 45),
        ("practised my bowling for an hour with a bag of old balls", 60),
        ("spot bowling on my own, twenty minutes, off stump only", 20),
        ("target bowling at the club for 90 minutes", 90),
        ("spent the afternoon bowling on the outfield", None),
    ],
)
def test_bowling_on_my_own_is_bowling_practice(text: str, minutes: int | None) -> None:
    data = coaching(text)
    assert (data["activity"], data["duration_minutes"]) == ("other", minutes)


@pytest.mark.parametrize(
    "text",
    [
        "a one-to-one with the head coach on my back-foot game",
        "worked with the batting coach for an hour on my short game",
        "time with the spin coach, mainly on my game plan against lefties",
        "forty minutes working with my bowling coach on my run-up",
    ],
)
def test_a_session_named_by_the_coach_is_personal_coaching(text: str) -> None:
    assert coaching(text)["activity"] == "personal_coaching"


@pytest.mark.parametrize(
    "text",
    [
        "nets for an hour and i kept getting bowled by the leg spinner",
        "Net session tonight. Got caught at cover twice off the quick. Felt flat.",
        "had a hit in the nets, was bowled by a yorker first ball",
        "indoor school with the squad, got stumped by the keeper standing up",
    ],
)
def test_getting_out_at_the_nets_is_not_a_match(text: str) -> None:
    assert coaching(text)["activity"] == "netting"


def test_getting_out_in_a_game_after_nets_is_the_game() -> None:
    entries = RulesExtractor().extract(
        "Nets on Thursday. Then Saturday we played Kew, I got bowled for 12", TODAY
    )
    assert [e.activity_type for e in entries] == ["cricket_coaching", "cricket_match"]


@pytest.mark.parametrize(
    "text",
    [
        "academy training last night, mostly slip catching and then a bit of bowling at targets",
        "squad practice, some fielding then a bit of bowling practice at the end",
    ],
)
def test_the_parts_of_one_training_session_are_one_entry(text: str) -> None:
    assert coaching(text)["activity"] == "other"
