"""The root `voc` app, its command groups, the shared options and the one settings-and-connection context manager
(``session``) every warehouse command uses."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from voc import __version__
from voc.errors import VocError

CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="voc",
    help="voc turns a night's call recordings into what marketing can act on.\n\n"
         "Example: voc run --demo",
    context_settings=CONTEXT,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
eval_app = typer.Typer(help="Measure accuracy against references.\n\nExample: voc eval asr eval/asr/all.csv",
                       context_settings=CONTEXT, no_args_is_help=True)
intents_app = typer.Typer(help="Train and apply intent (call driver) classifiers.\n\n"
                               "Example: voc intents train --examples train.csv --text-col text --label-col label --out model/",
                          context_settings=CONTEXT, no_args_is_help=True)
campaigns_app = typer.Typer(help="Manage the campaign calendar.\n\nExample: voc campaigns import campaigns.yaml",
                            context_settings=CONTEXT, no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(intents_app, name="intents")
app.add_typer(campaigns_app, name="campaigns")

ConfigOpt = Annotated[Optional[Path], typer.Option("--config", "-c", help="Settings file (default ./voc.toml).",
                                                   dir_okay=False)]
WarehouseOpt = Annotated[Optional[Path], typer.Option("--warehouse", "-w", help="Warehouse file (default ./voc.duckdb).",
                                                      dir_okay=False)]


def load_settings(config: Path | None, **overrides: Any):
    """Settings from voc.toml/--config, VOC_* env, then CLI overrides given as dotted keys (None = not given)."""
    from voc.settings import Settings

    return Settings.load(config, overrides={k.replace("__", "."): v for k, v in overrides.items() if v is not None})


def fail(e: VocError) -> None:
    typer.echo(f"error: {e}", err=True)
    raise typer.Exit(e.exit_code)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"voc {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """voc — batch voice-of-customer analytics for recorded customer calls."""


@contextlib.contextmanager
def session(config: Path | None, read_only: bool = False, connect: bool = True,
            **overrides: Any) -> Iterator[tuple[Any, Any]]:
    """``(settings, connection)`` for one command: settings from voc.toml/--config, VOC_* env and the command's
    overrides; the warehouse opened (``connect=False``: None instead) and closed at the end. A VocError raised
    inside becomes its message on stderr and its exit code."""
    try:
        settings = load_settings(config, **overrides)
        con = None
        if connect:
            from voc.warehouse import connect as open_warehouse

            con = open_warehouse(settings.warehouse_path, read_only=read_only)
        try:
            yield settings, con
        finally:
            if con is not None:
                con.close()
    except VocError as e:
        fail(e)
