"""Clause boundaries the punctuation did not give: a new day, and a list named before its details.

Speech-to-text often returns one long run of words with no commas, so two activities on two days
can end up in one clause ("saturday we played kew and lost sunday i rested"). Before the clauses
are grouped into activities, a clause is cut where a day is named that starts another activity:

- when the stretch before the day already has a day of its own, the day opens what follows it
  ("yesterday nets for an hour **this morning** gym");
- otherwise the day closes what came before it ("run **yesterday** nets today") when what follows
  it names an activity straight away.

A sentence may also name its activities first and describe them after ("swim and then yoga, 30
minute swim easy, then an hour of yoga"): when every activity of such a list is named again
later in the sentence, the list itself is dropped so each description makes one entry.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from cricketlog.extract.clauses import Clause, make_clause, split_sentence
from cricketlog.extract.dates import DAY_PHRASE, day_phrases
from cricketlog.extract.numbers import words_to_digits
from cricketlog.extract.segment import Cue, bare_cue, cue_in

_WINDOW: Final = 6
"""How many words after a day may name the activity it opens."""
_LIST_JOINS: Final = frozenset(
    ("and", "then", "plus", "a", "an", "some", "the", "bit", "of", "followed", "by", "with", ",")
)
_CUE_WORDS: Final = 3
"""The longest activity name in a list ("a rest day", "batting drills session")."""


def _names(text: str) -> Cue | None:
    return cue_in(words_to_digits(text.strip()))


def _opens(text: str) -> bool:
    """Whether ``text`` names an activity within its first few words."""
    return _names(" ".join(text.split()[:_WINDOW])) is not None


def _day_cuts(raw: str) -> list[int]:
    """Where in ``raw`` a new day starts a new activity."""
    lower = raw.lower()
    days = [m for m in day_phrases(lower) if m.start() > 0]
    if not days:
        return []
    cuts: list[int] = []
    start = 0
    for n, day in enumerate(days):
        if day.start() <= start:
            continue
        end = days[n + 1].end() if n + 1 < len(days) else len(lower)
        before = lower[start : day.start()]
        if day_phrases(before):
            if _opens(lower[day.start() : end]) and _names(before):
                cuts.append(day.start())
                start = day.start()
        elif _opens(lower[day.end() : end]) and _names(lower[start : day.end()]):
            cuts.append(day.end())
            start = day.end()
    return cuts


def _split_days(clause: Clause) -> list[Clause]:
    if not DAY_PHRASE.search(clause.lower, 1):
        return [clause]
    cuts = _day_cuts(clause.raw)
    if not cuts:
        return [clause]
    bounds = [0, *cuts, len(clause.raw)]
    parts = [clause.raw[a:b].strip(" ,") for a, b in itertools.pairwise(bounds)]
    parts = [re.sub(r"^(?:and|but|so)\s+", "", p, flags=re.IGNORECASE) for p in parts if p]
    return [
        make_clause(p, clause.sentence, clause.first and n == 0)
        for n, p in enumerate(p for p in parts if p)
    ]


def _listed(words: list[str]) -> tuple[int, list[int]]:
    """How many words at the start of ``words`` only list activities, and the rows they name."""
    pos, rows, end = 0, [], 0
    while pos < len(words):
        if words[pos] in _LIST_JOINS:
            pos += 1
            continue
        for size in range(_CUE_WORDS, 0, -1):
            cue = bare_cue(" ".join(words[pos : pos + size]))
            if cue is not None:
                rows.append(cue.row)
                pos += size
                end = pos
                break
        else:
            break
    return end, rows


def _drop_list(sentence: list[Clause]) -> list[Clause]:
    """The sentence without a list of activities that its later clauses describe one by one."""
    if cue_in(" ".join(sentence[0].num.split()[:_CUE_WORDS])) is None:
        return sentence
    words = " , ".join(c.raw for c in sentence).split()
    head, rows = _listed([w.lower() for w in words])
    if len(rows) < 2 or len(set(rows)) < len(rows) or head >= len(words):
        return sentence
    rest = " ".join(words[head:])
    if not set(rows) <= _rows_in(rest):
        return sentence
    return split_sentence(rest.strip(" ,"), sentence[0].sentence) or sentence


def _rows_in(text: str) -> set[int]:
    """The activities named anywhere in ``text``, by vocabulary row."""
    found = set()
    words = words_to_digits(text.lower()).replace(",", " ").split()
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            if (cue := bare_cue(" ".join(words[i : i + size]))) is not None:
                found.add(cue.row)
    return found


def regroup(clauses: list[Clause]) -> list[Clause]:
    """``clauses`` cut again where a new day starts, with lists of named activities dropped."""
    cut = [part for clause in clauses for part in _split_days(clause)]
    result: list[Clause] = []
    start = 0
    for i in range(1, len(cut) + 1):
        if i == len(cut) or cut[i].sentence != cut[start].sentence:
            result.extend(_drop_list(cut[start:i]))
            start = i
    return result
