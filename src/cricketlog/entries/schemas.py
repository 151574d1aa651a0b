"""The entry contract (``docs/entries.md``) as Pydantic models.

Every stage after extraction speaks in these types: the extractors return :class:`Entry` lists, the
store saves and returns them, reports read them, and ``--json`` prints them. ``missing`` and
``questions`` are derived from the data, never stored, so they cannot drift from it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

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

NonNegInt = Annotated[int, Field(ge=0)]
NonNegFloat = Annotated[float, Field(ge=0)]


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class FitnessData(_Data):
    """A run, a gym session or any other exercise."""

    type: FitnessType = "other"
    duration_minutes: NonNegInt | None = None
    distance_km: NonNegFloat | None = None
    intensity: Intensity | None = None
    details: str = ""
    """What was done, in the player's words."""
    mental_state: Scale | None = None


class CoachingData(_Data):
    """A cricket training session: drills, nets, keeping practice, a lesson."""

    activity: CoachingActivity = "other"
    duration_minutes: NonNegInt | None = None
    what_went_well: str = ""
    areas_for_improvement: str = ""
    mental_state: Scale | None = None


class Batting(_Data):
    """An innings: runs always, the rest when said."""

    runs: NonNegInt = 0
    balls: NonNegInt | None = None
    fours: NonNegInt | None = None
    sixes: NonNegInt | None = None
    dismissal: Dismissal | None = None


class Bowling(_Data):
    """Bowling figures; ``overs`` 4.2 means four overs and two balls."""

    overs: NonNegFloat = 0.0
    maidens: NonNegInt | None = None
    runs: NonNegInt | None = None
    wickets: NonNegInt = 0


class Keeping(_Data):
    """Dismissals and byes as wicket keeper."""

    catches: NonNegInt | None = None
    stumpings: NonNegInt | None = None
    byes: NonNegInt | None = None


class Fielding(_Data):
    """Catches and run outs taken in the field, not as keeper."""

    catches: NonNegInt | None = None
    run_outs: NonNegInt | None = None


class MatchData(_Data):
    """A match: result, and what the player did with bat, ball, gloves and in the field."""

    opponent: str | None = None
    result: Result | None = None
    batting: Batting | None = None
    bowling: Bowling | None = None
    keeping: Keeping | None = None
    fielding: Fielding | None = None
    what_went_well: str = ""
    areas_for_improvement: str = ""
    mental_state: Scale | None = None


class RestDayData(_Data):
    """A day off: what the player did instead, and how recovery went."""

    activities: str = ""
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
    entry_date: dt.date
    """The day of the activity (today unless the player said otherwise)."""
    transcript: str = ""
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
        return asked + [f for f in self.unsure if _figure(self.data, f) is None]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def questions(self) -> list[str]:
        """One short question per missing field, fit to be spoken aloud."""
        return [QUESTIONS[f] for f in self.missing]

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON shape."""
        return self.model_dump(mode="json")


def _figure(data: EntryData, path: str) -> Any:
    """The value at a dotted ``path`` ("fielding.catches") of ``data``, None when not there."""
    record, _, name = path.partition(".")
    return getattr(getattr(data, record, None), name, None)


class SavedEntry(Entry):
    """An entry as stored: with its id, when it was saved, and where it came from."""

    id: int
    created_at: dt.datetime
    source: str = "typed"
    """The audio file name it came from, or ``typed``."""

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON shape plus ``id`` and ``created_at`` (and the source)."""
        return self.model_dump(mode="json")


class Extraction(BaseModel):
    """What one utterance yields: the contract's ``{"entries": [...]}``."""

    entries: list[Entry] = Field(default_factory=list)
