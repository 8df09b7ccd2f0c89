"""Memory of `voc run` does not grow with the number of calls.

Builds N distinct short stereo 8 kHz calls (a few seconds of real speech from ../shared/data on channel 0, the
other channel near-silent; each call's bytes differ by a tiny dither so each is its own call), runs
`voc run DIR --model tiny.en --no-report` in a subprocess and samples its resident memory (RSS, the process and
its children) every 0.5 s together with the number of calls committed (from the plain progress log).

    python bench/memory_bench.py --calls 100 1000 --out bench/results/memory_cpu.json

Result: peak RSS per N, and RSS at 10 %, 50 % and 100 % of the calls of the largest run: flat = bounded.

Per call length (``--call-minutes``): one call of each length, made by repeating a real benchmark call
(``bench/corpus.py``: real speech through a phone line, 8 kHz mu-law; ``--kind stereo`` or ``mono``) end to end,
run alone through ``voc run`` with ``--model``; peak RSS per length shows whether memory grows with call length.

    python bench/memory_bench.py --call-minutes 1 10 60 --kind stereo --model tiny.en --out bench/results/memory_call_length.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def make_calls(folder: Path, n: int, seconds: float = 4.0) -> None:
    import wave

    from voc.transcribe.audio import decode

    speech = decode(DATA / "whisper-cpp-jfk" / "jfk.wav", sample_rate=8000).samples[0][: int(8000 * seconds)]
    rng = np.random.default_rng(0)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        x = np.zeros((2, len(speech)), np.float32)
        x[0] = speech
        x[1] = rng.normal(0, 1e-4, len(speech))
        pcm = (np.clip(x, -1, 1) * 32767).astype("<i2").T.tobytes()
        with wave.open(str(folder / f"call_{i:05d}.wav"), "wb") as w:
            w.setnchannels(2)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(pcm)


def rss_tree(pid: int) -> int:
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
        return sum(q.memory_info().rss for q in procs if q.is_running())
    except psutil.Error:
        return 0


def long_call(dest: Path, minutes: float, kind: str) -> Path:
    """A ``minutes``-long call: a real corpus call of ``kind`` (mono/stereo) repeated, as 8 kHz mu-law WAV."""
    sys.path.insert(0, str(REPO / "bench"))
    from corpus import build_corpus, write_mulaw_wav

    from voc.transcribe.audio import decode

    corpus = build_corpus(REPO / ".dev" / "bench-corpus" / "m3_c60", 3.0, DATA, call_s=60.0)
    src = next(c for c in corpus.calls if (c.channels == 2) == (kind == "stereo"))
    x = decode(src.path(corpus.folder), sample_rate=8000, channels="all").samples
    reps = int(np.ceil(minutes * 60 * 8000 / x.shape[1]))
    y = np.tile(x, (1, reps))[:, : int(minutes * 60 * 8000)]
    write_mulaw_wav(dest, y, 8000)
    return dest


def run(folder: Path, wd: Path, model: str = "tiny.en") -> dict:
    env = {**os.environ, "VOC_DEVICE": "cpu", "VOC_ASR__MODEL": model, "PYANNOTE_METRICS_ENABLED": "false",
           "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "voc.cli", "run", str(folder), "--no-report", "--json"], cwd=wd,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = [0]
    samples: list[tuple[float, int, int]] = []

    def read():
        for line in proc.stderr:
            m = re.search(r"transcribe: (\d+)/(\d+) calls", line)
            if m:
                done[0] = int(m.group(1))

    t = threading.Thread(target=read, daemon=True)
    t.start()
    t0 = time.monotonic()
    while proc.poll() is None:
        samples.append((round(time.monotonic() - t0, 1), done[0], rss_tree(proc.pid)))
        time.sleep(0.5)
    t.join(5)
    try:
        summary = json.loads(proc.stdout.read() or "{}")
    except json.JSONDecodeError:
        summary = {}
    return {"returncode": proc.returncode, "failures": summary.get("failures"), "run_error": summary.get("error"),
            "wall_s": round(time.monotonic() - t0, 1), "samples": samples,
            "peak_rss_mb": round(max(s[2] for s in samples) / 2**20, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "memory_cpu.json"))
    ap.add_argument("--call-minutes", type=float, nargs="*", default=None, help="one call per length instead")
    ap.add_argument("--kind", choices=["stereo", "mono"], default="stereo")
    ap.add_argument("--model", default="tiny.en")
    a = ap.parse_args()
    if a.call_minutes:
        out = Path(a.out)
        results = json.loads(out.read_text()) if out.is_file() else {
            "machine": f"{platform.machine()}, {os.cpu_count()} cores (CPU only), shared with other sessions",
            "what": "peak RSS of `voc run FILE --no-report` (process tree) on ONE call of each length", "runs": {}}
        for minutes in a.call_minutes:
            with tempfile.TemporaryDirectory() as td:
                (Path(td) / "calls").mkdir()
                long_call(Path(td) / "calls" / f"call_{minutes:g}min.wav", minutes, a.kind)
                r = run(Path(td) / "calls", Path(td), a.model)
            key = f"{a.model}/{a.kind}/{minutes:g}min"
            results["runs"][key] = {k: v for k, v in r.items() if k != "samples"} | {
                "model": a.model, "kind": a.kind, "call_minutes": minutes,
                "timeline_mb": [(t, round(b / 2**20)) for t, _, b in r["samples"][:: max(1, len(r["samples"]) // 60)]]}
            print(key, r["returncode"], r["peak_rss_mb"], r["wall_s"], flush=True)
            out.write_text(json.dumps(results, indent=1))
        return
    results = {"machine": f"{platform.machine()}, {os.cpu_count()} cores (CPU only)", "model": "tiny.en",
               "runs": {}}
    for n in a.calls:
        with tempfile.TemporaryDirectory() as td:
            make_calls(Path(td) / "calls", n)
            r = run(Path(td) / "calls", Path(td))
        total = max(s[1] for s in r["samples"]) or 1
        marks = {}
        for frac in (0.1, 0.5, 1.0):
            pts = [s[2] for s in r["samples"] if s[1] >= frac * total]
            marks[f"rss_mb_at_{int(frac * 100)}pct"] = round(pts[0] / 2**20, 1) if pts else None
        results["runs"][str(n)] = {k: v for k, v in r.items() if k != "samples"} | marks | {
            "calls_done": total, "timeline": r["samples"][:: max(1, len(r["samples"]) // 60)]}
        print(n, results["runs"][str(n)]["peak_rss_mb"], marks, flush=True)
    Path(a.out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
