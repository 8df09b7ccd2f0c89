"""voc campaigns import | attribute, voc report: the campaign calendar and the marketers' report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from voc.cli.base import (ConfigOpt, WarehouseOpt, app, campaigns_app, session)


from datetime import datetime as _datetime  # noqa: E402  (kept inside this section: owners' rule)

SinceOpt = Annotated[Optional[_datetime], typer.Option("--since", formats=["%Y-%m-%d"],
                                                       help="First day, YYYY-MM-DD (default: period_days before --until).")]
UntilOpt = Annotated[Optional[_datetime], typer.Option("--until", formats=["%Y-%m-%d"],
                                                       help="Last day, YYYY-MM-DD (default: the last call's day).")]


@campaigns_app.command("import")
def campaigns_import(
    file: Annotated[Path, typer.Argument(help="Campaign calendar: .csv, .yaml or .yml.", exists=True, dir_okay=False)],
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
    attribute: Annotated[bool, typer.Option("--attribute/--no-attribute",
                                            help="Re-link the calls already in the warehouse to campaigns.")] = True,
) -> None:
    """Import (upsert) a campaign calendar: id, name, channel, start_date, end_date, offer, keywords, promo_codes,
    target_segment.

    Example: voc campaigns import voc/demo/campaigns.yaml
    """
    from voc.analyze.campaigns import import_calendar
    from voc.pipeline import attribute_all

    with session(config, warehouse=warehouse) as (settings, con):
        n = import_calendar(con, file)
        links = attribute_all(con, settings) if attribute else None
    typer.echo(f"imported {n} campaigns from {file}" + (f"; {links} call-campaign links" if links is not None else ""))


@campaigns_app.command("attribute")
def campaigns_attribute(config: ConfigOpt = None, warehouse: WarehouseOpt = None) -> None:
    """Re-link every call to the campaigns in the warehouse (manifest code, spoken promo code, keyword, offer).

    Example: voc campaigns attribute --warehouse voc.duckdb
    """
    from voc.pipeline import attribute_all

    with session(config, warehouse=warehouse) as (settings, con):
        links = attribute_all(con, settings)
    typer.echo(f"{links} call-campaign links")


@app.command()
def report(
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Report folder (default: settings report.out).",
                                                file_okay=False)] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    campaign: Annotated[Optional[str], typer.Option("--campaign", help="Only calls linked to this campaign id.")] = None,
    queue: Annotated[Optional[str], typer.Option("--queue", help="Only calls of this queue.")] = None,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Write the marketers' report: report.html (self-contained), report.md and extracts/*.csv|parquet.

    Without --since the period is the last report.period_days (28) days up to --until or the last call.

    Example: voc report --since 2025-03-01 --until 2025-03-31 --campaign SPRING25 --out report/
    """
    from voc.reports import write_report

    with session(config, read_only=True, warehouse=warehouse, report__out=out) as (settings, con):
        path = write_report(con, Path(settings.report.out), since=since.date() if since else None,
                            until=until.date() if until else None, campaign=campaign, queue=queue,
                            settings=settings, warehouse=str(settings.warehouse_path))
    typer.echo(f"wrote {path}")


@app.command()
def brief(
    campaign: Annotated[str, typer.Option("--campaign", help="Campaign id from the imported calendar.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for brief.html and brief.md.",
                                      file_okay=False)] = Path("voc-brief"),
    today: Annotated[Optional[_datetime], typer.Option("--today", formats=["%Y-%m-%d"],
                                                       help="Judge 'not started yet' against this day "
                                                            "(default: the current date).")] = None,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Write a one-page campaign brief for agents (brief.html, readable on a phone, and brief.md): the offer,
    dates, eligibility and promo codes, the questions customers ask about it with the answers agents gave in
    resolved calls, and the objections heard. A campaign not started yet gets the closest past campaign's questions.

    Example: voc brief --campaign SPRING25 --out spring-brief/
    """
    from voc.reports.brief import write_brief

    with session(config, read_only=True, warehouse=warehouse) as (settings, con):
        html, md = write_brief(con, campaign, out, settings=settings, today=today.date() if today else None)
    typer.echo(f"wrote {html} and {md}")
