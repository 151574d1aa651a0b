"""Accounts that sign in with a password: what an email and a password must be, and the hash.

The web app's sign-up and login and ``cricketlog users`` check and hash in the same way, so an
account made at either door works at the other. Passwords are hashed with argon2id (pwdlib,
imported on first use); the store keeps only the hash.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from cricketlog.errors import Invalid

if TYPE_CHECKING:
    from pwdlib import PasswordHash

MIN_PASSWORD: Final = 10
MAX_PASSWORD: Final = 1024
"""Longer is refused: hashing megabytes on every login attempt would be a way to load the server."""
EMAIL: Final = re.compile(r"[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+")
"""An address a mail server could deliver to: something, an @, a dotted domain."""


class BadAccount(Invalid):
    """An email that is not one, or a password too short or too long."""


def checked_email(email: str) -> str:
    """``email`` as it is stored (trimmed, lower-cased); :class:`BadAccount` if it is not one."""
    address = email.strip().lower()
    if len(address) > 254 or not EMAIL.fullmatch(address):
        raise BadAccount(f"{email.strip()!r} is not an email address.")
    return address


def checked_password(password: str) -> str:
    """``password`` if it is long enough (and not absurdly long); :class:`BadAccount` if not."""
    if len(password) < MIN_PASSWORD:
        raise BadAccount(f"A password needs at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise BadAccount(f"A password may have at most {MAX_PASSWORD} characters.")
    return password


@functools.cache
def _hasher() -> PasswordHash:
    from pwdlib import PasswordHash
    from pwdlib.hashers.argon2 import Argon2Hasher

    return PasswordHash((Argon2Hasher(),))


def hash_password(password: str) -> str:
    """The argon2id hash of ``password``, as the store keeps it."""
    return _hasher().hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """Whether ``password`` is the one ``password_hash`` was made from (never for no hash)."""
    if not password_hash:
        _hasher().hash(password)  # as slow as a real check, so timing tells nothing
        return False
    return _hasher().verify(password, password_hash)
