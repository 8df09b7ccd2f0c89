"""Diarization, today's pipeline vs the new one, side by side: DER and CPU seconds per audio second, and the cost
relative to transcribing the same audio with tiny.en in the same run.

Usage: python bench/diarization_cpu.py [--manifest .dev/diarization/phone/heldout.csv ...]
       [--methods pyannote fast] [--out bench/results/diarization_cpu.json]

- ``pyannote``: the pipeline voc used before (pyannote SpeakerDiarization, segmentation-3.0 every 1 s of a 10 s window,
  CAM++ per (chunk, local speaker), agglomerative clustering), settings as they were (``segmentation_step`` 0.1).
- ``fast``: ``voc.speakers.fast`` (Silero VAD, one CAM++ embedding per 1.5 s speech window, spectral clustering
  with the collapse guard), the default since this benchmark.
- ``tiny.en``: voc's Transcriber with the bundled tiny.en on the same files (CPU, default settings).

CPU seconds are the process's CPU time (all threads) around each call, so they do not depend on how busy the
machine is as much as wall time does; model loading is reported apart (``load_s``). DER is pooled (collar 0,
overlap scored). Make the held-out phone set first: ``python -m eval.diarization.mixdowns``.
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


def run_method(method: str, rows, audio, num_speakers, max_s: float | None = None) -> dict:
    import warnings

    from pyannote.metrics.diarization import DiarizationErrorRate

    from voc.eval.diarization import load_reference, turns_to_annotation
    from voc.settings import Settings
    from voc.speakers.methods import make_diarizer

    s = Settings.load(overrides={"device": "cpu", "diarization.method": method})
    s.diarization.num_speakers = num_speakers
    c0 = time.process_time()
    d = make_diarizer(s)
    d.pipeline() if method == "pyannote" else d.model()
    load_s = time.process_time() - c0
    der = DiarizationErrorRate()
    cpu = dur = 0.0
    per = []
    for r in rows:
        a = audio[r.uri]
        c0 = time.process_time()
        turns = d.diarize(a.samples, a.sample_rate)
        c = time.process_time() - c0
        cpu += c
        dur += a.duration_s
        ref, uem = load_reference(r)
        if max_s is not None:
            from pyannote.core import Segment, Timeline

            uem = Timeline([Segment(0.0, min(max_s, a.duration_s))])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            det = der(ref, turns_to_annotation(turns, r.uri), uem=uem, detailed=True)
        talk: dict[str, float] = {}
        for t in turns:
            talk[t.speaker] = talk.get(t.speaker, 0.0) + t.end_s - t.start_s
        total = sum(talk.values()) or 1.0
        per.append({"uri": r.uri, "audio_s": round(a.duration_s, 1), "der": round(det["diarization error rate"], 4),
                    "missed": round(det["missed detection"] / max(det["total"], 1e-9), 4),
                    "false_alarm": round(det["false alarm"] / max(det["total"], 1e-9), 4),
                    "confusion": round(det["confusion"] / max(det["total"], 1e-9), 4),
                    "speakers": len(talk), "smallest_speaker_share": round(min(talk.values()) / total, 3)
                    if len(talk) > 1 else 0.0, "cpu_s": round(c, 2)})
        print(json.dumps({"method": method, **per[-1]}), flush=True)
    acc = der.accumulated_
    ref_s = max(acc["total"], 1e-9)
    return {"method": method, "files": len(rows), "audio_s": round(dur, 1), "der": round(abs(der), 4),
            "missed": round(acc["missed detection"] / ref_s, 4), "false_alarm": round(acc["false alarm"] / ref_s, 4),
            "confusion": round(acc["confusion"] / ref_s, 4),
            "cpu_s": round(cpu, 1), "cpu_per_audio_s": round(cpu / dur, 4), "load_cpu_s": round(load_s, 1),
            "collapsed_calls": sum(1 for p in per if p["speakers"] < 2 or p["smallest_speaker_share"] < 0.1),
            "rows": per}


def run_asr(rows, model: str, audio) -> dict:
    from voc.records import Call
    from voc.settings import Settings
    from voc.transcribe.asr import Transcriber

    s = Settings.load(overrides={"asr.model": model, "device": "cpu"})
    tr = Transcriber(s)
    c0 = time.process_time()
    _ = tr.model
    load_s = time.process_time() - c0
    cpu = dur = 0.0
    for r in rows:
        c0 = time.process_time()
        t = tr.transcribe(Call("bench", str(r.audio), 0.0, 0, 0, ""), r.audio, audio=audio[r.uri])
        cpu += time.process_time() - c0
        dur += t.audio_s or audio[r.uri].duration_s
    return {"model": model, "audio_s": round(dur, 1), "cpu_s": round(cpu, 1),
            "cpu_per_audio_s": round(cpu / max(dur, 1e-9), 4), "load_cpu_s": round(load_s, 1)}


def _head(a, max_s: float):
    """The first ``max_s`` seconds of a decoded file."""
    import dataclasses

    n = int(max_s * a.sample_rate)
    return dataclasses.replace(a, samples=a.samples[:, :n], duration_s=min(a.duration_s, max_s))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", type=Path, nargs="+", default=[Path(".dev/diarization/phone/heldout.csv")])
    ap.add_argument("--methods", nargs="+", default=["pyannote", "fast"])
    ap.add_argument("--num-speakers", default="2")
    ap.add_argument("--asr-model", default="tiny.en")
    ap.add_argument("--threads", type=int, default=None, help="torch threads for both diarizers (default: torch's; "
                    "1 on a busy shared machine, where idle threads spinning for work inflate CPU time)")
    ap.add_argument("--max-s", type=float, default=None, help="score and time only the first MAX_S seconds of "
                    "each file (a busy machine): CPU per audio second is per second either way")
    ap.add_argument("--out", type=Path, default=Path("bench/results/diarization_cpu.json"))
    args = ap.parse_args()

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    from voc.eval.diarization import read_manifest
    from voc.transcribe.audio import decode

    rows = [r for m in args.manifest for r in read_manifest(m)]
    audio = {r.uri: decode(r.audio) for r in rows}
    if args.max_s is not None:
        audio = {u: _head(a, args.max_s) for u, a in audio.items()}
    num = None if args.num_speakers == "auto" else int(args.num_speakers)
    t_start = time.time()
    results = [run_method(m, rows, audio, num, args.max_s) for m in args.methods]
    asr = run_asr(rows, args.asr_model, audio) if args.asr_model else None
    for res in results:
        if asr:
            res["cost_vs_asr"] = round(res["cpu_per_audio_s"] / max(asr["cpu_per_audio_s"], 1e-9), 3)
    by = {r["method"]: r for r in results}
    report = {
        "manifests": [str(m) for m in args.manifest], "num_speakers": args.num_speakers, "collar": 0.0,
        "max_s_per_file": args.max_s,
        "machine": f"{platform.node()} {platform.processor() or platform.machine()}, {os.cpu_count()} cores "
                   "(shared by 8 engineers' jobs during the run: CPU seconds are reported, wall time is not)",
        "threads_arg": args.threads, "torch_threads": torch.get_num_threads(), "load_avg_at_end": round(os.getloadavg()[0], 1),
        "wall_s": round(time.time() - t_start, 1), "asr": asr, "results": results,
    }
    if "pyannote" in by and "fast" in by:
        report["cpu_ratio_pyannote_over_fast"] = round(by["pyannote"]["cpu_per_audio_s"]
                                                       / max(by["fast"]["cpu_per_audio_s"], 1e-9), 2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "results"}, indent=1))
    for r in results:
        print(r["method"], "DER", r["der"], "cpu/s", r["cpu_per_audio_s"], "vs tiny.en", r.get("cost_vs_asr"))


if __name__ == "__main__":
    main()
