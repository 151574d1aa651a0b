"""What the store can refuse, each as where it happened (:class:`StoreError`) and what kind.

The kinds (:mod:`cricketlog.errors`) let each door answer in its own terms: the command line
adds a hint, a web layer answers 404 for :class:`~cricketlog.errors.NotFound` and 409 for
:class:`~cricketlog.errors.Conflict`.
"""

from cricketlog.errors import Conflict, NotFound, StoreError


class EntryNotFound(StoreError, NotFound):
    """No entry with that id for this user (another user's entry looks exactly the same)."""


class UserNotFound(StoreError, NotFound):
    """No user with that id or email."""


class AlreadyExists(StoreError, Conflict):
    """A user with that email is already there."""


class Duplicate(StoreError, Conflict):
    """A unique index refused a row: the same audio saved twice, an id already taken."""
