"""How the player felt (mind and body) and how hard a session was.

The same words describe the head, the body and the session ("good", "heavy", "flat"), so a scale
word only counts as a mental state when something ties it to the mind: an anchor ("mentally",
"head", "mood"), a word that only ever describes a mood ("buzzing", "frustrated"), or a
subject-less "felt ..." ("felt great", "I'm feeling good"). Body anchors ("body", "legs",
"recovery's") send a scale word to recovery quality instead. Negation moves a value across the
scale ("not great" is poor, "not bad" is okay), and an anchor with no scale word of its own
carries into the next clause of the sentence ("Mentally, not bad"), or over a question mark
("Mentally? Okay-ish."). The player's own "I felt" outranks a body anchor said before it, "head"
in a shot ("head position") is no anchor, and a mood that turns ("bit bored but okay", "Still,
I'm feeling positive") outranks the one it turns from.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Final, Literal

from cricketlog.entries.schemas import Intensity, Scale
from cricketlog.extract import trace
from cricketlog.extract.clauses import Clause, phrase_re
from cricketlog.extract.feeling_words import (
    BODY_ANCHORS,
    BODY_WORDS,
    CONDITIONS,
    FEEL_SUBJECTS,
    FEELING_FILLERS,
    HEAD_IN_A_SHOT,
    INTENSITY_WORDS,
    MIND_ANCHORS,
    MOOD_WORDS,
    NEGATORS,
    OTHER_SUBJECTS,
    OVERALL_WORDS,
    PLAY_WORDS,
    RECOVERY_SESSIONS,
    SAID_FOR_OTHERS,
    SCALE_WORDS,
    SUMMING_UP,
    TRAINED_VERBS,
)
from cricketlog.extract.near import LOOK_BACK, just_before, words_after, words_before
from cricketlog.extract.negation import NEGATED_SCALE, negated
from cricketlog.extract.vocab_syntax import phrases

Target = Literal["mind", "body"]


@dataclass(frozen=True)
class Feeling:
    """One scale word read from a clause."""

    target: Target
    value: Scale
    strength: int
    """3 after an anchor ("mentally good"), 2 just before one ("good mentally") or carried from
    the clause before, 1 when read from a mood word or a bare "felt ..."."""
    overall: bool
    """Whether it says it covers everything ("all day", "both")."""
    span: tuple[int, int]
    """Where in the clause's ``lower`` text the feeling is said, anchor or "felt" included."""
    word_only: bool = False
    """Whether it is a mood word with nothing around it ("much more confident using my feet"):
    such a clause says something else too, so notes keep it whole."""


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {phrase: value for value, phrases in table.items() for phrase in phrases}


_SCALE: Final = _lookup(SCALE_WORDS)
_RATING: Final = r"\d+(?:\.\d)? ?(?:/|out of) ?10"
"""A mark out of ten ("recovery 8/10", "mood 6 out of 10"), read as a scale word."""
_SCALE_RE: Final = phrase_re([*(re.escape(p) for p in _SCALE), _RATING])


def _value(phrase: str) -> Scale:
    """The scale value of a scale phrase or of a mark out of ten (9+ excellent, 7+ good, 5+
    okay, less poor)."""
    if phrase in _SCALE:
        return _SCALE[phrase]  # type: ignore[return-value]
    mark = float(re.split(r" ?(?:/|out of)", phrase)[0])
    return "excellent" if mark >= 9 else "good" if mark >= 7 else "okay" if mark >= 5 else "poor"


_INTENSITY: Final = _lookup(INTENSITY_WORDS)
_INTENSITY_RE: Final = phrase_re([re.escape(p) for p in _INTENSITY])
_MIND_RE: Final = phrase_re([re.escape(p) for p in MIND_ANCHORS])
_BODY_RE: Final = phrase_re([re.escape(p) for p in BODY_ANCHORS])
_TRAINED: Final = re.compile(rf"\b(?:{'|'.join(TRAINED_VERBS)})\s+(?:my\s+|some\s+)?$")
_FEEL_VERB: Final = re.compile(
    r"\b(?:(?P<feel>felt|feel|feels|feeling|came (?:away|out|off)(?: feeling)?|left me feeling)"
    r"|(?P<am>i\s*'?m|im|i am|i was|i'?ve been|i'?m feeling|i'?ve felt))\b"
)
_VERB_BEFORE: Final = re.compile(
    r"\b(?:felt|feel|feels|feeling|i\s*'?m|im|i am|i was)\s+(?:[\w']+\s+){0,2}$"
)
"""The "felt" of an anchored feeling ("bouncer needs work felt good mentally"), cut with it."""
_ANCHOR_AFTER_GAP: Final = re.compile(r"^[\s,]*(?:for me\s+|\w+\s+)?$")
"""What may sit between a scale word and an anchor after it ("flat mentally", "good in the
head", "so-so for me mentally"): one word at most, so "too early on the low ones head was
sharp" keeps "low" unanchored."""
_OWN_WORD: Final = re.compile(
    r"\s*(?:(?:was|is|felt|feels|feeling|pretty|really|very|quite|so)\s+)?(?:"
    + "|".join(re.escape(p) for p in sorted(_SCALE, key=len, reverse=True))
    + r")(?![\w'])",
    re.IGNORECASE,
)
"""An anchor with a scale word of its own right after it ("heavy mentally good"): it does not
govern the word before it, which stays the session's ("gym 45 mins heavy")."""
OVERALL: Final = phrase_re(list(OVERALL_WORDS))
"""Words that say a feeling covers every activity said ("all day", "both")."""
_CORRECTED_TO: Final = re.compile(
    r"\b(?:(?:i'd|i would|id) say|i mean|more like|make that|call it)\s+(?:\w+\s+)?$"
)
"""Before a scale word, what makes it the last word on the matter ("okay, actually no, I'd say
great", "reasonably positive, I'd say good")."""
Anchor = tuple[int, int, Target]


@functools.lru_cache(maxsize=4096)
def _anchors(lower: str) -> tuple[Anchor, ...]:
    """The mind and body anchors in ``lower``; cached, as each clause is read more than once."""
    found: list[Anchor] = [
        (m.start(), m.end(), "mind")
        for m in _MIND_RE.finditer(lower)
        if not (m[0] == "head" and _TECHNIQUE.match(lower, m.end()))
    ]
    body = (
        m
        for m in _BODY_RE.finditer(lower)
        if not just_before(_TRAINED, lower, m.start())
        and not (m[0] == "recovery" and _A_SESSION.match(lower, m.end()))
        and not just_before(_TRAINED_PART, lower, m.start())
        and not just_before(_SESSION_OF, lower, m.start())
        and not (m[0] == "my back" and _STANCE.match(lower, m.end()))
        and not _PART_DAY.match(lower, m.end())
    )
    return (*found, *((m.start(), m.end(), "body") for m in body))


_FAR: Final = 8
"""A body anchor more than this many words before a "feeling ..." no longer governs it."""
_ANCHORED: Final = 3
"""The strength of a feeling read right after its anchor ("mentally down")."""
_NEAR: Final = 3
"""An anchor more than this many words before a scale word yields to one right after it ("legs
were a bit tired so i kept it steady the whole way felt pretty good mentally")."""


def _anchor(
    lower: str, start: int, end: int, anchors: tuple[Anchor, ...], reach: int = 99
) -> tuple[Anchor, bool] | None:
    """The anchor that governs a word at ``start``-``end``, and whether it comes before it: the
    nearest before (at most ``reach`` words before), else one right after it; one right after
    also wins over one that is not :data:`_NEAR` before."""
    before = [a for a in anchors if a[1] <= start]
    distance = (
        len(lower[max(max(before)[1], start - 20 * reach) : start].split()) if before else reach + 1
    )
    after = sorted(a for a in anchors if a[0] >= end)
    right_after = (
        after
        and _ANCHOR_AFTER_GAP.match(lower[end : after[0][0]])
        and not _OWN_WORD.match(lower, after[0][1])
    )
    if before and distance <= reach and not (right_after and distance > _NEAR):
        return max(before), True
    if right_after:
        return after[0], False
    return None


def mind_anchor_only(clause: Clause) -> bool:
    """Whether the clause is a mind anchor and nothing more ("Mentally", "Head-wise,"): the
    feeling it announces is said in the next clause. (A body part on its own, "legs", is what
    was trained.)"""
    rest = _MIND_RE.sub(" ", clause.lower)
    return rest != clause.lower and all(w.strip(",.?!") in FEELING_FILLERS for w in rest.split())


def _anchor_kind(clause: Clause, start: int) -> Target | None:
    """The anchor nearest before ``start``, which an anchor-only clause carries forward."""
    before = [a for a in _anchors(clause.lower) if a[1] <= start]
    return max(before)[2] if before else None


def _read(clause: Clause, carried: Target | None) -> list[Feeling]:
    lower = clause.lower
    overall = OVERALL.search(lower) is not None
    anchors = _anchors(lower)
    found: list[Feeling] = []
    matches = list(_SCALE_RE.finditer(lower))
    for match, following in zip(matches, [*matches[1:], None], strict=False):
        phrase, start, end = match[0], match.start(), match.end()
        if (
            following
            and _ANCHOR_AFTER_GAP.match(lower[end : following.start()])
            and (phrase in BODY_ANCHORS or phrase in MIND_ANCHORS)
        ):
            continue  # "body recovered excellent": the word after says how it recovered
        value = _value(phrase)
        if not phrase.startswith("not") and negated(lower, start):
            value = NEGATED_SCALE[value]
        read = len(found)
        _read_one(lower, match, value, anchors, carried, overall, found)
        if len(found) > read and just_before(_CORRECTED_TO, lower, start):
            # "okay, actually no, I'd say great": the corrected word outranks the first
            found[-1] = replace(found[-1], strength=found[-1].strength + 1)
    return found


def _read_one(
    lower: str,
    match: re.Match[str],
    value: Scale,
    anchors: tuple[Anchor, ...],
    carried: Target | None,
    overall: bool,
    found: list[Feeling],
) -> None:
    """The feeling the scale word ``match`` says, if it says one, added to ``found``."""
    phrase, start, end = match[0], match.start(), match.end()
    governing = _anchor(lower, start, end, anchors)
    feel = _bare_feel(lower, start, end)
    if governing is None and feel is None and just_before(_CONDITIONS, lower, start):
        return  # "the weather was miserable": how the day was, not the player
    if phrase == "down" and _PLACE_AFTER.match(lower, end):
        return  # "i was down at the nets": a place, not a mood
    if _FOR_OTHERS.match(lower, end) or just_before(_OTHERS_FEEL, lower, start):
        return  # "stoked for him", "mum is made up": someone else's
    if (
        governing
        and feel is not None
        and governing[0][1] <= feel
        and (
            just_before(_BY_ME, lower, feel)
            or (governing[0][2] == "body" and _I_AM.match(lower, feel))
            or (governing[0][2] == "body" and len(lower[governing[0][1] : feel].split()) > _FAR)
        )
    ):
        # "recovery was good and I felt good", "back's recovering well and im alright", "my
        # knee held up ... [a dozen words] ... feeling fine": the player's own "felt" or "I'm"
        # is nearer than the anchor
        found.append(Feeling("mind", value, 2, overall, (feel, end)))
    elif governing:
        (a_start, a_end, target), before = governing
        span = (_said_from(lower, start, a_start, target, anchors), max(a_end, end))
        # "legs still heavy ... recovery's going okay": the recovery itself outranks a part
        strength = (3 if before else 2) + ("recovery" in lower[a_start:a_end])
        found.append(Feeling(target, value, strength, overall, span))
    elif feel is not None and phrase not in PLAY_WORDS:
        found.append(Feeling("mind", value, 1, overall, (feel, end)))
    elif carried is not None:
        found.append(Feeling(carried, value, 2, overall, (start, end)))
    elif phrase in MOOD_WORDS:
        found.append(Feeling("mind", value, 1, overall, (start, end), word_only=True))
    elif _says_only(lower, start, end, phrase):
        about: Target = "body" if phrase in BODY_WORDS else "mind"
        found.append(Feeling(about, value, 1, overall, (start, end)))
    elif (felt := _THING_FELT.search(lower, max(0, start - 30), start)) is not None and len(
        words_before(lower, felt.start(), _RUN_ON_WORDS)
    ) >= _RUN_ON_WORDS:
        # deep in a run-on clause, "... working on my punch felt rubbish" is the player's
        # mood when nothing else says it, and the clause stays a note; a clause that opens
        # with the thing ("the ball felt good off the bat") is about the thing
        found.append(Feeling("mind", value, 0, overall, (felt.start(), end), word_only=True))


def _says_only(lower: str, start: int, end: int, phrase: str) -> bool:
    """Whether the clause is the scale word and nothing more ("bit flat", "pretty happy tho");
    not for words that also say how hard a session was ("heavy", "steady")."""
    rest = (m[0] for m in _WORD.finditer(lower) if not start <= m.start() < end)
    return phrase not in _INTENSITY and all(
        w in FEELING_FILLERS or w in _NEGATOR_WORDS for w in rest
    )


_WORD: Final = re.compile(r"\S+")


def _said_from(
    lower: str, start: int, anchor: int, target: Target, anchors: tuple[Anchor, ...]
) -> int:
    """Where an anchored feeling starts: its first anchor ("body's recovering nicely") or the
    "feeling" before it ("Feeling okay mentally")."""
    first = min(a[0] for a in anchors if a[2] == target and anchor - 30 <= a[0] <= anchor)
    verb = just_before(_VERB_BEFORE, lower, start)
    return min(first, start, verb.start() if verb else start)


def _bare_feel(lower: str, start: int, end: int) -> int | None:
    """Where a "felt ..." or "I'm ..." that the scale word at ``start``-``end`` completes begins;
    not when the word goes on to name a thing ("i was getting good drift")."""
    for verb in reversed(list(_FEEL_VERB.finditer(lower, max(0, start - LOOK_BACK), start))):
        gap = len(lower[verb.end() : start].split())
        if verb["am"] and gap <= 2:
            # "I was using my feet nicely", "i was playing well": how something was done
            if any(w.endswith("ing") and w != "feeling" for w in lower[verb.end() : start].split()):
                return None
            following = words_after(lower, end, 2)
            named = following and following[0].isalpha() and following[0] not in _GOES_ON
            # "I was much better at pulling": a skill, not a mood
            named = named or (following[:1] == ["at"] and following[-1].endswith("ing"))
            return None if named else verb.start()
        previous = [
            w.strip(",").lstrip("0123456789.") for w in words_before(lower, verb.start(), 1)
        ]
        # "nets 1hr felt good": a figure with its unit ends what came before, as "hour" does, and
        # so does a word that said how something was ("the weather was terrible felt flat")
        said_by_player = not previous or previous[0] in FEEL_SUBJECTS or previous[0] in _SAID_HOW
        if verb["feel"] and gap <= 3 and (said_by_player or verb[0] == "feeling"):
            return verb.start()
    return None


_GOES_ON: Final = (
    FEELING_FILLERS
    | frozenset(
        phrases(
            "with, in, at, on, by, for, to, when, because, cos, as, then, again, i, we, my, the, "
            "tonight, yesterday, afterwards, throughout, if, since, going, heading, coming, being"
        )
    )
    | frozenset(w for w in (*MIND_ANCHORS, *BODY_ANCHORS) if " " not in w)
)
"""Words that may follow "I'm <scale word>" when it says how the player felt ("I'm happy with
that", "I was fine mentally"); any other word makes the scale word part of a thing's name."""
_TECHNIQUE: Final = re.compile(rf"\s*(?:{'|'.join(HEAD_IN_A_SHOT)})\b")
"""After "head", what makes it the batter's head in the shot, not the mind ("head position")."""
_BY_ME: Final = re.compile(r"\b(?:i|i'm|im)\s*$")
"""Just before "felt"/"feeling": the player says it of themselves ("... and I felt good")."""
_SESSION_OF: Final = re.compile(
    r"\b(?:gym|weights|workout|session|minutes|mins|hour|hours|hr|hrs)\s+(?:on\s+|of\s+)?$"
)
"""Before a body part, a gym session and its length make it what was trained ("gym forty
minutes legs moderate")."""
_THING_FELT: Final = re.compile(r"\bfelt\s+(?:[\w']+\s+){0,2}$")
"""A "felt" said of something ("the drive felt lovely") right before the scale word."""
_RUN_ON_WORDS: Final = 5
"""Words before such a "felt" that make it part of a run-on clause rather than its subject's."""
_I_AM: Final = re.compile(r"i\s*'?m\b|im\b|i am\b|i was\b")
"""A feeling said as "I'm ..." is the player's own, whatever anchor came before it."""
_TRAINED_PART: Final = re.compile(r"(?:upper|lower|full|whole|core) $")
"""Before "body", what makes it the part trained ("heavy upper body"), not how it feels."""
_STANCE: Final = re.compile(r"\s*(?:foot|leg|knee|elbow|shoulder|hip)\b")
"""After "my back", what makes it the back foot of a stroke or an action, not the player's back."""
_PART_DAY: Final = re.compile(r"\s*(?:day|session|workout)\b")
"""After a body part, what makes it the part trained ("heavy legs day"), not how it feels."""
_A_SESSION: Final = re.compile(rf"\s*(?:{'|'.join(RECOVERY_SESSIONS)})\b")
"""After "recovery", what makes it a kind of session ("recovery run"), not how the body is."""
_SAID_HOW: Final = frozenset(_SCALE) - {"shot", "aches", "sound"}
"""Scale words that end what was said before a "felt" ("it was terrible felt flat"), leaving
out the ones that are nouns too ("pull shot felt nice")."""
_NEGATOR_WORDS: Final = frozenset(NEGATORS)
"""Negation is part of a clause that is only a feeling ("Not great.")."""
_SUMMARY: Final = re.compile("|".join(rf"\b{words}\b" for words in SUMMING_UP))
"""A feeling that sums up the others said ("happy with the win but annoyed ... so mixed really",
"disappointed but also proud, mostly disappointed"): it outranks them."""
_PLACE_AFTER: Final = re.compile(r"\s+(?:at|to|in|the|there|by|for|on the)\b")
"""After "down", what makes it where the player went ("down at the nets")."""
_FOR_OTHERS: Final = re.compile(rf"\s+(?:{'|'.join(SAID_FOR_OTHERS)})(?![\w'])")
_OTHERS_FEEL: Final = re.compile(
    rf"(?<![\w'])(?:{'|'.join(OTHER_SUBJECTS)})(?:\s+(?:is|was|were|are|'s|seemed|looked|"
    r"looks|seems|will be|must be))?\s+(?:(?:so|really|very|pretty|well|absolutely|proper)\s+)?$"
)
"""Before a scale word, someone else as its subject ("he's buzzing", "mum is made up")."""
_CONDITIONS: Final = re.compile(
    rf"\b(?:{'|'.join(CONDITIONS)})\s+"
    r"(?:was|is|were|are|'s|looked|looks)\s+(?:\w+\s+)?$"
)
"""Before a scale word, what makes it about the day ("the weather was miserable")."""
_TURN: Final = re.compile(r"(?:but|still|though|although|however|yet|anyway|that said)\b")
"""A clause that turns from what was said before."""


def read_feelings(clauses: list[Clause]) -> list[list[Feeling]]:
    """The feelings each clause states, clause by clause. A feeling is said for everything when
    its sentence says so anywhere ("both good sessions, head's good")."""
    result: list[list[Feeling]] = []
    carried: Target | None = None
    mind = 0
    turned = False
    anchor_only = False
    anchored: Target | None = None
    for clause in clauses:
        if clause.first and not anchor_only:  # "Mentally? Okay-ish." carries over the "?"
            carried = None
        if clause.contrast and anchored:  # "mentally down on Thursday, but good on Friday"
            carried = anchored
        found = [
            replace(f, strength=f.strength + 2)
            if f.target == "mind"
            and _SUMMARY.search(clause.lower, max(0, f.span[0] - 12), f.span[1])
            else f
            for f in _read(clause, carried)
        ]
        own_anchor = None if found else _anchor_kind(clause, len(clause.lower) + 1)
        anchor_only = own_anchor is not None
        turned = turned or clause.contrast or _TURN.match(clause.lower) is not None
        if mind and turned:
            # "bit bored but okay", "gutted ... Still, I'm feeling positive": the turn is the
            # last word on the mind, so it outranks what it turns from
            found = [
                replace(f, strength=max(f.strength, mind + 1)) if f.target == "mind" else f
                for f in found
            ]
        mind = max([f.strength for f in found if f.target == "mind"], default=mind)
        turned = _TURN.fullmatch(clause.lower) is not None  # "Still, I'm feeling positive"
        result.append(found)
        carried = own_anchor
        anchored = next((f.target for f in found if f.strength >= _ANCHORED), None)
    overall = {c.sentence for c in clauses if OVERALL.search(c.lower)}
    return [
        [replace(f, overall=True) for f in found] if c.sentence in overall else found
        for c, found in zip(clauses, result, strict=True)
    ]


def scale(text: str) -> Scale | None:
    """The first scale word in ``text``, negation applied, whatever it is about.

    For answers to a question that already names the subject ("How did you feel mentally?").
    """
    lower = text.lower()
    match = _SCALE_RE.search(lower)
    if match is None:
        return None
    value = _value(match[0])
    if not match[0].startswith("not") and negated(lower, match.start()):
        value = NEGATED_SCALE[value]
    return value


def best(feelings: list[Feeling], target: Target) -> Feeling | None:
    """The strongest feeling about ``target``, the earliest of equals."""
    about = [f for f in feelings if f.target == target]
    return max(about, key=lambda f: f.strength) if about else None


def session_intensity(clauses: list[Clause]) -> Intensity | None:
    """How hard the clauses say a session was: the first effort said plainly, else the first
    said with a negation ("wasn't too hard, kind of light" is light; "not flat out" medium)."""
    said = [found for clause in clauses if (found := _intensity(clause))]
    chosen = next((s for s in said if not s[1]), said[0] if said else None)
    if chosen is None:
        return None
    value, negation, words = chosen
    trace.note("intensity", words, f"INTENSITY_WORDS {words!r}" + (", negated" if negation else ""))
    return value


def intensity(clause: Clause) -> Intensity | None:
    """How hard the clause says a session was, unless it is about the mind or body."""
    found = _intensity(clause)
    return found[0] if found else None


def _intensity(clause: Clause) -> tuple[Intensity, bool, str] | None:
    """The clause's effort, whether it was said with a negation, and the word."""
    lower = clause.lower
    anchors = _anchors(lower)
    for match in _INTENSITY_RE.finditer(lower):
        governing = _anchor(lower, match.start(), match.end(), anchors, reach=3)
        # An anchor after a word that is only about effort is the next thing said ("45 minutes
        # easy, mentally good"); after a scale word it is what the word describes ("flat mentally").
        if governing and (governing[1] or match[0] in _SCALE):
            continue
        if negated(lower, match.start()):
            return "medium", True, match[0]
        return _INTENSITY[match[0]], False, match[0]  # type: ignore[return-value]
    return None
