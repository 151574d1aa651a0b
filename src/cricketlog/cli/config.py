"""`cricketlog config show|set|unset` and `cricketlog db upgrade`.

Values are checked by :mod:`cricketlog.config` before they are written; whether a microphone
exists is asked of the sound system here, since only the command line records from one. Nothing
printed here shows a secret: API keys and the passwords in URLs are masked.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from cricketlog.cli.app import config_app, db_app
from cricketlog.cli.common import console, emit_json, settings
from cricketlog.config import KEYS, load_settings, mask, mask_url, set_value, unset_value


@config_app.command("show")
def config_show(
    as_json: Annotated[bool, typer.Option("--json", help="As one JSON object.")] = False,
) -> None:
    """Print every setting in force and where it came from (secrets masked).

    Example: [cyan]cricketlog config show[/]
    """
    current = settings()
    rows = [(key, mask(key, getattr(current, key)), current.sources[key]) for key in KEYS]
    if as_json:
        emit_json(
            {
                "config_file": str(current.config_file),
                "data_dir": str(current.home),
                "database": _database(),
                "settings": {k: {"value": v, "source": s} for k, v, s in rows},
            }
        )
        return
    table = Table(title=f"Settings (file: {current.config_file})", title_justify="left")
    for column in ("key", "value", "source"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    console.print(f"Data folder: {current.home}\nDatabase: {_database()}")


def _database() -> str:
    return mask_url(settings().db_url)


KeyArg = Annotated[str, typer.Argument(metavar="KEY", help=f"One of: {', '.join(KEYS)}.")]


# Unknown options are taken as arguments so that a negative number is a value ("-1"), which
# the setting's own check then judges, rather than an option that does not exist.
@config_app.command("set", context_settings={"ignore_unknown_options": True})
def config_set(
    key: KeyArg,
    value: Annotated[str, typer.Argument(metavar="VALUE", help="The new value.")],
) -> None:
    """Write a setting to the config file, after checking the value.

    Example: [cyan]cricketlog config set speak false[/]
    """
    if key == "input_device" and value:
        from cricketlog.audio.devices import find_input

        find_input(value)
    stored = set_value(settings(), key, value)
    console.print(f"{key} = {mask(key, stored)}  [dim](in {settings().config_file})[/]")


@config_app.command("unset")
def config_unset(key: KeyArg) -> None:
    """Remove a setting from the config file, so its default applies again.

    Example: [cyan]cricketlog config unset week_start[/]
    """
    default = unset_value(settings(), key)
    now = load_settings()
    shown = mask(key, getattr(now, key))
    if now.sources[key] == "default":
        console.print(f"{key} = {mask(key, default)}  [dim](the default)[/]")
    else:
        console.print(f"{key} = {shown}  [dim](still set by {now.sources[key]})[/]")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Bring the database schema up to date (also done automatically on first use).

    Example: [cyan]cricketlog db upgrade[/]
    """
    from cricketlog.config import ensure_home
    from cricketlog.store.db import HEAD, make_engine, upgrade

    ensure_home(settings())
    upgrade(make_engine(settings().db_url))
    console.print(f"Database {_database()} is at schema revision {HEAD}.")
