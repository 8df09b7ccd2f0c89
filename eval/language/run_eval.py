"""Language identification accuracy and WER: voc's language policy vs today's forced-English baseline.

Data (../shared/data; the script exits with a message when it is absent): axonlabs-multilingual (real call-center
calls in ru, pl, fr, de, es, pt with silver own-language transcripts), the English rows of eval/asr/all.csv
(jfk, faster-whisper stereo, OSR Harvard 8 kHz, lhotse/LibriSpeech, pyannote sample: WER and LID) and English audio
without word references (spokenwoz MUL1011 stereo call, lhotse LJSpeech and AMI clips: LID only). See
voc.eval.language for what is measured. Nothing is tuned: asr.lid_windows / asr.lid_min_prob keep their defaults.

    nice -n 10 python eval/language/run_eval.py [--data ../shared/data] [--clip-s 60] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--clip-s", type=float, default=60.0, help="WER on the first N seconds of each axonlabs call")
    ap.add_argument("--model", default="base")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "language_base.json")
    args = ap.parse_args()
    if not (args.data / "axonlabs-multilingual").is_dir():
        print(f"{args.data}/axonlabs-multilingual is absent: nothing to evaluate", file=sys.stderr)
        return 2
    from voc.eval.language import evaluate_language
    from voc.settings import Settings

    s = Settings.load(overrides={"asr.model": args.model, "device": "cpu", "compute_type": "int8"}, env={})
    d = args.data
    lid_only = [d / "spokenwoz-mul1011" / "MUL1011.opus", d / "lhotse-fixtures" / "ljspeech_storage_LJ002-0020.wav",
                d / "lhotse-fixtures" / "ljspeech_storage_LJ002-0035.wav",
                d / "lhotse-fixtures" / "ami_ES2011a.Headset-0-40s-46s.wav"]
    res = evaluate_language(s, d / "axonlabs-multilingual", REPO / "eval" / "asr" / "all.csv",
                            [p for p in lid_only if p.is_file()], clip_s=args.clip_s,
                            progress=lambda m: print(m, file=sys.stderr, flush=True))
    res["machine"] = {"host": platform.node(), "cpu": platform.processor() or platform.machine(),
                      "python": platform.python_version(), "note": "2 shared CPU cores, nice -n 10"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(res["summary"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
