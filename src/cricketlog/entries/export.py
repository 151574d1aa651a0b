"""Every entry out to a file and back, exactly: same ids, dates, times, sources and audio hashes.

The export is the player's own copy of their diary and the way to move it to another database.
JSON keeps the contract's shape (``{"format": ..., "version": 1, "entries": [...]}``); CSV has one
row per entry with ``data`` as a JSON cell, so both load back without loss. Loading refuses a
database that already has entries: merging two diaries would have to renumber one of them, and
then the export would no longer be restored exactly.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Final, Literal, TextIO

from pydantic import ValidationError

from cricketlog.entries.schemas import SavedEntry
from cricketlog.errors import CricketlogError, StoreError
from cricketlog.store.repo import Store

ExportFormat = Literal["json", "csv"]
FORMAT: Final = "cricketlog-export"
VERSION: Final = 1
FIELDS: Final = (
    "id",
    "activity_type",
    "entry_date",
    "created_at",
    "source",
    "source_sha256",
    "transcript",
    "data",
)


def records(store: Store) -> list[dict[str, Any]]:
    """Every entry as an export record, oldest id first."""
    hashes = store.hashes()
    entries = sorted(store.find(), key=lambda e: e.id)
    return [
        {
            **entry.model_dump(mode="json", exclude={"missing", "questions"}),
            "source_sha256": hashes.get(entry.id),
        }
        for entry in entries
    ]


def dump(store: Store, out: TextIO, fmt: ExportFormat = "json") -> int:
    """Write every entry to ``out`` in ``fmt``; returns how many."""
    rows = records(store)
    if fmt == "json":
        json.dump({"format": FORMAT, "version": VERSION, "entries": rows}, out, ensure_ascii=False)
        out.write("\n")
    else:
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "data": json.dumps(row["data"], ensure_ascii=False)})
    return len(rows)


def _read(path: Path) -> list[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8", newline="") as file:  # CSV cells may hold newlines
            text = file.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise CricketlogError(f"Cannot read the export {path}: {exc}") from None
    try:
        if text.lstrip().startswith("{"):
            document = json.loads(text)
            if document.get("format") != FORMAT:
                raise ValueError(f"not a {FORMAT} file")
            return list(document["entries"])
        rows: list[dict[str, Any]] = list(csv.DictReader(io.StringIO(text, newline="")))
        if not rows or set(rows[0]) != set(FIELDS):
            raise ValueError(f"expected the columns {', '.join(FIELDS)}")
        return [{**row, "data": json.loads(row["data"])} for row in rows]
    except (ValueError, KeyError, TypeError) as exc:
        raise CricketlogError(
            f"{path} is not a cricketlog export ({exc}); make one with `cricketlog export`."
        ) from None


def parse(path: Path) -> tuple[list[SavedEntry], dict[int, str]]:
    """The entries of an export file, checked against the contract, and their audio hashes."""
    entries, hashes = [], {}
    for number, record in enumerate(_read(path), 1):
        try:
            entry = SavedEntry.model_validate(
                {
                    k: v
                    for k, v in record.items()
                    if k not in ("source_sha256", "missing", "questions")
                }
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise CricketlogError(f"{path}, entry {number}: {where}: {first['msg']}.") from None
        entries.append(entry)
        if record.get("source_sha256"):
            hashes[entry.id] = str(record["source_sha256"])
    return entries, hashes


def load(store: Store, path: Path) -> int:
    """Restore the export at ``path`` into ``store``, which must be empty; returns how many."""
    entries, hashes = parse(path)
    existing = store.count()
    if existing:
        from cricketlog.store.db import describe

        raise StoreError(
            f"The database {describe(store.url)} already has {existing} entries: an export is "
            "restored only into an empty database (set CRICKETLOG_DATABASE_URL to a new one)."
        )
    return store.restore(entries, hashes)
