"""One user's entries out to a file and back: same dates, times, sources and audio hashes.

The export is the player's own copy of their diary and the way to move it to another database.
JSON keeps the contract's shape (``{"format": ..., "version": 1, "entries": [...]}``). CSV has one
row per entry and one column per field of the contract, nested figures as ``batting.runs`` and
so on, for a spreadsheet; an empty cell is a field not given (so a figures object none of whose
fields is given reads back as no object). Both load back into the same rows.

Loading goes into one user's diary and only an empty one: merging two diaries would leave
duplicates nobody asked for. The entries keep their ids when the database has none of them (a
diary moved to a new database keeps its numbers) and get new ones otherwise, so a diary restores
into a database that holds other users' entries. A file is checked whole before anything is
written, and anything that is not an export this version wrote (a list where entries should be,
a number too big for an id, a time that has no UTC equivalent, a version from the future, JSON
nested deeper than Python can read) is refused in one line naming the entry and the field.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TextIO

from pydantic import BaseModel, ValidationError

from cricketlog.entries.schemas import DATA_MODELS, SavedEntry
from cricketlog.errors import Conflict, Invalid, StoreError

if TYPE_CHECKING:
    from cricketlog.store import UserEntries


class NotAnExport(Invalid):
    """A file to restore is not an export this version of cricketlog reads."""


class DiaryNotEmpty(StoreError, Conflict):
    """An export is restored only into a diary with no entries."""


ExportFormat = Literal["json", "csv"]
FORMAT: Final = "cricketlog-export"
VERSION: Final = 1
MAX_ID: Final = 2**31 - 1
"""The largest id the databases' integer column holds."""
SHA256 = re.compile(r"[0-9a-f]{64}")
ENTRY_FIELDS: Final = (
    "id",
    "activity_type",
    "entry_date",
    "created_at",
    "source",
    "source_sha256",
    "transcript",
)
LEGACY_CSV: Final = (*ENTRY_FIELDS, "data")
"""The columns of CSV exports made before each field had its own (``data`` as JSON)."""


def _data_columns() -> tuple[str, ...]:
    """Every field of every kind's data, nested ones dotted, in the contract's order, once."""
    columns: dict[str, None] = {}
    for model in DATA_MODELS.values():
        for name, info in model.model_fields.items():
            nested = _nested(info.annotation)
            if nested is None:
                columns[name] = None
            else:
                columns.update({f"{name}.{sub}": None for sub in nested.model_fields})
    return tuple(columns)


def _nested(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds when it holds one (``Batting | None`` gives ``Batting``)."""
    for kind in getattr(annotation, "__args__", (annotation,)):
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            return kind
    return None


DATA_COLUMNS: Final = _data_columns()
CSV_FIELDS: Final = (*ENTRY_FIELDS, *DATA_COLUMNS)


def records(diary: UserEntries) -> list[dict[str, Any]]:
    """Every entry of the diary as an export record, oldest id first."""
    hashes = diary.hashes()
    entries = sorted(diary.find(), key=lambda e: e.id)
    return [
        {
            **entry.model_dump(mode="json", exclude={"missing", "questions"}),
            "source_sha256": hashes.get(entry.id),
        }
        for entry in entries
    ]


def dump(diary: UserEntries, out: TextIO, fmt: ExportFormat = "json") -> int:
    """Write every entry of the diary to ``out`` in ``fmt``; returns how many."""
    rows = records(diary)
    if fmt == "json":
        json.dump({"format": FORMAT, "version": VERSION, "entries": rows}, out, ensure_ascii=False)
        out.write("\n")
    else:
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**{k: row[k] for k in ENTRY_FIELDS}, **_flat(row["data"])})
    return len(rows)


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    """A data object as cells: nested objects dotted, fields not given left out."""
    cells: dict[str, Any] = {}
    for name, value in data.items():
        if isinstance(value, dict):
            cells.update({f"{name}.{k}": v for k, v in value.items() if v is not None})
        elif value is not None:
            cells[name] = value
    return cells


def _unflat(row: dict[str, str]) -> dict[str, Any]:
    """A CSV row's data cells as a data object (empty cells are fields not given)."""
    data: dict[str, Any] = {}
    for column in DATA_COLUMNS:
        cell = row.get(column) or ""
        if cell == "":
            continue
        name, _, sub = column.partition(".")
        if sub:
            data.setdefault(name, {})[sub] = cell
        else:
            data[name] = cell
    return data


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number an export holds")


def _read(path: Path) -> list[Any]:
    try:
        with path.open(encoding="utf-8", newline="") as file:  # CSV cells may hold newlines
            text = file.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise NotAnExport(f"Cannot read the export {path}: {exc}") from None
    try:
        if text.lstrip().startswith("{"):
            return _json_entries(json.loads(text, parse_constant=_no_constants))
        return _csv_entries(text)
    except RecursionError:
        problem = "nested too deeply"
    except (ValueError, KeyError, TypeError) as exc:
        problem = str(exc)
    raise NotAnExport(
        f"{path} is not a cricketlog export ({problem}); make one with `cricketlog export`."
    )


def _json_entries(document: dict[str, Any]) -> list[Any]:
    if document.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} file")
    version = document.get("version")
    if type(version) is not int or version != VERSION:
        raise ValueError(f"version {version!r}: this cricketlog reads version {VERSION}")
    entries = document.get("entries")
    if not isinstance(entries, list):
        raise ValueError("its entries are not a list")
    return entries


def _csv_entries(text: str) -> list[Any]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows: list[dict[str, str]] = list(reader)
    columns = set(reader.fieldnames or ())
    if columns == set(LEGACY_CSV):
        return [
            {**_cells(row), "data": json.loads(row["data"], parse_constant=_no_constants)}
            for row in rows
        ]
    if columns != set(CSV_FIELDS):
        raise ValueError(f"expected the columns {', '.join(CSV_FIELDS)}")
    return [{**_cells(row), "data": _unflat(row)} for row in rows]


def _cells(row: dict[str, str]) -> dict[str, str | None]:
    """A CSV row's entry cells; an empty hash cell is a typed entry's (no hash)."""
    return {k: (row[k] or None) if k == "source_sha256" else row[k] for k in ENTRY_FIELDS}


def _entry(record: Any) -> tuple[SavedEntry, str | None]:
    """One record checked: the entry and its audio hash; ValueError says what is wrong."""
    if not isinstance(record, dict):
        raise ValueError(f"is {json.dumps(record)[:20]}, not an entry")
    entry = SavedEntry.model_validate(
        {k: v for k, v in record.items() if k not in ("source_sha256", "missing", "questions")}
    )
    if not 1 <= entry.id <= MAX_ID:
        raise ValueError(f"id: {entry.id} is not an id (1 to {MAX_ID})")
    try:
        entry.created_at.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        raise ValueError(f"created_at: {entry.created_at} has no time in UTC") from None
    sha = record.get("source_sha256")
    if sha is not None and not (isinstance(sha, str) and SHA256.fullmatch(sha)):
        raise ValueError("source_sha256: not a SHA-256 in hex")
    return entry, sha


def parse(path: Path) -> tuple[list[SavedEntry], dict[int, str]]:
    """The entries of an export file, checked against the contract, and their audio hashes."""
    entries: list[SavedEntry] = []
    hashes: dict[int, str] = {}
    seen: set[int] = set()
    for number, record in enumerate(_read(path), 1):
        try:
            entry, sha = _entry(record)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise NotAnExport(f"{path}, entry {number}: {where}: {first['msg']}.") from None
        except ValueError as exc:
            raise NotAnExport(f"{path}, entry {number}: {exc}.") from None
        if entry.id in seen:
            raise NotAnExport(f"{path}, entry {number}: id {entry.id} appears twice.")
        seen.add(entry.id)
        entries.append(entry)
        if sha:
            hashes[entry.id] = sha
    return entries, hashes


def load(diary: UserEntries, path: Path) -> int:
    """Restore the export at ``path`` into ``diary``, which must be empty; returns how many."""
    entries, hashes = parse(path)
    existing = diary.count()
    if existing:
        raise DiaryNotEmpty(
            f"This diary already has {existing} entries: an export is restored only into an "
            "empty diary (a new database, or another user)."
        )
    return diary.restore(entries, hashes)
