"""Build voc's demo calls from ``scripts.yaml``: WAVs, ``manifest.csv`` and ``references.json``.

Run: ``python -m voc.demo.make_demo [--out DIR] [--only call_01,call_02]`` (needs espeak-ng and sox).
The default ``--out`` is this package's folder, whose outputs are committed.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from voc.demo.render import RenderedCall, render_call
from voc.demo.script import CallScript, load_scripts

HERE = Path(__file__).resolve().parent
SCRIPTS = HERE / "scripts.yaml"
MANIFEST_COLUMNS = ("file_name", "started_at", "direction", "queue", "agent_id", "customer_id",
                    "campaign_code", "region")


def manifest_row(call: CallScript) -> dict[str, str]:
    """One manifest.csv row (``region`` is an extra column voc keeps as call metadata)."""
    return {
        "file_name": call.file_name, "started_at": call.started_at.isoformat(), "direction": call.direction,
        "queue": call.queue, "agent_id": call.agent_id, "customer_id": call.customer_id,
        "campaign_code": call.campaign_code or "", "region": call.region,
    }


def reference(call: CallScript, rendered: RenderedCall) -> dict[str, Any]:
    """Ground truth of one call: text per channel, timed turns with roles, PII said aloud, labels."""
    stereo = call.layout == "stereo"
    channels: dict[str, list[str]] = {}
    turns = []
    pii = []
    by_time = sorted(zip(call.turns, rendered.turns), key=lambda tp: tp[1].start_s)
    for turn, placed in by_time:
        channels.setdefault(str(placed.channel), []).append(turn.text)
        speaker = f"ch{placed.channel}" if stereo else ("S0" if turn.speaker == "agent" else "S1")
        turns.append({"speaker": speaker, "role": turn.speaker, "channel": placed.channel,
                      "start_s": placed.start_s, "end_s": placed.end_s, "text": turn.text})
        for p in turn.pii:
            pii.append({"type": p.pii_type, "text": p.text, "role": turn.speaker, "turn": len(turns) - 1,
                        "channel": placed.channel})
    return {
        "channels": {ch: " ".join(texts) for ch, texts in sorted(channels.items())},
        "turns": turns,
        "agent_channel": 0 if stereo else None,
        "layout": call.layout,
        "num_channels": rendered.channels,
        "sample_rate": 8000,
        "encoding": call.encoding,
        "duration_s": rendered.duration_s,
        "num_speakers": 2,
        "pii": pii,
        "labels": call.labels,
        "voices": {"agent": call.agent_voice.espeak, "customer": call.customer_voice.espeak},
    }


def build(out: Path = HERE, scripts: Path = SCRIPTS, only: Iterable[str] | None = None,
          on_call: Callable[[CallScript, RenderedCall], None] | None = None) -> dict[str, Any]:
    """Render the calls into ``out/calls`` and write ``out/manifest.csv`` and ``out/references.json``.

    ``only`` limits the run to those call ids (manifest and references then list just those).
    ``on_call`` is a progress hook called after each call. Returns the references written.
    """
    calls = load_scripts(scripts)
    if only is not None:
        wanted = set(only)
        unknown = wanted - {c.id for c in calls}
        if unknown:
            raise ValueError(f"unknown call id(s) {sorted(unknown)} for --only; the ids are in {scripts}.")
        calls = [c for c in calls if c.id in wanted]
    out = Path(out)
    calls_dir = out / "calls"
    refs: dict[str, Any] = {}
    for call in calls:
        rendered = render_call(call, calls_dir)
        refs[call.file_name] = reference(call, rendered)
        if on_call is not None:
            on_call(call, rendered)
    with open(out / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(manifest_row(c) for c in calls)
    (out / "references.json").write_text(json.dumps(refs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return refs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m voc.demo.make_demo", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: the voc/demo package)")
    ap.add_argument("--only", default=None, help="comma-separated call ids to render (default: all)")
    args = ap.parse_args(argv)
    only = [s.strip() for s in args.only.split(",")] if args.only else None

    def report(call: CallScript, r: RenderedCall) -> None:
        size = r.path.stat().st_size
        print(f"{r.path.name}: {r.duration_s:5.1f} s, {r.channels} ch, {call.encoding}, {size / 1024:6.0f} KiB")

    build(args.out, only=only, on_call=report)
    total = sum(p.stat().st_size for p in (args.out / "calls").glob("*.wav"))
    print(f"wrote {args.out / 'calls'} ({total / 1e6:.2f} MB), manifest.csv, references.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
