"""Check that the demo calls are intelligible to Whisper: WER per channel against references.json.

Run: ``python -m voc.demo.check_asr [--dir DIR] [--only call_04,call_13]`` (bundled tiny.en, CPU, int8).
Plain faster-whisper on purpose: this checks the audio, not voc's transcription stage.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path
from typing import Any


_NUM = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
        "seven": "7", "eight": "8", "nine": "9", "ten": "10"}


def normalize(text: str) -> str:
    """Lowercase, drop punctuation, split digit runs and spell single digits as numerals, for WER."""
    text = text.lower().replace("-", " ")
    text = re.sub(r"(\d)", r" \1 ", text)           # "4111" -> "4 1 1 1" so digits compare one by one
    words = re.sub(r"[^a-z0-9' ]+", " ", text).split()
    return " ".join(_NUM.get(w, w) for w in words)


def wer(reference: str, hypothesis: str) -> float:
    import jiwer

    return float(jiwer.wer(normalize(reference), normalize(hypothesis)))


def check(demo_dir: Path, only: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """{file_name: {channel: {"wer", "hyp"}}} with the bundled tiny.en model on CPU."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from faster_whisper import WhisperModel

    from voc.models import resolve_whisper
    from voc.settings import Settings
    from voc.transcribe.audio import decode

    refs = json.loads((demo_dir / "references.json").read_text(encoding="utf-8"))
    folder = resolve_whisper("tiny.en", Settings().cache_path)  # the bundled folder, tokenizer.json beside model.bin
    model = WhisperModel(str(folder), device="cpu", compute_type="int8", local_files_only=True)
    results: dict[str, dict[str, Any]] = {}
    for name, ref in refs.items():
        if only and Path(name).stem not in only:
            continue
        channels = decode(demo_dir / "calls" / name, sample_rate=16000).samples
        results[name] = {}
        for ch, audio in enumerate(channels):
            segments, _ = model.transcribe(audio, language="en", beam_size=5, vad_filter=True,
                                           condition_on_previous_text=False)
            hyp = " ".join(s.text.strip() for s in segments)
            results[name][str(ch)] = {"wer": wer(ref["channels"][str(ch)], hyp), "hyp": hyp}
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m voc.demo.check_asr", description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--only", default=None, help="comma-separated call ids")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the hypotheses too")
    args = ap.parse_args(argv)
    only = [s.strip() for s in args.only.split(",")] if args.only else None
    results = check(args.dir, only)
    all_wers = []
    for name, chans in results.items():
        for ch, r in chans.items():
            all_wers.append(r["wer"])
            print(f"{name} ch{ch}: WER {r['wer']:.3f}" + (f"  {r['hyp']}" if args.verbose else ""))
    if all_wers:
        print(f"mean WER {sum(all_wers) / len(all_wers):.3f} over {len(all_wers)} channels")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
