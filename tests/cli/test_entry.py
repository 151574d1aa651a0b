"""`cricketlog show`, `edit` and `delete` through the real command, at a terminal where it asks.

The questions (deleting, changing an entry's kind) are answered in a pseudo-terminal (pexpect);
without one, each command says which flag to use instead and exits 2, having changed nothing.
"""

from __future__ import annotations

import json
import os
import sys

import pexpect
import pytest

import season
from conftest import Run
from cricketlog.cli import common
from cricketlog.cli.render import entry_table
from cricketlog.entries.edits import fields_of
from cricketlog.store.repo import Store

HOSTILE = "nets \x1b[31mred\x1b]0;pwned\x07 \u202eevil [bold]x[/bold]"
"""A note with a colour change, a terminal title, a bell, a right-to-left override and markup."""


@pytest.fixture
def store() -> Store:
    """One week of entries (ids 1-7) in this test's database."""
    saved = Store(common.settings().db_url)
    saved.add(season.week())
    return saved


def terminal(*args: str) -> pexpect.spawn:
    """The command in a pseudo-terminal, as a person runs it."""
    return pexpect.spawn(
        sys.executable,
        ["-m", "cricketlog", *args],
        env={**os.environ, "COLUMNS": "120", "TERM": "dumb"},  # no colour codes to match around
        encoding="utf-8",
        timeout=60,
    )


def test_delete_several_at_a_terminal_asks_once(store: Store) -> None:
    child = terminal("delete", "1", "2")
    child.expect(r"Delete #1, #2\? \[y/N\]")
    child.sendline("n")
    child.expect("Nothing deleted")
    child.expect(pexpect.EOF)
    assert store.count() == 7

    child = terminal("delete", "1", "2")
    child.expect(r"Delete #1, #2\?")
    child.sendline("y")
    child.expect(r"Deleted #1, #2\.")
    child.expect(pexpect.EOF)
    assert store.count() == 5


def test_delete_without_a_terminal_says_use_yes(store: Store, cli: Run) -> None:
    result = cli("delete", "3")
    assert result.returncode == 2
    assert result.stderr == (
        "error: Cannot ask to confirm: standard input is not a terminal. Use --yes to delete.\n"
    )
    assert store.count() == 7
    deleted = cli("delete", "3", "4", "3", "--yes")
    assert deleted.returncode == 0 and "Deleted #3, #4." in deleted.stdout
    assert store.count() == 5


@pytest.mark.parametrize(
    ("editor", "code", "message"),
    [
        ("false", 1, "error: The editor failed (false: Editing failed); nothing was changed.\n"),
        (
            "",
            2,
            "error: No editor to open without a terminal: set EDITOR, or change fields with "
            "--set field=value.\n",
        ),
    ],
)
def test_an_editor_that_fails_or_is_missing_is_one_line(
    store: Store, cli: Run, monkeypatch: pytest.MonkeyPatch, editor: str, code: int, message: str
) -> None:
    monkeypatch.setenv("EDITOR", editor)
    monkeypatch.delenv("VISUAL", raising=False)
    before = store.get(1)
    result = cli("edit", "1")
    assert (result.returncode, result.stderr) == (code, message)
    assert store.get(1) == before


def test_every_name_the_table_shows_can_be_set(store: Store, cli: Run) -> None:
    """The confirmation table's row names are the names --set takes, for every kind."""
    match = season.season()[-1]  # a match with batting, bowling and keeping
    saved = store.add([match])[0]
    for entry in [*store.find(), saved]:
        shown = [str(name) for name in entry_table(entry).columns[0].cells]
        for name in shown:
            settable = {f.partition(".")[0] for f in fields_of(entry)}
            assert name in settable, (entry.activity_type, name)
    result = cli("edit", "1", "--set", "date=Tue 23 Jun 2026", "--set", "kind=Fitness")
    assert result.returncode == 0, result.stderr
    assert store.get(1).entry_date.isoformat() == "2026-06-23"
    assert cli("edit", "1", "--set", "date=2026-06-21").returncode == 0
    assert store.get(1).entry_date.isoformat() == "2026-06-21"
    assert cli("edit", "1", "--set", "entry_date=yesterday").returncode == 2


def test_changing_the_kind_keeps_what_carries_over_and_asks_first(store: Store, cli: Run) -> None:
    before = store.get(1)  # fitness: running, 60 min, high, "hill reps", good
    refused = cli("edit", "1", "--set", "activity_type=rest_day")
    assert refused.returncode == 2
    assert refused.stderr == (
        "error: Changing #1 to rest_day drops type, duration_minutes, intensity, details: "
        "add --yes to change it all the same.\n"
    )
    assert store.get(1) == before

    child = terminal("edit", "1", "--set", "kind=coaching")
    child.expect(r"Changing #1 to cricket_coaching drops type, intensity, details\. Change it\?")
    child.sendline("y")
    child.expect("Saved #1")
    child.expect(pexpect.EOF)
    coaching = store.get(1)
    assert coaching.activity_type == "cricket_coaching"
    assert coaching.data.duration_minutes == 60 and coaching.data.mental_state == "good"  # type: ignore[union-attr]

    assert cli("edit", "1", "--set", "kind=rest", "--yes").returncode == 0
    rest = store.get(1)
    assert rest.activity_type == "rest_day" and rest.data.mental_state == "good"


def test_control_characters_never_reach_the_terminal(store: Store, cli: Run) -> None:
    store.update(3, store.get(3).model_copy(update={"transcript": HOSTILE}))
    coaching = store.get(2)
    store.update(
        2,
        coaching.model_copy(
            update={"data": coaching.data.model_copy(update={"areas_for_improvement": HOSTILE})}
        ),
    )
    outputs = [
        cli("show", "2").stdout,
        cli("show", "3").stdout,
        cli("history").stdout,
        cli("history", "--csv").stdout,
        cli("history", "--markdown").stdout,
        cli("edit", "2", "--set", "mental_state=good").stdout,
    ]
    for out in outputs:
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "nets \\x1b[31mred\\x1b]0;pwned\\x07 \\u202eevil [bold]x[/bold]" in outputs[1]
    assert "\\x1b[31mred" in outputs[3] and "\\x1b[31mred" in outputs[4]
    # --json is JSON: the characters are escaped there by the format itself, and exact.
    shown = json.loads(cli("show", "3", "--json").stdout)
    assert shown["transcript"] == HOSTILE
