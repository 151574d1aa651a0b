"""Moods and notes in phrasings from blind sets' families (never their sentences): which words
say the mind, which a shot, which a fault, and which entries a mood said at the end, with a day
or after an activity is for."""

import pytest

from cricketlog.extract.clauses import split
from cricketlog.extract.feelings import read_feelings
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


def test_a_mood_said_of_the_session_is_only_for_the_last_entry() -> None:
    run, nets = extract("5k run this morning. nets tonight. I felt really good in the session.")
    assert (run["mental_state"], nets["mental_state"]) == (None, "good")


def test_an_anchor_after_for_me_still_governs() -> None:
    [entry] = extract("played against Kew, we won, it was so-so for me mentally, bit tired")
    assert entry["mental_state"] == "okay"


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


def test_a_rest_day_reported_with_its_recovery_keeps_its_mood() -> None:
    nets, rest = extract("Nets yesterday, an hour. Today a rest day. Recovery's good, head's good.")
    assert (nets["mental_state"], rest["mental_state"]) == (None, "good")


def test_a_mood_after_the_game_is_the_games() -> None:
    run, game = extract(
        "Sunday morning 10k run, 50 minutes. Afternoon match vs Kew, we lost. Felt flat after the "
        "game."
    )
    assert (run["mental_state"], game["mental_state"]) == (None, "poor")


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


def test_a_legs_day_is_what_was_trained() -> None:
    [entry] = extract("gym session yesterday, an hour, heavy legs day")
    assert entry["intensity"] == "high"


def test_a_but_on_its_own_still_turns_the_mood() -> None:
    [entry] = extract(
        "yoga class, an hour, gentle. I was nervous going in, but afterwards I felt good"
    )
    assert entry["mental_state"] == "good"


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
