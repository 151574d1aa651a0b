"""Relative dates as players say them: "yesterday", "last Tuesday", "two days ago".

Diary entries are usually logged the same day or soon after, so every phrase resolves to the most
recent such day, never a future one. A weekday resolves as follows:

- "last Tuesday" / "this past Tuesday": the most recent Tuesday strictly before today (7 days ago
  when today is a Tuesday).
- "on Tuesday", "Tuesday morning", a bare "Tuesday": the most recent Tuesday, which is today when
  today is a Tuesday ("we played on Saturday", said on a Saturday evening, means today).

A weekday after "for", "next", "until", "before", "since", "after" or "from" is about another day
("nervous about selection for Saturday", "still sore from Saturday") and is not read as the
activity's date.

:func:`resolve_date` is public and its signature is stable: the CLI reuses it for
``history --since "last monday"``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from cricketlog.extract.numbers import words_to_digits

WEEKDAYS: Final[tuple[str, ...]] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_SHORT_DAYS: Final[dict[str, int]] = {"tues": 1, "weds": 2, "thurs": 3, "thur": 3, "fri": 4}
"""Weekdays as players shorten them; only the ones that are no other word ("sat", "sun" are)."""
_AMBIGUOUS_DAYS: Final[dict[str, int]] = {"mon": 0, "sat": 5, "sun": 6}
"""Shortened days that are other words too: a day only before a time of day ("Sat arvo", "sun
am") or opening a clause as its day ("mon rest day"), not "sun was out"."""
_WEEKDAY_INDEX: Final[dict[str, int]] = (
    {d: i for i, d in enumerate(WEEKDAYS)} | _SHORT_DAYS | _AMBIGUOUS_DAYS
)
_DAY = (
    rf"({'|'.join([*WEEKDAYS, *_SHORT_DAYS])}"
    rf"|(?:{'|'.join(_AMBIGUOUS_DAYS)})(?=\s+(?:morning|afternoon|arvo|evening|night|am|pm)\b)"
    rf"|(?<![\w\s])(?:{'|'.join(_AMBIGUOUS_DAYS)})(?=\s+(?!(?:was|is|came|shone|shining|out|cream|"
    r"burn|man|mate|bro|in|on|at|down|around|with|there|back|and|through|up|by|for|the|a|my|"
    r"about|watching|waiting|reading)\b)))"
)
_TIME_OF_DAY = r"(?:morning|afternoon|arvo|evening|night|'s)"

_OFFSETS: Final[tuple[tuple[str, int], ...]] = (
    (r"(?:the )?day before yesterday", 2),
    (r"yesterday|last night", 1),
    (r"today|this (?:morning|afternoon|arvo|evening)|tonight", 0),
)
_OFFSET_RES: Final = tuple((re.compile(rf"\b(?:{p})\b"), days) for p, days in _OFFSETS)
_AGO = re.compile(r"\b(\d+|a) (day|week)s? ago\b")
_LAST_DAY = re.compile(rf"\b(?:last|this past|past|previous) {_DAY}\b")
_ON_DAY = re.compile(
    rf"(?<!for )(?<!next )(?<!until )(?<!till )(?<!before )(?<!since )(?<!after )(?<!this )"
    rf"(?<!from )"
    rf"(?<!coming )\b{_DAY}\b(?:\s*{_TIME_OF_DAY})?"
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKEND = re.compile(r"\b(?:on|at|over) the weekend\b|\blast weekend\b")
"""A match "on the weekend" said midweek: the Saturday just gone."""
DAY_PHRASE: Final = re.compile(
    r"\b(?:(?:the )?day before yesterday|yesterday(?: (?:morning|afternoon|arvo|evening))?|"
    r"last night|today|tonight|this (?:morning|afternoon|arvo|evening)|"
    r"in the (?:morning|afternoon|arvo|evening)|(?:at|after) lunch(?:time)?|"
    r"(?:a|\d+|one|two|three|four|five|six|a couple of|couple of) days? ago|"
    r"(?:on|at|over|last) (?:the )?weekend|the weekend|"
    rf"(?:(?:last|this past|on) )?{_DAY}(?:\s*{_TIME_OF_DAY})?)\b"
)
"""Any phrase naming a day, in lower-case text; see :func:`day_phrases`."""
_NOT_THE_DAY: Final = frozenset(
    ("for", "next", "until", "till", "before", "since", "after", "coming", "this", "to", "from")
)


def day_phrases(lower: str, after: bool = False) -> list[re.Match[str]]:
    """The phrases in ``lower`` that name the day of an activity, not one it looks to ("for
    saturday", "next sunday"); with ``after``, also a day something followed ("fed up after
    sunday")."""
    not_the_day = _NOT_THE_DAY - {"after"} if after else _NOT_THE_DAY
    return [
        m
        for m in DAY_PHRASE.finditer(lower)
        if lower[: m.start()].rsplit(None, 1)[-1:] not in ([w] for w in not_the_day)
    ]


def _most_recent(weekday: int, today: dt.date, strictly_before: bool) -> dt.date:
    back = (today.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return today - dt.timedelta(days=back)


def find_date(lower: str, today: dt.date) -> tuple[int, dt.date] | None:
    """The first date phrase in ``lower`` (lower case, numbers as digits) as (position, date)."""
    found: list[tuple[int, dt.date]] = []
    for pattern, days in _OFFSET_RES:
        if match := pattern.search(lower):
            found.append((match.start(), today - dt.timedelta(days=days)))
    if match := _AGO.search(lower):
        n = 1 if match[1] == "a" else int(match[1])
        found.append(
            (match.start(), today - dt.timedelta(days=n * (7 if match[2] == "week" else 1)))
        )
    if match := _LAST_DAY.search(lower):
        found.append((match.start(), _most_recent(_WEEKDAY_INDEX[match[1]], today, True)))
    elif match := _ON_DAY.search(lower):
        found.append((match.start(), _most_recent(_WEEKDAY_INDEX[match[1]], today, False)))
    if match := _WEEKEND.search(lower):
        found.append((match.start(), _most_recent(WEEKDAYS.index("saturday"), today, False)))
    if match := _ISO.search(lower):
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            day = None
        if day is not None and day <= today:
            found.append((match.start(), day))
    return min(found, key=lambda f: f[0]) if found else None


def resolve_date(text: str, today: dt.date) -> dt.date | None:
    """The day ``text`` talks about, relative to ``today``; None when it names no day.

    Understands "today", "yesterday", "last night", "the day before yesterday", "this morning",
    "two days ago", "a week ago", "last Tuesday", "on Saturday", "Sunday arvo" and ISO dates. Never
    returns a day after ``today``.
    """
    found = find_date(words_to_digits(text.lower()), today)
    return None if found is None else found[1]
