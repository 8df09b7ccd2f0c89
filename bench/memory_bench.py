"""Memory of `voc run` does not grow with the number of calls.

Builds N distinct short stereo 8 kHz calls (a few seconds of real speech from ../shared/data on channel 0, the
other channel near-silent; each call's bytes differ by a tiny dither so each is its own call), runs
`voc run DIR --model tiny.en --no-report` in a subprocess and samples its resident memory (RSS, the process and
its children) every 0.5 s together with the number of calls committed (from the plain progress log).

    python bench/memory_bench.py --calls 100 1000 --out bench/results/memory_cpu.json

Result: peak RSS per N, and RSS at 10 %, 50 % and 100 % of the calls of the largest run: flat = bounded.
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


def run(folder: Path, wd: Path) -> dict:
    env = {**os.environ, "VOC_DEVICE": "cpu", "VOC_ASR__MODEL": "tiny.en", "PYANNOTE_METRICS_ENABLED": "false",
           "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "voc.cli", "run", str(folder), "--no-report"], cwd=wd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
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
    return {"returncode": proc.returncode, "wall_s": round(time.monotonic() - t0, 1), "samples": samples,
            "peak_rss_mb": round(max(s[2] for s in samples) / 2**20, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "memory_cpu.json"))
    a = ap.parse_args()
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
