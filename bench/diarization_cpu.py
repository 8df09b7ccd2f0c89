"""CPU cost and accuracy of voc's diarization: wall and CPU seconds per audio second, DER, per setting.

Usage: python bench/diarization_cpu.py [--manifest eval/diarization/pyannote_sample.csv] [--step 0.1 0.5]
       [--num-speakers 2|auto] [--out bench/results/diarization_cpu.json]
The first file of each setting also pays for loading the pipeline; it is reported apart (``load_s``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", type=Path, default=Path("eval/diarization/pyannote_sample.csv"))
    ap.add_argument("--step", type=float, nargs="+", default=[0.1, 0.5])
    ap.add_argument("--num-speakers", default="2")
    ap.add_argument("--out", type=Path, default=Path("bench/results/diarization_cpu.json"))
    args = ap.parse_args()

    import torch
    from pyannote.metrics.diarization import DiarizationErrorRate

    from voc.eval.diarization import load_reference, read_manifest, turns_to_annotation
    from voc.settings import Settings
    from voc.transcribe.audio import decode
    from voc.speakers.diarize import Diarizer, _load_pipeline

    rows = read_manifest(args.manifest)
    audio = {r.uri: decode(r.audio) for r in rows}
    results = []
    for step in args.step:
        s = Settings.load(overrides={"device": "cpu", "diarization.segmentation_step": step})
        s.diarization.num_speakers = None if args.num_speakers == "auto" else int(args.num_speakers)
        _load_pipeline.cache_clear()
        t0 = time.perf_counter()
        d = Diarizer(s)
        d.pipeline()
        load_s = time.perf_counter() - t0
        der = DiarizationErrorRate()
        wall = cpu = dur = 0.0
        for r in rows:
            a = audio[r.uri]
            w0, c0 = time.perf_counter(), time.process_time()
            turns = d.diarize(a.samples, a.sample_rate)
            wall += time.perf_counter() - w0
            cpu += time.process_time() - c0
            dur += a.duration_s
            ref, uem = load_reference(r)
            der(ref, turns_to_annotation(turns, r.uri), uem=uem)
        results.append({"segmentation_step": step, "files": len(rows), "audio_s": round(dur, 1),
                        "der": round(abs(der), 4), "wall_per_audio_s": round(wall / dur, 3),
                        "cpu_per_audio_s": round(cpu / dur, 3), "load_s": round(load_s, 1)})
        print(json.dumps(results[-1]), flush=True)
    report = {"manifest": str(args.manifest), "num_speakers": args.num_speakers, "torch_threads":
              torch.get_num_threads(), "cpus": os.cpu_count(), "machine": platform.processor() or platform.machine(),
              "load_avg_at_end": os.getloadavg()[0], "results": results}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
