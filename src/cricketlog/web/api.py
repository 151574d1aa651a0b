"""The JSON API (``/api/...``): accounts and tokens, and each user's own diary.

Each route validates its input, names the user (:func:`~cricketlog.web.auth.api_user`), calls
the core and returns its result; errors come back as the core's message with the status
:mod:`cricketlog.web.errors` gives its kind. The contract is ``docs/web.md``'s API section.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException

from cricketlog.accounts import (
    MAX_PASSWORD,
    MIN_PASSWORD,
    BadAccount,
    checked_email,
    hash_password,
    verify_password,
)
from cricketlog.config import ensure_home
from cricketlog.diary import Draft
from cricketlog.entries.schemas import ActivityType, Entry, SavedEntry
from cricketlog.store import Query as EntryQuery
from cricketlog.store import User
from cricketlog.web.auth import (
    TOKEN_LIFETIME,
    ApiUser,
    Web,
    issue_token,
)
from cricketlog.web.state import WebState

router = APIRouter(prefix="/api")
MB = 1024 * 1024
MAX_NOTE = 10_000
"""Characters a typed note may hold."""
MAX_IMPORT = 50 * MB
FORM_SLACK = 64 * 1024
"""What a multipart form adds around its file (boundaries, the other fields)."""


class NewUser(BaseModel):
    """A sign-up."""

    email: str = Field(max_length=254)
    password: str = Field(min_length=MIN_PASSWORD, max_length=MAX_PASSWORD)

    @field_validator("email")
    @classmethod
    def _address(cls, value: str) -> str:
        try:
            return checked_email(value)
        except BadAccount:
            raise ValueError("not an email address") from None


class UserOut(BaseModel):
    """A user as the API shows them."""

    id: int
    email: str


class Token(BaseModel):
    """A bearer token and how long it is good for."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int


@router.post("/users", status_code=status.HTTP_201_CREATED)
def sign_up(new: NewUser, web: Web) -> UserOut:
    """Open an account (403 when registration is closed, 409 when the email is taken)."""
    if web.settings.registration == "closed":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Registration is closed on this server.")
    user = web.store.users.create(new.email, hash_password(new.password))
    return UserOut(id=user.id, email=user.email)


@router.post("/token")
def log_in(
    request: Request, form: Annotated[OAuth2PasswordRequestForm, Depends()], web: Web
) -> Token:
    """A token for the email and password (OAuth2 password flow); 429 after repeated failures
    for the account or the address."""
    user = login(web, request, form.username, form.password)
    return Token(
        access_token=issue_token(web.secret, user),
        expires_in=int(TOKEN_LIFETIME.total_seconds()),
    )


def login(web: WebState, request: Request, email: str, password: str) -> User:
    """The user whose email and password these are, through the throttle: 401 when they do not
    match, 429 (with ``Retry-After``) after too many failures. The login page uses it too."""
    from cricketlog.store.users import normal

    address = request.client.host if request.client else "-"
    keys = (f"account:{normal(email)}", f"address:{address}")
    waits = [wait for key in keys if (wait := web.limiter.check(key)) is not None]
    if waits:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            "Too many failed logins; try again later.",
            headers={"Retry-After": str(max(waits))},
        )
    user = web.store.users.by_email(email)
    if not verify_password(password, user.password_hash if user else None) or user is None:
        for key in keys:
            web.limiter.hit(key)
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Wrong email or password.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    web.limiter.clear(keys[0])
    return user


class EntryList(BaseModel):
    """Entries, newest first."""

    entries: list[dict[str, Any]]


class EntryPatch(BaseModel):
    """The parts of an entry to change; either may be left out."""

    model_config = ConfigDict(extra="forbid")

    entry_date: dt.date | None = None
    data: dict[str, Any] | None = None


def _listed(entries: list[SavedEntry] | list[Entry]) -> EntryList:
    return EntryList(entries=[entry.to_json() for entry in entries])


@router.get("/entries")
def list_entries(
    user: ApiUser,
    web: Web,
    since: Annotated[dt.date | None, Query(alias="from")] = None,
    until: Annotated[dt.date | None, Query(alias="to")] = None,
    kind: Annotated[ActivityType | None, Query(alias="type")] = None,
    limit: Annotated[int | None, Query(ge=0, le=10_000)] = None,
) -> EntryList:
    """This user's entries, newest first, within the dates and of the kind given."""
    query = EntryQuery(since=since, until=until, types=(kind,) if kind else (), limit=limit)
    return _listed(web.store.entries(user.id).find(query))


@router.get("/entries/{entry_id}")
def get_entry(entry_id: int, user: ApiUser, web: Web) -> dict[str, Any]:
    """One of this user's entries (404 for another user's)."""
    return web.store.entries(user.id).get(entry_id).to_json()


@router.patch("/entries/{entry_id}")
def patch_entry(entry_id: int, changes: EntryPatch, user: ApiUser, web: Web) -> dict[str, Any]:
    """Change an entry's date or data fields; 422 naming the field the result breaks."""
    from cricketlog.entries.edits import patch

    diary = web.store.entries(user.id)
    changed = patch(diary.get(entry_id), changes.model_dump(mode="json", exclude_none=True))
    return diary.update(entry_id, changed).to_json()


@router.delete("/entries/{entry_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_entry(entry_id: int, user: ApiUser, web: Web) -> None:
    """Remove one of this user's entries."""
    web.store.entries(user.id).delete(entry_id)


class Note(BaseModel):
    """A typed note: its entries, saved when ``save``; dated against ``today`` (the user's)."""

    text: str = Field(min_length=1, max_length=MAX_NOTE)
    save: bool = False
    today: dt.date | None = None


@router.post("/notes")
def add_note(note: Note, user: ApiUser, web: Web) -> EntryList:
    """The entries a note describes (saved, with ids, when asked)."""
    draft = Draft.from_text(web.pipeline(user.id), note.text, note.today)
    return _listed(draft.save() if note.save else draft.entries)


@router.post("/recordings")
async def upload_recording(request: Request, user: ApiUser, web: Web) -> dict[str, Any]:
    """The transcript and entries of an uploaded audio file, through the same draft as
    ``cricketlog import``: 413 over the limits, 415 for what is not audio, 422 when no speech
    is heard; a file this user saved before gives back its saved entries."""
    form = await _form(request, web.settings.max_audio_mb * MB)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise HTTPException(422, "file: an audio file is required.")
    save = _form_value(form, "save", bool, False)
    today = _form_value(form, "today", dt.date, None)
    with tempfile.TemporaryDirectory(dir=ensure_home(web.settings)) as folder:
        path = Path(folder) / _file_name(upload.filename)
        await anyio.to_thread.run_sync(_copy, upload, path)
        pipeline = web.pipeline(user.id, queued=True)
        draft = await anyio.to_thread.run_sync(
            functools.partial(Draft.from_file, pipeline, path, today=today)
        )
    if draft.already_saved:
        said = dict.fromkeys(entry.transcript for entry in draft.already_saved)
        return {"transcript": " ".join(said), "entries": _listed(draft.already_saved).entries}
    if not draft.transcript.strip():
        raise HTTPException(422, f"{path.name}: no speech was heard in it.")
    entries = await anyio.to_thread.run_sync(draft.save) if save else draft.entries
    return {"transcript": draft.transcript, "entries": _listed(entries).entries}


async def _form(request: Request, limit: float) -> FormData:
    """The multipart form, refused (413) before it is read when it says it is over ``limit``."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit + FORM_SLACK:
        raise HTTPException(413, f"The upload is over the {limit / MB:g} MB limit.")
    try:
        return await request.form(max_files=1, max_fields=10)
    except (AssertionError, MultiPartException) as exc:
        raise HTTPException(422, f"file: not a multipart form upload ({exc}).") from None


def _form_value(form: FormData, name: str, kind: type, default: Any) -> Any:
    raw = form.get(name)
    if raw is None or raw == "":
        return default
    try:
        return TypeAdapter(kind).validate_python(raw)
    except ValidationError:
        raise HTTPException(422, f"{name}: {raw!r} is not a {kind.__name__}.") from None


def _file_name(name: str | None) -> str:
    """A safe local name keeping the upload's own (it is the entries' source)."""
    base = re.sub(r"[^\w.\- ]", "_", Path(name or "").name).strip(". ")[:120]
    return base or "upload"


def _copy(upload: UploadFile, path: Path) -> None:
    with path.open("wb") as out:
        shutil.copyfileobj(upload.file, out, 1024 * 1024)


@router.get("/summary")
def summary(
    user: ApiUser,
    web: Web,
    window: Literal["week", "month"] = "week",
    today: dt.date | None = None,
) -> dict[str, Any]:
    """The week's or month's summary: the object ``cricketlog history --week --json`` ends
    with, for this user only."""
    from cricketlog.reports import summary as report
    from cricketlog.reports.summary_json import summary_json

    day = today or dt.date.today()
    span = report.week(day, web.settings.week_start) if window == "week" else report.month(day)
    return summary_json(report.load_summary(web.store.entries(user.id), span, day))


@router.get("/export")
def export(user: ApiUser, web: Web) -> Response:
    """This user's entries in ``cricketlog export``'s JSON format, as a download."""
    from cricketlog.entries.export import dump

    out = io.StringIO()
    dump(web.store.entries(user.id), out, "json")
    return Response(
        out.getvalue(),
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="cricketlog-export.json"'},
    )


@router.post("/import")
async def import_export(request: Request, user: ApiUser, web: Web) -> dict[str, int]:
    """Restore an export (the request body, or a multipart ``file``) into this user's diary,
    which must be empty (409 otherwise)."""
    from cricketlog.entries.export import NotAnExport, load

    if request.headers.get("content-type", "").startswith("multipart/"):
        upload = (await _form(request, MAX_IMPORT)).get("file")
        body = await upload.read() if isinstance(upload, UploadFile) else b""
    else:
        body = await request.body()
    if len(body) > MAX_IMPORT:
        raise HTTPException(413, f"The export is over the {MAX_IMPORT / MB:g} MB limit.")
    with tempfile.TemporaryDirectory(dir=ensure_home(web.settings)) as folder:
        path = Path(folder) / "export"
        path.write_bytes(body)
        diary = web.store.entries(user.id)
        try:
            restored = await anyio.to_thread.run_sync(load, diary, path)
        except NotAnExport as exc:
            raise HTTPException(422, str(exc).replace(str(path), "The file")) from None
    return {"restored": restored}
