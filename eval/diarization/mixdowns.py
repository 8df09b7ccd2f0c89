"""Mono mixdowns of real stereo phone calls, with a diarization reference taken from their two channels.

``python -m eval.diarization.mixdowns [--data ../shared/data] [--out .dev/diarization/phone]`` writes, for every
available stereo call, ``<name>.wav`` (the channels averaged, 8 kHz, like a mono call-centre recording), one
``<name>.rttm`` (speaker ``ch0`` / ``ch1``) and two manifests in the ``voc eval diarization`` format:

- ``dev.csv``: the calls the diarizer's settings were tuned on (demo calls 01-06 and 13, the pyannote sample,
  the AMI debug clips are separate manifests under ``eval/diarization/``);
- ``heldout.csv``: the calls figures are reported on, never tuned on: the real SpokenWOZ call MUL1011 (8 kHz
  crowd-worker phone call), the faster-whisper stereo test, demo calls 07-12 and 14.

References: the demo calls carry exact timed turns (``voc/demo/references.json``, agent = ``ch0``). A real stereo
call has none, so its reference is each channel's speech activity, judged on that channel alone: a 20 ms frame is
speech on a channel when Silero VAD (default threshold 0.5, on the isolated channel) calls it speech, it is 18 dB
above that channel's noise floor (10th percentile) and it is not 10 dB quieter than the other channel (bleed of
the other speaker); runs shorter than 0.25 s are dropped and gaps under 0.3 s filled. Energy alone is not enough:
on MUL1011 it marked 128 s of one channel as speech where Silero hears 62 s (line noise, breathing). Caveat: the
fast diarizer also uses Silero (threshold 0.35, on the mixdown), so its missed-speech and false-alarm figures on
these references lean in its favour; confusion does not. The files go under ``.dev/`` (git-ignored): shared data is never copied
into the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import numpy as np

DEV_DEMO = ["call_01", "call_02", "call_03", "call_04", "call_05", "call_06", "call_13"]
HELDOUT_DEMO = ["call_07", "call_08", "call_09", "call_10", "call_11", "call_12", "call_14"]
RATE = 8000
FRAME_S = 0.02


def channel_activity(x: np.ndarray, sample_rate: int, floor_db: float = 18.0, bleed_db: float = 10.0,
                     min_speech_s: float = 0.25, fill_gap_s: float = 0.3,
                     vad: bool = True) -> list[list[tuple[float, float]]]:
    """Per channel of ``x`` ``[2, n]``: speech regions (start_s, end_s) (see module doc)."""
    hop = int(FRAME_S * sample_rate)
    n = x.shape[1] // hop
    frames = x[:, : n * hop].reshape(x.shape[0], n, hop).astype(np.float64)
    db = 10 * np.log10((frames ** 2).mean(axis=2) + 1e-12)
    out = []
    for c in range(x.shape[0]):
        floor = np.percentile(db[c], 10)
        other = np.max(np.delete(db, c, axis=0), axis=0) if x.shape[0] > 1 else np.full(n, -200.0)
        active = (db[c] > floor + floor_db) & (db[c] > other - bleed_db)
        if vad:
            active &= _vad_frames(x[c], sample_rate, n)
        out.append(_regions(active, min_speech_s, fill_gap_s))
    return out


def _vad_frames(x: np.ndarray, sample_rate: int, n: int) -> np.ndarray:
    """Silero VAD (threshold 0.5) of one isolated channel, as a boolean per 20 ms frame."""
    import torch
    import torchaudio.functional as AF

    from voc.speakers.fast import speech_regions

    x16 = AF.resample(torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32)), sample_rate, 16000).numpy()
    out = np.zeros(n, dtype=bool)
    for a, b in speech_regions(x16, threshold=0.5, pad_s=0.03, min_silence_s=0.1, min_speech_s=0.1):
        out[int(a / FRAME_S): int(np.ceil(b / FRAME_S))] = True
    return out


def _regions(active: np.ndarray, min_speech_s: float, fill_gap_s: float) -> list[tuple[float, float]]:
    runs: list[list[float]] = []
    start = None
    for i, a in enumerate(list(active) + [False]):
        if a and start is None:
            start = i
        elif not a and start is not None:
            runs.append([start * FRAME_S, i * FRAME_S])
            start = None
    merged: list[list[float]] = []
    for r in runs:
        if merged and r[0] - merged[-1][1] < fill_gap_s:
            merged[-1][1] = r[1]
        else:
            merged.append(r)
    return [(round(a, 3), round(b, 3)) for a, b in merged if b - a >= min_speech_s]


def write_rttm(path: Path, uri: str, turns: list[tuple[str, float, float]]) -> None:
    lines = [f"SPEAKER {uri} 1 {s:.3f} {e - s:.3f} <NA> <NA> {spk} <NA> <NA>" for spk, s, e in sorted(
        turns, key=lambda t: t[1]) if e > s]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_mono(path: Path, x: np.ndarray) -> None:
    import soundfile as sf

    mono = x.mean(axis=0)
    sf.write(str(path), mono.astype(np.float32), RATE, subtype="PCM_16")


def build(data: Path, out: Path, repo: Path) -> dict[str, list[str]]:
    """Write the mixdowns, RTTMs and ``dev.csv`` / ``heldout.csv`` under ``out``; returns {manifest: [uris]}."""
    from voc.transcribe.audio import decode

    out.mkdir(parents=True, exist_ok=True)
    sets: dict[str, list[str]] = {"dev": [], "heldout": []}
    refs = json.loads((repo / "voc/demo/references.json").read_text(encoding="utf-8"))
    for name in DEV_DEMO + HELDOUT_DEMO:
        src = repo / "voc/demo/calls" / f"{name}.wav"
        audio = decode(src, sample_rate=RATE)
        _write_mono(out / f"{name}.wav", audio.samples)
        turns = [("ch0" if t.get("role") == "agent" else "ch1", float(t["start_s"]), float(t["end_s"]))
                 for t in refs[f"{name}.wav"]["turns"]]
        write_rttm(out / f"{name}.rttm", name, turns)
        sets["dev" if name in DEV_DEMO else "heldout"].append(name)
    for name, src in (("spokenwoz_mul1011", data / "spokenwoz-mul1011" / "MUL1011.opus"),
                      ("fw_stereo_diarization", data / "faster-whisper-tests" / "stereo_diarization.wav")):
        if not src.is_file():
            continue
        audio = decode(src, sample_rate=RATE)
        _write_mono(out / f"{name}.wav", audio.samples)
        acts = channel_activity(audio.samples, RATE)
        write_rttm(out / f"{name}.rttm", name, [(f"ch{c}", s, e) for c, regs in enumerate(acts) for s, e in regs])
        sets["heldout"].append(name)
    for manifest, names in sets.items():
        with open(out / f"{manifest}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["audio", "rttm", "uem", "agent"])
            for n in names:
                agent = "ch0" if n.startswith("call_") else ""
                w.writerow([f"{n}.wav", f"{n}.rttm", "", agent])
    return sets


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    repo = Path(__file__).resolve().parents[2]
    ap.add_argument("--data", type=Path, default=repo.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=repo / ".dev" / "diarization" / "phone")
    args = ap.parse_args()
    sets = build(args.data, args.out, repo)
    print(json.dumps({k: v for k, v in sets.items()}, indent=1))


if __name__ == "__main__":
    main()
