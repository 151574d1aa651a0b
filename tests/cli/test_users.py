"""`cricketlog users`: accounts made, listed, changed and deleted from the shell, through real
processes (a terminal for the hidden prompts, standard input for scripts)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pexpect
import pytest
from fastapi.testclient import TestClient

from conftest import Run
from cricketlog.config import load_settings
from cricketlog.store import Store

PASSWORD = "correct horse battery"


@pytest.fixture
def db(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The database the commands use (this test's own)."""
    monkeypatch.setenv("CRICKETLOG_DATABASE_URL", sqlite_url)
    return Store(sqlite_url)


def spawn(*args: str) -> pexpect.spawn:
    """The command on a terminal of its own."""
    return pexpect.spawn(
        sys.executable,
        ["-m", "cricketlog", *args],
        env=dict(os.environ),
        encoding="utf-8",
        timeout=60,
    )


def can_log_in(email: str, password: str) -> bool:
    from cricketlog.web.app import create_app

    with TestClient(create_app(load_settings())) as client:
        answer = client.post("/api/token", data={"username": email, "password": password})
    return answer.status_code == 200


def test_add_asks_twice_with_hidden_prompts(db: Store) -> None:
    child = spawn("users", "add", "Coach@Example.com")
    child.expect("Password: ")
    child.sendline(PASSWORD)
    child.expect("Repeat for confirmation: ")
    child.sendline("a different one!")
    child.expect("do not match")
    child.expect("Password: ")
    child.sendline(PASSWORD)
    child.expect("Repeat for confirmation: ")
    child.sendline(PASSWORD)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Added coach@example.com" in child.before
    assert PASSWORD not in child.before  # never echoed
    user = db.users.by_email("coach@example.com")
    assert user is not None and user.password_hash.startswith("$argon2id$")
    assert can_log_in("coach@example.com", PASSWORD)


def test_add_reads_stdin_and_refuses_bad_input(db: Store, cli: Run) -> None:
    assert cli("users", "add", "a@example.com", input=PASSWORD + "\n").returncode == 0
    taken = cli("users", "add", "A@example.com", input=PASSWORD + "\n")
    assert taken.returncode == 1 and "already a user a@example.com" in taken.stderr
    short = cli("users", "add", "b@example.com", input="short\n")
    assert short.returncode == 2 and "at least 10 characters" in short.stderr
    bad = cli("users", "add", "not-an-email", input=PASSWORD + "\n")
    assert bad.returncode == 2 and "not an email address" in bad.stderr
    for result in (taken, short, bad):
        assert "Traceback" not in result.stderr
    assert [u.email for u in db.users.all()] == ["a@example.com"]


def test_list_shows_accounts_and_their_entries(db: Store, cli: Run) -> None:
    cli("users", "add", "a@example.com", input=PASSWORD + "\n")
    cli("users", "add", "b@example.com", input=PASSWORD + "\n")
    from cricketlog.diary import Draft
    from cricketlog.pipeline import Pipeline

    b = db.users.by_email("b@example.com")
    assert b is not None
    Draft.from_text(Pipeline(load_settings(), store=db, user_id=b.id), "rest day").save()
    rows = [json.loads(line) for line in cli("users", "list", "--json").stdout.splitlines()]
    assert [(r["email"], r["entries"], r["can_sign_in"]) for r in rows] == [
        ("a@example.com", 0, True),
        ("b@example.com", 1, True),
    ]
    table = cli("users", "list").stdout
    assert "a@example.com" in table and "b@example.com" in table


def test_passwd_changes_the_password(db: Store, cli: Run) -> None:
    cli("users", "add", "a@example.com", input=PASSWORD + "\n")
    changed = cli("users", "passwd", "a@example.com", input="a brand new password\n")
    assert changed.returncode == 0
    assert can_log_in("a@example.com", "a brand new password")
    assert not can_log_in("a@example.com", PASSWORD)
    missing = cli("users", "passwd", "nobody@example.com", input="a brand new password\n")
    assert missing.returncode == 1
    assert "No account nobody@example.com" in missing.stderr and "users list" in missing.stderr


def test_delete_asks_first_and_removes_the_entries(db: Store, cli: Run, home: Path) -> None:
    cli("users", "add", "a@example.com", input=PASSWORD + "\n")
    a = db.users.by_email("a@example.com")
    assert a is not None
    from cricketlog.diary import Draft
    from cricketlog.pipeline import Pipeline

    Draft.from_text(Pipeline(load_settings(), store=db, user_id=a.id), "rest day").save()
    pending = home / "recordings" / f"user-{a.id}"
    pending.mkdir(parents=True)
    (pending / "record-1.wav").write_bytes(b"RIFF")

    child = spawn("users", "delete", "a@example.com")
    child.expect(r"Delete a@example.com and their 1 entry\? This cannot be undone \[y/N\]: ")
    child.sendline("n")
    child.expect(pexpect.EOF)
    assert db.users.by_email("a@example.com") is not None

    child = spawn("users", "delete", "a@example.com")
    child.expect(r"\[y/N\]: ")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and "Deleted a@example.com and their 1 entry" in child.before
    assert db.users.by_email("a@example.com") is None
    assert db.entries(a.id).count() == 0
    assert not pending.exists()


def test_delete_without_a_terminal_needs_yes(db: Store, cli: Run) -> None:
    cli("users", "add", "a@example.com", input=PASSWORD + "\n")
    refused = cli("users", "delete", "a@example.com")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert cli("users", "delete", "a@example.com", "--yes").returncode == 0
    assert db.users.all() == []
