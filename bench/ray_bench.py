"""Calls per hour: the local executor vs a 2-node Ray cluster on this machine, same calls, same run of this script.
Then the sizing estimate for 100,000 call-hours a night from the measured per-GPU throughput.

    python bench/ray_bench.py --calls 6 --model tiny.en
    python bench/ray_bench.py --estimate-only          # rewrite bench/ray.md's estimate from the last JSON

Each executor runs `voc run` in its own process on a fresh warehouse (models loaded once per process / actor).
"Calls wall" is the pipeline's per-call phase (durations.calls_wall): ingest, corpus steps and report excluded.
Writes bench/results/ray_<model>.json and bench/ray.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "ray-local-cluster.sh"

# -- the sizing estimate --------------------------------------------------------------------------------------
# Per-GPU ASR throughput measured on one H100 (/work/shared/gpu/README.md: faster-whisper, beam 5, 600 s of speech).
H100_X_REALTIME = {"base": 237.0, "tiny.en": 322.0}   # base: batched bs64 fp16; tiny.en: batched bs16 int8_float16

ASSUMPTIONS = {
    "call_hours": 100_000,        # audio recorded per night
    "avg_call_min": 6.0,          # average call length (sets the number of calls: 1,000,000)
    "speech_fraction": 0.6,       # share of a call's audio that is speech after VAD (the GPU figures are speech)
    "stereo_share": 0.5,          # share of calls recorded stereo (one speaker per channel: 2 channels to transcribe)
    "diarization_share": 0.30,    # share of GPU time spent on diarization + speaker embeddings, mono calls
    "efficiency": 0.70,           # batching gaps, decode/IO stalls, stragglers, retries: delivered / measured
    "night_hours": 8.0,           # the batch window
}


def estimate(model: str, a: dict = ASSUMPTIONS) -> dict:
    """GPU-hours and GPUs for one night.

    ASR audio-hours  = call_hours × speech_fraction × (stereo_share × 2 + (1 − stereo_share) × 1)
    ASR GPU-hours    = ASR audio-hours / x_realtime
    other GPU-hours  = ASR GPU-hours(mono part) × diarization_share / (1 − diarization_share)
    GPU-hours        = (ASR + other) / efficiency;      GPUs = ceil(GPU-hours / night_hours)
    """
    import math

    x = H100_X_REALTIME[model]
    asr_audio_h = a["call_hours"] * a["speech_fraction"] * (a["stereo_share"] * 2 + (1 - a["stereo_share"]))
    asr_gpu_h = asr_audio_h / x
    mono_asr_gpu_h = a["call_hours"] * (1 - a["stereo_share"]) * a["speech_fraction"] / x
    other_gpu_h = mono_asr_gpu_h * a["diarization_share"] / (1 - a["diarization_share"])
    gpu_h = (asr_gpu_h + other_gpu_h) / a["efficiency"]
    gpus = math.ceil(gpu_h / a["night_hours"])
    return {"model": model, "x_realtime_per_gpu": x, "asr_audio_hours": round(asr_audio_h),
            "asr_gpu_hours": round(asr_gpu_h, 1), "diarization_gpu_hours": round(other_gpu_h, 1),
            "gpu_hours": round(gpu_h, 1), "gpus_for_window": gpus,
            "wall_hours_on_gpus": round(gpu_h / gpus, 2),
            "calls": int(a["call_hours"] * 60 / a["avg_call_min"])}


# -- measuring ------------------------------------------------------------------------------------------------

def _voc_run(calls: Path, demo: Path, work: Path, model: str, extra: list[str]) -> dict:
    work.mkdir(parents=True)
    env = {**os.environ, "VOC_ASR__MODEL": model, "VOC_DEVICE": "cpu", "HF_HUB_OFFLINE": "1",
           "VOC_CAMPAIGNS__CALENDAR": str(demo / "campaigns.yaml"), "VOC_ANALYSIS__LEXICONS": str(demo / "lexicons.yaml")}
    cmd = [str(Path(sys.executable).parent / "voc"), "run", str(calls), "--manifest", str(demo / "manifest.csv"),
           "--warehouse", str(work / "voc.duckdb"), "--json", "--quiet", *extra]
    t0 = time.perf_counter()
    res = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if res.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {res.returncode}:\n{res.stderr[-3000:]}")
    s = json.loads(res.stdout)
    calls_wall = s["durations"]["calls_wall"]
    n = s["counts"]["transcribe"]["done"]
    audio_h = s["audio_hours"]
    stage_s = {k: round(v, 1) for k, v in s["durations"].items()}
    return {"calls": n, "audio_hours": audio_h, "calls_wall_s": round(calls_wall, 1), "process_wall_s": round(wall, 1),
            "calls_per_hour": round(n / calls_wall * 3600, 1), "x_realtime": round(audio_h * 3600 / calls_wall, 2),
            "durations_s": stage_s}


def measure_writes(src_db: Path, n: int = 200) -> dict:
    """Driver cost of committing one call: ``write_call`` with a real call's rows (copied from ``src_db``), n times."""
    import duckdb

    from voc.warehouse import connect
    from voc.warehouse.writers import STAGE_TABLES, write_call

    src = duckdb.connect(str(src_db), read_only=True)
    cid, path = src.execute("SELECT call_id, path FROM calls ORDER BY call_id LIMIT 1").fetchone()
    rows = {}
    for tables in STAGE_TABLES.values():
        for t in tables:
            cur = src.execute(f"SELECT * FROM {t} WHERE call_id = ?", [cid])
            cols = [d[0] for d in cur.description]
            rows[t] = [dict(zip(cols, r)) for r in cur.fetchall()]
    src.close()
    with tempfile.TemporaryDirectory() as d:
        con = connect(Path(d) / "w.duckdb")
        stages = {s: "h" for s in STAGE_TABLES}
        t0 = time.perf_counter()
        for i in range(n):
            new = f"{i:064d}"
            con.execute("INSERT INTO calls (call_id, path, file_name, status, ingested_at) "
                        "VALUES (?, ?, 'x', 'ingested', now())",
                        [new, f"{path}.{i}"])
            write_call(con, new, "bench", stages, {t: [{**r, "call_id": new} for r in rs] for t, rs in rows.items()})
        per = (time.perf_counter() - t0) / n
        con.close()
    return {"calls": n, "rows_per_call": sum(len(r) for r in rows.values()), "ms_per_call": round(per * 1000, 2)}


def measure(n_calls: int, model: str) -> dict:
    from voc.demo import demo_calls, demo_campaigns, demo_lexicons, demo_manifest

    src = demo_calls()[:n_calls]
    if not src:
        raise SystemExit("no demo calls: build them with python -m voc.demo.make_demo")
    tmp = Path(tempfile.mkdtemp(prefix="vocbench-", dir="/tmp"))
    try:
        demo = tmp / "demo"
        (demo / "calls").mkdir(parents=True)
        for c in src:
            shutil.copy(c, demo / "calls" / c.name)
        for f in (demo_manifest(), demo_campaigns(), demo_lexicons()):
            shutil.copy(f, demo / f.name)
        load0 = os.getloadavg()
        local = _voc_run(demo / "calls", demo, tmp / "local", model, [])
        writes = measure_writes(tmp / "local" / "voc.duckdb")
        t0 = time.perf_counter()
        env = {**os.environ, "RAY": str(Path(sys.executable).parent / "ray")}
        addr = subprocess.run([str(SCRIPT), "start", str(tmp / "c")], capture_output=True, text=True, env=env,
                              check=True).stdout.strip().splitlines()[-1]
        startup = time.perf_counter() - t0
        try:
            ray = _voc_run(demo / "calls", demo, tmp / "ray", model, ["--executor", "ray", "--address", addr])
        finally:
            subprocess.run([str(SCRIPT), "stop", str(tmp / "c")], capture_output=True, env=env)
        ray["cluster_start_s"] = round(startup, 1)
        return {"model": model, "calls": len(src), "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                                               "loadavg_at_start": [round(x, 1) for x in load0]},
                "local": local, "ray_2_nodes_1_cpu_each": ray,
                "ray_vs_local": round(ray["calls_per_hour"] / local["calls_per_hour"], 2),
                "driver_write": writes,
                "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# -- writing --------------------------------------------------------------------------------------------------

def markdown(result: dict | None) -> str:
    lines = ["# Ray executor: throughput on a loopback cluster, and sizing for 100,000 call-hours a night", "",
             "Generated by `python bench/ray_bench.py` (numbers below come from `bench/results/ray_*.json`).", ""]
    if result:
        lo, ra = result["local"], result["ray_2_nodes_1_cpu_each"]
        lines += [
            f"## Measured here ({result['measured_at']}, {result['calls']} demo calls, `{result['model']}`, CPU)", "",
            "| executor | calls | audio h | per-call phase wall (s) | calls / hour | × realtime |",
            "|---|---|---|---|---|---|",
            f"| local (1 process, all {result['machine']['cpus']} cores) | {lo['calls']} | {lo['audio_hours']} | "
            f"{lo['calls_wall_s']} | {lo['calls_per_hour']} | {lo['x_realtime']} |",
            f"| Ray, 2 nodes × 1 CPU, 1 actor each | {ra['calls']} | {ra['audio_hours']} | {ra['calls_wall_s']} | "
            f"{ra['calls_per_hour']} | {ra['x_realtime']} |",
            "",
            f"Ray / local = **{result['ray_vs_local']}×**. Cluster start (2 nodes): {ra['cluster_start_s']} s, "
            f"load average when the run began: {result['machine']['loadavg_at_start']}."
            + (" These calls are all stereo (speakers stage "
               f"{lo['durations_s'].get('speakers', 0)} s): mono diarization is not in these figures."
               if lo["durations_s"].get("speakers", 0) < 1 else ""),
            "",
            "Per-call stage time, summed over calls (Ray: summed over both actors, which run at the same time):", "",
            "| stage | local (s) | Ray (s) |", "|---|---|---|",
            *[f"| {k} | {lo['durations_s'].get(k, 0)} | {ra['durations_s'].get(k, 0)} |"
              for k in ("transcribe", "speakers", "redact", "analyze")],
            "",
            f"This machine has {result['machine']['cpus']} cores, shared with other work (load average above), and "
            "both \"nodes\" of the loopback cluster run on those same cores, so this is not scale-out: the cluster "
            "cannot add compute here. What it can change is how well the two cores are used. The local executor runs "
            "one call at a time in one process, and much of a call (VAD, PII redaction, spaCy, sentiment, the "
            "driver's write) runs on one core while the other waits; two single-core actors overlap those phases, "
            "and torch (diarization, embeddings) in one process with 2 threads is slower on a busy 2-core box "
            "than with one (`/work/shared/models.md`), while Ray gives each 1-CPU actor `OMP_NUM_THREADS=1` — "
            "compare the speakers row. That is how Ray came out "
            + ("ahead" if result["ray_vs_local"] > 1 else "behind") +
            " here despite loading every model twice and paying a Ray round trip and an Arrow transfer per call. "
            "One run each on a busy machine: treat the ratio as noisy. On a real cluster throughput grows with the "
            "number of actors (nodes, GPUs) until the driver's writes limit it (below).", ""]
    lines += ["## Sizing: GPUs for 100,000 call-hours a night", "",
              "Per-GPU throughput measured on one H100 (`/work/shared/gpu/README.md`, faster-whisper, beam 5): "
              "Whisper base batched (bs 64, fp16) **237× realtime**; tiny.en batched (bs 16, int8_float16) "
              "**322× realtime**. Assumptions:", "",
              "| assumption | value | why |", "|---|---|---|",
              f"| call-hours per night | {ASSUMPTIONS['call_hours']:,} | the target |",
              f"| average call length | {ASSUMPTIONS['avg_call_min']} min | contact-center typical; sets the call count (1,000,000 calls) |",
              f"| speech fraction after VAD | {ASSUMPTIONS['speech_fraction']} | the GPU figures were measured on continuous speech; silence is skipped by VAD |",
              f"| stereo share | {ASSUMPTIONS['stereo_share']} | stereo calls transcribe 2 channels (each ~half of the speech) and need no diarization |",
              f"| diarization share (mono) | {ASSUMPTIONS['diarization_share']} | share of GPU time in segmentation + embeddings; on CPU embeddings were ~90 % of diarization time |",
              f"| efficiency | {ASSUMPTIONS['efficiency']} | delivered / measured: batching gaps, decode and IO stalls, stragglers, retries |",
              f"| window | {ASSUMPTIONS['night_hours']} h | the nightly batch window |", "",
              "```",
              "ASR audio-hours = call_hours × speech_fraction × (stereo_share × 2 + (1 − stereo_share))",
              "ASR GPU-hours   = ASR audio-hours / x_realtime",
              "diar GPU-hours  = (mono ASR GPU-hours) × diarization_share / (1 − diarization_share)",
              "GPU-hours       = (ASR + diar) / efficiency;   GPUs = ceil(GPU-hours / window)",
              "```", "",
              "| model | × realtime / GPU | ASR audio-h | ASR GPU-h | diarization GPU-h | total GPU-h | GPUs for 8 h | wall on those GPUs |",
              "|---|---|---|---|---|---|---|---|"]
    for m in ("base", "tiny.en"):
        e = estimate(m)
        lines.append(f"| {m} | {e['x_realtime_per_gpu']:.0f}× | {e['asr_audio_hours']:,} | {e['asr_gpu_hours']} | "
                     f"{e['diarization_gpu_hours']} | {e['gpu_hours']} | **{e['gpus_for_window']}** | "
                     f"{e['wall_hours_on_gpus']} h |")
    e = estimate("base")
    lines += ["", f"So about **{e['gpus_for_window']} H100s** (Whisper base) finish a night in {ASSUMPTIONS['night_hours']:.0f} h; "
              f"{estimate('base', {**ASSUMPTIONS, 'night_hours': 4.0})['gpus_for_window']} finish it in 4 h. "
              "With `ray_actors_per_node` = 1 there is one actor per GPU; CPU work per call (decoding, PII "
              "redaction, spaCy, MiniLM, sentiment) runs in the same actor and needs enough cores per GPU node "
              "to keep the GPU fed — measure `durations_s.analyze` per audio-hour in the JSON above before sizing "
              "the CPUs.", "",
              "The driver is the other limit to watch: it writes every call in its own DuckDB transaction "
              f"({e['calls']:,} calls a night = {e['calls'] / (ASSUMPTIONS['night_hours'] * 3600):.0f} commits/s "
              "over the window)."]
    w = (result or {}).get("driver_write")
    if w:
        hours = e["calls"] * w["ms_per_call"] / 1000 / 3600
        lines[-1] += (f" Measured here: {w['ms_per_call']} ms per call ({w['rows_per_call']} rows, one demo call's "
                      f"results, {w['calls']} commits), i.e. {hours:.1f} h of driver time for {e['calls']:,} calls "
                      f"on this busy 2-core machine — {'within' if hours < ASSUMPTIONS['night_hours'] else 'beyond'} "
                      "the window. Most of that cost is per call, not per row (a DELETE per owned table and a commit "
                      "for every call; in one quick test, inserting the same rows from Arrow instead of executemany "
                      "saved only about a quarter), so before 100,000 call-hours the driver must commit calls in "
                      "groups (many calls per transaction, inserted from the Arrow tables the actors return).")
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", type=int, default=6, help="demo calls to process (default 6)")
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--estimate-only", action="store_true", help="only rewrite the markdown from the last JSON")
    ap.add_argument("--md", type=Path, default=REPO / "bench" / "ray.md")
    args = ap.parse_args()
    out = REPO / "bench" / "results" / f"ray_{args.model}.json"
    if args.estimate_only:
        result = json.loads(out.read_text()) if out.is_file() else None
    else:
        result = measure(args.calls, args.model)
        result["estimate"] = {m: estimate(m) for m in H100_X_REALTIME}
        result["assumptions"] = ASSUMPTIONS
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2) + "\n")
        print(json.dumps({k: result[k] for k in ("local", "ray_2_nodes_1_cpu_each", "ray_vs_local")}, indent=2))
    args.md.write_text(markdown(result))


if __name__ == "__main__":
    main()
