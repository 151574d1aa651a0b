"""`cricketlog config show|set` and `cricketlog db upgrade`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from cricketlog.cli.app import config_app, db_app
from cricketlog.cli.common import console, emit_json, settings
from cricketlog.config import KEYS, mask, set_value


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
    from cricketlog.store.db import describe

    return describe(settings().db_url)


@config_app.command("set")
def config_set(
    key: Annotated[str, typer.Argument(help=f"One of: {', '.join(KEYS)}.")],
    value: Annotated[str, typer.Argument(help="The new value.")],
) -> None:
    """Write a setting to the config file.

    Example: [cyan]cricketlog config set speak false[/]
    """
    stored = set_value(settings(), key, value)
    console.print(f"{key} = {mask(key, stored)}  [dim](in {settings().config_file})[/]")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Bring the database schema up to date (also done automatically on first use).

    Example: [cyan]cricketlog db upgrade[/]
    """
    from cricketlog.config import ensure_home
    from cricketlog.store.db import HEAD, upgrade

    ensure_home(settings())
    upgrade(settings().db_url)
    console.print(f"Database {_database()} is at schema revision {HEAD}.")
