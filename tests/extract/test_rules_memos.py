"""Voice memos said in one breath or a few sentences, in phrasings of our own (families from
blind14's and blind15's working two thirds, never their sentences): numbers, coaches, praise
and faults, and moods said straight after a figure."""

import pytest

from cricketlog.extract.clauses import split
from cricketlog.extract.feelings import read_feelings
from flat_entries import extract


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
