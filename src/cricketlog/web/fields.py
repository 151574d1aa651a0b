"""An entry's fields as form inputs, and a submitted form back as the changes it makes.

The pages edit entries field by field: a draft's cards while recording, and a saved entry in the
history. Which fields an entry has, what values they take and how typed text is read are the
contract's (:mod:`cricketlog.entries.edits`); this module only says how each is shown (a choice
as a list, a number as a number box, long text as a text area) and which ones a form changed, so
that a field left as it was is never rewritten (an untouched ``batting.balls`` would otherwise
make an innings out of nothing).
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from cricketlog.entries.edits import fields_of, set_field
from cricketlog.entries.schemas import ACTIVITY_TYPES, Entry

LONG_TEXT = frozenset(
    {"transcript", "details", "what_went_well", "areas_for_improvement", "activities"}
)
"""Fields that hold sentences, shown as text areas."""
LABELS = {"kind": "Kind", "date": "Date", "duration_minutes": "Minutes", "distance_km": "Km"}


@dataclass(frozen=True)
class FormField:
    """One input of an entry's form."""

    path: str
    """The field's name as :func:`~cricketlog.entries.edits.set_field` takes it."""
    label: str
    value: str
    """The current value as text ("" when not said)."""
    widget: Literal["select", "date", "number", "text", "textarea"]
    choices: tuple[str, ...] = ()
    """For a select: the values it offers ("" first when the field may be left unsaid)."""
    step: str = "1"
    """For a number: ``1`` for counts, ``any`` for kilometres and overs."""


def label(path: str) -> str:
    """A field's name for people: ``batting.runs`` is "Batting runs"."""
    if path in LABELS:
        return LABELS[path]
    words = path.replace(".", " ").replace("_", " ")
    return words[:1].upper() + words[1:]


def choice_label(value: str) -> str:
    """A choice for people: ``not_out`` is "not out"; "" is "not said"."""
    return value.replace("_", " ") if value else "not said"


def form_fields(entry: Entry) -> list[FormField]:
    """The inputs of ``entry``'s form, in contract order."""
    return [_field(entry, path) for path in fields_of(entry)]


def changes(entry: Entry, form: Mapping[str, Any]) -> Entry:
    """``entry`` with every field that ``form`` holds a different value for set to it.

    The kind is changed first, so the other fields are those of the new kind (fields both kinds
    have are carried over); :class:`~cricketlog.entries.edits.EditError` names the first field
    the contract refuses.
    """
    shown = {f.path: f.value for f in form_fields(entry)}
    kind = form.get("kind")
    if isinstance(kind, str) and kind != shown["kind"]:
        entry = set_field(entry, "kind", kind)
        shown = {f.path: f.value for f in form_fields(entry)}
    for path, before in shown.items():
        value = form.get(path)
        if path != "kind" and isinstance(value, str) and value.strip() != before.strip():
            entry = set_field(entry, path, value)
    return entry


def _field(entry: Entry, path: str) -> FormField:
    if path == "kind":
        return FormField(path, label(path), entry.activity_type, "select", ACTIVITY_TYPES)
    if path == "date":
        return FormField(path, label(path), entry.entry_date.isoformat(), "date")
    if path == "transcript":
        return FormField(path, label(path), entry.transcript, "textarea")
    record, _, name = path.rpartition(".")
    owner = getattr(entry.data, record) if record else entry.data
    model = type(owner) if owner is not None else _sub_model(entry, record)
    annotation = model.model_fields[name].annotation
    value = getattr(owner, name) if owner is not None else None
    return _widget(path, annotation, value)


def _sub_model(entry: Entry, record: str) -> Any:
    annotation = type(entry.data).model_fields[record].annotation
    return next(arg for arg in get_args(annotation) if hasattr(arg, "model_fields"))


def _widget(path: str, annotation: Any, value: Any) -> FormField:
    text = "" if value is None else str(value)
    kinds = _kinds(annotation)
    optional = type(None) in kinds
    literal = next((k for k in kinds if get_origin(k) is Literal), None)
    if literal is not None:
        return FormField(
            path, label(path), text, "select", ("",) * optional + tuple(get_args(literal))
        )
    if dt.date in kinds:
        return FormField(path, label(path), text, "date")
    if int in kinds:
        return FormField(path, label(path), text, "number")
    if float in kinds:
        shown = "" if value is None else f"{value:g}"
        return FormField(path, label(path), shown, "number", step="any")
    if path.rpartition(".")[2] in LONG_TEXT:
        return FormField(path, label(path), text, "textarea")
    return FormField(path, label(path), text, "text")


def _kinds(annotation: Any) -> list[Any]:
    """The types an annotation allows, with ``Annotated`` and unions unwrapped."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _kinds(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return [kind for arg in get_args(annotation) for kind in _kinds(arg)]
    return [annotation]
