"""Whose figures a clause gives: the player's, or a teammate's or an opponent's.

Long voice notes are full of other people's days ("our opener Fahad made a hundred", "Haris got
five wickets in the trial match, he's a machine", "rubel bhai took three", "jess got her maiden
fifty"). Such a clause gives no figure of the player's, opens no match of its own and dates
nothing. Someone else is a pronoun, a role ("our keeper", "their spinner"), one of "my" people
("my mate", "my friend Sabbir"), a name said with an honorific ("rubel bhai") or a capitalised
name right before the figure; "his"/"her"/"their" right after the verb says it too. The clause is
the player's all the same when it says "I" ("Sam and I got 40 each"). The words are in
:mod:`cricketlog.extract.figure_words`.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from cricketlog.extract.clauses import Clause, make_clause
from cricketlog.extract.figure_words import (
    FIGURE_NOUNS,
    HONORIFICS,
    MILESTONES,
    MY_PEOPLE,
    NOT_NAMES_BEFORE_A_FIGURE,
    OTHERS_FIGURE_VERBS,
    SELECTION_NEWS,
    TEAMMATE_ROLE_KINDS,
    TEAMMATE_ROLES,
    THIRD_PERSON,
)
from cricketlog.extract.vocab import STOPWORDS


def _any(words: tuple[str, ...]) -> str:
    return "|".join(words)


_NAME: Final = rf"(?!(?:{_any(NOT_NAMES_BEFORE_A_FIGURE)})\b)[A-Z][a-z]+"
"""A capitalised word that may be someone's name."""
_SOMEONE: Final = (
    r"(?:[Hh]e|[Ss]he|[Tt]hey"
    rf"|[Oo]ur (?:(?:{_any(TEAMMATE_ROLE_KINDS)}) )?(?:{_any(TEAMMATE_ROLES)})(?: {_NAME})?"
    r"|[Tt]heir \w+"
    rf"|[Mm]y (?:{_any(MY_PEOPLE)})(?: {_NAME})?"
    rf"|(?i:[a-z]+ (?:{_any(HONORIFICS)})))"
)
_SOMEONE_ELSE: Final = re.compile(
    rf"(?<![\w'])(?:{_SOMEONE})\s+(?:(?i:also|then|only|just)\s+)?"
    rf"(?i:{_any(OTHERS_FIGURE_VERBS)})\b"
    rf"|\b(?i:{_any(OTHERS_FIGURE_VERBS)}) (?i:his|her|their) "
)
"""A clause about someone else's figures."""
_NAMED: Final = re.compile(
    rf"(?<![\w'])(?:{_NAME})\s+(?:(?i:also|then|only|just)\s+)?(?i:{_any(OTHERS_FIGURE_VERBS)})"
    rf"\s+(?i:a|an|\d+|\w+(?:[ -]\w+)? (?:{_any(FIGURE_NOUNS)})|{_any(MILESTONES)})\b"
)
_NOT_A_NAME: Final = "|".join(
    sorted({*STOPWORDS, *OTHERS_FIGURE_VERBS, *(w.lower() for w in NOT_NAMES_BEFORE_A_FIGURE)})
)
_LOWER_NAME: Final = rf"(?<![\w'])(?!(?:{_NOT_A_NAME}|you|they|wicket|keeper|ball)\b)[a-z]+"
_TOLD_OF: Final = re.compile(
    rf"{_LOWER_NAME}(?:'s)?\s+(?:(?:also|finally|just|been|has|got|now)\s+)*"
    rf"(?:(?:{_any(SELECTION_NEWS)})\b"
    rf"|(?:{_any(OTHERS_FIGURE_VERBS)})\s+(?:[\w-]+\s+){{0,3}}?(?:{_any(FIGURE_NOUNS)}|"
    rf"{_any(MILESTONES)})\b(?=(?:\s+[\w']+){{0,8}}?\s+(?:{_any(THIRD_PERSON)})\b))"
)
"""Someone's news said in lower case: picked or called up ("tendai got called up"), or a figure
that "he" or "she" follows ("shoaib made a brilliant fifty yesterday he's in form")."""
"""A capitalised name right before a figure ("Haris got five wickets", "Jess made a fifty"), not
a team's name before what happened to the game ("Hutt Valley got washed out")."""
_I: Final = re.compile(r"(?:^|\s)(?:I|i|I'm|i'm|Im|im)(?=\s|$|,)")


_ANY_VERB: Final = re.compile(
    rf"\b(?:{_any(OTHERS_FIGURE_VERBS)}|{_any(SELECTION_NEWS)})\b", re.IGNORECASE
)
"""One quick look: most clauses have none of the verbs of someone else's figures or news."""


def someone_elses(clause: Clause) -> bool:
    """Whether the clause gives someone else's figures, not the player's ("our captain made
    80", "their spinner took four")."""
    return _someone_elses(clause.raw)


@functools.lru_cache(maxsize=4096)
def _someone_elses(raw: str) -> bool:
    if not _ANY_VERB.search(raw):
        return False
    said = _SOMEONE_ELSE.search(raw) or _NAMED.search(raw)
    return (said is not None or told_of(raw.lower()) is not None) and not _I.search(raw)


def told_of(lower: str) -> int | None:
    """Where someone else's news starts in ``lower`` (lower case), if it does."""
    if not _ANY_VERB.search(lower):
        return None
    found = _TOLD_OF.search(lower)
    return found.start() if found else None


_FIGURE_WORDS: Final = re.compile(r"(?:\s+[\w'-]+){1,3}")
"""The figure that follows someone else's verb ("took three wickets", "made seventy two")."""


@functools.lru_cache(maxsize=4096)
def own_part(clause: Clause) -> Clause:
    """The clause without someone else's figures said in the same breath as the player's ("i
    made 23 off 30 imran bhai took three wickets" keeps the 23)."""
    if not _ANY_VERB.search(clause.raw):
        return clause
    said = _SOMEONE_ELSE.search(clause.raw) or _NAMED.search(clause.raw)
    if said is None or not _I.search(clause.raw):
        return clause
    end = said.end()
    figure = _FIGURE_WORDS.match(clause.raw, end)
    end = figure.end() if figure and not said[0].endswith(" ") else end
    rest = (clause.raw[: said.start()] + clause.raw[end:]).strip(" ,")
    return make_clause(rest, clause.sentence, clause.first, clause.contrast)
