"""The `voc` command line: thin. It parses options, calls the library and maps domain errors to exit codes.

Heavy imports (torch, faster-whisper, spaCy, BERTopic) happen inside the commands that need them, so
``voc --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
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


# ==== core: init, ingest, status, run, retry (owner: integrator) =========================================

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
    from voc.warehouse import connect

    try:
        settings = load_settings(config, warehouse=warehouse)
        con = connect(settings.warehouse_path)
        try:
            res = do_ingest(con, paths, manifest)
        finally:
            con.close()
    except VocError as e:
        fail(e)
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
    """Show counts of calls per stage and status.

    Example: voc status --json
    """
    from voc import pipeline
    from voc.warehouse import connect

    try:
        settings = load_settings(config, warehouse=warehouse)
        if not settings.warehouse_path.exists():  # nothing ingested yet: say so without creating a file
            st = {"warehouse": str(settings.warehouse_path), "calls": {"total": 0, "by_status": {}}, "stages": {},
                  "last_run": None}
            fails = [] if failed else None
        else:
            con = connect(settings.warehouse_path)
            try:
                st = pipeline.status(con, settings)
                fails = pipeline.failed_calls(con) if failed else None
            finally:
                con.close()
    except VocError as e:
        fail(e)
    if fails is not None:
        st["failed"] = fails
    if json_out:
        typer.echo(json.dumps(st, indent=2, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"warehouse: {st['warehouse']}")
    console.print(f"calls: {st['calls']['total']} " + ", ".join(f"{k} {v}" for k, v in st['calls']['by_status'].items()))
    t = Table("stage", "done", "pending", "failed", "quarantined")
    for stage, c in st["stages"].items():
        t.add_row(stage, *(str(c.get(k, 0)) for k in ("done", "pending", "failed", "quarantined")))
    console.print(t)
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
    from voc.warehouse import connect

    try:
        settings = load_settings(config, warehouse=warehouse)
        con = connect(settings.warehouse_path)
        try:
            n = pipeline.retry(con, call_ids)
        finally:
            con.close()
    except VocError as e:
        fail(e)
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
            from voc.demo_setup import demo_setup
            paths, manifest = demo_setup(settings, paths, manifest)
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
    raise typer.Exit(summary.exit_code)


def _print_summary(summary) -> None:
    typer.echo(f"run {summary.run_id}: {summary.status}; {summary.audio_s / 3600:.2f} h of audio processed")
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



# ==== transcription (owner: transcribe) ===================================================================

@eval_app.command("asr")
def eval_asr_cmd(
    manifest: Annotated[Path, typer.Argument(help="CSV with columns audio, reference[, channel] (paths relative "
                                                  "to the manifest).", dir_okay=False)],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the results as JSON here.",
                                                     dir_okay=False)] = None,
    model: Annotated[Optional[str], typer.Option("--model", "-m", help="Whisper model: tiny.en, base, a "
                                                 "CTranslate2 folder or a hub name (default: asr.model).")] = None,
    device: Annotated[Optional[str], typer.Option("--device", help="auto, cpu or cuda (default: device).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Word error rate of the transcriber against reference transcripts.

    Both sides are normalised (case, punctuation, numbers, contractions; see docs/asr.md). The pooled WER is total
    errors over total reference words.

    Example: voc eval asr eval/asr/all.csv --model tiny.en --json wer.json
    """
    from rich.console import Console
    from rich.table import Table

    from voc.eval.asr import evaluate_asr

    try:
        settings = load_settings(config, asr__model=model, device=device)
        result = evaluate_asr(manifest, settings)
    except VocError as e:
        fail(e)
        return
    table = Table(title=f"ASR WER — {result['model']} on {result['device']}/{result['compute_type']}")
    for col in ("audio", "ch", "ref words", "S", "D", "I", "WER"):
        table.add_column(col, justify="left" if col == "audio" else "right")
    for r in result["rows"]:
        table.add_row(Path(r["audio"]).name, "" if r["channel"] is None else str(r["channel"]),
                      str(r["reference_words"]), str(r["substitutions"]), str(r["deletions"]),
                      str(r["insertions"]), f"{r['wer']:.3f}")
    table.add_row("pooled", "", str(result["reference_words"]), "", "", "", f"{result['pooled_wer']:.3f}",
                  style="bold")
    Console().print(table)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


@app.command()
def transcribe(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Audio files or folders to ingest first.")] = None,
    manifest: Annotated[Optional[Path], typer.Option("--manifest", "-m", dir_okay=False,
                                                     help="CSV/Parquet metadata for the calls.")] = None,
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


# ==== speakers (owner: speakers) ==========================================================================

@eval_app.command("diarization")
def eval_diarization(
    manifest: Annotated[Path, typer.Argument(help="CSV with columns audio, rttm[, uem][, agent].", exists=True,
                                             dir_okay=False)],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write {der, jer, role_accuracy, rows} here.",
                                                     dir_okay=False)] = None,
    collar: Annotated[float, typer.Option("--collar", min=0.0, help="Seconds forgiven around reference "
                                                                     "boundaries.")] = 0.0,
    skip_overlap: Annotated[bool, typer.Option("--skip-overlap", help="Do not score overlapped speech.")] = False,
    num_speakers: Annotated[Optional[str], typer.Option(
        "--num-speakers", help="Speakers per file: a number, or 'auto' to let clustering decide "
                               "(default: diarization.num_speakers, 2 for phone calls).")] = None,
    config: ConfigOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the totals line.")] = False,
) -> None:
    """Diarization error rate (missed speech, false alarm, confusion), JER and role accuracy against RTTM.

    Example: voc eval diarization eval/diarization/pyannote_sample.csv --json der.json
    """
    from rich.console import Console
    from rich.table import Table

    try:
        if num_speakers is not None and num_speakers != "auto" and not num_speakers.isdigit():
            raise typer.BadParameter(f"{num_speakers!r}: expected a number or 'auto'.", param_hint="--num-speakers")
        settings = load_settings(config)
        if num_speakers == "auto":
            settings.diarization.num_speakers = None
        elif num_speakers is not None:
            settings.diarization.num_speakers = int(num_speakers)
        from voc.eval.diarization import evaluate_diarization

        err = Console(stderr=True)

        def progress(i: int, n: int, audio: str) -> None:
            if not quiet:
                err.print(f"[{i}/{n}] {audio}")

        result = evaluate_diarization(manifest, settings, collar=collar, skip_overlap=skip_overlap,
                                      progress=progress)
    except VocError as e:
        fail(e)
        return
    console = Console()
    if not quiet:
        table = Table(title=f"Diarization: {manifest} (collar {collar}s, overlap "
                            f"{'skipped' if skip_overlap else 'scored'})")
        for col in ("file", "DER", "missed s", "false alarm s", "confusion s", "JER", "speakers ref/voc", "role"):
            table.add_column(col, justify="left" if col == "file" else "right")
        for r in result["rows"]:
            role = "" if "role_correct" not in r else ("ok" if r["role_correct"] else f"wrong ({r['agent_voc']})")
            table.add_row(Path(r["audio"]).name, f"{r['der']:.1%}", f"{r['missed_s']:.2f}",
                          f"{r['false_alarm_s']:.2f}", f"{r['confusion_s']:.2f}", f"{r['jer']:.1%}",
                          f"{r['ref_speakers']}/{r['hyp_speakers']}", role)
        console.print(table)
    ra = result["role_accuracy"]
    console.print(f"DER {result['der']:.1%} (missed {result['missed']:.1%}, false alarm {result['false_alarm']:.1%}, "
                  f"confusion {result['confusion']:.1%})  JER {result['jer']:.1%}  role accuracy "
                  f"{'n/a' if ra is None else f'{ra:.1%}'}  rows {len(result['rows'])}")
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")


# ==== analysis (owner: analysis) ==========================================================================

@eval_app.command("sentiment")
def eval_sentiment_cmd(
    labelled: Annotated[Path, typer.Argument(help="CSV with columns text, label (negative|neutral|positive).",
                                             dir_okay=False)] = Path("eval/sentiment/labelled.csv"),
    errors: Annotated[bool, typer.Option("--errors", help="Also list the utterances voc gets wrong.")] = False,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the results as JSON here.",
                                                     dir_okay=False)] = None,
) -> None:
    """Accuracy and macro-F1 of voc's utterance sentiment against plain VADER on labelled utterances.

    Example: voc eval sentiment eval/sentiment/holdout.csv --errors
    """
    from voc.analyze.sentiment import evaluate

    try:
        r = evaluate(str(labelled))
    except VocError as e:
        fail(e)
        return
    typer.echo(f"{labelled}: {r.n} utterances")
    typer.echo(f"  voc    accuracy {r.accuracy:.3f}  macro-F1 {r.macro_f1:.3f}")
    typer.echo(f"  VADER  accuracy {r.vader_accuracy:.3f}  macro-F1 {r.vader_macro_f1:.3f}")
    if errors:
        for text, gold, pred in r.errors:
            typer.echo(f"  [{gold} -> {pred}] {text}")
    if json_out is not None:
        json_out.write_text(json.dumps({"n": r.n, "accuracy": r.accuracy, "macro_f1": r.macro_f1,
                                        "vader_accuracy": r.vader_accuracy, "vader_macro_f1": r.vader_macro_f1,
                                        "errors": [list(e) for e in r.errors]}, indent=2), encoding="utf-8")


# ==== intents / topics (owner: intents) ===================================================================

def _read_text_csv(path: Path, *cols: str | None) -> tuple[list[str], list[dict[str, str]]]:
    """(column names, rows) of a UTF-8 CSV (BOM tolerated); every named column must exist."""
    import csv

    from voc.errors import IngestError

    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
            names = list(reader.fieldnames or [])
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise IngestError(f"cannot read CSV {path}: {e}. Fix: pass a UTF-8 CSV file with a header row.") from e
    for c in cols:
        if c is not None and c not in names:
            raise IngestError(f"{path}: no column {c!r}. Columns found: {', '.join(names) or '(none)'}.")
    return names, rows


def _write_csv(path: Path, names: list[str], rows: list[dict[str, Any]]) -> None:
    import csv

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=names)
        w.writeheader()
        w.writerows(rows)


@intents_app.command("train")
def intents_train(
    examples: Annotated[Path, typer.Option("--examples", help="CSV of labelled examples.", exists=True, dir_okay=False)],
    text_col: Annotated[str, typer.Option("--text-col", help="Column holding the text.")],
    label_col: Annotated[str, typer.Option("--label-col", help="Column holding the intent label.")],
    out: Annotated[Path, typer.Option("--out", help="Model folder to write (meta.json + model.pkl).", file_okay=False)],
    folds: Annotated[int, typer.Option("--folds", min=0, help="Cross-validation folds for the reported score "
                                       "(0 = skip).")] = 5,
    config: ConfigOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
) -> None:
    """Train an intent classifier on labelled examples (MiniLM + TF-IDF → linear SVM) and save it.

    Example: voc intents train --examples train.csv --text-col text --label-col category --out models/intents
    """
    from voc.analyze.intents import train_intents

    try:
        s = load_settings(config)
        _, rows = _read_text_csv(examples, text_col, label_col)
        rows = [r for r in rows if (r[text_col] or "").strip() and (r[label_col] or "").strip()]
        if not rows:
            from voc.errors import IngestError
            raise IngestError(f"{examples}: no rows with both {text_col!r} and {label_col!r} filled.")
        hook = None if quiet else (lambda msg, frac: typer.echo(msg, err=True))
        meta = train_intents([r[text_col] for r in rows], [r[label_col] for r in rows], out,
                             embedding_model=s.analysis.embedding_model, cv_folds=folds if folds >= 2 else 0,
                             progress=hook)
    except VocError as e:
        fail(e)
    if not quiet:
        cv = meta["cv"]
        score = (f"{cv['folds']}-fold CV accuracy {cv['accuracy']:.4f}, macro-F1 {cv['macro_f1']:.4f}" if cv
                 else "no cross-validation")
        typer.echo(f"{len(meta['labels'])} intents from {meta['n_examples']} examples → {out} ({score})")


@intents_app.command("predict")
def intents_predict(
    input: Annotated[Path, typer.Option("--input", help="CSV to classify.", exists=True, dir_okay=False)],
    text_col: Annotated[str, typer.Option("--text-col", help="Column holding the text.")],
    output: Annotated[Path, typer.Option("--output", help="CSV to write: input columns + predicted, confidence.",
                                         dir_okay=False)],
    model: Annotated[Optional[Path], typer.Option("--model", help="Folder from `voc intents train` (default: "
                                                  "analysis.intent_model, else zero-shot on the taxonomy).",
                                                  file_okay=False)] = None,
    config: ConfigOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
) -> None:
    """Predict the intent of each row of a CSV; keeps every input column, adds `predicted` and `confidence`.

    Example: voc intents predict --model models/intents --input calls.csv --text-col text --output scored.csv
    """
    from voc.analyze.intents import IntentClassifier

    try:
        s = load_settings(config)
        names, rows = _read_text_csv(input, text_col)
        clf = IntentClassifier.load(model) if model is not None else IntentClassifier.from_settings(s)
        preds = clf.predict([r[text_col] or "" for r in rows], top_k=1)
        for r, p in zip(rows, preds):
            r["predicted"], r["confidence"] = p[0][0], f"{p[0][1]:.4f}"
        extra = [c for c in ("predicted", "confidence") if c not in names]
        _write_csv(output, names + extra, rows)
    except VocError as e:
        fail(e)
    if not quiet:
        typer.echo(f"{len(rows)} rows → {output} ({clf.kind} model, {len(clf.labels)} intents)")


@app.command("topics")
def topics_cmd(
    input: Annotated[Path, typer.Option("--input", help="CSV of texts.", exists=True, dir_okay=False)],
    text_col: Annotated[str, typer.Option("--text-col", help="Column holding the text.")],
    output: Annotated[Path, typer.Option("--output", help="CSV to write: input columns + topic, topic_label.",
                                         dir_okay=False)],
    time_col: Annotated[Optional[str], typer.Option("--time-col", help="ISO date/time column: also write weekly "
                                                    "counts to OUTPUT's folder as <name>.weekly.csv.")] = None,
    n_topics: Annotated[Optional[int], typer.Option("--n-topics", min=1, help="Fixed number of topics "
                                                    "(default: topics.n_topics, else by silhouette).")] = None,
    config: ConfigOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
) -> None:
    """Find topics in any text column (BERTopic from 150 rows, KMeans below); adds `topic` and `topic_label`.

    Example: voc topics --input complaints.csv --text-col narrative --output topics.csv
    """
    from voc.analyze.topics import fit_topics

    try:
        s = load_settings(config, topics__n_topics=n_topics)
        names, rows = _read_text_csv(input, text_col, time_col)
        stamps = [r[time_col] or None for r in rows] if time_col else None
        res = fit_topics([r[text_col] or "" for r in rows], stamps, s)
        for r, t in zip(rows, res.assignments):
            r["topic"], r["topic_label"] = t, res.label_of(t)
        extra = [c for c in ("topic", "topic_label") if c not in names]
        _write_csv(output, names + extra, rows)
        if time_col:
            _write_csv(output.with_suffix(".weekly.csv"), ["week", "topic_id", "count"], res.over_time)
    except (VocError, ValueError) as e:
        fail(e if isinstance(e, VocError) else VocError(f"{input}: {e}"))
    if not quiet:
        typer.echo(f"{len(rows)} rows → {output}: {len(res.topics)} topics ({res.method})")
        for t in res.topics[:10]:
            typer.echo(f"  {t['topic_id']:>3}  {t['size']:>6}  {t['label']}")

# ==== campaigns and reports (owner: reports) ==============================================================

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
    from voc.analyze.campaigns import attribute_warehouse, import_calendar
    from voc.warehouse import connect

    try:
        settings = load_settings(config, warehouse=warehouse)
        con = connect(settings.warehouse_path)
        try:
            n = import_calendar(con, file)
            links = attribute_warehouse(con, settings.campaigns.grace_days, settings.campaigns.fuzzy_threshold) \
                if attribute else None
        finally:
            con.close()
    except VocError as e:
        fail(e)
    typer.echo(f"imported {n} campaigns from {file}" + (f"; {links} call-campaign links" if links is not None else ""))


@campaigns_app.command("attribute")
def campaigns_attribute(config: ConfigOpt = None, warehouse: WarehouseOpt = None) -> None:
    """Re-link every call to the campaigns in the warehouse (manifest code, spoken promo code, keyword, offer).

    Example: voc campaigns attribute --warehouse voc.duckdb
    """
    from voc.analyze.campaigns import attribute_warehouse
    from voc.warehouse import connect

    try:
        settings = load_settings(config, warehouse=warehouse)
        con = connect(settings.warehouse_path)
        try:
            links = attribute_warehouse(con, settings.campaigns.grace_days, settings.campaigns.fuzzy_threshold)
        finally:
            con.close()
    except VocError as e:
        fail(e)
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
    from voc.warehouse import connect

    try:
        settings = load_settings(config, warehouse=warehouse, report__out=out)
        con = connect(settings.warehouse_path, read_only=True)
        try:
            path = write_report(con, Path(settings.report.out), since=since.date() if since else None,
                                until=until.date() if until else None, campaign=campaign, queue=queue,
                                settings=settings, warehouse=str(settings.warehouse_path))
        finally:
            con.close()
    except VocError as e:
        fail(e)
    typer.echo(f"wrote {path}")

# ==== data access: query, export, search (owner: data) ====================================================

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

    try:
        settings = load_settings(config, warehouse=warehouse)
        res = run_query(settings.warehouse_path, sql)
    except VocError as e:
        fail(e)
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

    try:
        settings = load_settings(config, warehouse=warehouse)
        results = export_tables(settings.warehouse_path, out, fmt.value, table or None)
    except VocError as e:
        fail(e)
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

    try:
        settings = load_settings(config, warehouse=warehouse)
        res = do_search(settings.warehouse_path, text, role=role.value if role else None, since=since, until=until,
                        intent=intent, campaign=campaign, limit=limit, semantic=semantic, all_terms=all_terms,
                        index_path=index, embedding_model=settings.analysis.embedding_model)
    except VocError as e:
        fail(e)
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


def main() -> None:
    import logging
    import os

    # The CLI (never the library) configures logging and quiets third-party progress bars on stderr.
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    logging.basicConfig(level=os.environ.get("VOC_LOG_LEVEL", "WARNING").upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        app()
    except VocError as e:  # errors raised outside a command's own handling
        typer.echo(f"error: {e}", err=True)
        sys.exit(e.exit_code)


if __name__ == "__main__":
    main()
