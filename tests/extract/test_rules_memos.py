"""Voice memos said in one breath or a few sentences, in phrasings of our own (families from
blind14's and blind15's working two thirds, never their sentences): numbers, coaches, praise
and faults, and moods said straight after a figure."""

import pytest

from cricketlog.extract.clauses import split
from cricketlog.extract.feelings import read_feelings
from flat_entries import TODAY, extract


@pytest.mark.parametrize(
    ("text", "km"),
    [("did a five k along the canal, 27 minutes", 5.0), ("ran a ten k this morning", 10.0)],
)
def test_a_distance_in_words_after_a_keeps_its_a(text: str, km: float) -> None:
    [entry] = extract(text)
    assert (entry["kind"], entry["type"], entry["distance_km"]) == ("fitness", "running", km)


def test_a_hundred_is_still_one_hundred() -> None:
    [entry] = extract("scored a hundred and five against Ashford, we won")
    assert entry["batting"]["runs"] == 105


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


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        # a figure ends what came before: the "felt" after it is the player's
        ("match on saturday made 20 not out felt great", "excellent"),
        ("played ealing, bowled 8 overs 2 maidens felt good", "good"),
        ("game yesterday took 2 catches felt pretty flat though", "poor"),
        # so does a word that said how something was
        ("nets in the rain, the pitch was awful felt a bit low", "poor"),
        # "not out" negates nothing
        ("league game, 34 not out feeling buzzing", "excellent"),
    ],
)
def test_a_mood_said_straight_after_a_figure(text: str, mood: str) -> None:
    [entry] = extract(text)
    assert entry["mental_state"] == mood


def test_a_shot_that_felt_good_is_praise_not_a_mood() -> None:
    [entry] = extract("nets an hour, sweep shot felt lovely")
    assert entry["mental_state"] is None
    assert "sweep" in entry["what_went_well"].lower()


def test_the_back_foot_is_a_stroke_not_the_players_back() -> None:
    [felt] = read_feelings(split("worked on my back foot punch felt rubbish"))
    assert all(f.target != "body" for f in felt)


def test_kept_out_of_the_attack_is_no_keeping() -> None:
    [entry] = extract(
        "match against Ealing, skipper kept me out of the attack, took 2 catches at point"
    )
    assert entry["keeping"] is None
    assert entry["fielding"]["catches"] == 2


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        ("kept wicket v Hove, three stumpings no sorry two stumpings", ("keeping", "stumpings"), 2),
        ("match today, took four catches, no wait, three catches", ("fielding", "catches"), 3),
        ("12k run in just under an hour, call it 58 minutes", ("duration_minutes",), 58),
    ],
)
def test_a_figure_corrected_in_the_same_breath(
    text: str, path: tuple[str, ...], value: int
) -> None:
    [entry] = extract(text)
    for key in path:
        entry = entry[key]
    assert entry == value


@pytest.mark.parametrize(
    ("text", "overs"),
    [
        ("league game, bowled my full ten, 2 for 40", 10.0),
        ("game called off after 12 overs, i bowled 2 overs for 15", 2.0),
        ("t20 today, bowled all 4 and 1 maiden, 1 for 20", 4.0),
    ],
)
def test_the_overs_said_right_after_bowled_are_the_spell(text: str, overs: float) -> None:
    [entry] = extract(text)
    assert entry["bowling"]["overs"] == overs


def test_the_score_said_after_i_is_the_players_not_a_teammates() -> None:
    [entry] = extract("lost to kew on sunday jimmy got a fifty i got out for 8 caught behind")
    assert (entry["batting"]["runs"], entry["batting"]["dismissal"]) == (8, "caught")


def test_a_university_side_keeps_its_uni() -> None:
    [entry] = extract("played against delhi uni on sunday and lost")
    assert entry["opponent"] == "delhi uni"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # "recovery" itself outranks a part of the body said before it
        ("rest day, calves still tight. recovery's coming along fine", "recovery_quality", "okay"),
        # "I'm ..." after a body anchor is the player's mood
        ("rest day, knee's feeling better and im pretty happy", "mental_state", "good"),
        # a mood that sums up the others outranks them
        (
            "played against Kew, happy with my bowling but gutted to lose so mixed really",
            "mental_state",
            "okay",
        ),
        # the weather's mood is not the player's
        ("5k run, 30 minutes, the weather was awful", "mental_state", None),
    ],
)
def test_whose_feeling_it_is(text: str, field: str, value: str | None) -> None:
    [entry] = extract(text)
    assert entry[field] == value


def test_a_body_part_trained_carries_no_anchor_into_the_next_sentence() -> None:
    _gym, fielding = extract(
        "gym an hour, legs and shoulders. then fielding drills, my throwing was excellent"
    )
    assert "throwing" in fielding["what_went_well"].lower()


def test_a_reason_ends_where_the_player_goes_on_to_what_they_did() -> None:
    [entry] = extract("rest day cos of my hamstring so i did some stretching and im fine")
    assert "stretching" in entry["activities"]
    assert entry["mental_state"] == "okay"


def test_a_rest_day_goes_on_in_the_next_sentence() -> None:
    [entry] = extract("Rest day. Did nothing at all, just had a massage. Recovery is good.")
    assert (entry["kind"], entry["recovery_quality"]) == ("rest_day", "good")
    assert "massage" in entry["activities"]


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        ("match v Kew, 20 overs. bowled a bit, three overs for 20", ("bowling", "overs"), 3.0),
        ("league game, made my first hundred eleven fours and a six", ("batting", "fours"), 11),
        ("bowled 4 overs took 1 for 12 took a catch at slip", ("fielding", "catches"), 1),
        ("match on sunday, batted for a quick twenty, got bowled", ("batting", "runs"), 20),
    ],
)
def test_match_figures_in_one_breath(text: str, path: tuple[str, str], value: float) -> None:
    [entry] = extract(text)
    assert entry[path[0]][path[1]] == value


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("swim, 30 minutes, didn't push it at all", "intensity", "low"),
        ("gym 45 minutes legs, felt fine mentally", "mental_state", "okay"),
        ("match today, bowled 6 overs with 3 no balls felt good", "mental_state", "good"),
        ("nets an hour, i was getting good bounce", "mental_state", None),
    ],
)
def test_efforts_and_moods_said_in_passing(text: str, field: str, value: str | None) -> None:
    [entry] = extract(text)
    assert entry[field] == value


def test_a_mood_turned_with_but_keeps_its_anchor_for_another_day() -> None:
    rest, gym = extract(
        "Monday a rest day. Tuesday gym for an hour. Mentally I was flat on Monday but great on "
        "Tuesday."
    )
    assert (rest["mental_state"], gym["mental_state"]) == ("poor", "excellent")


def test_a_mood_across_the_weekend_is_for_every_entry() -> None:
    ride, nets = extract(
        "Saturday a 20k ride. Sunday nets for an hour. Mentally I was good across the weekend."
    )
    assert ride["mental_state"] == nets["mental_state"] == "good"


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


def test_a_mood_said_of_the_session_is_only_for_the_last_entry() -> None:
    run, nets = extract("5k run this morning. nets tonight. I felt really good in the session.")
    assert (run["mental_state"], nets["mental_state"]) == (None, "good")


def test_an_anchor_after_for_me_still_governs() -> None:
    [entry] = extract("played against Kew, we won, it was so-so for me mentally, bit tired")
    assert entry["mental_state"] == "okay"


def test_the_words_between_praise_and_a_fault_name_the_fault() -> None:
    [entry] = extract("keeping drills, my footwork was sharp left hand still weak")
    assert "left hand" in entry["areas_for_improvement"].lower()
    assert "footwork" in entry["what_went_well"].lower()


@pytest.mark.parametrize(
    ("text", "moods"),
    [
        (
            "saturday we played kew and won. sunday nets for an hour, felt great on saturday "
            "flat on sunday",
            ("excellent", "poor"),
        ),
        (
            "saturday match against kew. monday nets for an hour. mentally saturday i was gutted "
            "monday i was buzzing",
            ("poor", "excellent"),
        ),
        (
            "saturday gym an hour. sunday a 5k run. i felt good on saturday and flat on sunday",
            ("good", "poor"),
        ),
    ],
)
def test_moods_said_with_their_days_go_to_those_days(text: str, moods: tuple[str, str]) -> None:
    first, second = extract(text)
    assert (first["mental_state"], second["mental_state"]) == moods


def test_down_at_the_nets_is_a_place_not_a_mood() -> None:
    [entry] = extract("last night i was down at the nets for an hour")
    assert entry["mental_state"] is None


def test_a_body_anchor_said_long_before_a_feeling_gives_way_to_it() -> None:
    [entry] = extract(
        "5 mile run 45 minutes my knee held up which is a relief the skipper rang about the "
        "meeting in january feeling fine about things"
    )
    assert entry["mental_state"] == "okay"


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


@pytest.mark.parametrize(
    ("text", "opponent"),
    [
        ("match against Royal challengers club, I scored 20", "Royal challengers club"),
        ("lost to Ashford cricket club by 3 wickets", "Ashford cricket club"),
        ("played against Kew on saturday and won", "Kew"),
    ],
)
def test_a_capitalised_name_goes_on_to_a_word_that_ends_team_names(
    text: str, opponent: str
) -> None:
    [entry] = extract(text)
    assert entry["opponent"] == opponent


def test_a_rest_day_reported_with_its_recovery_keeps_its_mood() -> None:
    nets, rest = extract("Nets yesterday, an hour. Today a rest day. Recovery's good, head's good.")
    assert (nets["mental_state"], rest["mental_state"]) == (None, "good")


def test_a_mood_after_the_game_is_the_games() -> None:
    run, game = extract(
        "Sunday morning 10k run, 50 minutes. Afternoon match vs Kew, we lost. Felt flat after the "
        "game."
    )
    assert (run["mental_state"], game["mental_state"]) == (None, "poor")


def test_a_drill_named_with_its_general_word_is_not_a_whole_session() -> None:
    entries = extract("keeping drills at lunch half an hour then nets tonight an hour, batted well")
    assert [e["activity"] for e in entries] == ["wicket_keeping", "netting"]


def test_a_plan_said_after_what_was_done() -> None:
    [entry] = extract("so i did a spin class forty five minutes, stressed about my exams next week")
    assert (entry["kind"], entry["date"]) == ("fitness", TODAY)


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        ("50 over match vs Kew, scored 40 run out, we won", ("batting", "runs"), 40),
        ("50 over match vs Kew, scored 40 run out, we won", ("batting", "dismissal"), "run_out"),
        ("match vs Kew, got a direct-hit run out", ("fielding", "run_outs"), 1),
        ("match today, I bowl 4 over, 30 runs, 1 wicket", ("bowling", "runs"), 30),
        ("we play Kew, I bowl 9 over 2 maiden 3 wicket 33 runs", ("bowling", "runs"), 33),
    ],
)
def test_figures_said_the_plain_way(text: str, path: tuple[str, str], value: object) -> None:
    [entry] = extract(text)
    assert entry[path[0]][path[1]] == value


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


def test_heid_is_the_head() -> None:
    [entry] = extract("rowing machine 5k in 22 minutes flat out, heid's fine though")
    assert entry["mental_state"] == "okay"


@pytest.mark.parametrize(
    ("text", "well"),
    [
        (
            "nets an hour, bowled heaps of your cars, they were hitting the base of the stumps",
            "yorkers",
        ),
        ("nets, against the spinners I was using my feet nicely", "feet"),
    ],
)
def test_how_something_was_done_is_praise_not_a_mood(text: str, well: str) -> None:
    [entry] = extract(text)
    assert well in entry["what_went_well"].lower()
    assert entry["mental_state"] is None


@pytest.mark.parametrize(
    "text", ["6k run-walk, conversational pace", "2 mile jog, kept it ticking over"]
)
def test_an_easy_pace_in_other_words(text: str) -> None:
    [entry] = extract(text)
    assert entry["intensity"] == "low"


def test_what_a_mood_was_about_is_not_what_was_done() -> None:
    [entry] = extract("spin class 45 minutes, super intense, i was stressed about my exams")
    assert "exams" not in entry["details"]


def test_a_felt_deep_in_a_run_on_clause_is_the_mood_when_nothing_else_says_it() -> None:
    [entry] = extract(
        "batting drills 30 minutes just working on my back foot punch felt rubbish every ball "
        "went to the fielder"
    )
    assert entry["mental_state"] == "poor"
    assert "punch" in entry["areas_for_improvement"] + entry["what_went_well"]


def test_a_mood_said_elsewhere_outranks_a_thing_that_felt_good() -> None:
    [entry] = extract(
        "nets for an hour working on my slower ball and the cutter felt good, mentally flat"
    )
    assert entry["mental_state"] == "poor"


def test_an_effort_said_for_both_sessions_is_each_ones() -> None:
    swim, yoga = extract("Swam for 30 minutes, then yoga for an hour. Both fairly gentle.")
    assert swim["intensity"] == yoga["intensity"] == "low"


def test_the_winning_run_is_no_run() -> None:
    [entry] = extract("Tied match against Redhill, I scored 19, run out going for the winning run")
    assert entry["batting"]["dismissal"] == "run_out"


def test_a_legs_day_is_what_was_trained() -> None:
    [entry] = extract("gym session yesterday, an hour, heavy legs day")
    assert entry["intensity"] == "high"


@pytest.mark.parametrize(
    ("text", "days_ago"),
    [
        ("mon rest day. foam roller 20 min", 2),
        ("sun am 10k bike easy 30 min", 3),
        ("fri nets an hour", 5),
        ("thur fielding 45 mins", 6),
    ],
)
def test_days_shortened_the_way_players_type_them(text: str, days_ago: int) -> None:
    [entry] = extract(text)
    assert (TODAY - entry["date"]).days == days_ago


def test_sat_as_a_verb_at_the_start_of_a_clause_is_no_day() -> None:
    [entry] = extract("Match against Kew got abandoned, sat in the pavilion all day. Head's fine.")
    assert entry["date"] == TODAY


def test_a_but_on_its_own_still_turns_the_mood() -> None:
    [entry] = extract(
        "yoga class, an hour, gentle. I was nervous going in, but afterwards I felt good"
    )
    assert entry["mental_state"] == "good"


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        ("friendly v kew, went for 40 off my 6, no wickets", ("bowling", "overs"), 6.0),
        ("match v kew, two overs of dobbly off-spin for 15", ("bowling", "runs"), 15),
    ],
)
def test_spells_said_the_club_way(text: str, path: tuple[str, str], value: float) -> None:
    [entry] = extract(text)
    assert entry[path[0]][path[1]] == value


def test_a_correction_said_as_correction() -> None:
    [entry] = extract(
        "Nets last night, an hour. Actually, correction, more like forty-five minutes."
    )
    assert entry["duration_minutes"] == 45


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


def test_fuming_is_a_mood() -> None:
    [entry] = extract("friendly vs Kew, scored 17 then got run out, total mix up. fuming.")
    assert entry["mental_state"] == "poor"


def test_a_mostly_sums_up_mixed_feelings() -> None:
    [entry] = extract(
        "lost to Guyana by 9 runs. I'm disappointed but also proud, mostly disappointed"
    )
    assert entry["mental_state"] == "poor"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("rest day, foam roller and sauna. recovery 8/10. mood good", "recovery_quality", "good"),
        ("nets an hour, head 6 out of 10", "mental_state", "okay"),
        ("5k run, mentally 9/10", "mental_state", "excellent"),
        ("rest day, body 3/10", "recovery_quality", "poor"),
    ],
)
def test_a_mark_out_of_ten(text: str, field: str, value: str) -> None:
    [entry] = extract(text)
    assert entry[field] == value


def test_training_named_more_exactly_takes_the_exact_name() -> None:
    [entry] = extract("Tuesday training night. Did forty minutes of keeping drills, low catches.")
    assert entry["activity"] == "wicket_keeping"


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        (
            "match yesterday, I bowl 10 over, 2 maiden, 35 run, 3 wicket. We win.",
            ("bowling", "runs"),
            35,
        ),
        ("we play Lalitpur, I bowl 4 over, 2 wicket, give 24 run", ("bowling", "runs"), 24),
        ("we play Abahani, I bat 15 ball, make 8 run, then stumped", ("batting", "balls"), 15),
        (
            "we play Band-e-Amir, 4 wicket for 31 run. I bat also, 6 run, hit wicket",
            ("batting", "runs"),
            6,
        ),
        (
            "against Karachi I bowled 6 overs, 2 wickets and 31 runs. We won.",
            ("bowling", "runs"),
            31,
        ),
        ("beat Empire by 20 runs, I mek 15 before dem bowl mi", ("batting", "runs"), 15),
    ],
)
def test_figures_in_plain_english(text: str, path: tuple[str, str], value: int) -> None:
    [entry] = extract(text)
    assert entry[path[0]][path[1]] == value


def test_did_not_bat_is_no_innings() -> None:
    [entry] = extract(
        "against Karachi I bowled 6 overs, 2 wickets, 31 runs. I did not bat. We won."
    )
    assert entry["batting"] is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("skipping and core 40 minutes, intensity was low", "intensity", "low"),
        ("rest day, my body recovered poorly, still sore", "recovery_quality", "poor"),
        ("beat Grange, scored 56, I'm chuffed tae bits", "mental_state", "excellent"),
    ],
)
def test_more_ways_to_say_how_it_was(text: str, field: str, value: str) -> None:
    [entry] = extract(text)
    assert entry[field] == value


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


@pytest.mark.parametrize(
    ("text", "moods"),
    [
        (
            "Thursday nets 60 mins, Friday gym 45 mins. Saturday match against Kew, lost by 2 "
            "runs. Gutted, after that one.",
            [None, None, "poor"],
        ),
        (
            "Thursday a one to one with my coach. Saturday we lost to Kew. Felt good after the "
            "coaching, pretty flat after the loss.",
            ["good", "poor"],
        ),
        (
            "Saturday match v Kew. Sunday nets for an hour. Monday an 8k run. Mentally excellent "
            "on Saturday, okay Sunday and Monday.",
            ["excellent", "okay", "okay"],
        ),
        (
            "Saturday match v Kew, lost. Sunday nets for an hour. Fed up after Saturday.",
            ["poor", None],
        ),
    ],
)
def test_moods_for_days_and_activities_named_with_them(text: str, moods: list[str | None]) -> None:
    assert [e["mental_state"] for e in extract(text)] == moods


def test_a_day_said_on_its_own_before_the_next_activity_opens_it() -> None:
    rest, gym = extract(
        "Monday: rest day, only foam rolling, body recovered well. Tuesday: gym, 1 hour, hard."
    )
    assert (rest["kind"], gym["kind"], gym["duration_minutes"]) == ("rest_day", "fitness", 60)
    assert (TODAY - gym["date"]).days == 1
