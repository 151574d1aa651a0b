"""Numbers, durations and distances as people say them.

Speech comes back from Whisper with numbers as words as often as digits ("forty five minutes",
"two for thirty"), and players say durations loosely ("an hour and a quarter", "hour or so").
:func:`words_to_digits` rewrites number words as digits once, so every other pattern in the
extractor only has to match digits; :func:`duration_minutes` and :func:`distance_km` then read
the two quantities a fitness entry needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from cricketlog.extract import trace
from cricketlog.extract.figure_words import (
    CORRECTION_WORDS,
    COUNTED_UNITS,
    HOUR_UNITS,
    MINUTE_UNITS,
    NUMBER_IDIOMS,
    NUMBER_TENS,
    NUMBER_UNITS,
)
from cricketlog.extract.near import just_before

KM_PER_MILE: Final = 1.609

_UNITS: Final = NUMBER_UNITS
_TENS: Final = NUMBER_TENS
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, "hundred"])
_NUMBER_RUN = re.compile(
    rf"\b(?:a (?=hundred))?(?:{_NUMBER_WORD})(?:(?:(?<=hundred) and |[ -])(?:{_NUMBER_WORD}))*\b"
)

_NOT_A_BOUNDARY = (
    r"(?! (?:k|km|kms|kilometres?|kilometers?|miles?|metres|meters|m|minutes?|mins?|hours?|"
    r"hrs?|days?|weeks?|overs?|balls?|runs?|wickets?|for|or|to|times|sets|reps|laps|lengths)\b)"
)
"""After "four"/"six", what makes it a count of something else ("a four mile jog")."""
_SMALL = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
"""Counts of boundaries said in words with a singular noun ("nine four and three six")."""

# Idioms that stand for a number (the words in :data:`NUMBER_IDIOMS`), and boundaries counted
# with a singular noun. Applied before number words are read.
_IDIOMS: Final = tuple(
    (re.compile(rf"\b{row.pattern}\b"), row.means[0]) for row in NUMBER_IDIOMS
) + tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (rf"\b(?:a|one|another|single) four\b{_NOT_A_BOUNDARY}", "1 fours"),
        (rf"\b(?:a|one|another|single) six\b{_NOT_A_BOUNDARY}", "1 sixes"),
        (rf"\b(\d+|{_SMALL}) four\b{_NOT_A_BOUNDARY}", r"\1 fours"),
        (rf"\b(\d+|{_SMALL}) six\b{_NOT_A_BOUNDARY}", r"\1 sixes"),
    )
)


_ANY_IDIOM: Final = re.compile("|".join(p.pattern for p, _ in _IDIOMS))
"""One pass to tell whether any idiom applies: most clauses have none."""
_POINT: Final = re.compile(r"\b(\d+) point (\d)\b")
_TOTAL_IN_TWO: Final = re.compile(
    r"\b((?:made|got|scored|posted|reached|out for|chased(?: down)?|chasing|target of|total of)"
    r" (?:only |just )?)([1-4]) ([2-9]\d)\b(?! (?:k|km|kms|miles?|metres|meters|m|minutes?|mins?|"
    r"hours?|hrs?|days?|overs?|balls?|wickets?|for|or|to|times|reps)\b)"
)
"""A team's total said the way the scoreboard reads it ("we made one ninety", "all out for one
forty two"): a hundreds digit then the rest, after a word for a total."""


def _run_value(words: list[str]) -> int:
    """The value of a run of number words: "one hundred and twenty three" -> 123."""
    total = current = 0
    for word in words:
        if word == "hundred":
            total += max(current, 1) * 100
            current = 0
        elif word in _TENS:
            current += _TENS[word]
        elif word in _UNITS:
            current += _UNITS[word]
    return total + current


def _replace_run(match: re.Match[str]) -> str:
    said = match.group(0)
    if said.startswith("hundred ") and not said.startswith("hundred and"):
        # "my first hundred, fourteen fours": a century, then another number
        return "100 " + _NUMBER_RUN.sub(_replace_run, said[len("hundred ") :])
    words = [w for w in re.split(r"[ -]", said) if w not in ("a", "and")]
    if words[0] == "one" and len(words) > 1 and words[1] == "hundred":
        words = words[1:]
    # "forty five" is one number, "three four" is two: split where a unit follows a unit.
    parts: list[list[str]] = [[]]
    for word in words:
        prev = parts[-1][-1] if parts[-1] else ""
        if (prev in _UNITS and word in _UNITS | _TENS) or (prev in _TENS and word in _TENS):
            parts.append([])
        parts[-1].append(word)
    return " ".join(str(_run_value(p)) for p in parts)


def words_to_digits(text: str) -> str:
    """``text`` (lower case) with number words and number idioms written as digits."""
    if _ANY_IDIOM.search(text):
        for pattern, replacement in _IDIOMS:
            text = pattern.sub(replacement, text)
    text = _TOTAL_IN_TWO.sub(r"\1\2\3", _NUMBER_RUN.sub(_replace_run, text))
    return _POINT.sub(r"\1.\2", text) if " point " in text else text


NO_WORDS: Final = ("no", "nae", "none", "zero")
"""Words for none of a thing before its noun ("no maidens", the Scots "nae maidens")."""


def count(token: str) -> int:
    """A counted thing's number: digits, or "a"/"an"/"one", or one of :data:`NO_WORDS`."""
    if token.isdigit():
        return int(token)
    return 0 if token in NO_WORDS else 1


_NUM = r"(\d+(?:\.\d+)?)"
_ROUGHLY = r"(?:\s*-?\s*(?:odd|ish))?"
"""A rough figure said as "20-odd minutes" or "40ish mins" is taken as said."""
_HOURS = rf"(?:{'|'.join(HOUR_UNITS)})"
_MINS = rf"(?:{'|'.join(MINUTE_UNITS)})"
_AN_HOUR = r"(?:an?|1|the|one)?\s*hour"

_NOT_A_UNIT = (
    r"(?!\s*(?:k|km|kms|miles?|metres|meters|m|overs?|balls|runs|wickets|for|days?|weeks?)\b)"
)
"""After "1 hour 52" nothing that makes the 52 something other than minutes."""

_CLOCK_NOT_A_TIME = r"(?<!at )(?<!by )(?<!from )(?<!until )(?<!till )(?<!to )"
"""A clock figure after these words is a time of day ("at 6:30"), not a duration."""
_CLOCK_NOT_PACE = r"(?!\s*(?:am|pm|pace|per|/|a k|a km|a mile|k pace|min(?:ute)?s? per)\b)"


def _clock(match: re.Match[str]) -> float:
    """Minutes and seconds for "52:30"; hours and minutes for "1:15" (under ten)."""
    first, second = int(match[1]), int(match[2])
    return first + second / 60 if first >= 10 else first * 60 + second


_TIME = r"(half )?(\d{1,2})(?:[:.]([0-5]\d))?(\s*[ap]m)?"
"""A time of day: "4", "5:30", "7.30pm", "half 7" (half past seven)."""
_CLOCK_RANGE: Final = re.compile(
    rf"\b(from |between )?{_TIME}\s*(?:till|til|until|to|-|and)\s*{_TIME}\b{_NOT_A_UNIT}"
    r"(?!\s*(?:minutes?|mins?|hours?|hrs?|out of)\b)"
)
"""From one time of day to another: "from 4 till 5:30", "from 6 till half 7", "6 to 7.30pm"."""


_LONGEST_RANGE: Final = 8 * 60
"""A longer span is not a session ("rate it from 1 to 10")."""


def _clock_range(match: re.Match[str]) -> float:
    """The minutes from one time of day to the next, within half a day."""
    start = int(match[3]) % 12 * 60 + (30 if match[2] else int(match[4] or 0))
    end = int(match[7]) % 12 * 60 + (30 if match[6] else int(match[8] or 0))
    return (end - start) % (12 * 60)


def _not_a_clock_range(match: re.Match[str]) -> bool:
    """Two figures with "to" between them are times of day only after "from" or "between", or
    when one of them is told as a time ("5:30", "half 7", "7pm"): "4 to 5 overs" is not."""
    told = any(match[i] for i in (1, 2, 4, 5, 6, 8, 9))
    return not told or not 0 < _clock_range(match) <= _LONGEST_RANGE


_DURATIONS: Final[tuple[tuple[str, Callable[[re.Match[str]], float]], ...]] = (
    (_CLOCK_RANGE.pattern, _clock_range),
    (rf"\b(\d{{1,2}}):([0-5]\d)\s*{_HOURS}\b", lambda m: int(m[1]) * 60 + int(m[2])),
    (rf"{_CLOCK_NOT_A_TIME}\b(\d{{1,3}}):([0-5]\d)\b{_CLOCK_NOT_PACE}(?:\s*{_MINS}\b)?", _clock),
    (rf"{_NUM}\s*{_HOURS}\s*(?:and\s*)?(\d+)\s*{_MINS}\b", lambda m: float(m[1]) * 60 + int(m[2])),
    (rf"{_NUM} and (?:a )?half {_HOURS}\b", lambda m: float(m[1]) * 60 + 30),
    (
        rf"\b{_NUM}\s*{_HOURS}\s*(?:and\s*)?(\d{{1,2}})\b{_NOT_A_UNIT}",
        lambda m: float(m[1]) * 60 + int(m[2]),
    ),
    (rf"{_AN_HOUR}\s*(?:and\s*)?(\d{{1,2}})\b{_NOT_A_UNIT}", lambda m: 60 + int(m[1])),
    (rf"{_AN_HOUR} and (?:a )?half\b", lambda m: 90),
    (rf"{_AN_HOUR} and a quarter\b", lambda m: 75),
    (rf"{_AN_HOUR} and (\d+)\s*{_MINS}\b", lambda m: 60 + int(m[1])),
    (r"\b3 quarters of an hour\b", lambda m: 45),
    (r"\bquarter of an hour\b", lambda m: 15),
    (r"\bhalf (?:an )?hour\b", lambda m: 30),
    (rf"\b{_NUM}{_ROUGHLY}\s*{_HOURS}\b", lambda m: float(m[1]) * 60),
    (rf"\b{_NUM}{_ROUGHLY}\s*{_MINS}\b", lambda m: float(m[1])),
    (
        r"\b(?:gym|nets|run|jog|swim|drills|session|yoga|ride|workout|class|practice)\s+"
        r"(\d{2,3})\b(?![\s.]*(?:k|km|kms|miles?|m|metres|meters|runs?|overs?|balls?|for|off|"
        r"not|wickets?|x|reps|laps|lengths|times|percent|%|\*|\d))",
        lambda m: float(m[1]),
    ),
    (rf"\b{_AN_HOUR}s?\b(?! ago)", lambda m: 60),
)
_DURATION_RES: Final = tuple((re.compile(p), f) for p, f in _DURATIONS)


# Self-corrections keep the second figure: "45, no, 50 minutes", "5k, sorry, 6k", "three catches
# no sorry two", "just over an hour, call it 65 minutes".
_UNIT = rf"(?:{'|'.join(COUNTED_UNITS)})"
_CORRECTION_WORD: Final = re.compile(rf"\b(?:{'|'.join(CORRECTION_WORDS)})\b")
_CORRECTION = re.compile(
    rf"(?:\b\d+(?:\.\d+)?|\b(?:an?|1) (?=hour))(?P<unit>\s*{_UNIT})?\s*(?:,\s*)?"
    rf"(?:{_CORRECTION_WORD.pattern}\s*(?:,\s*)?)+"
    r"(?:(?:more like|make that|maybe|it was|closer to|about|actually)\s+)?"
    rf"(?P<second>\d+(?:\.\d+)?)(?P<unit2>\s*{_UNIT}\b)?(?!\s*and\b)"
)
"""A figure corrected by the next ("45, no, 50 minutes"); one corrected by a longer figure ("2
hours, no, 2 and a half hours") is left to the reader of that figure."""


def _corrected(match: re.Match[str]) -> str:
    return match["second"] + (match["unit2"] or match["unit"] or "")


def corrected(text: str) -> str:
    """``text`` (digits already) with each self-corrected figure replaced by its correction."""
    return _CORRECTION.sub(_corrected, text) if _CORRECTION_WORD.search(text) else text


# A figure that is per repetition ("10 by 1 minute", "6 x 400m", "reps of 2 minutes"), a pace or
# a speed ("5 minute kilometres", "18k an hour") is not how long or how far the session was.
_PER_REP_BEFORE = re.compile(
    r"(?:\d+\s*(?:by|x|times)|(?:reps?|sets?|rounds?|intervals?|efforts?|bursts?) of)\s*$"
)
_PACE_AFTER = re.compile(
    r"\s*(?:(?:(?:per|a|an|/)\s*)?(?:k|km|kilometres?|kilometers?|miles?)|(?:per|a|an|/)\s*mi)\b"
)
"""A pace: "5 minute k", "8 minutes a mile"; a bare "mi" is also "I" in Caribbean speech."""
_SPEED_AFTER = re.compile(r"\s*(?:(?:per|an|a|/)\s*(?:hour|hr|h)\b|kph|km/h|mph|pace\b)")
_SPEED_BEFORE = re.compile(r"\d\s*(?:k|km|kms|kph|miles?|mph)\s*$")
_PACE_BEFORE = re.compile(r"(?:\d\s*(?:minutes?|mins?)|per|/)\s*$")
_TOTAL = re.compile(r"\s*(?:in )?(?:total|all up|all in|altogether|overall|in all)\b")
_TOTAL_BEFORE = re.compile(r"(?:total(?: of)?|all up|all told|altogether|overall)\s*(?:,\s*)?$")

Table = tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], float]], ...]


def _first(
    text: str, table: Table, skip: Callable[[str, re.Match[str]], bool], field: str
) -> float | None:
    """The value said as the total, else the earliest (longest on a tie) that ``skip`` keeps;
    noted as ``field`` for ``extract --explain``."""
    best: tuple[bool, int, int, float, str] | None = None
    said: list[tuple[int, int, float, str]] = []
    for pattern, value in table:
        for match in pattern.finditer(text):
            if skip(text, match):
                continue
            total = bool(
                _TOTAL.match(text, match.end()) or just_before(_TOTAL_BEFORE, text, match.start())
            )
            key = (not total, match.start(), -len(match[0]), value(match), match[0])
            said.append((match.start(), match.end(), value(match), match[0]))
            if best is None or key[:3] < best[:3]:
                best = key
    if best is None:
        return None
    if (again := _said_again(text, said, best[1] - best[2])) is not None:
        best = (best[0], again[0], again[0] - again[1], again[2], again[3])
    trace.note(field, best[4], f"{field}: the {'total' if not best[0] else 'first'} figure said")
    return best[3]


_SAID_AGAIN: Final = re.compile(
    rf"[\s,]*(?:(?:{_CORRECTION_WORD.pattern}|um+|uh+|erm+|it was|it's|more like|make that|"
    r"maybe|closer to|about|hang on)[\s,]*)+$"
)
"""Between a figure and the one that corrects it ("2 hours, no, 2 and a half hours", "2 hours,
um, no, it was an hour and 45")."""


def _said_again(
    text: str, said: list[tuple[int, int, float, str]], end: int
) -> tuple[int, int, float, str] | None:
    """The last of the figures that correct, one after the other, the figure ending at ``end``."""
    found = None
    while True:
        after = [s for s in said if s[0] >= end and _SAID_AGAIN.match(text[end : s[0]])]
        if not after:
            return found
        found = max(after, key=lambda s: (-s[0], s[1]))  # the nearest, the longest at one place
        end = found[1]


def _not_a_duration(text: str, match: re.Match[str]) -> bool:
    if match.re.pattern == _CLOCK_RANGE.pattern:
        return _not_a_clock_range(match)
    return bool(
        just_before(_PER_REP_BEFORE, text, match.start())
        or _PACE_AFTER.match(text, match.end())
        or (match[0].endswith("hour") and just_before(_SPEED_BEFORE, text, match.start()))
        or (match[0].endswith("m") and float(match[1]) >= 100)
    )


def duration_minutes(text: str) -> int | None:
    """The duration said in ``text`` (digits already), in whole minutes.

    The total when one is marked ("35 mins total"), else the first; the corrected figure when the
    player corrects themselves ("45, no, 50 minutes").
    """
    minutes = _first(corrected(text), _DURATION_RES, _not_a_duration, "duration_minutes")
    return None if minutes is None else round(minutes)


_DISTANCES: Final = (
    (
        re.compile(rf"{_NUM} and (?:a )?half\s*(?:k|km|kms|kilometers?|kilometres?)\b"),
        lambda m: float(m[1]) + 0.5,
    ),
    (re.compile(rf"{_NUM}\s*(?:k|km|kms|kilometers?|kilometres?|k's)\b"), lambda m: float(m[1])),
    (re.compile(rf"{_NUM}\s*(?:miles?|mi)\b"), lambda m: round(float(m[1]) * KM_PER_MILE, 3)),
    (re.compile(r"\b(?:a|one) mile\b"), lambda m: KM_PER_MILE),
    (re.compile(r"\b(?:a|one) (?:kilometre|kilometer|km|k)\b"), lambda m: 1.0),
    (re.compile(rf"{_NUM}\s*(?:metres|meters|m)\b"), lambda m: float(m[1]) / 1000),
    (re.compile(r"\bhalf (?:a )?marathon\b"), lambda m: 21.1),
    (re.compile(r"\bmarathon\b"), lambda m: 42.2),
)


def _not_a_distance(text: str, match: re.Match[str]) -> bool:
    start = match.start()
    return bool(
        _SPEED_AFTER.match(text, match.end())
        or just_before(_PER_REP_BEFORE, text, start)
        or just_before(_PACE_BEFORE, text, start)
    )


def distance_km(text: str) -> float | None:
    """The distance said in ``text`` (digits already), in kilometres; not a speed or a pace."""
    return _first(corrected(text), _DISTANCES, _not_a_distance, "distance_km")
