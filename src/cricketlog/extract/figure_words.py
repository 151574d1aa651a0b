"""The words of figures, kept as data: numbers said as words, units, self-corrections, the
cricket words around a score or a spell (milestones, boundaries, ducks, balls faced, all out),
and the words that make figures someone else's (read by :mod:`cricketlog.extract.whose`).

:mod:`cricketlog.extract.numbers`, :mod:`cricketlog.extract.match` and
:mod:`cricketlog.extract.whose` hold the mechanics (how a run of number words adds up, which
figure wins); a new word is one line here. Phrases are lower case and may use pattern syntax, as
in :mod:`cricketlog.extract.vocab`.
"""

from __future__ import annotations

from typing import Final

from cricketlog.extract.rows import Row
from cricketlog.extract.vocab_syntax import phrases

# Numbers said as words: each is read into digits before any figure is read ("forty five" is 45).
NUMBER_UNITS: Final[dict[str, int]] = {
    word: value
    for value, word in enumerate(
        phrases(
            "zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, "
            "thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen"
        )
    )
} | {"nought": 0, "nil": 0}
NUMBER_TENS: Final[dict[str, int]] = {
    word: 10 * (n + 2)
    for n, word in enumerate(
        phrases("twenty, thirty, forty, fifty, sixty, seventy, eighty, ninety")
    )
}

# Idioms that stand for a number, read before number words are.
NUMBER_IDIOMS: Final[tuple[Row, ...]] = (
    Row("half a dozen", "half a dozen", ("6",)),
    Row("a dozen", "a dozen", ("12",)),
    Row("a couple of", "(?:a )?couple of", ("2",)),
    Row("none for", "(?:none|nil|nought) for", ("0 for",)),
    Row("a couple", "a couple", ("2",)),
    Row("a few", "a few", ("3",)),
)

# Units of time, as they follow a figure ("45 mins", "1.5 hrs").
HOUR_UNITS: Final[tuple[str, ...]] = phrases("hours?, hrs?, h")
MINUTE_UNITS: Final[tuple[str, ...]] = phrases("minutes?, mins?, min, m")

# What a corrected figure may count: "45, no, 50 minutes", "three catches, no sorry, two".
COUNTED_UNITS: Final[tuple[str, ...]] = phrases(
    "minutes?, mins?, hours?, hrs?, k, km, kms, kilometres?, kilometers?, miles?, metres, meters, "
    "overs?, balls?, runs?, wickets?, catch(?:es)?, stumpings?, byes?, fours, sixes, maidens?"
)
# Words that put a figure right: the figure after them is the one meant.
CORRECTION_WORDS: Final[tuple[str, ...]] = phrases(
    "no, nah, sorry, actually, i mean, or rather, wait, scratch that, call it, make it, "
    "correction, i think, i reckon, hmm+"
)

# A score said by its milestone ("a half-century", "a ton"); "fifty" and "a hundred" are digits
# already ("a double hundred" is "double 100"). "A century of ..." is no score.
MILESTONE_SCORES: Final[tuple[Row, ...]] = (
    Row("double century", "double (?:century|100|ton)", ("200",), unless_followed_by="of"),
    Row("half century", "half[- ]?(?:century|ton)", ("50",), unless_followed_by="of"),
    Row("century", "(?:century|ton)", ("100",), unless_followed_by="of"),
)

# Boundaries counted after their number ("3 fours", "two maximums").
BOUNDARY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "fours": phrases("fours, 4s, boundaries"),
    "sixes": phrases("sixes, 6s, maximums"),
}
# Out to the n-th ball faced ("out second ball").
BALL_ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
}
# Out without a run: "a duck", "a golden duck", "out for 0", "bagged a pair".
DUCKS: Final[tuple[str, ...]] = phrases(
    r"(golden|diamond)?\s*duck, out for 0, (?:bagged|got|made) a pair"
)
# What a side does to another's whole innings ("we skittled them out for 80").
ALL_OUT_VERBS: Final[tuple[str, ...]] = phrases("bowled, knocked, skittled, rolled")

# Someone else's figures ("our opener Fahad made a hundred", "Haris got five wickets", "rubel bhai
# took three", "jess got her maiden fifty"): who may say them, the verbs, and what makes a
# capitalised word at the start of a sentence no one's name ("Also took a catch").
TEAMMATE_ROLES: Final[tuple[str, ...]] = phrases(
    "opener, captain, skipper, keeper, spinner, quick, bowler, seamer, batter, batsman, "
    r"all-?rounder, pro, number \d+, no\.? ?\d+"
)
TEAMMATE_ROLE_KINDS: Final[tuple[str, ...]] = phrases(
    "fast, strike, opening, leg, off, left arm, young, new, overseas, other, main"
)
MY_PEOPLE: Final[tuple[str, ...]] = phrases(
    "mate, brother, partner, teammate, captain, skipper, friend, cousin, buddy, boy"
)
HONORIFICS: Final[tuple[str, ...]] = phrases("bhai, bhaiya, anna, machan, aiya, bro")
OTHERS_FIGURE_VERBS: Final[tuple[str, ...]] = phrases(
    "made, scored, got, hit, smashed, knocked, took, bagged, picked up, top scored"
)
FIGURE_NOUNS: Final[tuple[str, ...]] = phrases(
    "wickets, wicket, runs, catches, catch, sixes, fours, stumpings, not out"
)
MILESTONES: Final[tuple[str, ...]] = phrases(
    r"fifty, hundred, ton, century, half century, half-century, duck, five-for, \w+fer"
)
# Someone else's news said in lower case ("tendai got called up to the a side", "dave's been
# picked for the firsts") or a figure of someone's followed by "he"/"she" ("shoaib made a fifty
# yesterday he's in form").
SELECTION_NEWS: Final[tuple[str, ...]] = phrases(
    "picked, called up, selected, dropped, a contract, made captain, made vice-captain, "
    "made the squad, the nod"
)
THIRD_PERSON: Final[tuple[str, ...]] = phrases("he, she, he's, she's, his, her, him, hes, shes")
NOT_NAMES_BEFORE_A_FIGURE: Final[tuple[str, ...]] = phrases(
    "I, We, It, Then, Also, Just, Only, Finally, Eventually, And, But, So, Still, Later, Today, "
    "Yesterday, Tonight, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, Never, "
    "Even, Barely, Somehow, Luckily, Unfortunately, Eventually, Again, Actually, Anyway, Yeah, "
    "Ok, Okay, Right, Well, Almost, Nearly, Sadly, Thankfully, Apparently"
)
