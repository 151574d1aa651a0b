"""Changing one field of an entry, from text a person typed, checked against the contract.

The one place a correction is accepted, wherever a player makes it: the confirmation after
``record``, ``import`` and ``add`` (through :class:`cricketlog.diary.Draft`, which also reads
answers to the questions for missing fields), ``cricketlog edit`` and the web app. Paths are
the contract's field names, dotted into match figures (``batting.runs``); ``entry_date``,
``activity_type`` and ``transcript`` address the entry itself.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from cricketlog.entries.schemas import Entry
from cricketlog.errors import CricketlogError

TOP_LEVEL = ("activity_type", "entry_date", "transcript")
EMPTY = {"", "null", "none", "-"}


class EditError(CricketlogError):
    """A field or value that the contract does not allow."""


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
    if _is_choice(annotation):
        return "_".join(text.lower().replace("-", " ").split())
    try:
        return json.loads(text)
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
    if path not in fields_of(entry):
        raise EditError(f"No field {path!r} in a {entry.activity_type} entry.")
    document = entry.model_dump(mode="json", exclude={"missing", "questions"})
    head, _, tail = path.partition(".")
    if path in TOP_LEVEL:
        document[path] = parse_value(raw, Entry.model_fields[path].annotation)
        if path == "activity_type":
            document["data"] = {}
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


def assign(entry: Entry, text: str) -> Entry:
    """A copy of ``entry`` with the ``field=value`` in ``text`` applied."""
    return set_field(entry, *parse_assignment(text))


def validate(document: dict[str, Any], what: str = "entry") -> Entry:
    """An :class:`Entry` from a JSON document; :class:`EditError` naming the first problem."""
    try:
        return Entry.model_validate(document)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"] if p != "data") or what
        raise EditError(f"{where}: {first['msg']}.") from None
