"""Cleaning an utterance and cutting it into clauses.

Spoken diaries run several thoughts together ("5k this morning, easy, then nets, felt solid"), so
the rules extractor works clause by clause: a clause is the smallest stretch that says one thing
(an activity, a feeling, a figure). Each clause keeps three views of its text: ``raw`` (cleaned,
original case, what free-text fields and opponents are taken from), ``lower`` (for vocabulary)
and ``num`` (lower case with numbers as digits, for figures and durations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cricketlog.extract.dates import WEEKDAYS
from cricketlog.extract.numbers import words_to_digits
from cricketlog.extract.vocab import (
    CONTRASTS,
    DAY_OPENERS,
    FAMILY,
    FAMILY_VERBS,
    FILLERS,
    SEQUENCERS,
    STT_FIXES,
    TURNS_AWAY,
)


@dataclass(frozen=True)
class Clause:
    """One clause of an utterance."""

    raw: str
    lower: str
    num: str
    sentence: int
    """Index of the sentence the clause belongs to."""
    first: bool
    """Whether the clause opens its sentence."""
    sequenced: bool
    """Whether it opens with "then", "after that"... (a new activity in a list)."""
    contrast: bool
    """Whether it opens with "but", "though"... (the opposite of what came before)."""


def phrase_re(phrases: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for whole-word phrases, longest first."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(ordered) + r")(?![\w'])", re.IGNORECASE)


_STT = tuple((re.compile(rf"\b{row.pattern}\b", re.IGNORECASE), row.means[0]) for row in STT_FIXES)
_ANY_STT = re.compile(
    r"(?<!\w)(?=[a-z0-9])(?:" + "|".join(f"(?:{row.pattern})" for row in STT_FIXES) + r")\b",
    re.IGNORECASE,
)
"""One pass to tell whether any fix applies: most utterances need none. The word start is
checked once, outside the alternation, which makes the scan several times faster."""
_DAY_SLIP = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)})\b[\s,]+(?:(?:no|sorry|wait|i mean|actually)[\s,]+)+"
    rf"(?:(?:it was|on)\s+)?(?=(?:{'|'.join(WEEKDAYS)})\b)",
    re.IGNORECASE,
)
"""A weekday said and at once corrected: the first one goes."""
_FILLER = r"(?<![\w'])(?:" + "|".join(FILLERS) + r")(?![\w'])"
_FILLERS = re.compile(_FILLER + r"[,.]?\s*", re.IGNORECASE)
_ASIDES = re.compile(r",\s*" + _FILLER + r"\s*,", re.IGNORECASE)
"""A filler between commas ("got, um, 38") goes with its commas, so the clause stays whole."""
_WORD_HYPHEN = re.compile(r"(?<!\d)-|-(?!\d)")
"""Hyphens inside words ("twenty-five") but not between figures ("2-25")."""
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\b[SsMm]t\.)(?<!\b[Vv]s\.)\s+|\n+|(?<=\w)[.!?]+$")
"""A full stop ends a sentence, but not in "St. Kilda", "Mt. Druitt" or "vs. Ryde"."""
_CLAUSE_BREAK = re.compile(
    r"\s*,\s*|\s+-\s+|(?<=[a-z])\s*:\s+"  # "nets: cover drive..." but not "1:15"
    r"|\s+(?=(?:" + "|".join((*SEQUENCERS, *CONTRASTS)) + r")\s+\w)"
    r"|\s+(?=(?:" + "|".join(TURNS_AWAY) + r")\s+\w)"
    r"|\s+(?=(?:my|the|our) (?:" + "|".join(FAMILY) + r")"
    r"(?:'s\b|(?:'s)?(?: (?!and\b|or\b)[\w']+)? (?:" + "|".join(FAMILY_VERBS) + r")\b))"
    r"|\s+(?=and\s+(?!a half\b|a quarter\b|half\b|down\b|forth\b)(?:[\w']+\s+){0,3}?(?:"
    + "|".join(DAY_OPENERS)
    + r")\b)",
    re.IGNORECASE,
)
"""Commas, dashes, "then ..."/"but ...", a turn away ("anyway ...") or to the family's day ("my
father is saying ..."), and "and" before another day ("rest day yesterday and
gym today"), but not inside a pair ("up and down today", "back and forth")."""
_BARE_JOINS = frozenset(("and", "but", "so", "or", "and so"))
"""What is left of "and then" once "then" opens a clause: not a clause of its own."""
_SEQUENCED = phrase_re(list(SEQUENCERS))
_CONTRAST = phrase_re(list(CONTRASTS))


def clean(text: str) -> str:
    """``text`` with speech-to-text slips fixed, a day corrected in the same breath ("on Saturday,
    no wait, Sunday") left as the correction, fillers dropped and spaces tidied."""
    if _ANY_STT.search(text):
        for pattern, replacement in _STT:
            text = pattern.sub(replacement, text)
    text = _DAY_SLIP.sub("", text)
    text = _FILLERS.sub("", _ASIDES.sub(" ", text))
    return re.sub(r"\s+", " ", text).strip(" ,")


def make_clause(raw: str, sentence: int, first: bool, turned: bool = False) -> Clause:
    """The clause ``raw`` (already cleaned) in its three views; ``turned`` when a "but" of its own
    was cut off before it ("but | afterwards I felt good")."""
    lower = raw.lower()
    return Clause(
        raw=raw,
        lower=lower,
        num=words_to_digits(_WORD_HYPHEN.sub(" ", lower)),
        sentence=sentence,
        first=first,
        sequenced=_SEQUENCED.match(lower) is not None,
        contrast=turned or _CONTRAST.match(lower) is not None,
    )


def split_sentence(sentence: str, index: int) -> list[Clause]:
    """The clauses of one cleaned sentence, the ``index``-th of its utterance."""
    clauses: list[Clause] = []
    turned = False
    for part in (p.strip(" .!?;") for p in _CLAUSE_BREAK.split(sentence)):
        if part.lower() in _BARE_JOINS:
            turned = turned or _CONTRAST.fullmatch(part.lower()) is not None
        elif part:
            clauses.append(make_clause(part, index, not clauses, turned))
            turned = False
    return clauses


def split(text: str) -> list[Clause]:
    """The clauses of ``text`` in spoken order (empty when it says nothing)."""
    clauses: list[Clause] = []
    sentences = [s.strip(" .!?;") for s in _SENTENCE_END.split(clean(text))]
    for index, sentence in enumerate(s for s in sentences if s):
        clauses.extend(split_sentence(sentence, index))
    return clauses
