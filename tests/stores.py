"""A database's local diary, as the command line sees it: for tests that fill or read one."""

from __future__ import annotations

from cricketlog.store import Store, UserEntries


def local_diary(url: str) -> UserEntries:
    """The local user's entries in the database at ``url`` (created on first use)."""
    store = Store(url)
    return store.entries(store.users.local().id)
