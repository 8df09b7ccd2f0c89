"""voc eval asr | diarization | sentiment: accuracy against references."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from voc.cli.base import (ConfigOpt, eval_app, fail, load_settings)
from voc.errors import VocError


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
