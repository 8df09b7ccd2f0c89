"""voc init, ingest, status, retry, run, transcribe: the nightly batch and its ledger."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from voc.cli.base import (ConfigOpt, WarehouseOpt, app, fail, session)
from voc.errors import VocError


def _progress(quiet: bool, json_out: bool):
    from voc.progress import LogProgress, NullProgress, RichProgress

    if quiet:
        return NullProgress()
    if sys.stderr.isatty():
        return RichProgress()
    return LogProgress()


def _close(progress) -> None:
    if hasattr(progress, "close"):
        progress.close()


@app.command()
def init(
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing voc.toml.")] = False,
) -> None:
    """Write a commented starter voc.toml in the current folder.

    Example: voc init && $EDITOR voc.toml
    """
    from voc.starter import starter_toml

    dest = Path("voc.toml")
    if dest.exists() and not force:
        typer.echo(f"error: {dest.resolve()} exists. Fix: edit it, or pass --force to overwrite it.", err=True)
        raise typer.Exit(2)
    dest.write_text(starter_toml(), encoding="utf-8")
    typer.echo(f"wrote {dest.resolve()}")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Audio files or folders (searched recursively), or fsspec URLs "
                                                "(s3://bucket/night/).")],
    manifest: Annotated[Optional[str], typer.Option("--manifest", "-m", help="CSV or Parquet with per-call metadata "
                                                    "(a path or a URL).")] = None,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Add audio files to the warehouse (identified by SHA-256; re-ingesting is a no-op).

    Example: voc ingest /recordings/2026-03-02 --manifest /recordings/2026-03-02/manifest.csv
    """
    from voc.ingest import ingest as do_ingest

    with session(config, warehouse=warehouse) as (_, con):
        res = do_ingest(con, paths, manifest)
    if json_out:
        typer.echo(json.dumps(res.to_dict(), indent=2))
    else:
        typer.echo(f"ingested {len(res.added)} new calls, {len(res.already)} already known, {len(res.failed)} failed")
        for path, err in res.failed:
            typer.echo(f"  failed: {path}: {err}", err=True)
        if res.unmatched_manifest_rows:
            typer.echo(f"  manifest rows with no file: {', '.join(res.unmatched_manifest_rows[:10])}", err=True)
    raise typer.Exit(1 if res.failed else 0)


@app.command()
def status(
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    failed: Annotated[bool, typer.Option("--failed", help="List failed and quarantined calls with reasons.")] = False,
) -> None:
    """Show counts of calls per stage and status; while a run holds the warehouse, its progress (stage counts,
    current call, ETA) and counts from a snapshot copy.

    Example: voc status --json
    """
    from voc import pipeline

    with session(config, connect=False, warehouse=warehouse) as (settings, _):
        st = pipeline.live_status(settings, failed=failed)
    fails = st.get("failed")
    if json_out:
        typer.echo(json.dumps(st, indent=2, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"warehouse: {st['warehouse']}" + (" (snapshot: a run holds it)" if st.get("source") == "snapshot"
                                                     else ""))
    console.print(f"calls: {st['calls']['total']} " + ", ".join(f"{k} {v}" for k, v in st['calls']['by_status'].items()))
    t = Table("stage", "done", "pending", "failed", "quarantined")
    for stage, c in st["stages"].items():
        t.add_row(stage, *(str(c.get(k, 0)) for k in ("done", "pending", "failed", "quarantined")))
    console.print(t)
    if st.get("run"):
        _print_live_run(console, st["run"])
    if st.get("last_run"):
        lr = st["last_run"]
        console.print(f"last run: {lr['run_id']} {lr['status']} (started {lr['started_at']})")
    if fails is not None:
        ft = Table("call", "path", "stage", "status", "attempts", "error", title="failed calls")
        for f in fails:
            ft.add_row(f["call_id"][:12], f["path"], f["stage"], f["status"], str(f["attempts"]), f["error"])
        console.print(ft if fails else "no failed calls")


@app.command()
def retry(
    call_ids: Annotated[Optional[list[str]], typer.Argument(help="Call ids to re-queue (default: all failed).")] = None,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Re-queue failed and quarantined calls for the next run.

    Example: voc retry && voc run
    """
    from voc import pipeline

    with session(config, warehouse=warehouse) as (_, con):
        n = pipeline.retry(con, call_ids)
    typer.echo(f"re-queued {n} calls")


def _run_common(paths, manifest, demo, config, warehouse, model, device, force, quiet, json_out, wait, until,
                report=True, executor=None, address=None, out=None):
    from voc import pipeline

    overrides: dict[str, Any] = {"warehouse": warehouse, "asr.model": model, "device": device,
                                 "run.executor": executor, "run.ray_address": address, "report.out": out}
    try:
        from voc.settings import Settings

        settings = Settings.load(config, overrides=overrides)  # None = not given on the command line
        paths = list(paths or [])
        if demo:
            from voc.demo_setup import demo_setup, write_demo_config
            paths, manifest = demo_setup(settings, paths, manifest)
            if config is None and settings.source is None:   # later commands here see the demo's deployment
                written = write_demo_config(settings, Path("voc.toml"))
                if written is not None and not quiet and not json_out:
                    typer.echo(f"wrote {written}: the demo's settings, for later voc commands in this folder",
                               err=True)
        if not paths and not settings.warehouse_path.exists():
            raise VocError(f"nothing to do: no input paths and no warehouse at {settings.warehouse_path}. "
                           "Fix: pass audio folders (voc run /recordings), or try `voc run --demo`.")
    except VocError as e:
        fail(e)
    progress = _progress(quiet, json_out)
    try:
        summary = pipeline.run_batch(settings, paths, manifest, progress=progress, force=force, until=until,
                                     report=report, wait_s=wait)
    except VocError as e:
        _close(progress)
        fail(e)
    _close(progress)
    if json_out:
        typer.echo(json.dumps(summary.to_dict(), indent=2, default=str))
    elif not quiet:
        _print_summary(summary)
    elif summary.error:  # --quiet still says why the run itself failed
        typer.echo(f"error: {summary.error}", err=True)
    raise typer.Exit(summary.exit_code)


def _print_live_run(console, run: dict) -> None:
    from rich.table import Table

    cur = run.get("current") or {}
    console.print(f"running: {run.get('run_id')} (pid {run.get('pid')}, since {run.get('started_at')}, "
                  f"updated {run.get('updated_at')})" + (f"; now {cur.get('stage')}: {cur.get('path')}" if cur else ""))
    if cur.get("step"):   # inside a long call: which step, how far into its audio
        console.print(f"  call {str(cur.get('call_id'))[:12]}: {cur['step']} "
                      f"{cur.get('audio_s_done', 0):.0f}/{cur.get('audio_s_total', 0):.0f} s of audio")
    t = Table("stage", "done", "failed", "total", "audio h", "ETA s", title="this run")
    for stage, c in (run.get("stages") or {}).items():
        eta = c.get("eta_s")
        t.add_row(stage, str(c.get("done", 0)), str(c.get("failed", 0)), str(c.get("total", 0)),
                  f"{(c.get('audio_s_done') or 0) / 3600:.2f}", "-" if eta is None else f"{eta:.0f}")
    console.print(t)


def _print_summary(summary) -> None:
    typer.echo(f"run {summary.run_id}: {summary.status}; {summary.audio_s / 3600:.2f} h of audio transcribed")
    for stage, c in summary.counts.items():
        typer.echo(f"  {stage:<10} " + ", ".join(f"{k} {v}" for k, v in c.items()))
    for f in summary.failures:
        typer.echo(f"  FAILED {f['stage']}: {f['path']}: {f['error']}", err=True)
    if summary.error:
        typer.echo(f"error: {summary.error}", err=True)
    if summary.report:
        typer.echo(f"report: {summary.report}")


@app.command()
def run(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Audio files or folders to ingest first, or fsspec "
                                                          "URLs (s3://bucket/night/).")] = None,
    manifest: Annotated[Optional[str], typer.Option("--manifest", "-m", help="CSV/Parquet metadata for the calls "
                                                    "(a path or a URL).")] = None,
    demo: Annotated[bool, typer.Option("--demo", help="Use the bundled demo calls, manifest and campaigns.")] = False,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
    model: Annotated[Optional[str], typer.Option("--model", help="Whisper model: tiny.en, base, a folder, or a hub name.")] = None,
    device: Annotated[Optional[str], typer.Option("--device", help="auto, cpu or cuda.")] = None,
    executor: Annotated[Optional[str], typer.Option("--executor", help="local or ray.")] = None,
    address: Annotated[Optional[str], typer.Option("--address", help="Ray cluster address (with --executor ray).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Report folder (default ./voc-report).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Redo every stage for every call.")] = False,
    wait: Annotated[Optional[float], typer.Option("--wait", help="Wait up to SECONDS for another run's lock.")] = None,
    no_report: Annotated[bool, typer.Option("--no-report", help="Skip writing the report.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON summary at the end.")] = False,
) -> None:
    """The nightly batch: ingest → transcribe → speakers → analysis → report, only what is new or changed.

    Exit codes: 0 all done; 1 some calls failed (listed); 2 the run itself failed.

    Example: voc run /recordings/tonight --manifest /recordings/tonight/manifest.csv
    """
    if address and executor not in (None, "ray"):
        typer.echo("error: --address only applies to --executor ray.", err=True)
        raise typer.Exit(2)
    if address and executor is None:
        executor = "ray"
    _run_common(paths, manifest, demo, config, warehouse, model, device, force, quiet, json_out, wait, None,
                report=not no_report, executor=executor, address=address, out=str(out) if out else None)


@app.command()
def transcribe(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Audio files or folders to ingest first, or fsspec "
                                                          "URLs (s3://bucket/night/).")] = None,
    manifest: Annotated[Optional[str], typer.Option("--manifest", "-m",
                                                    help="CSV/Parquet metadata for the calls (a path or a URL).")] = None,
    config: ConfigOpt = None,
    warehouse: WarehouseOpt = None,
    model: Annotated[Optional[str], typer.Option("--model", help="tiny.en, base, a CTranslate2 folder, or a hub name.")] = None,
    device: Annotated[Optional[str], typer.Option("--device", help="auto, cpu or cuda.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Transcribe again calls already done.")] = False,
    wait: Annotated[Optional[float], typer.Option("--wait", help="Wait up to SECONDS for another run's lock.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON summary at the end.")] = False,
) -> None:
    """Transcribe every ingested call not yet done (PII is redacted before anything is stored).

    Example: voc transcribe --model tiny.en
    """
    _run_common(paths, manifest, False, config, warehouse, model, device, force, quiet, json_out, wait, "transcribe",
                report=False)
