"""The JSON API (``/api/...``): accounts and tokens, and each user's own diary.

Each route validates its input, names the user (:func:`~cricketlog.web.auth.api_user`), calls
the core and returns its result; errors come back as the core's message with the status
:mod:`cricketlog.web.errors` gives its kind. The contract is ``docs/web.md``'s API section.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, ConfigDict, Field, field_validator

from cricketlog.entries.schemas import ActivityType, Entry, SavedEntry
from cricketlog.store import Query as EntryQuery
from cricketlog.store import User
from cricketlog.web.auth import (
    MIN_PASSWORD,
    TOKEN_LIFETIME,
    ApiUser,
    Web,
    hash_password,
    issue_token,
    verify_password,
)
from cricketlog.web.state import WebState

router = APIRouter(prefix="/api")
EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+")
"""An address a mail server could deliver to: something, an @, a dotted domain."""


class NewUser(BaseModel):
    """A sign-up."""

    email: str = Field(max_length=254)
    password: str = Field(min_length=MIN_PASSWORD, max_length=1024)

    @field_validator("email")
    @classmethod
    def _address(cls, value: str) -> str:
        if not EMAIL.fullmatch(value.strip()):
            raise ValueError("not an email address")
        return value.strip().lower()


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
