"""The Typer application that every command module registers on.

Typer shows a ``<bool>`` placeholder after a switch in ``--help``, as if ``--week`` took a value;
:class:`Commands` removes it, so flags read as flags in every command's help.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup


def _switches_bare(params: list[Any]) -> list[Any]:
    """The parameters, with no placeholder shown after a switch (a flag that takes no value)."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


class Commands(TyperGroup):
    """A command group whose help, and every command's help, shows switches bare."""

    def get_params(self, ctx: Any) -> list[Any]:
        """The group's own options (``--help``, ``--version``)."""
        return _switches_bare(super().get_params(ctx))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """A command, its switches (and its ``--help``) shown bare."""
        command = super().get_command(ctx, cmd_name)
        if command is not None and not isinstance(command, TyperGroup):
            _switches_bare([*command.params, command.get_help_option(ctx)])
        return command


def _version(shown: bool) -> None:
    if shown:
        from cricketlog import __version__

        typer.echo(f"cricketlog {__version__}")
        raise typer.Exit()


app = typer.Typer(
    name="cricketlog",
    cls=Commands,
    help="Voice diary for cricketers: say what you did, get a structured training log.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
config_app = typer.Typer(cls=Commands, help="Show or change settings.", no_args_is_help=True)
db_app = typer.Typer(cls=Commands, help="Database maintenance.", no_args_is_help=True)
app.add_typer(config_app, name="config")
app.add_typer(db_app, name="db")


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Voice diary for cricketers: say what you did, get a structured training log."""
