"""Cross-call batched CAM++ embeddings change no turn: DER of the fast diarizer call by call vs in groups.

    nice -n 10 python -m eval.diarization.cross_call_check --manifest .dev/diarization/phone/heldout.csv

Runs ``FastDiarizer.diarize`` on each row alone, then ``FastDiarizer.diarize_many`` on groups of ``--group`` rows
(the windows of a group share embedding batches, as ``voc run`` does with ``asr.batched``), and reports the pooled
DER (collar 0) of both, how many rows got identical turns, and the embedding seconds. Nothing is tuned here.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", type=Path, default=Path(".dev/diarization/phone/heldout.csv"))
    ap.add_argument("--group", type=int, default=8)
    ap.add_argument("--out", type=Path, default=Path("eval/diarization/results/phone_heldout_fast_cross_call.json"))
    args = ap.parse_args()
    import torch
    from pyannote.metrics.diarization import DiarizationErrorRate

    from voc.eval.diarization import load_reference, read_manifest, turns_to_annotation
    from voc.settings import Settings
    from voc.speakers.fast import FastDiarizer
    from voc.transcribe.audio import decode

    torch.set_num_threads(1)   # run.torch_threads' default
    s = Settings.load(overrides={"device": "cpu", "diarization.method": "fast"})
    rows = read_manifest(args.manifest)
    d = FastDiarizer(s)
    d.model()
    t0 = time.process_time()
    alone = [d.diarize(*_load(decode, r)) for r in rows]
    alone_s = time.process_time() - t0
    t0 = time.process_time()
    grouped: list = []
    for i in range(0, len(rows), args.group):
        part = rows[i:i + args.group]
        grouped += d.diarize_many([(lambda r=r: _load(decode, r)) for r in part])
    grouped_s = time.process_time() - t0
    ders = {}
    for name, turns_of in (("per_call", alone), ("cross_call", grouped)):
        if any(isinstance(t, Exception) for t in turns_of):
            raise SystemExit(f"{name}: {[t for t in turns_of if isinstance(t, Exception)]}")
        metric = DiarizationErrorRate(collar=0.0)
        for r, turns in zip(rows, turns_of):
            ref, uem = load_reference(r)
            metric(ref, turns_to_annotation(turns, r.uri), uem=uem)
        ders[name] = round(abs(metric), 4)
    report = {
        "manifest": str(args.manifest), "rows": len(rows), "group": args.group, "collar": 0.0,
        "der": ders, "identical_turns": sum(a == g for a, g in zip(alone, grouped)),
        "cpu_s": {"per_call": round(alone_s, 2), "cross_call": round(grouped_s, 2)},
        "machine": {"cpu": platform.processor() or platform.machine(), "torch_threads": torch.get_num_threads()},
        "settings": {"embedding_batch_size": s.diarization.embedding_batch_size,
                     "embed_window_s": s.diarization.embed_window_s, "embed_step_s": s.diarization.embed_step_s},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report))


def _load(decode, row):
    audio = decode(row.audio)
    return audio.samples, audio.sample_rate


if __name__ == "__main__":
    main()
