"""Clause boundaries the punctuation did not give: a new day, a new activity, and a list of
activities named before their details.

Speech-to-text often returns one long run of words with no commas, so two activities can end up
in one clause ("saturday we played kew and lost sunday i rested", "gym 40 minutes light session
nets an hour"). Before the clauses are grouped into activities, a clause is cut:

- where a day is named that starts another activity: when a day was already said before it, the
  new day opens what follows it ("yesterday nets for an hour **this morning** gym"); otherwise it
  closes what came before it ("run **yesterday** nets today") when an activity follows straight
  away;
- where a second activity is named after the first one's figures ("gym 40 minutes light session
  **nets** an hour"), with its own figures when the player puts them first ("50 minutes gym heavy
  **20 minute swim** light"), but not at a machine in the gym ("gym 40 minutes, leg press and
  **running machine**");
- where someone else's news starts ("... felt happy after it **ciaran got four wickets** in the
  indoor league and he won't shut up about it");
- and a sentence that names its activities first and describes them after ("swim and then yoga,
  30 minute swim easy, then an hour of yoga") loses the list when every activity in it is named
  again later, so each description makes one entry.

Each piece after a cut is read as the start of a new thought (``first``).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from cricketlog.extract.clauses import Clause, make_clause, split_sentence
from cricketlog.extract.dates import DAY_PHRASE, day_phrases
from cricketlog.extract.numbers import words_to_digits
from cricketlog.extract.segment import Cue, bare_cue, cue_count, cue_in, cue_spans
from cricketlog.extract.vocab import GYM_MACHINES, LIST_JOINS
from cricketlog.extract.whose import told_of

_WINDOW: Final = 6
"""How many words after a day may name the activity it opens."""
_CLOSE_WINDOW: Final = 4
"""How many words after a day that closes an activity may name the next one."""
_CONTEXT: Final = re.compile(r"\s*(?:in|at|during|for|with|against|on|before|after|ahead of)\b")
"""What puts an activity named after a day in the first one's setting ("kept wicket today in
the t20")."""
_ABSORBED: Final = frozenset({("cricket_coaching", "cricket_match")})
"""Pairs where the second names the setting of the first ("kept wicket today t20")."""
_LIST_JOINS: Final = frozenset((*LIST_JOINS, ","))
_CUE_WORDS: Final = 3
"""The longest activity name in a list ("a rest day", "batting drills session")."""
_CUTS_BETWEEN: Final = frozenset(
    {
        ("fitness", "cricket_coaching"),
        ("fitness", "cricket_match"),
        ("fitness", "rest_day"),
        ("cricket_coaching", "fitness"),
        ("cricket_coaching", "rest_day"),
    }
)
"""Activities that, named after the first one's figures in one clause, start an entry of their
own; two fitness activities do too ("gym 40 minutes swim 20")."""
_AMOUNT_BEFORE: Final = re.compile(
    r"(?:\b(?:\d+(?:\.\d+)?|an?|half an?) (?:minutes?|mins?|hours?|hrs?|k|km|kms|kilometres?|"
    r"miles?|metres?)(?: of)?|\bhalf an hour(?: of)?|\b\d+(?:\.\d+)? ?(?:k|km|m))\s+(?:an? )?$"
)
_DIGIT: Final = re.compile(r"\d")
_FIGURE: Final = re.compile(
    r"\d ?(?:minutes?|mins?|hours?|hrs?|k|km|kms|kilometres?|miles?|m|metres?)\b|\bhour\b"
)
"""A duration or distance: what tells one activity's figures from the next."""
_MODIFIER_BEFORE: Final = re.compile(r"\b(?:recovery|long|short|tempo)\s+$")
"""A word that belongs to the next activity's name ("... light session recovery run 3k")."""
_PLACE: Final = re.compile(r"\b(?:at|in|on|inside|from|with)(?: the| a| my| our)?\s+$")
"""Where the first activity was held ("45 minutes hard at the gym"), not a second activity."""
_MACHINE: Final = re.compile(r"(?:" + "|".join(GYM_MACHINES) + r")\b")
"""A machine in the gym, part of a gym session ("leg press and running machine")."""
_LEADING_JOIN: Final = re.compile(r"^(?:and|but|so|plus)\s+", re.IGNORECASE)
_TRAILING_JOIN: Final = re.compile(r"(?:\s+(?:and|but|so|plus|then))+$", re.IGNORECASE)


def _names(text: str) -> Cue | None:
    return cue_in(words_to_digits(text.strip()))


def _opens(text: str) -> bool:
    """Whether ``text`` names an activity within its first few words."""
    return _names(" ".join(text.split()[:_WINDOW])) is not None


def _closes(before: str, after: str, day_after: bool) -> bool:
    """Whether the day that ends ``before`` closes its activity: what follows names another
    activity straight away, with a day of its own or of another kind ("run yesterday nets")."""
    first = _names(before)
    if first is None or _CONTEXT.match(after):
        return False
    then = _names(" ".join(after.split()[:_CLOSE_WINDOW]))
    if (
        then is None
        or then.activity == first.activity
        or (first.activity_type, then.activity_type) in _ABSORBED
    ):
        return False
    if then.activity_type == first.activity_type:
        return day_after and then.activity_type != "cricket_match"
    return True


def _day_cuts(lower: str, dated: bool) -> list[int]:
    """Where in ``lower`` a new day starts a new activity; ``dated`` when a day was said before."""
    days = [m for m in day_phrases(lower) if m.start() > 0]
    cuts: list[int] = []
    start = 0
    for n, day in enumerate(days):
        if day.start() <= start:
            continue
        end = days[n + 1].end() if n + 1 < len(days) else len(lower)
        before = lower[start : day.start()]
        if dated or day_phrases(lower[: day.start()]):
            if _opens(lower[day.start() : end]) and _names(before):
                cuts.append(day.start())
                start = day.start()
        elif _closes(lower[start : day.end()], lower[day.end() : end], n + 1 < len(days)):
            cuts.append(day.end())
            start = day.end()
    return cuts


def _activity_cut(lower: str) -> int | None:
    """Where in ``lower`` a second activity starts after the first one's figures, if it does."""
    spans = cue_spans(lower)
    if len(spans) < 2:
        return None
    first, f_start, f_end = spans[0]
    amount_first = _DIGIT.search(words_to_digits(lower[:f_start])) is not None
    for cue, start, _ in spans[1:]:
        if start < f_end or cue.activity == first.activity or _PLACE.search(lower, 0, start):
            continue
        if first.kind == "gym" and _MACHINE.match(lower, start):
            continue
        pair = (first.activity_type, cue.activity_type)
        if pair not in _CUTS_BETWEEN and pair != ("fitness", "fitness"):
            return None
        if amount_first and (back := _AMOUNT_BEFORE.search(lower, f_end, start)):
            cut = back.start()
        else:
            cut = start
        while (word := _MODIFIER_BEFORE.search(lower, f_end, cut)) is not None:
            cut = word.start()
        if not amount_first and not _DIGIT.search(words_to_digits(lower[f_end:cut])):
            return None
        return cut
    return None


def _may_hold_two(num: str) -> bool:
    """A quick look: whether ``num`` (numbers as digits) is long enough, with a figure, to hold
    two activities."""
    return num.count(" ") >= 4 and _FIGURE.search(num) is not None and cue_count(num) >= 2


def _pieces(raw: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(raw)]
    parts = (_TRAILING_JOIN.sub("", raw[a:b].strip(" ,")) for a, b in itertools.pairwise(bounds))
    return [p for p in (_LEADING_JOIN.sub("", part) for part in parts) if p]


def _cut(clause: Clause, earlier: list[Clause]) -> list[Clause]:
    """The clause cut where a new day or a new activity starts; ``earlier``: the clauses before it
    in its sentence."""
    lower = clause.lower
    parts = [clause.raw]
    if DAY_PHRASE.search(lower, 1):
        dated = any(day_phrases(c.lower) for c in earlier)
        if cuts := _day_cuts(lower, dated):
            parts = _pieces(clause.raw, cuts)
    parts = [piece for part in parts for piece in _others_cut(part)]
    done: list[str] = []
    for part in parts:
        num = clause.num if part is clause.raw else words_to_digits(part.lower())
        while (
            _may_hold_two(num)
            and told_of(part.lower()) != 0  # someone else's news is one piece
            and (at := _activity_cut(part.lower()))
        ):
            done.append(_TRAILING_JOIN.sub("", part[:at].strip(" ,")))
            part = _LEADING_JOIN.sub("", part[at:].strip(" ,"))
            num = words_to_digits(part.lower())
        done.append(part)
    if len(done) == 1:
        return [clause]
    return [make_clause(p, clause.sentence, clause.first or n > 0) for n, p in enumerate(done)]


def _others_cut(part: str) -> list[str]:
    """The part cut where someone else's news starts ("... felt happy after it | ciaran got four
    wickets")."""
    at = told_of(part.lower())
    return [part] if not at else [_TRAILING_JOIN.sub("", part[:at].strip(" ,")), part[at:]]


def _listed(words: list[str]) -> tuple[int, list[str]]:
    """How many words at the start of ``words`` only list activities, and the activities."""
    pos, end = 0, 0
    rows: list[str] = []
    while pos < len(words):
        if words[pos] in _LIST_JOINS:
            pos += 1
            continue
        for size in range(_CUE_WORDS, 0, -1):
            cue = bare_cue(" ".join(words[pos : pos + size]))
            if cue is not None and cue.activity in rows:
                return end, rows
            if cue is not None:
                rows.append(cue.activity)
                pos += size
                end = pos
                break
        else:
            break
    return end, rows


def _drop_list(sentence: list[Clause]) -> list[Clause]:
    """The sentence without a list of activities that its later clauses describe one by one."""
    opening = sentence[0].lower.split(None, 1)[0]
    if opening not in _LIST_JOINS and bare_cue(opening) is None:
        return sentence
    words = " , ".join(c.raw for c in sentence).split()
    head, rows = _listed([w.lower() for w in words])
    if len(rows) < 2 or len(set(rows)) < len(rows) or head >= len(words):
        return sentence
    rest = " ".join(words[head:])
    if not set(rows) <= _rows_in(rest):
        return sentence
    return split_sentence(rest.strip(" ,"), sentence[0].sentence) or sentence


def _rows_in(text: str) -> set[str]:
    """The activities named anywhere in ``text``."""
    found = set()
    words = words_to_digits(text.lower()).replace(",", " ").split()
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            if (cue := bare_cue(" ".join(words[i : i + size]))) is not None:
                found.add(cue.activity)
    return found


def regroup(clauses: list[Clause]) -> list[Clause]:
    """``clauses`` cut where a new day or activity starts, lists of named activities dropped."""
    result: list[Clause] = []
    for _, group in itertools.groupby(clauses, key=lambda c: c.sentence):
        sentence = _drop_list(list(group))
        for n, clause in enumerate(sentence):
            result.extend(_cut(clause, sentence[:n]))
    return result
