"""The free-text fields, in the player's own words.

``what_went_well`` and ``areas_for_improvement`` are built from whole clauses so the player's
phrasing survives: a clause with an improvement cue ("need to", "still", "dropped") is something to
work on, one with a praise cue ("clean", "middling it", "felt good") went well. A clause with no cue
takes the tone of the clause before it in the same sentence ("middling it well, especially the
pull"), or the opposite one after a "but". Feelings about the mind or body are left out: they
have fields of their own, except that a feeling about part of the game is a note too ("happy with
my control"). ``details`` (fitness) and ``activities`` (rest days) are the clauses that say what
was done; what follows a mood in its sentence is why the player felt so, and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, Literal

from cricketlog.extract.clauses import Clause, phrase_re
from cricketlog.extract.feeling_words import FEELING_FILLERS, NEGATORS
from cricketlog.extract.feelings import OVERALL, Feeling, intensity, mind_anchor_only
from cricketlog.extract.negation import negated
from cricketlog.extract.segment import find_cue, plan_at_end
from cricketlog.extract.vocab import (
    ACTIVITY_CUES,
    CONTRASTS,
    FAMILY,
    GOAL_CUES,
    GOOD_CUES,
    IMPROVE_CUES,
    LIFE_OR_CRICKET_WORDS,
    LIFE_WORDS,
    PROGRESS_CUES,
    STOPWORDS,
    TURNS_AWAY,
)
from cricketlog.extract.whose import someone_elses

Tone = Literal["good", "improve"]

_IMPROVE: Final = phrase_re(list(IMPROVE_CUES))
_GOOD: Final = phrase_re(list(GOOD_CUES))
_REST_CUES: Final = phrase_re([r.pattern for r in ACTIVITY_CUES if r.means[0] == "rest_day"])
_NEGATED_DOING: Final = re.compile(r"\b(?:skipped|missed|didn'?t do|did nothing|no)\b|n't\b")
_EXCEPT: Final = re.compile(
    r"\b(?:only|just|except(?: for)?|apart from|other than|besides|but|bar)\b[\s,]*", re.IGNORECASE
)
"""After "did nothing", the words that bring in what was done after all."""
_NOTHING_THEN: Final = re.compile(
    r"(?<=\bnothing)(?: (?:really|much|at all|else|special))?[\s,]+(?=\w)", re.IGNORECASE
)
"""After "did nothing really", what was done after all said straight on ("did nothing really bit
of foam rolling and a hot bath")."""
_LIFE: Final = phrase_re(list(LIFE_WORDS))
_LIFE_ANY: Final = phrase_re([*LIFE_WORDS, *LIFE_OR_CRICKET_WORDS])
_WORD: Final = re.compile(r"[a-z][a-z'&]*")
_CLOCK: Final = re.compile(r"\bat \d+(?::\d+)?(?:\s*(?:am|pm))?\b")
"""A time of day ("pick the kids up at 5"): not a figure of the session."""
_DIGIT: Final = re.compile(r"\d")
_OPENING_CONTRAST: Final = re.compile(rf"^(?:{'|'.join(CONTRASTS)})\b[\s,]*", re.IGNORECASE)
"""The "but" that opens a note: it joined the note to what came before, not part of the note."""
_GOALS: Final = phrase_re(list(GOAL_CUES))
"""What follows "need to ..." is the goal, so "need to get it straighter" is not praise."""
_PROGRESS: Final = phrase_re(list(PROGRESS_CUES))
"""Praise that reports progress on what the player works on ("working on my drive which is
getting better"): the clause went well."""
_WORKED_ON: Final = re.compile(r"\b(?:working on|worked on|work on)\b")
_RESULT_ONLY: Final = re.compile(
    r"(?:and |but |so )?(?:we|they) (?:won|lost|drew|tied|beat \w+|got (?:smashed|thrashed|"
    r"hammered|rolled|thumped|stuffed|done|home|there|up)|got up by \w+)"
    r"(?: (?:easy|easily|comfortably|"
    r"narrowly|by \w+(?: \w+)?|in the end|though|tho|in the last over))?$"
)
"""A clause that is only the match result ("we won easy"): the result has its own field."""
_SKILL_VERBS: Final = frozenset(("getting", "get", "more", "better", "work", "working", "the"))
"""Words around a skill that say nothing of which skill it is."""
_BACK_TO_IT: Final = re.compile(
    r"(?:and |but )?(?:it|that|which|this|they|those)(?:'s| is| was| were| are)?\b|"
    r"(?:felt like )?(?:it|that) (?:was |is )?(?:coming|came)\b"
)
"""A clause that refers back to what came before ("it's coming out nice", "that came out sweet")."""
_AUXILIARIES: Final = frozenset(
    ["is", "was", "were", "are", "'s", "has", "have", "had", "been", "be", "am"]
)
_DETERMINERS: Final = frozenset(
    ["the", "my", "our", "his", "her", "their", "a", "an", "this", "that"]
)
_JOINS: Final = frozenset(["but", "and", "so", "though", "while", "whereas"])
_ACTIVITY: Final = phrase_re([r.pattern for r in ACTIVITY_CUES])
_LEADING: Final = re.compile(r"^(?:(?:and|but|so|though|then)\b\s*)+", re.IGNORECASE)
_OPENING_WORDS: Final = re.compile(r"(?:(?:had|did|i|a|an|some|we|went|to)\s+)+")
"""Words that may come before an activity's name at the start of a clause ("had nets")."""
_OPENING_TAIL: Final = re.compile(
    r"(?:\s+(?:session|sesh|drills?|today|yesterday|tonight|"
    r"this (?:morning|afternoon|arvo|evening)|in the (?:morning|afternoon|arvo|evening)|"
    r"on \w+day|(?:for )?(?:an?|about|around|\d+|one|two|half an?)(?: and a half)? "
    r"(?:hours?|minutes?|mins?)|for (?:an? )?hour|for \d+))*"
)
"""What may follow an activity's name before a note about it: its day and its time."""
_AFTER_FEELING: Final = re.compile(
    r"^\s*(?:with (?:it|that|how (?:it|that) went)|about (?:it|that)|(?:with|about) how it went)"
    r"(?![\w'])",
    re.IGNORECASE,
)
"""What only finishes a feeling ("happy with it"), cut with it."""
_REASON: Final = re.compile(
    r"(?:^|\s*\b)(?:because|cos|coz|cause|due to|about (?:my|the|our|work|uni|school|exams?))\b"
    r".*?(?=\s+(?:so|and|then) i\b|$)",
    re.IGNORECASE,
)
"""Why the player felt as they did ("because of exams", "stressed about my finals"), not part of
the session; it ends where the player goes on to what they did ("cos of my back so i just did my
physio")."""
_PRAISE_OF: Final = re.compile(
    r"\s*(?:with|about|'?bout|in) (?:my|mi|the|our|his|her|how)\b", re.IGNORECASE
)
"""After a feeling, what it is about ("happy with my control"): the clause is a note as well."""
_TRAILING: Final = re.compile(
    r"(?:\s*\b(?:and|but|so|though|tho|eh|hey|yaar|mate|bro|now|after|as well|too|overall|"
    r"i guess|to be fair|can't lie|cant lie|which|that|was|is|because|cause|i'm|im|i am|i was|"
    r"i|with it|with that|about it)(?![\w'])[\s,]*)+$",
    re.IGNORECASE,
)


def _tone(clause: Clause) -> Tone | None:
    if improve := _IMPROVE.search(clause.lower):
        progress = _PROGRESS.search(clause.lower, improve.end())
        if progress and not _IMPROVE.search(clause.lower, improve.end(), progress.start()):
            return "good" if _GOALS.match(clause.lower, improve.start()) else "improve"
        return "improve"
    goods = list(_GOOD.finditer(clause.lower))
    if not goods:
        return None
    # "run up rhythm was not good": one praise word negated makes it a fault
    return "improve" if any(negated(clause.lower, g.start()) for g in goods) else "good"


def without_feelings(clause: Clause, felt: list[Feeling]) -> str:
    """The clause's text with what it says about the mind or body cut out ("hands were soft as but
    im getting up too early head was sharp though" keeps all but "head was sharp"); empty when
    nothing else is left."""
    if not felt or _PRAISE_OF.match(clause.raw, max(f.span[1] for f in felt)):
        return clause.raw
    rest = _cut(clause.raw, felt)
    if not _has_content(rest.lower()):
        return ""
    said = [f for f in felt if not f.word_only]
    return _cut(clause.raw, said) if said else clause.raw


def _cut(raw: str, felt: list[Feeling]) -> str:
    start, end = min(f.span[0] for f in felt), max(f.span[1] for f in felt)
    after = _AFTER_FEELING.sub("", raw[end:])
    rest = OVERALL.sub("", _TRAILING.sub("", raw[:start]) + " " + after).strip(" ,")
    rest = re.sub(r"\s{2,}", " ", rest)
    return _TRAILING.sub("", _LEADING.sub("", rest))


def _tones(clauses: list[Clause]) -> list[Tone | None]:
    """Each clause's tone: its own cue, else the clause before it in the sentence (the opposite
    after a "but"), else for a sentence opener, the clause right after it ("front foot defence,
    it's a lot tighter now")."""
    tones: list[Tone | None] = []
    previous: Tone | None = None
    for clause in clauses:
        tone = _tone(clause)
        if tone is None and not clause.first:
            if clause.contrast and previous is not None:
                tone = "improve" if previous == "good" else "good"
            else:
                tone = previous
        tones.append(tone)
        previous = tone
    for i, clause in enumerate(clauses[:-1]):
        after = clauses[i + 1]
        if tones[i] is None and not after.first and not after.contrast and _is_topic(clause):
            tones[i] = tones[i + 1]
        # "working on my slower ball, it's coming out nice now": praise for what was worked on
        if (
            tones[i] != "good"
            and tones[i + 1] == "good"
            and _worked_on(clause) is not None
            and _BACK_TO_IT.match(after.lower)
        ):
            tones[i] = "good"
    for i, clause in enumerate(clauses):
        # "working on my line ... my line was spot on": what was worked on is praised later
        if tones[i] == "improve" and (worked := _worked_on(clause)) is not None:
            topic = _topic_words(worked)
            if any(
                tones[j] == "good" and topic & _topic_words(clauses[j].lower)
                for j in range(i + 1, len(clauses))
            ):
                tones[i] = "good"
    return tones


def _worked_on(clause: Clause) -> str | None:
    """What the clause says was worked on ("working on my slower ball"), unless it goes on to
    say it still fails ("working on my footwork but it's still slow")."""
    found = _WORKED_ON.search(clause.lower)
    if found is None or _IMPROVE.search(clause.lower, found.end()):
        return None
    return clause.lower[found.end() :]


def _topic_words(text: str) -> set[str]:
    """The words that say what a note is about ("my wrist position for the googly")."""
    return {
        w
        for w in _WORD.findall(text)
        if len(w) > 2 and w not in STOPWORDS and w not in FEELING_FILLERS and w not in _SKILL_VERBS
    }


def _is_topic(clause: Clause) -> bool:
    """Whether a clause only names what the player worked on, no activity, time or figure."""
    return not _DIGIT.search(clause.num) and not _ACTIVITY.search(clause.lower)


def _cues(text: str) -> list[tuple[int, Tone]]:
    """Where each cue starts and which way it points; praise inside a fault's own words ("need
    much improvement") is no praise, and what was worked on, praised next ("working on my cover
    drive which was flowing nicely"), is no fault."""
    faults = [m.span() for m in _IMPROVE.finditer(text)]
    found: list[tuple[int, Tone]] = [(start, "improve") for start, _ in faults]
    found += [
        (m.start(), "good")
        for m in _GOOD.finditer(text)
        if not negated(text, m.start()) and not any(s <= m.start() < e for s, e in faults)
    ]
    found.sort()
    return [
        c
        for c, after in zip(found, [*found[1:], None], strict=False)
        if not (after and after[1] == "good" and _WORKED_ON.match(text, c[0]))
    ]


def _run_on(text: str) -> tuple[str, str] | None:
    """A clause said without a pause that turns from praise to a fault or back ("yorkers were
    landing bouncer needs work"), cut before the subject of the second half."""
    lower = text.lower()
    if not (_IMPROVE.search(lower) and _GOOD.search(lower)):
        return None
    cues = _cues(lower)
    turn = next((c for c, p in zip(cues[1:], cues, strict=False) if c[1] != p[1]), None)
    if turn is None or any(
        c[1] == "improve" and _GOALS.match(lower, c[0]) for c in cues if c[0] < turn[0]
    ):
        return None
    before = cues[cues.index(turn) - 1][0]
    said_before = _GOOD if turn[1] == "improve" else _IMPROVE
    previous = said_before.match(lower, before)
    if previous and not lower[previous.end() : turn[0]].strip() and turn[0] > previous.end():
        return _TRAILING.sub("", text[: turn[0]].strip()), text[turn[0] :]
    words = text[: turn[0]].split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower() in _AUXILIARIES:
        cut -= 1
    # "diving to the right was sharp left side still weak": the words between the two cues name
    # the second one's subject
    after_previous = len(text[: previous.end()].split()) if previous else 0
    subject = after_previous if 0 < cut - after_previous <= 3 else cut - 1
    for back in range(cut - 1, max(cut - 4, 0), -1):
        word = words[back - 1].lower()
        if word in _JOINS:
            subject = back
            break
        if word in _DETERMINERS:
            subject = back - 1
            break
    cut = subject
    if cut < 2:
        return None
    return _TRAILING.sub("", " ".join(words[:cut])), " ".join(words[cut:]) + " " + text[turn[0] :]


def _without_opening(text: str) -> str:
    """A note said in one breath with its activity ("nets for an hour my yorkers clicked") without
    the activity, its day and its time, when something is left to say."""
    lower = text.lower()
    opening = _OPENING_WORDS.match(lower)
    activity = _ACTIVITY.match(lower, opening.end() if opening else 0)
    if activity is None:
        return text
    end = _OPENING_TAIL.match(lower, activity.end())
    rest = text[end.end() if end else activity.end() :].strip(" ,")
    said_of_it = rest.lower().split()[:1] in ([w] for w in _AUXILIARIES)  # "glovework was clean"
    if said_of_it or not _has_content(rest.lower()) or not _cues(rest.lower()):
        return text
    return rest


def well_and_improve(clauses: list[Clause], feelings: list[list[Feeling]]) -> tuple[str, str]:
    """(what went well, areas for improvement) as the player said them."""
    notes: dict[Tone, list[str]] = {"good": [], "improve": []}
    aside_in = None
    for n, (clause, felt, tone) in enumerate(zip(clauses, feelings, _tones(clauses), strict=True)):
        text = _before_plan(without_feelings(clause, felt))
        if (n and _aside(clause, life=aside_in != clause.sentence) and _said_of_life(text)) or (
            _THEIR_DAY.match(clause.lower)
        ):
            aside_in = clause.sentence  # "Mum made curry for dinner": not the session's
            continue
        if someone_elses(clause):  # "our captain made 80"
            continue
        if felt and text != clause.raw and tone == _tone(clause) and not _cues(text.lower()):
            continue
        if _RESULT_ONLY.match(clause.lower):  # "we won easy" is the result, not a note
            continue
        if n == 0 and tone is not None:
            text = _without_opening(text)
        if not clause.contrast and (split := _run_on(text)):  # a "but" has made the turn
            for part in split:
                cues = _cues(part.lower())
                notes[cues[0][1] if cues else tone or "good"].append(part)
        elif tone is not None and _has_content(text.lower()):  # not a bare "Still,"
            notes[tone].append(_OPENING_CONTRAST.sub("", text) if clause.contrast else text)
    return ", ".join(notes["good"]), ", ".join(notes["improve"])


def _before_plan(text: str) -> str:
    """The text without a plan said at its end ("... my pull was sweet tomorrow i've the kids")."""
    at = plan_at_end(text.lower())
    return text if not at else _TRAILING.sub("", text[:at].rstrip(" ,"))


def _has_content(text: str) -> bool:
    return any(
        w not in STOPWORDS and w not in NEGATORS and w not in FEELING_FILLERS
        for w in _WORD.findall(text)
    )


def _of_the_session(
    clauses: list[Clause], feelings: list[list[Feeling]]
) -> Iterator[tuple[Clause, str]]:
    """Each clause that may say what was done, with its feelings cut out.

    What follows a mood in its sentence is why the player felt so, not the session ("Mentally
    good, ready for the league", "head was all over the place, work stuff", "mood not great
    because of exams"), unless it names an activity or moves on with "then".
    """
    mood_in = None
    for clause, felt in zip(clauses, feelings, strict=True):
        text = _before_plan(without_feelings(clause, felt))
        if mood_in == clause.sentence and not clause.sequenced and find_cue(clause) is None:
            continue
        if not felt and mind_anchor_only(clause):
            continue
        if any(f.target == "mind" for f in felt):
            mood_in = clause.sentence
            text = _REASON.sub("", text)
        yield clause, text


def description(clauses: list[Clause], feelings: list[list[Feeling]]) -> str:
    """What was done: the clauses with what they say about how the player felt cut out, and
    without asides about the rest of life ("My boss has been on my case all week", "The missus
    wants me to pick the kids up at five") that name no activity, figure or effort of their own;
    an aside goes on to the end of its sentence ("My bhai called, he is coming next week")."""
    return ", ".join(text for _, text in _not_asides(_of_the_session(clauses, feelings)))


def _not_asides(
    said: Iterator[tuple[Clause, str]], of_life: bool = True
) -> Iterator[tuple[Clause, str]]:
    """The clauses that are not asides, with their text. An aside is someone else's day ("My
    friend Sabbir took four on Thursday") or, when ``of_life``, the rest of life ("my sister's
    wedding"); it goes on to the end of its sentence ("..., he is bowling really fast")."""
    aside_in = None
    for n, (clause, text) in enumerate(said):
        if (
            someone_elses(clause)
            or _THEIR_DAY.match(clause.lower)
            or _TURN_AWAY.fullmatch(clause.lower)
            or (aside_in == clause.sentence and _PRONOUN.match(clause.lower))
            or (n and _aside(clause, life=aside_in != clause.sentence) and (of_life or aside_in))
        ):
            aside_in = clause.sentence
        elif text:
            yield clause, text


_THEIR_DAY: Final = re.compile(
    rf"(?:(?:and|so|but|oh and|anyway|also)\s+)?(?:my|our|the) (?:{'|'.join(FAMILY)})(?:'s)?\s+"
    r"(?!(?:and|&) (?:i|me)\b)"
)
"""A clause that opens with one of the player's people as its subject."""
_TURN_AWAY: Final = phrase_re(list(TURNS_AWAY))
"""A clause that only turns away from the session ("Anyway, ..."): the rest of its sentence is
an aside, unless it names an activity, a figure or an effort."""
_PRONOUN: Final = re.compile(r"(?:he|she|they)(?:'s|'re| is| was| are| were| has| had)?\b")
"""A clause that goes on about the someone else of an aside ("..., he is bowling really fast")."""


def _said_of_life(text: str) -> bool:
    """Whether a praise or fault in ``text`` is about the rest of life ("the traffic home was
    terrible"): there is none, or a word of life comes before it."""
    cues = _cues(text.lower())
    life = _LIFE.search(text)
    return not cues or (life is not None and life.start() < cues[0][0])


def _aside(clause: Clause, life: bool) -> bool:
    """Whether the clause says nothing of the session: no activity, figure (a clock time aside)
    or effort, and a word about the rest of life when ``life``."""
    return (
        (not life or _LIFE_ANY.search(clause.lower) is not None)
        and find_cue(clause) is None
        and not _DIGIT.search(_CLOCK.sub("", clause.num))
        and intensity(clause) is None
    )


def rest_activities(clauses: list[Clause], feelings: list[list[Feeling]]) -> str:
    """What the player did on a rest day: not the "rest day" itself, nor what they skipped."""
    kept = []
    for clause, text in _not_asides(_of_the_session(clauses, feelings), of_life=False):
        if _NEGATED_DOING.search(clause.lower):
            # "did nothing, only a bit of stretching": what follows the exception was done
            done = _EXCEPT.search(text) or _NOTHING_THEN.search(text)
            if done is None or not _NEGATED_DOING.search(text.lower(), 0, done.start()):
                continue
            text = text[done.end() :].strip(" ,")
            if _NEGATED_DOING.match(text.lower()):  # "did nothing, no stretching either"
                continue
        if _has_content(_REST_CUES.sub("", text.lower())):
            kept.append(text)
    return ", ".join(kept)
