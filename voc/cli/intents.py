"""voc intents train | predict, voc topics: intent classifiers and topics on any CSV text column."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from voc.cli.base import (ConfigOpt, app, fail, intents_app, load_settings)
from voc.csvio import write_csv
from voc.errors import VocError


def _read_text_csv(path: Path, *cols: str | None) -> tuple[list[str], list[dict[str, str]]]:
    from voc.csvio import read_csv

    t = read_csv(path, cols)
    return t.columns, t.rows


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
        write_csv(output, names + extra, rows)
    except VocError as e:
        fail(e)
    if not quiet:
        typer.echo(f"{len(rows)} rows → {output} ({clf.kind} model, {len(clf.labels)} intents)")


@app.command("topics")
def topics_cmd(
    input: Annotated[Path, typer.Option("--input", help="CSV of texts.", exists=True, dir_okay=False)],
    text_col: Annotated[str, typer.Option("--text-col", help="Column holding the text.")],
    output: Annotated[Path, typer.Option("--output", help="CSV to write: input columns + topic, topic_label, "
                                                         "topic_keywords.",
                                         dir_okay=False)],
    time_col: Annotated[Optional[str], typer.Option("--time-col", help="ISO date/time column: also write weekly "
                                                    "counts to OUTPUT's folder as <name>.weekly.csv.")] = None,
    n_topics: Annotated[Optional[int], typer.Option("--n-topics", min=1, help="Fixed number of topics "
                                                    "(default: topics.n_topics, else read from the data).")] = None,
    config: ConfigOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
) -> None:
    """Find topics in any text column; adds `topic`, `topic_label` (a short phrase in the texts' own words) and
    `topic_keywords`.

    Example: voc topics --input complaints.csv --text-col narrative --output topics.csv
    """
    from voc.analyze.topics import fit_topics

    try:
        s = load_settings(config, topics__n_topics=n_topics)
        names, rows = _read_text_csv(input, text_col, time_col)
        stamps = [r[time_col] or None for r in rows] if time_col else None
        res = fit_topics([r[text_col] or "" for r in rows], stamps, s)
        keywords = {t["topic_id"]: " · ".join(t["keywords"][:5]) for t in res.topics}
        for r, t in zip(rows, res.assignments):
            r["topic"], r["topic_label"], r["topic_keywords"] = t, res.label_of(t), keywords.get(t, "")
        extra = [c for c in ("topic", "topic_label", "topic_keywords") if c not in names]
        write_csv(output, names + extra, rows)
        if time_col:
            write_csv(output.with_suffix(".weekly.csv"), ["week", "topic_id", "count"], res.over_time)
    except (VocError, ValueError) as e:
        fail(e if isinstance(e, VocError) else VocError(f"{input}: {e}"))
    if not quiet:
        typer.echo(f"{len(rows)} rows → {output}: {len(res.topics)} topics ({res.method})")
        for t in res.topics[:10]:
            typer.echo(f"  {t['topic_id']:>3}  {t['size']:>6}  {t['label']}")
