"""voc drivers suggest: a draft call-driver taxonomy from the drivers voc discovered in the calls."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from voc.cli.base import CONTEXT, ConfigOpt, WarehouseOpt, app, session

drivers_app = typer.Typer(help="Call drivers discovered from the calls (when no taxonomy is configured).\n\n"
                               "Example: voc drivers suggest --out taxonomy.yaml",
                          context_settings=CONTEXT, no_args_is_help=True)
app.add_typer(drivers_app, name="drivers")


@drivers_app.command("suggest")
def drivers_suggest(
    out: Annotated[Path, typer.Option("--out", help="Taxonomy YAML to write (id, description, examples).",
                                      dir_okay=False)],
    examples: Annotated[int, typer.Option("--examples", min=1, help="Example sentences per driver.")] = 5,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
) -> None:
    """Write the discovered call drivers as a draft taxonomy for you to edit (rename ids, merge, drop), then set
    `analysis.taxonomy` to it: later runs classify calls against it (and abstain as `other` when unsure).

    Example: voc drivers suggest --out taxonomy.yaml
    """
    import yaml

    from voc.analyze.drivers import suggest_taxonomy
    from voc.errors import WarehouseError

    with session(config, read_only=True, warehouse=warehouse) as (settings, con):
        draft = suggest_taxonomy(con, max_examples=examples)
        if len(draft) < 2:
            from voc.cli.base import fail
            fail(WarehouseError(f"{settings.warehouse_path} holds {len(draft)} discovered driver(s); a taxonomy needs "
                                "at least 2. Fix: run `voc run` on more calls without analysis.taxonomy set, then "
                                "try again."))
    header = ("# Draft call-driver taxonomy written by `voc drivers suggest` from the drivers discovered in\n"
              f"# {settings.warehouse_path}. Edit it (rename ids, merge or drop drivers, add examples), then set\n"
              "# analysis.taxonomy = \"<this file>\" in voc.toml.\n")
    out.write_text(header + yaml.safe_dump(draft, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    if not quiet:
        typer.echo(f"{len(draft)} drivers → {out}")
