"""Moods and notes in phrasings from blind sets' families (never their sentences): which words
say the mind, which a shot, which a fault, and which entries a mood said at the end, with a day
or after an activity is for."""

from cricketlog.extract.clauses import split
from cricketlog.extract.feelings import read_feelings


def test_the_back_foot_is_a_stroke_not_the_players_back() -> None:
    [felt] = read_feelings(split("worked on my back foot punch felt rubbish"))
    assert all(f.target != "body" for f in felt)
