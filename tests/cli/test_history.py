"""`cricketlog history`, `report`, `show`, `edit`, `delete`, `export` and restoring an export."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import cricketlog.cli
import season
from cricketlog.cli import common
from cricketlog.cli.app import app
from cricketlog.cli.history import restore_export
from cricketlog.errors import CricketlogError
from cricketlog.store import UserEntries
from stores import local_diary

Run = Callable[..., subprocess.CompletedProcess[str]]
TODAY = ("--today", season.TODAY.isoformat())
WEEK_IDS = list(range(59, 52, -1))  # the week's seven entries, newest first (52 runs before)


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    """Each test reads its own settings (the CLI caches them per process)."""
    common.settings.cache_clear()
    common.pipeline.cache_clear()
    yield
    common.settings.cache_clear()
    common.pipeline.cache_clear()


@pytest.fixture
def store() -> UserEntries:
    """The season in this test's SQLite database, in its data folder."""
    saved = local_diary(common.settings().db_url)
    saved.add(season.season())
    return saved


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> UserEntries:
    """The season in SQLite, then in PostgreSQL: for commands whose queries differ by backend."""
    if request.param == "postgres":
        monkeypatch.setenv("CRICKETLOG_DATABASE_URL", request.getfixturevalue("postgres_url"))
    return request.getfixturevalue("store")


def run(*args: str, input: str | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)
    return result


def listed_ids(result: Result) -> list[int]:
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    return [line["id"] for line in lines if "window" not in line]  # not the summary line


def test_history_lists_everything_newest_first(any_store: UserEntries) -> None:
    ids = listed_ids(run("history", "--json"))
    assert len(ids) == 59
    assert ids[:7] == WEEK_IDS and ids[-1] == 1


def test_history_filters(any_store: UserEntries) -> None:
    assert listed_ids(run("history", "--json", "--limit", "3")) == WEEK_IDS[:3]
    assert listed_ids(run("history", "--json", "--type", "match")) == [59, 58]
    both = run("history", "--json", "--type", "rest", "--type", "coaching")
    assert listed_ids(both) == [56, 55, 54]
    assert listed_ids(run("history", "--json", "--search", "ESSEX")) == [58]
    since = run("history", "--json", "--since", "last monday", "--until", "yesterday", *TODAY)
    assert listed_ids(since) == WEEK_IDS[1:]
    assert listed_ids(run("history", "--json", "--last", "2", *TODAY)) == [59, 58]
    iso = run("history", "--json", "--since", "2026-06-20", "--until", "2026-06-21")
    assert listed_ids(iso) == [52, 51]


def test_history_week_ends_with_the_summary(any_store: UserEntries) -> None:
    result = run("history", "--week", *TODAY)
    out = result.stdout
    assert result.exit_code == 0
    assert "Entries: week of Mon 22 Jun 2026 (7)" in out
    assert out.index("Cricket match") < out.index("Rest day")  # newest first
    for figure in (
        "Total load: 3975",
        "ratio 2.23",
        "Warning: ratio above 1.5",
        "Active-day streak: 2",
        "Rest days: 2 (1 logged as rest days)",
        "footwork (2)",
        "150.00",  # strike rate
        "Mental state  ▅▆█▁·▆█",  # one mark a day, Friday blank
    ):
        assert figure in out, figure
    month = run("history", "--month", *TODAY).stdout
    assert "Entries: June 2026 (28)" in month and "Total load: 7125" in month


def test_history_week_json_ends_with_the_summary_object(store: UserEntries) -> None:
    lines = [
        json.loads(line) for line in run("history", "--week", "--json", *TODAY).stdout.splitlines()
    ]
    summary = lines[-1]
    assert [line["id"] for line in lines[:-1]] == WEEK_IDS
    assert summary["window"] == {
        "since": "2026-06-22",
        "until": "2026-06-28",
        "label": "week of Mon 22 Jun 2026",
    }
    assert summary["total_load"] == 3975 == sum(day["load"] for day in summary["days"])
    assert round(summary["workload"]["ratio"], 2) == 2.23 and summary["workload"]["warning"]
    assert (summary["streak"], summary["rest_days"], summary["logged_rest_days"]) == (2, 2, 1)
    assert {"theme": "footwork", "entries": 2} in summary["themes"]
    assert round(summary["matches"]["strike_rate"], 2) == 150.0
    assert summary["entries"] == 7


def test_week_start_setting(store: UserEntries, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRICKETLOG_WEEK_START", "sunday")
    common.settings.cache_clear()
    assert listed_ids(run("history", "--json", "--week", *TODAY)) == [59]


def test_csv_and_markdown_have_the_same_rows(store: UserEntries) -> None:
    rows = list(csv.reader(io.StringIO(run("history", "--csv", "--limit", "2").stdout)))
    assert rows[0] == ["id", "date", "kind", "details", "mental state"]
    kent = "v Kent lost; 12*; 1/- (3.4 ov); 3 dismissals keeping"
    assert rows[1] == ["59", "2026-06-28", "Cricket match", kent, "excellent"]
    assert rows[2][:3] == ["58", "2026-06-27", "Cricket match"]
    markdown = run("history", "--markdown", "--limit", "2").stdout.splitlines()
    assert markdown[0] == "| id | date | kind | details | mental state |"
    assert markdown[2].startswith("| 59 | 2026-06-28 | Cricket match | v Kent lost; 12*;")
    assert len(markdown) == 4


def test_report_writes_the_html_page(store: UserEntries, tmp_path: Path) -> None:
    out = tmp_path / "coach.html"
    result = run("report", "--week", "--out", str(out), *TODAY)
    assert result.exit_code == 0 and "Wrote" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert "week of Mon 22 Jun 2026" in page and "3975" in page and page.count("<svg") == 2


def test_show_edit_delete(store: UserEntries, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = run("show", "58")
    assert "Cricket match  #58" in shown.stdout and "Essex" in shown.stdout
    assert json.loads(run("show", "58", "--json").stdout)["data"]["batting"]["runs"] == 45

    edited = run("edit", "58", "--set", "batting.runs=50", "--set", "mental_state=excellent")
    assert edited.exit_code == 0 and "Saved #58" in edited.stdout
    entry = store.get(58)
    assert entry.data.batting.runs == 50 and entry.data.mental_state == "excellent"  # type: ignore[union-attr]

    # The whole entry in $EDITOR, as TOML (default) and as JSON.
    monkeypatch.setenv("EDITOR", "sed -i -e s/Essex/Surrey/ -e '/^what_went_well/d'")
    assert run("edit", "58").exit_code == 0
    assert store.get(58).data.opponent == "Surrey"  # type: ignore[union-attr]
    monkeypatch.setenv("EDITOR", "sed -i s/Surrey/Kent/")
    assert run("edit", "58", "--format", "json").exit_code == 0
    assert store.get(58).data.opponent == "Kent"  # type: ignore[union-attr]

    assert "Deleted #58, #57" in run("delete", "58", "57", "--yes").stdout
    assert store.count() == 57


def test_export_and_restore(any_store: UserEntries, tmp_path: Path) -> None:
    printed = json.loads(run("export").stdout)
    assert len(printed["entries"]) == 59
    out = tmp_path / "diary.json"
    assert "Exported 59 entries" in run("export", "--format", "json", "--out", str(out)).stderr
    csv_rows = run("export", "--format", "csv").stdout.splitlines()
    assert len(csv_rows) == 60 and csv_rows[0].startswith("id,activity_type")

    with pytest.raises(CricketlogError, match="already has 59 entries"):
        restore_export(out)
    for entry in any_store.find():
        any_store.delete(entry.id)
    restore_export(out)
    assert listed_ids(run("history", "--json", "--limit", "2")) == [59, 58]
    assert json.loads(run("export").stdout) == printed


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("show", "999"), 1, "No entry with id 999"),
        (("delete", "999", "--yes"), 1, "No entry with id 999"),
        (("delete", "1", "999", "--yes"), 1, "No entry with id 999"),
        (("history", "--since", "someday"), 2, "Cannot read the date 'someday'"),
        (("history", "--week", "--month"), 2, "Give one window"),
        (("report", "--week", "--month"), 2, "Give one window"),
        (("history", "--csv", "--json"), 2, "Give one output format"),
        (("history", "--type", "golf"), 2, "Unknown --type 'golf'"),
        (("history", "--last", "0"), 2, "needs at least 1 day, not 0"),
        (("history", "--last", "1000000"), 2, "reach back before 1900-01-01"),
        (("history", "--limit", "-1"), 2, "--limit takes a number of entries from 1"),
        (("history", "--limit", "0"), 2, "--limit takes a number of entries from 1"),
        (("history", "--limit", "99999999999999999999"), 2, "--limit takes a number"),
        (("history", "--today", "9999-12-31"), 2, "outside the diary's calendar"),
        (("history", "--week", "--today", "0001-01-01"), 2, "outside the diary's calendar"),
        (("report", "--today", "9999-12-31"), 2, "outside the diary's calendar"),
        (("history", "--since", "9999-12-31"), 2, "outside the diary's calendar"),
        (("edit", "1", "--set", "duration_minutes=lots"), 2, "duration_minutes"),
        (("edit", "1", "--set", "bogus=1"), 2, "has no field 'bogus'"),
        (("edit", "1", "--set", "nonsense"), 2, "write it as field=value"),
        (
            ("edit", "1", "--set", "distance_km=Infinity"),
            2,
            "distance_km: Input should be a finite number",
        ),
        (("edit", "1", "--set", "distance_km=1e26"), 2, "distance_km: Input should be less"),
        (("edit", "1", "--set", "duration_minutes=1e26"), 2, "duration_minutes"),
        (("edit", "1", "--set", "duration_minutes=1441"), 2, "less than or equal to 1440"),
        (("export", "--format", "xml"), 2, "--format must be json or csv"),
    ],
)
def test_mistakes_give_one_line_and_the_documented_exit_code(
    args: tuple[str, ...],
    code: int,
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    local_diary(common.settings().db_url).add(season.week()[:1])
    monkeypatch.setattr(sys, "argv", ["cricketlog", *args])
    with pytest.raises(SystemExit) as exited:
        cricketlog.cli.main()  # the script's entry point: errors become one line and a code
    stderr = capsys.readouterr().err
    assert exited.value.code == code, stderr
    assert message in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert local_diary(common.settings().db_url).get(1).data.duration_minutes == 60  # type: ignore[union-attr]


def test_a_real_process_shows_no_traceback(cli: Run) -> None:
    result = cli("history", "--since", "someday")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: Cannot read the date 'someday': use YYYY-MM-DD, 'yesterday' or 'last monday'."
    )


def test_module_registers_the_commands() -> None:
    assert cricketlog.cli.main
    names = {c.name or c.callback.__name__ for c in app.registered_commands if c.callback}
    assert {"history", "report", "show", "edit", "delete", "export"} <= names


def test_machine_formats_are_never_cut(store: UserEntries, cli: Run) -> None:
    long_note = "need to work on " + " and ".join(["the short ball outside off stump"] * 6)
    store.add(
        [
            season.week()[1].model_copy(
                update={
                    "data": season.week()[1].data.model_copy(
                        update={"areas_for_improvement": long_note}
                    )
                }
            )
        ]
    )
    only = ("--search", "outside off stump")
    piped_csv = cli("history", "--csv", *only).stdout
    piped_markdown = cli("history", "--markdown", *only).stdout
    assert long_note in piped_csv and long_note in piped_markdown
    assert "…" not in piped_csv + piped_markdown
    assert "…" in cli("history", *only).stdout  # the table for people is cut to fit


def test_search_matches_whole_words(store: UserEntries) -> None:
    rows = season.week()
    recovered = rows[2].model_copy(update={"transcript": "rest day, recovered well"})
    cover = rows[3].model_copy(update={"transcript": "drills: the Cover drive flowed"})
    ids = [e.id for e in store.add([recovered, cover])]
    assert listed_ids(run("history", "--json", "--search", "cover")) == [ids[1]]
    assert listed_ids(run("history", "--json", "--search", "COVER DRIVE")) == [ids[1]]
    assert ids[0] in listed_ids(run("history", "--json", "--search", "recovered"))
    assert listed_ids(run("history", "--json", "--search", "over")) == []
    assert ids[1] in listed_ids(run("history", "--json", "--search", "drills"))  # batting_drills


def test_written_files_are_owner_only(store: UserEntries, cli: Run, tmp_path: Path) -> None:
    for args, out in (
        (("export", "--out"), tmp_path / "diary.json"),
        (("export", "--format", "csv", "--out"), tmp_path / "diary.csv"),
        (("report", "--week", *TODAY, "--out"), tmp_path / "report.html"),
    ):
        out.write_text("old, readable by all")
        out.chmod(0o644)
        result = cli(*args, str(out))
        assert result.returncode == 0, result.stderr
        assert stat.S_IMODE(out.stat().st_mode) == 0o600, out
        assert out.read_text() != "old, readable by all"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left
    failed = cli("export", "--out", str(tmp_path / "no" / "such" / "folder.json"))
    assert failed.returncode == 1
    assert failed.stderr.startswith("error: Cannot write ") and len(failed.stderr.splitlines()) == 1


def test_version_and_help_show_switches_as_switches(cli: Run) -> None:
    from cricketlog import __version__

    assert cli("--version").stdout == f"cricketlog {__version__}\n"
    commands = [[c.name or c.callback.__name__] for c in app.registered_commands if c.callback]
    commands += [["config", "show"], ["config", "set"], ["config", "unset"], ["db", "upgrade"]]
    for command in [[], *commands]:
        result = subprocess.run(
            [sys.executable, "-m", "cricketlog", *command, "--help"],
            capture_output=True,
            text=True,
            env={**os.environ, "COLUMNS": "150"},
        )
        assert result.returncode == 0, command
        assert "<bool>" not in result.stdout, command
        assert "--help" in result.stdout
    history_help = cli("history", "--help").stdout
    assert "--today" in history_help and "YYYY-MM-DD" in history_help
