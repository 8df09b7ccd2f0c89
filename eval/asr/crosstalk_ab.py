"""Stereo crosstalk gate, level-only (before) vs text-aware (now), from ONE transcription of each call.

``python -m eval.asr.crosstalk_ab [--calls call_05 call_06 ...] [--model tiny.en] [--out eval/asr/results/crosstalk_demo.json]``

Each demo stereo call is transcribed once by voc's Transcriber (everything as ``voc run``); the segments the level
test flags (``asr.bleed_db`` quieter than the other channel) are recorded. "level-only" scores the channel's words
without every flagged segment (the gate before), "text-aware" without only the flagged segments whose words the
other channel carries at that time (the gate now). References: ``voc/demo/references.json`` text per channel.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", nargs="+", default=["call_05", "call_06", "call_09", "call_12"])
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--unscored", nargs="*", type=Path, default=[],
                    help="stereo files without reference text (real calls): count what each gate drops")
    ap.add_argument("--out", type=Path, default=Path("eval/asr/results/crosstalk_demo.json"))
    args = ap.parse_args()

    import voc.speakers.crosstalk as ct
    from voc.eval.asr import word_errors
    from voc.records import Call
    from voc.settings import Settings
    from voc.transcribe.asr import Transcriber

    repo = Path(__file__).resolve().parents[2]
    refs = json.loads((repo / "voc/demo/references.json").read_text(encoding="utf-8"))
    seen: list = []
    real = ct.restore_crosstalk

    def spy(suspects, kept, *a, **k):
        restored, dropped = real(suspects, kept, *a, **k)
        seen.append((list(restored), list(dropped)))
        return restored, dropped

    ct.restore_crosstalk = spy
    tr = Transcriber(Settings.load(overrides={"asr.model": args.model, "device": "cpu"}))
    rows = []
    for name in args.calls:
        path = repo / "voc/demo/calls" / f"{name}.wav"
        seen.clear()
        t = tr.transcribe(Call(name, str(path), 0.0, 0, 0, ""), path)
        restored = [u for r, _ in seen for u in r]
        dropped = [u for _, d in seen for u in d]
        for ch in (0, 1):
            ref = refs[f"{name}.wav"]["channels"][str(ch)]
            now = [u for u in t.utterances if u.channel == ch]
            before = [u for u in now if not any(u is r for r in restored)]
            rows.append({"call": name, "channel": ch,
                         "level_only": word_errors(ref, " ".join(u.text for u in before)),
                         "text_aware": word_errors(ref, " ".join(u.text for u in now)),
                         "restored": [u.text for u in restored if u.channel == ch],
                         "dropped_as_echo": [u.text for u in dropped if u.channel == ch]})
            print(json.dumps({k: rows[-1][k] for k in ("call", "channel", "restored", "dropped_as_echo")}), flush=True)

    unscored = []
    for path in args.unscored:
        seen.clear()
        t = tr.transcribe(Call(path.stem, str(path), 0.0, 0, 0, ""), path)
        restored = [u for r, _ in seen for u in r]
        dropped = [u for _, d in seen for u in d]
        unscored.append({"file": path.name, "words": sum(len(u.text.split()) for u in t.utterances),
                         "restored": [(u.channel, round(u.start_s, 1), u.text) for u in restored],
                         "dropped_as_echo": [(u.channel, round(u.start_s, 1), u.text) for u in dropped]})
        print(json.dumps(unscored[-1]), flush=True)

    def pooled(key: str) -> dict:
        n = sum(r[key]["reference_words"] for r in rows)
        e = sum(r[key]["errors"] for r in rows)
        d = sum(r[key]["deletions"] for r in rows)
        return {"wer": round(e / n, 4), "deletions": d, "reference_words": n}

    out = {"model": args.model, "calls": args.calls, "level_only": pooled("level_only"),
           "text_aware": pooled("text_aware"), "rows": rows, "unscored": unscored}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(json.dumps({k: out[k] for k in ("level_only", "text_aware")}))


if __name__ == "__main__":
    main()
