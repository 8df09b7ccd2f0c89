"""Tune the fast diarizer's voice-activity settings on the DEV phone mixdowns only (never the held-out set).

``python eval/diarization/tune_fast.py [--manifest .dev/diarization/phone/dev.csv] [--out ...json]`` runs
``voc.speakers.fast.FastDiarizer`` over a small grid of Silero settings (``diarization.vad_threshold``,
``vad_pad_s``, ``vad_min_silence_s``, ``vad_trim_s``) and scores each (pooled DER, collar 0, overlap scored,
2 speakers). The first row is the setting in force before this tuning (the plain baseline). Audio is decoded once;
the CAM++ model is loaded once.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import time
import warnings
from pathlib import Path

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")

BASELINE = {"vad_threshold": 0.35, "vad_pad_s": 0.1, "vad_min_silence_s": 0.15, "vad_trim_s": 0.0}
GRID = {"vad_threshold": [0.35, 0.5], "vad_pad_s": [0.1, 0.2],
        "vad_min_silence_s": [0.15, 0.3], "vad_trim_s": [0.0, 0.05, 0.1]}


def score(diarizer, rows, audio, cfg: dict) -> dict:
    from pyannote.metrics.diarization import DiarizationErrorRate

    from voc.eval.diarization import load_reference, turns_to_annotation

    d = diarizer.settings.diarization
    for k, v in cfg.items():
        if hasattr(d, k):
            setattr(d, k, v)
    der = DiarizationErrorRate()
    c0 = time.process_time()
    per = {}
    for r in rows:
        a = audio[r.uri]
        turns = diarizer.diarize(a.samples, a.sample_rate)
        ref, uem = load_reference(r)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            per[r.uri] = round(der(ref, turns_to_annotation(turns, r.uri), uem=uem), 4)
    acc = der.accumulated_
    t = max(acc["total"], 1e-9)
    return {**cfg, "der": round(abs(der), 4), "missed": round(acc["missed detection"] / t, 4),
            "false_alarm": round(acc["false alarm"] / t, 4), "confusion": round(acc["confusion"] / t, 4),
            "cpu_s": round(time.process_time() - c0, 1), "per_file": per}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", type=Path, default=Path(".dev/diarization/phone/dev.csv"))
    ap.add_argument("--out", type=Path, default=Path("eval/diarization/results/phone_dev_fast_vad_tuning.json"))
    args = ap.parse_args()
    if "heldout" in args.manifest.name:
        raise SystemExit(f"{args.manifest}: tuning runs on dev manifests only (the held-out set is for reporting)")
    import torch

    torch.set_num_threads(1)
    from voc.eval.diarization import read_manifest
    from voc.settings import Settings
    from voc.speakers.fast import FastDiarizer
    from voc.transcribe.audio import decode

    rows = read_manifest(args.manifest)
    audio = {r.uri: decode(r.audio) for r in rows}
    s = Settings.load(overrides={"device": "cpu", "diarization.method": "fast"})
    s.diarization.num_speakers = 2
    diarizer = FastDiarizer(s)
    keys = list(GRID)
    configs = [BASELINE] + [c for c in (dict(zip(keys, v)) for v in itertools.product(*GRID.values()))
                            if c != BASELINE]
    results = []
    for cfg in configs:
        res = score(diarizer, rows, audio, cfg)
        results.append(res)
        print(json.dumps({k: v for k, v in res.items() if k != "per_file"}), flush=True)
    best = min(results, key=lambda r: (r["der"], r["false_alarm"]))
    report = {"manifest": str(args.manifest), "collar": 0.0, "num_speakers": 2, "baseline": results[0],
              "best": best, "results": results}
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print("baseline", results[0]["der"], "best", {k: best[k] for k in keys + ["der", "missed", "false_alarm", "confusion"]})


if __name__ == "__main__":
    main()
