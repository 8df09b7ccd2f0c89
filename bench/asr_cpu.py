"""CPU benchmark: plain faster-whisper vs voc's Transcriber on the same files, same model, same normaliser.

Plain = ``WhisperModel.transcribe(path, beam_size=5, vad_filter=True, language="en")`` with faster-whisper's
defaults otherwise (the reference setting of ../shared/models.md). voc = ``Transcriber`` with default settings
(per-channel stereo, guards). Both share one loaded model. Reports WER per row and pooled, and speed as
x realtime (audio seconds per wall second) and CPU seconds per audio second.

Usage: python bench/asr_cpu.py [--model tiny.en] [--manifest eval/asr/all.csv] [--threads 2] [--out FILE]
Writes bench/results/asr_cpu_<model>.json by default.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--manifest", type=Path, default=ROOT / "eval" / "asr" / "all.csv")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)

    import faster_whisper

    from voc.eval.asr import _channel_file, read_manifest, word_errors
    from voc.models import load_whisper
    from voc.records import Call
    from voc.settings import Settings
    from voc.transcribe.asr import Transcriber

    settings = Settings.load(overrides={"asr.model": args.model, "device": "cpu", "asr.cpu_threads": args.threads})
    model = load_whisper(settings)
    voc_tr = Transcriber(settings, model=model)
    voc_tr.device, voc_tr.compute_type = "cpu", "int8"
    rows = read_manifest(args.manifest)
    list(model.transcribe(str(rows[0].audio), beam_size=5, language="en")[0])  # warm-up, not timed
    out_rows = []
    totals = {k: {"errors": 0, "ref": 0, "audio_s": 0.0, "wall_s": 0.0, "cpu_s": 0.0} for k in ("plain", "voc")}
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for row in rows:
            path = _channel_file(row, Path(tmp)) if row.channel is not None else row.audio
            rec: dict = {"audio": row.audio.name, "channel": row.channel}
            # plain faster-whisper
            w0, c0 = time.perf_counter(), _cpu_s()
            segs, info = model.transcribe(str(path), beam_size=5, vad_filter=True, language="en")
            hyp = " ".join(s.text.strip() for s in segs)
            wall, cpu = time.perf_counter() - w0, _cpu_s() - c0
            sc = word_errors(row.reference, hyp)
            rec["plain"] = {"wer": round(sc["wer"], 4), "errors": sc["errors"], "wall_s": round(wall, 3),
                            "hypothesis": hyp}
            audio_s = info.duration
            _add(totals["plain"], sc, audio_s, wall, cpu)
            # voc
            w0, c0 = time.perf_counter(), _cpu_s()
            t = voc_tr.transcribe(Call("bench", str(path), 0.0, 0, 0, ""), path)
            hyp = " ".join(u.text for u in t.utterances)
            wall, cpu = time.perf_counter() - w0, _cpu_s() - c0
            sc = word_errors(row.reference, hyp)
            rec["voc"] = {"wer": round(sc["wer"], 4), "errors": sc["errors"], "wall_s": round(wall, 3),
                          "hypothesis": hyp}
            _add(totals["voc"], sc, audio_s, wall, cpu)
            rec["reference_words"] = sc["reference_words"]
            rec["audio_s"] = round(audio_s, 3)
            out_rows.append(rec)
            print(f"{row.audio.name} ch={row.channel}: plain WER {rec['plain']['wer']:.3f}  voc WER "
                  f"{rec['voc']['wer']:.3f}", file=sys.stderr)
    summary = {k: {"pooled_wer": round(v["errors"] / v["ref"], 4), "x_realtime": round(v["audio_s"] / v["wall_s"], 2),
                   "cpu_s_per_audio_s": round(v["cpu_s"] / v["audio_s"], 3), "audio_s": round(v["audio_s"], 2),
                   "wall_s": round(v["wall_s"], 2)} for k, v in totals.items()}
    result = {"model": args.model, "device": "cpu", "compute_type": "int8", "threads": args.threads,
              "cpu_count": os.cpu_count(), "machine": platform.processor() or platform.machine(),
              "faster_whisper": faster_whisper.__version__, "manifest": str(args.manifest.relative_to(ROOT))
              if args.manifest.resolve().is_relative_to(ROOT) else str(args.manifest),
              "summary": summary, "rows": out_rows}
    out = args.out or ROOT / "bench" / "results" / f"asr_cpu_{args.model}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))
    return 0


def _add(t: dict, sc: dict, audio_s: float, wall: float, cpu: float) -> None:
    t["errors"] += sc["errors"]
    t["ref"] += sc["reference_words"]
    t["audio_s"] += audio_s
    t["wall_s"] += wall
    t["cpu_s"] += cpu


if __name__ == "__main__":
    raise SystemExit(main())
