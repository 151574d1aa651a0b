"""A whole entry as text a person edits (TOML or JSON) and back, checked against the contract.

TOML has no null, so fields that were not said are left out, and deleting a line clears a field:
every field that can be null defaults to null in the contract, so nothing is lost either way.
Only what a player may change is written: the kind, the date, the transcript and the data.
"""

from __future__ import annotations

import json
import tomllib
from typing import Any

from cricketlog.entries.edits import EditError, validate
from cricketlog.entries.schemas import Entry

EDITABLE = {"activity_type", "entry_date", "transcript", "data"}
TOML_HEADER = (
    "# Change what you need, save and close. Delete a line to clear that field.\n"
    "# activity_type: fitness, cricket_coaching, cricket_match or rest_day.\n\n"
)


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    return value


def to_text(entry: Entry, fmt: str = "toml") -> str:
    """The editable part of ``entry`` as TOML or JSON."""
    document = entry.model_dump(mode="json", include=EDITABLE)
    if fmt == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    import tomli_w

    return TOML_HEADER + tomli_w.dumps(_without_nulls(document))


def from_text(text: str, fmt: str = "toml") -> Entry:
    """An :class:`Entry` from edited text; :class:`EditError` naming the first problem."""
    try:
        document = json.loads(text) if fmt == "json" else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise EditError(f"The edited entry is not valid {fmt.upper()}: {exc}.") from None
    if not isinstance(document, dict):
        raise EditError("The edited entry must be one object.")
    unknown = sorted(set(document) - EDITABLE)
    if unknown:
        raise EditError(
            f"Unknown field(s) {', '.join(unknown)}: only {', '.join(sorted(EDITABLE))}."
        )
    return validate(document)
