"""Match figures, numbers and days as club players say them, in phrasings of our own (families
from blind14-20's working two thirds, never their sentences): spells, scores, corrections,
opponents and shortened days."""

import pytest

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


def test_the_winning_run_is_no_run() -> None:
    [entry] = extract("Tied match against Redhill, I scored 19, run out going for the winning run")
    assert entry["batting"]["dismissal"] == "run_out"


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
    ("text", "path", "value"),
    [
        (
            "we one the toss and batted vs Crusaders, I scored 88, ended up winning by 60 runs",
            ("result",),
            "won",
        ),
        ("we one by 5 wickets against Kew, made 34 with for fours", ("batting", "fours"), 4),
        (
            "Lost yesterday to Kingswood by 100 runs, I got 3 off 12 balls",
            ("opponent",),
            "Kingswood",
        ),
        (
            "Keeping again Sunday against Bayside, took 2 catches, made 28 not out",
            ("keeping", "catches"),
            2,
        ),
    ],
)
def test_slips_and_shapes_of_speech_to_text(
    text: str, path: tuple[str, ...], value: object
) -> None:
    [entry] = extract(text)
    for key in path:
        entry = entry[key]
    assert entry == value
