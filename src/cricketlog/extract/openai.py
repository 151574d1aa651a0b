"""Text to entries with an OpenAI chat model and structured outputs.

The model answers in a JSON schema the API enforces (``strict: true``), so the answer always parses;
this module then turns it into the contract's :class:`Entry` objects, which validate it once more.

Why the request models below mirror the contract instead of reusing it: strict mode accepts only a
subset of JSON Schema. Every property must be required (optional becomes nullable), objects must be
closed, and ``default`` is refused, while the contract models have defaults, bounds and a ``data``
union told apart by a validator. Pydantic's discriminated unions become ``oneOf``, which strict mode
also refuses. So each draft entry is one object with ``activity_type`` (an enum) and four nullable
data slots, one per kind, of which the model fills the one its type names: only objects, enums and
``anyOf`` with null, which strict mode accepts everywhere, and the model writes ``activity_type``
before the data, so the type it chose steers what it fills in.

Dates: the model copies the words that name the day ("last Tuesday") and
:func:`~cricketlog.extract.dates.resolve_date` turns them into a date, so both extractors read dates
by the same rules and the model never does calendar arithmetic.
"""

from __future__ import annotations

import datetime as dt
import json

from pydantic import BaseModel, Field, ValidationError

from cricketlog.config import Settings
from cricketlog.entries.schemas import (
    ActivityType,
    CoachingActivity,
    Dismissal,
    Entry,
    FitnessType,
    Intensity,
    Result,
    Scale,
)
from cricketlog.errors import ExtractionError
from cricketlog.extract.base import check_length
from cricketlog.extract.dates import resolve_date
from cricketlog.extract.plausible import judged
from cricketlog.openai_client import api_errors, make_client

SYSTEM_PROMPT = """\
You turn what a cricketer said into training diary entries. Today is {weekday} {today}.

Give one entry per activity described, in the order spoken, and none when no training session, \
match or rest day is described. Set activity_type and fill only the data object of that name \
(fitness, cricket_coaching, cricket_match or rest_day); the other three are null. \
day: the words naming the day of that activity, copied as spoken ("yesterday", "last Tuesday", \
"on Saturday", "two days ago"), a calendar date as YYYY-MM-DD, or "" when no day is named.

Use null for anything not said; never guess. Text fields are "" when nothing was said for them.
Only the player's own session counts: a teammate's score, the team's total, a match still to \
come or the weather is not an entry nor a field. When the player corrects a figure or a name \
("45, no, 50 minutes", "against Kew, sorry, Mosman") use the correction.
- fitness: type running, gym (weights, S&C), or other (swimming, cycling, yoga, a class). \
distance_km in kilometres: miles x 1.609. details: what was done, in the player's words.
- cricket_coaching: activity batting_drills, wicket_keeping, netting (nets), personal_coaching \
(a lesson with a coach), or other (fielding, bowling practice).
- cricket_match: "2 for 30" is wickets 2 and runs 30; "off 6 overs" or "in 6 overs" gives overs \
(4.2 means four overs and two balls); "23 not out" is runs 23, dismissal not_out; "caught behind" \
is caught. keeping only when the player kept wicket; fielding for catches and run outs taken in \
the field. batting, bowling, keeping and fielding are null when not mentioned.
- rest_day: activities is what the player did instead (stretching, a walk), "" if nothing.

Intensity: low (easy, light, gentle, recovery pace, relaxed, slow), medium (moderate, steady, \
decent pace, solid but not flat out), high (hard, intense, tough, brutal, flat out, heavy, \
exhausting, really pushed).
mental_state and recovery_quality: excellent (brilliant, amazing, fantastic, great, buzzing), \
good (positive, confident, happy, sharp, focused, pretty good), okay (alright, fine, so-so, \
average, not bad, mixed), poor (bad, awful, rubbish, frustrated, flat, down, stressed, not great).
Negation flips the meaning: "not great" is poor, "not bad" is okay.
mental_state is how the player felt in the head. How the body felt is intensity (fitness) or \
recovery_quality (rest day), never mental_state. A mood said once at the end covers every entry \
unless it names its own day ("feeling good today" covers only today's). A mood that turns \
("bit bored but okay") is the one after the turn. Why the player felt so ("because of exams") \
is not part of details.
result: when only both totals are said ("we made 190, they were all out for 142"), the higher \
total won.
what_went_well is what the player says went well; areas_for_improvement is what they say went \
badly or needs work. Keep their words, shortened.
"""


class FitnessDraft(BaseModel):
    """Request side of :class:`~cricketlog.entries.schemas.FitnessData`."""

    type: FitnessType
    duration_minutes: int | None
    distance_km: float | None = Field(description="Kilometres; 1 mile = 1.609 km.")
    intensity: Intensity | None
    details: str
    mental_state: Scale | None


class CoachingDraft(BaseModel):
    """Request side of :class:`~cricketlog.entries.schemas.CoachingData`."""

    activity: CoachingActivity
    duration_minutes: int | None
    what_went_well: str
    areas_for_improvement: str
    mental_state: Scale | None


class BattingDraft(BaseModel):
    """An innings."""

    runs: int
    balls: int | None
    fours: int | None
    sixes: int | None
    dismissal: Dismissal | None


class BowlingDraft(BaseModel):
    """Bowling figures."""

    overs: float = Field(description="4.2 means four overs and two balls.")
    maidens: int | None
    runs: int | None = Field(description="Runs conceded.")
    wickets: int


class KeepingDraft(BaseModel):
    """Dismissals and byes as wicket keeper."""

    catches: int | None
    stumpings: int | None
    byes: int | None


class FieldingDraft(BaseModel):
    """Catches and run outs in the field, not as keeper."""

    catches: int | None
    run_outs: int | None


class MatchDraft(BaseModel):
    """Request side of :class:`~cricketlog.entries.schemas.MatchData`."""

    opponent: str | None
    result: Result | None
    batting: BattingDraft | None
    bowling: BowlingDraft | None
    keeping: KeepingDraft | None
    fielding: FieldingDraft | None
    what_went_well: str
    areas_for_improvement: str
    mental_state: Scale | None


class RestDayDraft(BaseModel):
    """Request side of :class:`~cricketlog.entries.schemas.RestDayData`."""

    activities: str
    recovery_quality: Scale | None
    mental_state: Scale | None


class EntryDraft(BaseModel):
    """One entry as the model gives it: a type, the day's words, and that type's data slot."""

    activity_type: ActivityType
    day: str
    fitness: FitnessDraft | None
    cricket_coaching: CoachingDraft | None
    cricket_match: MatchDraft | None
    rest_day: RestDayDraft | None


class DiaryDraft(BaseModel):
    """The whole answer: the entries in the order spoken."""

    entries: list[EntryDraft]


class OpenAIExtractor:
    """Asks an OpenAI chat model for the entries; the key is checked when the backend is built."""

    def __init__(self, settings: Settings) -> None:
        self.model = settings.openai_extract_model
        self.name = f"openai:{self.model}"
        self._client = make_client(settings)

    def extract(self, text: str, today: dt.date) -> list[Entry]:
        """The entries ``text`` describes, in spoken order."""
        check_length(text)
        draft = self._ask(text, today)
        return [to_entry(entry, text, today) for entry in draft.entries]

    def _ask(self, text: str, today: dt.date) -> DiaryDraft:
        system = SYSTEM_PROMPT.format(weekday=f"{today:%A}", today=today.isoformat())
        with api_errors(self._client, ExtractionError, "extracting entries"):
            try:
                completion = self._client.chat.completions.parse(
                    model=self.model,
                    messages=[
                        {"role": "system", "content": system},
                        {"role": "user", "content": text},
                    ],
                    response_format=DiaryDraft,
                )
            except ValidationError:
                raise ExtractionError(_UNFIT) from None
            except (AttributeError, TypeError, json.JSONDecodeError):
                # The client reads the body before checking its shape, so an answer that is not
                # the API's JSON (a proxy's HTML page, a cut-off body, null) fails inside it so.
                raise ExtractionError(_NOT_JSON) from None
        message = completion.choices[0].message
        if message.refusal:
            raise ExtractionError("OpenAI declined to read this text into entries.")
        if message.parsed is None:
            raise ExtractionError("OpenAI gave an empty answer; try again.")
        return message.parsed


_UNFIT = "OpenAI's answer did not fit the diary format; try again or use the rules extractor."
_NOT_JSON = (
    "The OpenAI server's answer was not the API's JSON: check openai_base_url, or try again."
)


def to_entry(draft: EntryDraft, text: str, today: dt.date) -> Entry:
    """The contract entry for one draft; :class:`ExtractionError` when it breaks the contract."""
    data = getattr(draft, draft.activity_type)
    if data is None:
        raise ExtractionError(_UNFIT)
    figures, unsure = judged(data.model_dump())
    try:
        return Entry.model_validate(
            {
                "activity_type": draft.activity_type,
                "entry_date": resolve_date(draft.day, today) or today,
                "transcript": text,
                "data": figures,
                "unsure": unsure,
            }
        )
    except ValidationError:
        raise ExtractionError(_UNFIT) from None
