"""Match entries: batting, bowling, keeping and fielding figures, result and opponent."""

import datetime as dt

import pytest

from cricketlog.extract.numbers import words_to_digits
from cricketlog.extract.rules import RulesExtractor

TODAY = dt.date(2026, 11, 24)


def match(text: str) -> dict:
    entries = RulesExtractor().extract(text, TODAY)
    assert [e.activity_type for e in entries] == ["cricket_match"]
    return entries[0].data.model_dump()


@pytest.mark.parametrize(
    ("text", "batting"),
    [
        (
            "Smashed 78 off 60 balls in the game, holed out to long on",
            {"runs": 78, "balls": 60, "dismissal": "caught"},
        ),
        ("League game, made thirty one not out", {"runs": 31, "dismissal": "not_out"}),
        (
            "Got a duck in the match, castled first ball",
            {"runs": 0, "balls": 1, "dismissal": "bowled"},
        ),
        ("Golden duck, trapped in front", {"runs": 0, "balls": 1, "dismissal": "lbw"}),
        (
            "Match today, scored 45, stumped going down the track",
            {"runs": 45, "dismissal": "stumped"},
        ),
        (
            "Game against Souths, 19 runs off 25 balls before I ran myself out",
            {"runs": 19, "balls": 25, "dismissal": "run_out"},
        ),
        (
            "Made 102 in the game with 12 fours and three sixes, edged one behind",
            {"runs": 102, "fours": 12, "sixes": 3, "dismissal": "caught"},
        ),
        ("we won, got 15 batting at 4, caught and bowled", {"runs": 15, "dismissal": "caught"}),
    ],
)
def test_batting(text: str, batting: dict) -> None:
    got = match(text)["batting"]
    assert got is not None
    assert {k: got[k] for k in batting} == batting


@pytest.mark.parametrize(
    ("text", "bowling"),
    [
        ("Game today, took 3 for 41 off 8", {"wickets": 3, "runs": 41, "overs": 8.0}),
        (
            "Match: 8 overs, 1 maiden, 0 for 18",
            {"overs": 8.0, "maidens": 1, "runs": 18, "wickets": 0},
        ),
        (
            "Game today, bowled 3.4 overs and took two for thirty",
            {"overs": 3.4, "wickets": 2, "runs": 30},
        ),
        (
            "We lost, I went for 60 off my 7 overs, no wickets",
            {"overs": 7.0, "runs": 60, "wickets": 0},
        ),
        (
            "Game vs Manly, bowled 10 overs, conceded 35 runs and took 2 wickets",
            {"overs": 10.0, "runs": 35, "wickets": 2},
        ),
    ],
)
def test_bowling(text: str, bowling: dict) -> None:
    got = match(text)["bowling"]
    assert got is not None
    assert {k: got[k] for k in bowling} == bowling


def test_did_not_bat_or_bowl() -> None:
    data = match("Won against Penrith. Didn't bat or bowl, just fielded.")
    assert data["batting"] is None and data["bowling"] is None


def test_keeping_takes_catches_stumpings_and_byes() -> None:
    data = match("Kept wicket in the game, took three catches and a stumping, conceded 4 byes")
    assert data["keeping"] == {"catches": 3, "stumpings": 1, "byes": 4}
    assert data["fielding"] is None


def test_fielding_catches_and_run_outs() -> None:
    data = match("Game against Hornsby. Took two catches at slip and ran one out from cover.")
    assert data["fielding"] == {"catches": 2, "run_outs": 1}
    assert data["keeping"] is None


def test_dropped_catches_do_not_count() -> None:
    assert match("Game today, dropped a catch at gully")["fielding"] is None


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("We beat Ryde by 6 wickets", "won"),
        ("chased it down with an over to spare against Gordon", "won"),
        ("Got thumped by the Tigers in the game", "lost"),
        ("Lost to Bankstown by 30 runs", "lost"),
        ("Game ended in a draw", "drawn"),
        ("Scores level at the end, tied match", "tied"),
        ("Match was washed out after 10 overs", "no_result"),
        ("Won the toss in the game and batted", None),
    ],
)
def test_result(text: str, result: str | None) -> None:
    assert match(text)["result"] == result


@pytest.mark.parametrize(
    ("text", "opponent"),
    [
        ("Match against Old Collegians today", "Old Collegians"),
        ("Played Blacktown, lost by 3 wickets", "Blacktown"),
        ("T20 vs Sutherland", "Sutherland"),
        ("we beat bexley by 10 runs", "bexley"),
        ("2nd XI game today, we won", None),
    ],
)
def test_opponent(text: str, opponent: str | None) -> None:
    assert match(text)["opponent"] == opponent


@pytest.mark.parametrize(
    ("text", "batting"),
    [
        ("Game v Ryde, 44 off 39 then holed out", {"runs": 44, "balls": 39, "dismissal": "caught"}),
        ("Match today, I get 30 before I get stumped", {"runs": 30, "dismissal": "stumped"}),
        ("T20, scored 19 before I was run out", {"runs": 19, "dismissal": "run_out"}),
        ("League game, duck, bowled third ball", {"runs": 0, "balls": 3, "dismissal": "bowled"}),
        ("Game today, made 40 with 5 fours and 1 six", {"runs": 40, "fours": 5, "sixes": 1}),
        (
            "Trod on my stumps! Game against Epping, made 12 off 20",
            {"runs": 12, "dismissal": "hit_wicket"},
        ),
        (
            "T20 against Ryde, made 33. Got out lbw to the spinner in the end.",
            {"runs": 33, "dismissal": "lbw"},
        ),
    ],
)
def test_innings_in_more_phrasings(text: str, batting: dict) -> None:
    got = match(text)["batting"]
    assert {k: got[k] for k in batting} == batting


@pytest.mark.parametrize(
    ("text", "bowling"),
    [
        ("Game v Ryde, figures of 3-22 off 5", {"overs": 5.0, "runs": 22, "wickets": 3}),
        ("League match, 4 wickets for 30 in 9 overs", {"overs": 9.0, "runs": 30, "wickets": 4}),
        ("We won, I took 2 for 17 in my 4", {"overs": 4.0, "runs": 17, "wickets": 2}),
        (
            "three for twenty off four and eleven not out, we won",
            {"overs": 4.0, "runs": 20, "wickets": 3},
        ),
    ],
)
def test_spells_in_more_phrasings(text: str, bowling: dict) -> None:
    got = match(text)["bowling"]
    assert {k: got[k] for k in bowling} == bowling


@pytest.mark.parametrize(
    ("text", "opponent", "result"),
    [
        ("lost by two wickets to Mosman, made 20", "Mosman", "lost"),
        ("we play Ryde Sunday and we win by 10 runs, I make 25", "Ryde", "won"),
        ("played against port adelaide we lost i got 8", "port adelaide", "lost"),
        ("game against hutt valley cc washed out", "hutt valley cc", "no_result"),
        ("Played Balmain on Sunday and lost, I made 4", "Balmain", "lost"),
    ],
)
def test_opponents_and_results_in_more_phrasings(text: str, opponent: str, result: str) -> None:
    got = match(text)
    assert (got["opponent"], got["result"]) == (opponent, result)


def test_keeping_against_a_team_is_a_match() -> None:
    got = match("kept today vs Kew, 3 catches, no byes, made 7 not out, we won")
    assert got["keeping"] == {"catches": 3, "stumpings": None, "byes": 0}
    assert got["opponent"] == "Kew"


@pytest.mark.parametrize(
    ("text", "keeping", "opponent", "result"),
    [
        (
            "Kept wicket Saturday against Oxley, took 2 catches and a stumping, only 4 byes. "
            "We fell short by 20.",
            {"catches": 2, "stumpings": 1, "byes": 4},
            "Oxley",
            "lost",
        ),
        (
            "kept wicket yesterday against Hutt Valley, one stumping, we came up short",
            {"catches": None, "stumpings": 1, "byes": None},
            "Hutt Valley",
            "lost",
        ),
        (
            "Kept for the seconds against Dulwich, 3 catches, no byes, we won",
            {"catches": 3, "stumpings": None, "byes": 0},
            "Dulwich",
            "won",
        ),
    ],
)
def test_keeping_on_a_match_day_against_a_team(
    text: str, keeping: dict, opponent: str, result: str
) -> None:
    got = match(text)
    assert (got["keeping"], got["opponent"], got["result"]) == (keeping, opponent, result)


@pytest.mark.parametrize(
    "text",
    [
        "Kept wicket against the bowling machine for half an hour",
        "Kept wicket in the nets against the quicks, felt sharp",
        "Kept wicket at training against the first team bowlers, 20 minutes",
    ],
)
def test_keeping_against_bowlers_at_practice_is_not_a_match(text: str) -> None:
    entries = RulesExtractor().extract(text, TODAY)
    assert [(e.activity_type, e.data.activity) for e in entries] == [  # type: ignore[union-attr]
        ("cricket_coaching", "wicket_keeping")
    ]


@pytest.mark.parametrize(
    ("text", "run_outs"),
    [
        ("Match v Ryde, ran out their number 3 with a direct hit", 1),
        ("Game today, ran two out from cover", 2),
    ],
)
def test_run_outs_in_the_field(text: str, run_outs: int) -> None:
    assert match(text)["fielding"]["run_outs"] == run_outs


@pytest.mark.parametrize(
    ("text", "fielding"),
    [
        ("We played Kew and won, caught one at mid-on", {"catches": 1, "run_outs": None}),
        ("We won, I caught two in the deep", {"catches": 2, "run_outs": None}),
        ("Game today, held one at slip, we lost", {"catches": 1, "run_outs": None}),
        ("Game today, got a direct-hit run out, we won", {"catches": None, "run_outs": 1}),
        ("Game today, caught one and ran one out, we won", {"catches": 1, "run_outs": 1}),
        (
            "Match v Ryde, pulled off a brilliant run out and caught 2 at gully",
            {"catches": 2, "run_outs": 1},
        ),
    ],
)
def test_fielding_said_without_took(text: str, fielding: dict) -> None:
    assert match(text)["fielding"] == fielding


def test_catches_said_without_took_while_keeping_are_keeping() -> None:
    data = match("Kept wicket against Kew, caught two off the spinner, we won")
    assert (data["keeping"]["catches"], data["fielding"]) == (2, None)


def test_being_run_out_is_not_a_run_out_in_the_field() -> None:
    data = match("We lost, I was involved in a direct hit run out, made 12")
    assert (data["batting"]["dismissal"], data["fielding"]) == ("run_out", None)


@pytest.mark.parametrize(
    "text",
    [
        "played a twenty over game, bowled three overs for 20",
        "T20 comp today, 40 over match next week, bowled 3 overs for 20",
    ],
)
def test_the_length_of_the_game_is_not_the_spell(text: str) -> None:
    assert match(text)["bowling"]["overs"] == 3.0


# Family: figures, results and dismissals in loose speech.
@pytest.mark.parametrize(
    ("text", "batting", "wickets", "result"),
    [
        ("played kew today i got 2 wickets and 10 runs we lost", {"runs": 10}, 2, "lost"),
        ("took 3 wickets and scored 25 we won", {"runs": 25}, 3, "won"),
        ("took two wickets and scored thirty we drew", {"runs": 30}, 2, "drawn"),
        ("i got 3 wickets and 15 runs and we won", {"runs": 15}, 3, "won"),
        ("league game today got 20 off 15 won", {"runs": 20, "balls": 15}, None, "won"),
        ("t20 today bowled 4 overs 1 for 20 lost", None, 1, "lost"),
        ("played the league game today lost", None, None, "lost"),
        ("game today drew", None, None, "drawn"),
        ("we played kew yesterday won by 40 runs i got 12", {"runs": 12}, None, "won"),
    ],
)
def test_loose_figures_and_a_bare_result(
    text: str, batting: dict | None, wickets: int | None, result: str
) -> None:
    data = match(text)
    if batting is None:
        assert data["batting"] is None
    else:
        assert {k: data["batting"][k] for k in batting} == batting
    assert (data["bowling"]["wickets"] if data["bowling"] else None) == wickets
    assert data["result"] == result


@pytest.mark.parametrize(
    ("text", "runs", "dismissal"),
    [
        ("match against kew made 42 bowled out", 42, "bowled"),
        ("match today got 10 runs off 12 then got bowled", 10, "bowled"),
        ("game against manly bowled for 12 drew", 12, "bowled"),
        ("scored 18 off 20 balls bowled", 18, "bowled"),
        ("got 22 then got bowled by their quick", 22, "bowled"),
        ("played a game today we were bowled out for 120 i got 15 caught", 15, "caught"),
        ("we were bowled out for 140 i scored 40 not out lost", 40, "not_out"),
        ("match today i made 8 and we got bowled out for 90", 8, None),
    ],
)
def test_bowled_is_the_players_dismissal_not_the_teams(
    text: str, runs: int, dismissal: str | None
) -> None:
    batting = match(text)["batting"]
    assert (batting["runs"], batting["dismissal"]) == (runs, dismissal)


@pytest.mark.parametrize(
    ("text", "runs", "dismissal"),
    [
        ("Game against Kew, I was castled for 3, we lost", 3, "bowled"),
        ("League game, stumped for 40 going down the track", 40, "stumped"),
        ("We lost, I was run out for 7", 7, "run_out"),
        ("Match today, lbw for 0, we won", 0, "lbw"),
        ("Match yesterday, got cleaned up for 22 by their quick", 22, "bowled"),
        ("Game today, trapped in front for 9, we won", 9, "lbw"),
        ("Match, holed out for 31 at long on", 31, "caught"),
    ],
)
def test_runs_said_after_the_dismissal(text: str, runs: int, dismissal: str) -> None:
    batting = match(text)["batting"]
    assert (batting["runs"], batting["dismissal"]) == (runs, dismissal)


@pytest.mark.parametrize(
    ("text", "runs", "balls"),
    [
        ("Match against Malahide, got a fifty, 52 off 90 balls, then lbw", 52, 90),
        ("Match today, made a hundred, 104 in the end, we won", 104, None),
        ("Game today, a half-century, 57, we won", 57, None),
        ("Game today, got a ton, 112 not out, we won", 112, None),
        ("Game today, my first ever century, 103 off 98, we won", 103, 98),
        ("Game today, got a double hundred, 212 not out", 212, None),
        ("Game today, made a century, we won", 100, None),
        ("Game today, scored a half century, we lost", 50, None),
        ("Match today, made 100, 120 balls, we won", 100, 120),
    ],
)
def test_an_exact_score_beats_a_rounded_one(text: str, runs: int, balls: int | None) -> None:
    batting = match(text)["batting"]
    assert (batting["runs"], batting["balls"]) == (runs, balls)


@pytest.mark.parametrize(
    ("text", "runs", "balls"),
    [
        ("Game against Kew, made seventy-five not out, off sixty ball, we won", 75, 60),
        ("Match today, made 40, off 35 balls, we won", 40, 35),
        ("Match today, scored 22, from 18 deliveries, then caught at point", 22, 18),
        ("Match today, made 40, in 6 overs we chased it down", 40, None),
    ],
)
def test_balls_said_in_the_clause_after_the_runs(text: str, runs: int, balls: int | None) -> None:
    batting = match(text)["batting"]
    assert (batting["runs"], batting["balls"]) == (runs, balls)


def test_bowling_for_some_overs_is_not_an_innings() -> None:
    data = match("Match today, I bowled for 10 overs and took 2 wickets")
    assert data["batting"] is None
    assert (data["bowling"]["overs"], data["bowling"]["wickets"]) == (10.0, 2)


@pytest.mark.parametrize(
    ("text", "bowling"),
    [
        ("Game against Kew, we skittled them out for 80 and got home in 12 overs", None),
        ("Match today, made 40, we chased it down in 16 overs", None),
        ("They made 150 in 20 overs, I bowled 4 overs for 30, we lost", (4.0, 30)),
        ("Match v Ryde, they got there in 19 overs, I went for 40 off my 4 overs", (4.0, 40)),
        ("Match v Ryde, they gave me 3 overs and I took 2 for 20", (3.0, 20)),
    ],
)
def test_a_sides_innings_in_overs_is_not_the_spell(
    text: str, bowling: tuple[float, int] | None
) -> None:
    got = match(text)["bowling"]
    assert (got and (got["overs"], got["runs"])) == bowling


def test_bowling_overs_is_not_a_dismissal() -> None:
    data = match("match today bowled 6 overs 2 for 30 we won")
    assert data["batting"] is None
    assert data["bowling"]["overs"] == 6.0


@pytest.mark.parametrize(
    ("text", "overs", "runs"),
    [
        ("bowled 4 overs for 40 with no wickets, got hammered", 4.0, 40),
        ("went for 45 off my 6 overs, ran one out from mid on", 6.0, 45),
    ],
)
def test_conceded_figures_alone_mark_a_match(text: str, overs: float, runs: int) -> None:
    bowling = match(text)["bowling"]
    assert (bowling["overs"], bowling["runs"]) == (overs, runs)


@pytest.mark.parametrize(
    ("text", "opponent", "result"),
    [
        ("we thrashed kew by 8 wickets, made 30", "kew", "won"),
        ("played old boys on sunday and lost, got 12", "old boys", "lost"),
        ("match with Mosman today, I made 40 and we drew", "Mosman", "drawn"),
        ("game gainst hawthorn, scored 22, we won", "hawthorn", "won"),
        ("Fourth eleven against Kew, scores level at the end, I got 9", "Kew", "tied"),
    ],
)
def test_opponents_and_results_in_more_words(text: str, opponent: str, result: str) -> None:
    data = match(text)
    assert (data["opponent"], data["result"]) == (opponent, result)


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Game v Randwick, we bowled them out for 187 and chased it with 4 wickets in hand", "won"),
        ("Played Kew. We bowled them out for ninety eight, then knocked it off in 15 overs", "won"),
        ("Game against Kew, we skittled them out for 80 and got home easily", "won"),
        ("Played Pirates on Sunday, they bowled us out for 112 and knocked it off easily", "lost"),
        ("Game against Kew, they chased it with 3 wickets in hand, I took 2 for 30", "lost"),
    ],
)
def test_a_chase_said_after_the_first_innings(text: str, result: str) -> None:
    assert match(text)["result"] == result


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Match against Kew, we made one ninety, they were all out for one forty two", "won"),
        ("Game v Ryde, we got two twenty, they chased down two thirty five", "lost"),
        ("Match against Kew, they made one sixty, we were all out for one fifty", "lost"),
    ],
)
def test_totals_said_the_way_the_scoreboard_reads(text: str, result: str) -> None:
    assert match(text)["result"] == result


def test_a_total_said_in_two_is_not_two_sessions() -> None:
    assert words_to_digits("got two forty minute sessions in") == "got 2 40 minute sessions in"


def test_a_losing_margin_is_not_the_innings() -> None:
    assert match("lost by only 15 runs, I scored 44 from 39 balls")["batting"]["runs"] == 44


def test_running_out_their_batter_said_the_other_way_round() -> None:
    data = match("2nd XI game, I ran out their opener with a direct hit")
    assert data["fielding"]["run_outs"] == 1


@pytest.mark.parametrize(
    ("heard", "field", "value"),
    [
        ("Match today, I bold 6 overs for 30", "bowling", {"overs": 6.0, "runs": 30}),
        ("Game today, made 12 then got clean bold", "batting", {"runs": 12, "dismissal": "bowled"}),
        ("Second ex-I game, took a catch at sleep", "fielding", {"catches": 1}),
        ("Match today, kept, two stompings", "keeping", {"stumpings": 2}),
        ("Played Kew, tide, scores level, I got 9", "result", "tied"),
    ],
)
def test_speech_to_text_slips_on_cricket_words(heard: str, field: str, value: object) -> None:
    data = match(heard)
    got = data[field]
    if isinstance(value, dict):
        got = {key: got[key] for key in value}
    assert got == value


@pytest.mark.parametrize(
    ("text", "dismissal"),
    [
        ("Match today, made 18 then chopped one on", "bowled"),
        ("Match today, got 32 before I feathered one to the keeper", "caught"),
        ("Match today, made 14 and trod on my own stumps", "hit_wicket"),
    ],
)
def test_more_ways_to_get_out(text: str, dismissal: str) -> None:
    assert match(text)["batting"]["dismissal"] == dismissal


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Match against Kew, made 20, we got home with 2 balls to spare", "won"),
        ("Match against Kew, made 20, they knocked them off in the 18th over", "lost"),
    ],
)
def test_results_said_as_the_chase(text: str, result: str) -> None:
    assert match(text)["result"] == result


@pytest.mark.parametrize(
    ("text", "opponent"),
    [
        ("Match yesterday against Kew, sorry, against Mosman, I made 20", "Mosman"),
        ("Game on Friday against Kabul Eagles, no, sorry, Amo Sharks, got 15", "Amo Sharks"),
    ],
)
def test_an_opponent_said_again_after_a_slip(text: str, opponent: str) -> None:
    assert match(text)["opponent"] == opponent


@pytest.mark.parametrize(
    "text",
    [
        "Captained the seconds on Saturday against Ashford, got 9, lbw",
        "Played Sunday against Toronto Cricket Club, I got 18",
        "Played for the under-15s against Stoneywood, kept wicket, got 8",
    ],
)
def test_playing_against_someone_is_a_match(text: str) -> None:
    assert match(text)["opponent"]


def test_a_teammates_innings_is_not_mine() -> None:
    data = match("Match against Kew, I took 4 for 35. Our opener Fahad made a hundred. We won.")
    assert data["batting"] is None and data["bowling"]["wickets"] == 4


def test_boundaries_counted_in_the_singular() -> None:
    data = match("Match against Kew, I make 56, nine four and three six, then bowled")
    assert (data["batting"]["fours"], data["batting"]["sixes"]) == (9, 3)


def test_a_five_for_said_with_its_runs() -> None:
    assert match("Match against Kew, a five-for sixty-three")["bowling"]["runs"] == 63


def test_a_mood_turned_with_still_is_the_last_word() -> None:
    data = match(
        "Match against Kew, made 88, gutted to miss the hundred. Still, I'm feeling positive."
    )
    assert data["mental_state"] == "good" and data["areas_for_improvement"] == ""


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Match against Kew, I made 40. We made 190, they were all out for 142.", "won"),
        ("Match against Kew, got 12. We got 150 and they made 151 for 3.", "lost"),
        ("Match against Kew, we posted 212 and bowled them out for 180, I got 9", "won"),
    ],
)
def test_a_result_said_only_as_the_two_totals(text: str, result: str) -> None:
    data = match(text)
    assert data["result"] == result and data["batting"]["runs"] not in (142, 151, 180, 212)


def test_both_teams_total_is_not_my_innings() -> None:
    data = match("Match against Kew, a tie, both teams made 164, I got eighteen, hit wicket")
    assert data["batting"]["runs"] == 18


@pytest.mark.parametrize(
    ("text", "result", "days_back"),
    [
        ("grade game on the weekend against Mosman, we went down by 15 runs, I got 9", "lost", 3),
        ("one-dayer yesterday against Kew, got rolled, made 4", "lost", 1),
    ],
)
def test_more_ways_to_say_the_day_and_a_loss(text: str, result: str, days_back: int) -> None:
    [entry] = RulesExtractor().extract(text, TODAY)
    assert entry.data.result == result
    assert entry.entry_date == TODAY - dt.timedelta(days=days_back)


def test_more_speech_to_text_slips_in_a_match() -> None:
    data = match(
        "Match against York, I kept getting bored by the off spinner, out for 12, took 2 cash"
    )
    assert data["opponent"] == "York" and data["batting"]["dismissal"] == "bowled"
    assert data["fielding"]["catches"] == 2


def test_none_of_a_kind_and_a_win_despite_a_drop() -> None:
    data = match(
        "Game against Kew. Made 88, eleven fours, no sixes. I shelled a sitter. We still won."
    )
    assert (data["batting"]["fours"], data["batting"]["sixes"]) == (11, 0)
    assert data["result"] == "won" and "sitter" in data["areas_for_improvement"]
    assert "won" not in data["areas_for_improvement"]


@pytest.mark.parametrize(
    ("text", "fielding"),
    [
        ("friendly v the Wanderers. 3-22. 2 ct. won. great", {"catches": 2, "run_outs": None}),
        (
            "school game vs Kings, got a duck, took a screamer at gully",
            {"catches": 1, "run_outs": None},
        ),
    ],
)
def test_catches_said_short_or_proud(text: str, fielding: dict) -> None:
    assert match(text)["fielding"] == fielding


@pytest.mark.parametrize(
    ("text", "bowling"),
    [
        ("Match against Carlton, bowled 8 overs, none for forty-four", {"wickets": 0, "runs": 44}),
        ("Match against Kew, bowling 2 overs 22 runs 1 wicket", {"wickets": 1, "runs": 22}),
    ],
)
def test_figures_said_without_the_usual_words(text: str, bowling: dict) -> None:
    data = match(text)["bowling"]
    assert {key: data[key] for key in bowling} == bowling


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Kept wicket in the cup tie Sunday, three catches. We lost though", "lost"),
        ("cup tie Sunday, washed out", "no_result"),
        ("Club game against Karori, went for 51, we ended up losing by three wickets", "lost"),
    ],
)
def test_cup_ties_and_losses_said_at_length(text: str, result: str) -> None:
    assert match(text)["result"] == result


def test_a_tie_with_names_the_opponent() -> None:
    assert (
        match("A tie with the Wanderers! I ran out their number eleven")["opponent"] == "Wanderers"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WON! 4 wickets for me in 3.4 overs. buzzing", {"result": "won"}),
        ("Got thrashed by Central. I made 2.", {"result": "lost", "opponent": "Central"}),
        ("Abandoned after two overs against the Lions, no result", {"result": "no_result"}),
        ("Lost in a super over to Sunrise, I scored 22", {"result": "lost", "opponent": "Sunrise"}),
    ],
)
def test_matches_said_by_their_outcome(text: str, expected: dict) -> None:
    data = match(text)
    assert {key: data[key] for key in expected} == expected


def test_runs_with_the_bat_and_a_catch_after_stumpings() -> None:
    data = match("Game against Sandown, 0 for 35 off five overs, 21 with the bat, caught.")
    assert data["batting"]["runs"] == 21
    kept = match("Kept wicket against Old Boys, two stumpings and a catch, four byes")["keeping"]
    assert (kept["stumpings"], kept["catches"], kept["byes"]) == (2, 1, 4)


@pytest.mark.parametrize(
    ("heard", "result"),
    [
        ("Match Sunday, one by five wicket, I scored 12", "won"),
        ("Game today, one by 8 runs", "won"),
    ],
)
def test_won_heard_as_one(heard: str, result: str) -> None:
    assert match(heard)["result"] == result


def test_the_result_is_not_a_note_and_cheesed_off_is_a_fault() -> None:
    data = match("Match against Carlton, none for 44. We won easy. Bit cheesed off with my lines.")
    assert data["what_went_well"] == "" and "lines" in data["areas_for_improvement"]


def test_losing_by_one_run_is_not_a_run() -> None:
    [entry] = RulesExtractor().extract(
        "Yesterday we lose to Spartans by one run, one run man! I make 31", TODAY
    )
    assert entry.activity_type == "cricket_match" and entry.data.batting.runs == 31


def test_a_day_corrected_in_the_same_breath() -> None:
    [entry] = RulesExtractor().extract(
        "Played Moratuwa on Saturday, no wait, Sunday. I got 24", TODAY
    )
    assert entry.entry_date == dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "bowling"),
    [
        (
            "Match today, my figures 4-0-18-2",
            {"overs": 4.0, "maidens": 0, "runs": 18, "wickets": 2},
        ),
        (
            "finished with 10-1-42-4 against Ryde",
            {"overs": 10.0, "maidens": 1, "runs": 42, "wickets": 4},
        ),
        ("7-2-19-3 today and we won", {"overs": 7.0, "maidens": 2, "runs": 19, "wickets": 3}),
        (
            "Game vs Eastwood, bowled 3.2-0-21-1",
            {"overs": 3.2, "maidens": 0, "runs": 21, "wickets": 1},
        ),
    ],
)
def test_figures_in_the_scorebook_notation(text: str, bowling: dict) -> None:
    assert match(text)["bowling"] == bowling


@pytest.mark.parametrize(
    ("text", "bowling"),
    [
        ("we won 2-1 in the final", None),
        ("Won the series 2-1, took 3-20 in the last game", {"wickets": 3, "runs": 20}),
        ("A 2-1 win in the final, I took 2-25", {"wickets": 2, "runs": 25}),
    ],
)
def test_a_score_is_not_figures(text: str, bowling: dict | None) -> None:
    got = match(text)["bowling"]
    assert (got and {k: got[k] for k in bowling}) == bowling


@pytest.mark.parametrize(
    ("text", "batting"),
    [
        ("Match today, got out on zero, lbw", {"runs": 0, "dismissal": "lbw"}),
        (
            "Game against Ryde, I was out for zero caught at slip",
            {"runs": 0, "dismissal": "caught"},
        ),
        ("Match today, out for nought, bowled", {"runs": 0, "dismissal": "bowled"}),
        ("Got out on 45 in the game, caught at cover", {"runs": 45, "dismissal": "caught"}),
        (
            "Two day game, 62 in the first innings before being trapped lbw",
            {"runs": 62, "dismissal": "lbw"},
        ),
        (
            "League match, 17 at the death before I got run out",
            {"runs": 17, "dismissal": "run_out"},
        ),
        ("I get stump for 12 in the match today", {"runs": 12, "dismissal": "stumped"}),
        ("We lost, got stump on 30", {"runs": 30, "dismissal": "stumped"}),
    ],
)
def test_out_on_a_score_and_out_for_nothing(text: str, batting: dict) -> None:
    got = match(text)["batting"]
    assert got is not None
    assert {k: got[k] for k in batting} == batting


@pytest.mark.parametrize(
    ("text", "opponent", "result"),
    [
        ("we played carlton ladies on sunday and got beat by 6 wickets", "carlton ladies", "lost"),
        ("got beat by kew ladies by 20 runs in the game", "kew ladies", "lost"),
        ("We got beat by Mosman by 4 wickets", "Mosman", "lost"),
        ("the game against kew, got beat by 2 wickets", "kew", "lost"),
    ],
)
def test_got_beat_by_is_a_loss_and_by_is_no_team(text: str, opponent: str, result: str) -> None:
    data = match(text)
    assert (data["opponent"], data["result"]) == (opponent, result)


@pytest.mark.parametrize(
    ("text", "opponent"),
    [
        ("Match against St. Xavier's, we lost", "St. Xavier's"),
        ("we lost to st. kilda by 5 runs", "st. kilda"),
        ("Played Mt. Druitt today. Lost by 3 runs", "Mt. Druitt"),
        ("we played st. peters on saturday and won", "st. peters"),
        ("Game at the ground today vs. Ryde. We won", "Ryde"),
    ],
)
def test_a_full_stop_inside_a_name(text: str, opponent: str) -> None:
    assert match(text)["opponent"] == opponent


@pytest.mark.parametrize(
    ("text", "bowling"),
    [
        ("Kept for the whole 50 overs against Parramatta, 3 catches, we won", None),
        ("Kept wicket for 40 overs in the game, 2 stumpings", None),
        ("Match today, batted through 20 overs for 45 not out", None),
        (
            "Game vs Ryde, fielded for 50 overs then bowled 4 overs for 20",
            {"overs": 4.0, "runs": 20},
        ),
    ],
)
def test_overs_kept_batted_or_fielded_are_not_a_spell(text: str, bowling: dict | None) -> None:
    got = match(text)["bowling"]
    assert (got and {k: got[k] for k in bowling}) == bowling


@pytest.mark.parametrize(
    ("text", "maidens"),
    [
        ("Match today, bowled 6 overs nae maidens 2 for 35", 0),
        ("Game vs Ryde, 5 overs zero maidens 1 for 40", 0),
        ("Game vs Ryde, 8 overs no maidens, 0 for 50", 0),
        ("Game vs Ryde, 10 overs, 3 maidens, 2 for 28", 3),
    ],
)
def test_none_of_a_thing_in_dialect(text: str, maidens: int) -> None:
    assert match(text)["bowling"]["maidens"] == maidens


def test_nae_boundaries_and_nae_wickets() -> None:
    data = match("Game vs Kelso, made 14 wi nae fours, bowled 3 overs nae wickets")
    assert data["batting"]["fours"] == 0
    assert data["bowling"]["wickets"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "Won today against Whitgift, took the winning catch at mid off",
        "Game vs Ryde, held a catch at slip",
        "Match today, took a screamer at point",
        "We lost to Ryde, took the last catch of the game at fine leg",
        "Beat Hornsby by 4 wickets, I pouched the catch that sealed it",
    ],
)
def test_one_catch_said_with_the(text: str) -> None:
    data = match(text)
    assert data["fielding"] == {"catches": 1, "run_outs": None}
    assert data["keeping"] is None


def test_the_catch_dropped_is_no_catch() -> None:
    assert match("Game vs Ryde, I dropped the catch at slip")["fielding"] is None


@pytest.mark.parametrize(
    ("text", "runs", "result"),
    [
        (
            "Played Pirates on Saturday, they bowled us out for 112. I made 31 then got bowled",
            31,
            None,
        ),
        (
            "Game vs Ryde, they skittled us out for 90, I got 12, we bowled them out for 80",
            12,
            "won",
        ),
        ("Match vs Kew, they rolled us out for 150 and I made 40 caught at point", 40, None),
    ],
)
def test_bowled_us_out_is_our_total(text: str, runs: int, result: str | None) -> None:
    data = match(text)
    assert (data["batting"]["runs"], data["result"]) == (runs, result)


@pytest.mark.parametrize(
    ("text", "overs"),
    [
        (
            "Sunday match against Infosys, 20 overs, we lost. Bowling I did 3 overs, went for 30",
            3.0,
        ),
        ("T20 against Ryde today, 20 overs each. I bowled 4 overs for 25", 4.0),
        ("League game vs Kew, 40 overs, we won. Bowled 8 overs, 1 maiden, 2 for 31", 8.0),
        ("Game vs Kew, 6 overs, 1 maiden, 2 for 20", 6.0),
    ],
)
def test_the_overs_bowled_not_the_length_of_the_game(text: str, overs: float) -> None:
    assert match(text)["bowling"]["overs"] == overs


@pytest.mark.parametrize(
    "text",
    [
        "We lost on Sunday, I got 24, then chipped one to mid-off",
        "Game vs Kew, made 30 then spooned it back to the bowler",
        "Match vs Ryde, 12 runs, popped one up to short leg",
        "Game vs Ryde, scored 41, slapped a catch straight to cover",
    ],
)
def test_a_catch_offered_is_caught(text: str) -> None:
    assert match(text)["batting"]["dismissal"] == "caught"


@pytest.mark.parametrize(
    ("text", "runs", "bowling"),
    [
        (
            "Played Empire on Saturday, I kept wicket. Our fast bowler Kemar took 5 for 20",
            None,
            None,
        ),
        ("Game vs Ryde, our overseas pro made 80, I got 12", 12, None),
        ("Match vs Kew, our leg spinner Raj took 4 for 20, I took 1 for 30", None, (1, 30)),
    ],
)
def test_a_teammate_named_by_role_is_not_me(
    text: str, runs: int | None, bowling: tuple[int, int] | None
) -> None:
    data = match(text)
    assert (data["batting"] and data["batting"]["runs"]) == runs
    assert (data["bowling"] and (data["bowling"]["wickets"], data["bowling"]["runs"])) == bowling
