"""Changing one field of an entry, from text a person typed, checked against the contract.

The one place a correction is accepted, wherever a player makes it: the confirmation after
``record``, ``import`` and ``add`` (through :class:`cricketlog.diary.Draft`, which also reads
answers to the questions for missing fields), ``cricketlog edit`` and the web app. Paths are the
names an entry is shown with: the contract's field names, dotted into match figures
(``batting.runs``), and ``date``, ``kind`` and ``transcript`` for the entry itself
(``entry_date`` and ``activity_type``, the contract's names for the first two, are taken too).
Values are taken as they are shown: ``Sat 05 Dec 2026`` for a date, ``not out`` for ``not_out``,
``match`` for a kind.

Changing the kind keeps the fields the new kind also has (mental state, duration, what went
well...); :func:`dropped` names the ones that would be lost, so a door can ask first.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ValidationError

from cricketlog.entries.schemas import DATA_MODELS, KIND_WORDS, Entry
from cricketlog.errors import Invalid, NotFound

TOP_LEVEL = ("kind", "date", "transcript")
"""The entry's own fields, by the names it is shown with."""
CONTRACT_NAMES = {
    "kind": "activity_type",
    "activity_type": "activity_type",
    "date": "entry_date",
    "entry_date": "entry_date",
    "transcript": "transcript",
}
EMPTY = {"", "null", "none", "-"}
SHOWN_DATE = "%a %d %b %Y"
"""How an entry's date is shown (``Sat 05 Dec 2026``), so it can be typed back as shown."""


class EditError(Invalid):
    """A value that the contract does not allow."""


class UnknownField(EditError, NotFound):
    """A field that an entry of this kind does not have."""


def parse_value(raw: str, annotation: Any = None) -> Any:
    """Typed text as a value for a field of type ``annotation``.

    Free-text fields keep the text as typed; choices are matched loosely ("Not out" is
    ``not_out``); anything else is read as JSON (numbers, null), falling back to the text.
    """
    text = raw.strip()
    if annotation is str:
        return text
    if text.lower() in EMPTY:
        return None
    if annotation is dt.date:
        return _day(text)
    if _is_choice(annotation):
        return "_".join(text.lower().replace("-", " ").split())
    try:
        return json.loads(text)
    except ValueError:
        return text


def _day(text: str) -> str:
    """A date typed as ISO or as shown, in ISO; other text is left for the contract to refuse."""
    try:
        return dt.datetime.strptime(text, SHOWN_DATE).date().isoformat()
    except ValueError:
        return text


def _is_choice(annotation: Any) -> bool:
    from typing import Literal, get_args, get_origin

    if get_origin(annotation) is Literal:
        return True
    return any(_is_choice(arg) for arg in get_args(annotation))


def fields_of(entry: Entry) -> list[str]:
    """Every path :func:`set_field` accepts for this entry, in contract order."""
    paths = list(TOP_LEVEL)
    for name, value in entry.data.model_dump().items():
        model = type(entry.data).model_fields[name].annotation
        sub = _sub_model(model)
        if sub is not None:
            paths += [f"{name}.{s}" for s in sub.model_fields]
        elif not isinstance(value, dict):
            paths.append(name)
    return paths


def _sub_model(annotation: Any) -> Any:
    for arg in getattr(annotation, "__args__", ()):
        if hasattr(arg, "model_fields"):
            return arg
    return None


def set_field(entry: Entry, path: str, raw: str) -> Entry:
    """A copy of ``entry`` with ``path`` set to ``raw``; :class:`EditError` if that is invalid."""
    if path not in CONTRACT_NAMES and path not in fields_of(entry):
        raise UnknownField(
            f"A {entry.activity_type} entry has no field {path!r}; its fields are "
            f"{', '.join(fields_of(entry))}."
        )
    document = entry.model_dump(mode="json", exclude={"missing", "questions"})
    head, _, tail = path.partition(".")
    if path in CONTRACT_NAMES:
        name = CONTRACT_NAMES[path]
        value = parse_value(raw, Entry.model_fields[name].annotation)
        if name == "activity_type":
            value = KIND_WORDS.get(value, value) if isinstance(value, str) else value
            document["data"] = _carried(entry.data, value)
        document[name] = value
    elif tail:
        model = _sub_model(type(entry.data).model_fields[head].annotation)
        value = parse_value(raw, model.model_fields[tail].annotation)
        document["data"][head] = {**(document["data"].get(head) or {}), tail: value}
    else:
        value = parse_value(raw, type(entry.data).model_fields[head].annotation)
        document["data"][head] = value
    return validate(document, path)


def parse_assignment(text: str) -> tuple[str, str]:
    """``field=value`` as typed (at the confirmation or ``edit --set``) split into its parts."""
    field, sep, value = text.partition("=")
    if not sep or not field.strip():
        raise EditError(f"{text.strip()!r}: write it as field=value, e.g. mental_state=good.")
    return field.strip(), value


def _carried(data: BaseModel, kind: Any) -> dict[str, Any]:
    """The fields of ``data`` that an entry of ``kind`` also has, ready to fill it."""
    model = DATA_MODELS.get(kind)
    if model is None:
        return {}
    return {k: v for k, v in data.model_dump(mode="json").items() if k in model.model_fields}


def dropped(before: Entry, after: Entry) -> list[str]:
    """The fields that held something in ``before`` and are gone from ``after`` (a new kind)."""
    kept = type(after.data).model_fields
    return [
        name
        for name, value in before.data.model_dump().items()
        if value not in (None, "") and name not in kept
    ]


def validate(document: dict[str, Any], what: str = "entry") -> Entry:
    """An :class:`Entry` from a JSON document; :class:`EditError` naming the first problem."""
    try:
        return Entry.model_validate(document)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"] if p != "data") or what
        raise EditError(f"{where}: {first['msg']}.") from None


def patch(entry: Entry, changes: dict[str, Any]) -> Entry:
    """A copy of ``entry`` with ``changes`` laid over its JSON shape (``entry_date``, and
    ``data`` fields given by name, nested records merged field by field), checked against the
    contract; :class:`EditError` naming the first field the result breaks."""
    document = entry.model_dump(mode="json", exclude={"missing", "questions"})
    document = {k: document[k] for k in ("activity_type", "entry_date", "transcript", "data")}
    return validate(_merged(document, changes), "entry")


def _merged(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merged(merged[key], value)
        else:
            merged[key] = value
    return merged
