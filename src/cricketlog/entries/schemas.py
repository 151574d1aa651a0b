"""The entry contract (``docs/entries.md``) as Pydantic models.

Every stage after extraction speaks in these types: the extractors return :class:`Entry` lists, the
store saves and returns them, reports read them, and ``--json`` prints them. ``missing`` and
``questions`` are derived from the data, never stored, so they cannot drift from it.

Every number is finite and within a documented plausible maximum (:data:`LIMITS`), and text holds
no NUL character and no lone surrogate, since PostgreSQL's JSON and a UTF-8 export cannot carry
those. The checks live here, in the contract, so every door (extractors, ``edit``, restoring an
export, the web) gets them and nothing can be stored that the export or a move to PostgreSQL
would then refuse.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    computed_field,
    model_validator,
)

from cricketlog.errors import Invalid

ActivityType = Literal["fitness", "cricket_coaching", "cricket_match", "rest_day"]
Scale = Literal["excellent", "good", "okay", "poor"]
Intensity = Literal["low", "medium", "high"]
FitnessType = Literal["running", "gym", "other"]
CoachingActivity = Literal[
    "batting_drills", "wicket_keeping", "netting", "personal_coaching", "other"
]
Result = Literal["won", "lost", "drawn", "tied", "no_result"]
Dismissal = Literal[
    "not_out", "bowled", "caught", "lbw", "run_out", "stumped", "hit_wicket", "other"
]

ACTIVITY_TYPES: tuple[ActivityType, ...] = (
    "fitness",
    "cricket_coaching",
    "cricket_match",
    "rest_day",
)
SCALE: tuple[Scale, ...] = ("excellent", "good", "okay", "poor")
INTENSITIES: tuple[Intensity, ...] = ("low", "medium", "high")

KIND_WORDS: dict[str, ActivityType] = {
    "fitness": "fitness",
    "coaching": "cricket_coaching",
    "cricket_coaching": "cricket_coaching",
    "match": "cricket_match",
    "cricket_match": "cricket_match",
    "rest": "rest_day",
    "rest_day": "rest_day",
}
"""The short words for the kinds that people type (``--type match``, ``--set kind=rest``)."""

FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)
"""An entry's date lies in these years: no diary reaches further, and every window of days the
reports draw around such a date (weeks, months, 28 days back) stays inside the calendar."""


class OutsideCalendar(Invalid):
    """A day before :data:`FIRST_DAY` or after :data:`LAST_DAY`."""


def in_calendar(day: dt.date) -> dt.date:
    """``day``, if it lies in the diary's calendar (the years an entry may have)."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise OutsideCalendar(f"{day} is outside the diary's calendar ({FIRST_DAY} to {LAST_DAY}).")
    return day


LIMITS: dict[str, float] = {
    "duration_minutes": 24 * 60,
    "distance_km": 500,
    "runs": 600,
    "balls": 1200,
    "fours": 150,
    "sixes": 100,
    "overs": 100,
    "maidens": 100,
    "runs_conceded": 600,
    "wickets": 20,
    "dismissals": 20,
    "byes": 200,
}
"""The largest plausible value of each number, all in one match or session. A session lasts at
most a day; no run or ride is longer than 500 km. Batting: the highest first-class innings is
501, the longest some 1,000 balls. A match may have two innings, so 20 wickets and 20 catches,
stumpings or run outs; 100 overs covers the longest spells of multi-day cricket."""


def _storable(text: str) -> str:
    """Refuse text that PostgreSQL's JSON or a UTF-8 export cannot hold."""
    if "\x00" in text:
        raise ValueError("text cannot hold a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text cannot hold a lone surrogate character") from None
    return text


Text = Annotated[str, AfterValidator(_storable)]


def _count(limit: str) -> Any:
    return Field(ge=0, le=int(LIMITS[limit]))


Minutes = Annotated[int, _count("duration_minutes")]
Kilometres = Annotated[float, Field(ge=0, le=LIMITS["distance_km"], allow_inf_nan=False)]
Overs = Annotated[float, Field(ge=0, le=LIMITS["overs"], allow_inf_nan=False)]
Runs = Annotated[int, _count("runs")]
Balls = Annotated[int, _count("balls")]
Fours = Annotated[int, _count("fours")]
Sixes = Annotated[int, _count("sixes")]
Maidens = Annotated[int, _count("maidens")]
RunsConceded = Annotated[int, _count("runs_conceded")]
Wickets = Annotated[int, _count("wickets")]
Dismissals = Annotated[int, _count("dismissals")]
Byes = Annotated[int, _count("byes")]


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class FitnessData(_Data):
    """A run, a gym session or any other exercise."""

    type: FitnessType = "other"
    duration_minutes: Minutes | None = None
    distance_km: Kilometres | None = None
    intensity: Intensity | None = None
    details: Text = ""
    """What was done, in the player's words."""
    mental_state: Scale | None = None


class CoachingData(_Data):
    """A cricket training session: drills, nets, keeping practice, a lesson."""

    activity: CoachingActivity = "other"
    duration_minutes: Minutes | None = None
    what_went_well: Text = ""
    areas_for_improvement: Text = ""
    mental_state: Scale | None = None


class Batting(_Data):
    """An innings: runs always, the rest when said."""

    runs: Runs = 0
    balls: Balls | None = None
    fours: Fours | None = None
    sixes: Sixes | None = None
    dismissal: Dismissal | None = None


class Bowling(_Data):
    """Bowling figures; ``overs`` 4.2 means four overs and two balls."""

    overs: Overs = 0.0
    maidens: Maidens | None = None
    runs: RunsConceded | None = None
    wickets: Wickets = 0


class Keeping(_Data):
    """Dismissals and byes as wicket keeper."""

    catches: Dismissals | None = None
    stumpings: Dismissals | None = None
    byes: Byes | None = None


class Fielding(_Data):
    """Catches and run outs taken in the field, not as keeper."""

    catches: Dismissals | None = None
    run_outs: Dismissals | None = None


class MatchData(_Data):
    """A match: result, and what the player did with bat, ball, gloves and in the field."""

    opponent: Text | None = None
    result: Result | None = None
    batting: Batting | None = None
    bowling: Bowling | None = None
    keeping: Keeping | None = None
    fielding: Fielding | None = None
    what_went_well: Text = ""
    areas_for_improvement: Text = ""
    mental_state: Scale | None = None


class RestDayData(_Data):
    """A day off: what the player did instead, and how recovery went."""

    activities: Text = ""
    recovery_quality: Scale | None = None
    mental_state: Scale | None = None


EntryData = FitnessData | CoachingData | MatchData | RestDayData

DATA_MODELS: dict[ActivityType, type[_Data]] = {
    "fitness": FitnessData,
    "cricket_coaching": CoachingData,
    "cricket_match": MatchData,
    "rest_day": RestDayData,
}

ASKED: dict[ActivityType, tuple[str, ...]] = {
    "fitness": ("duration_minutes", "intensity", "mental_state"),
    "cricket_coaching": ("mental_state",),
    "cricket_match": ("mental_state",),
    "rest_day": ("recovery_quality", "mental_state"),
}
"""The fields a player is asked for when they did not say them, in asking order."""

QUESTIONS: dict[str, str] = {
    "duration_minutes": "How long did it take, in minutes?",
    "distance_km": "How far did you go, in kilometres?",
    "intensity": "How hard was it: low, medium or high?",
    "mental_state": "How did you feel mentally: excellent, good, okay or poor?",
    "recovery_quality": "How well did you recover: excellent, good, okay or poor?",
    "batting.runs": "How many runs did you score?",
    "batting.balls": "How many balls did you face?",
    "bowling.overs": "How many overs did you bowl?",
    "bowling.maidens": "How many maidens did you bowl?",
    "bowling.runs": "How many runs did you give away?",
    "bowling.wickets": "How many wickets did you take?",
    "keeping.catches": "How many catches did you take as keeper?",
    "keeping.stumpings": "How many stumpings did you make?",
    "keeping.byes": "How many byes did you give away?",
    "fielding.catches": "How many catches did you take in the field?",
    "fielding.run_outs": "How many run outs did you make?",
}


class Entry(BaseModel):
    """One diary entry as extracted, before it is saved."""

    model_config = ConfigDict(validate_assignment=True)

    activity_type: ActivityType
    entry_date: Annotated[dt.date, Field(ge=FIRST_DAY, le=LAST_DAY)]
    """The day of the activity (today unless the player said otherwise)."""
    transcript: Text = ""
    """The text the entry came from."""
    data: EntryData
    unsure: list[str] = Field(default_factory=list, exclude=True)
    """Figures heard but not believed ("34 catches" from a misheard "caught 34"): left out of
    ``data`` and asked for, until answered. Never stored."""

    @model_validator(mode="before")
    @classmethod
    def _data_for_type(cls, values: Any) -> Any:
        """Parse ``data`` with the model of ``activity_type`` (the union alone is ambiguous)."""
        if isinstance(values, dict) and values.get("activity_type") in DATA_MODELS:
            model = DATA_MODELS[values["activity_type"]]
            data = values.get("data")
            if data is None:
                data = {}
            if not isinstance(data, model):
                if isinstance(data, BaseModel):
                    data = data.model_dump()
                values = {**values, "data": model.model_validate(data)}
        return values

    @model_validator(mode="after")
    def _data_matches_type(self) -> Entry:
        if not isinstance(self.data, DATA_MODELS[self.activity_type]):
            raise ValueError(f"data does not fit activity_type {self.activity_type}")
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def missing(self) -> list[str]:
        """The fields the player did not give that they should be asked for."""
        asked = [f for f in ASKED[self.activity_type] if getattr(self.data, f) is None]
        doubted = [f for f in self.unsure if f not in asked and _figure(self.data, f) is None]
        return asked + doubted

    @computed_field  # type: ignore[prop-decorator]
    @property
    def questions(self) -> list[str]:
        """One short question per missing field, fit to be spoken aloud."""
        return [QUESTIONS[f] for f in self.missing]

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON shape."""
        return self.model_dump(mode="json")


def _figure(data: EntryData, path: str) -> Any:
    """The value at ``path`` ("distance_km", "fielding.catches") of ``data``, or None."""
    record, _, name = path.rpartition(".")
    return getattr(getattr(data, record, None) if record else data, name, None)


class SavedEntry(Entry):
    """An entry as stored: with its id, when it was saved, and where it came from."""

    id: int
    created_at: dt.datetime
    source: Text = "typed"
    """The audio file name it came from, or ``typed``."""

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON shape plus ``id`` and ``created_at`` (and the source)."""
        return self.model_dump(mode="json")


class Extraction(BaseModel):
    """What one utterance yields: the contract's ``{"entries": [...]}``."""

    entries: list[Entry] = Field(default_factory=list)
