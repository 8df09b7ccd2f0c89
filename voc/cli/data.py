"""voc query, export, search: read-only access to the warehouse."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from voc.cli.base import (ConfigOpt, WarehouseOpt, app, session)


from enum import Enum  # noqa: E402  (kept inside this section: see the owners' rule in DEVELOPING.md)


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormatOpt(str, Enum):
    parquet = "parquet"
    csv = "csv"


class RoleOpt(str, Enum):
    agent = "agent"
    customer = "customer"
    unknown = "unknown"


FormatOpt = Annotated[QueryFormat, typer.Option("--format", "-f", help="table (terminal), csv or json.")]


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="One or more read-only SQL statements; the last one's rows are shown.")],
    fmt: FormatOpt = QueryFormat.table,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Run read-only SQL on the warehouse (tables, plus the views call_facts and customer_utterances).

    Example: voc query "SELECT primary_intent, count(*) AS calls FROM call_facts GROUP BY 1 ORDER BY 2 DESC" --format csv
    """
    from voc.query import run_query, to_csv, to_json, to_rich_table

    with session(config, connect=False, warehouse=warehouse) as (settings, _):
        res = run_query(settings.warehouse_path, sql)
    if fmt is QueryFormat.csv:
        sys.stdout.write(to_csv(res))
    elif fmt is QueryFormat.json:
        typer.echo(to_json(res))
    else:
        from rich.console import Console

        Console().print(to_rich_table(res))


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write (one sub-folder per table).",
                                      file_okay=False)],
    fmt: Annotated[ExportFormatOpt, typer.Option("--format", "-f", help="parquet or csv.")] = ExportFormatOpt.parquet,
    table: Annotated[Optional[list[str]], typer.Option("--table", "-t", help="A table to export (repeatable; "
                                                       "default: all tables and views).")] = None,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print what was written as JSON.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
) -> None:
    """Export warehouse tables to Parquet or CSV; per-call tables are partitioned by call date (date=YYYY-MM-DD).

    Example: voc export --format parquet --out exports/ --table calls --table utterances
    """
    from dataclasses import asdict

    from voc.export import export_tables

    with session(config, connect=False, warehouse=warehouse) as (settings, _):
        results = export_tables(settings.warehouse_path, out, fmt.value, table or None)
    if json_out:
        typer.echo(json.dumps([asdict(r) for r in results], indent=2))
    elif not quiet:
        for r in results:
            how = (f"partitioned by {r.partitioned_by}, {len(r.files)} file{'s' * (len(r.files) != 1)}"
                   if r.partitioned_by else "1 file")
            typer.echo(f"{r.table:<22} {r.rows:>9} rows  ({how})")
        typer.echo(f"wrote {out / 'export.json'}")


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find (full-text, stemmed), or a sentence with --semantic.")],
    role: Annotated[Optional[RoleOpt], typer.Option("--role", help="Only utterances of this role.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Calls on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Calls on or before this date (YYYY-MM-DD).")] = None,
    intent: Annotated[Optional[str], typer.Option("--intent", help="Calls whose primary intent is this id.")] = None,
    campaign: Annotated[Optional[str], typer.Option("--campaign", help="Calls linked to this campaign id.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most hits to show.")] = 20,
    semantic: Annotated[bool, typer.Option("--semantic", help="Rank by meaning (MiniLM embeddings) instead of "
                                                              "words; finds paraphrases.")] = False,
    all_terms: Annotated[bool, typer.Option("--all-terms", help="Full-text: every word must occur.")] = False,
    fmt: FormatOpt = QueryFormat.table,
    index: Annotated[Optional[Path], typer.Option("--index", help="Search index file (default: <warehouse>.search"
                                                  ".duckdb beside the warehouse).", dir_okay=False)] = None,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Search redacted utterances; shows call id, call time, offset in the call and a highlighted snippet.

    Example: voc search "discount not applied" --role customer --since 2026-03-01 --campaign SPRING26
    """
    from voc.query import QueryResult, to_csv
    from voc.search import search as do_search

    with session(config, connect=False, warehouse=warehouse) as (settings, _):
        res = do_search(settings.warehouse_path, text, role=role.value if role else None, since=since, until=until,
                        intent=intent, campaign=campaign, limit=limit, semantic=semantic, all_terms=all_terms,
                        index_path=index, embedding_model=settings.analysis.embedding_model)
    if res.notice:
        typer.echo(f"warning: {res.notice}", err=True)
    if fmt is QueryFormat.json:
        typer.echo(json.dumps({"query": res.query, "method": res.method, "hits": [h.to_dict() for h in res.hits]},
                              indent=2, ensure_ascii=False))
        return
    if fmt is QueryFormat.csv:
        cols = ["call_id", "utt_idx", "started_at", "timestamp", "role", "score", "snippet"]
        rows = [tuple(h.to_dict()[c] for c in cols) for h in res.hits]
        sys.stdout.write(to_csv(QueryResult(columns=cols, rows=rows)))
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    if not res.hits:
        console.print(f"no matches for {escape(repr(res.query))} ({res.method}).")
        return
    console.print(f"[dim]{len(res.hits)} hits for {escape(repr(res.query))} ({res.method}, best first)[/]")
    for h in res.hits:
        when = h.started_at.strftime("%Y-%m-%d %H:%M") if h.started_at else "date unknown"
        console.print(f"[cyan]{escape(h.call_id[:16])}[/] {when} @{h.timestamp} [dim]{escape(h.role or '?')} "
                      f"score {h.score:.3f}[/]")
        console.print(f"  {h.rich_snippet()}")
        if h.brief:
            console.print(f"  [dim]call brief: {escape(h.brief_line())}[/]")
