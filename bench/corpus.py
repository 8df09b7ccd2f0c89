"""Benchmark corpus: N minutes of telephone-band calls made of real speech from ../shared/data, with references.

Every clip below is real recorded speech with a reference transcript (source named beside it; see each folder's
README.txt and eval/asr/*.csv). A call is built by laying clips on a timeline with short gaps:

- **mono** calls: clips one after another (several voices, so diarization has work), one reference for the call;
- **stereo** calls: clips alternate between channel 0 and channel 1 (turn taking, one side silent while the other
  talks), one reference per channel.

Each call then goes through a phone line: resampled to 8 kHz, band-passed to 300–3400 Hz, light line noise
(−70 dBFS RMS) added, and written as G.711 mu-law WAV (8-bit, what call recorders store). Mono and stereo calls
are interleaved so each holds about half of the audio. Everything is deterministic: the clip order and gaps come from a
generator seeded by ``seed`` and the call number; the same arguments give byte-identical files.

    python bench/corpus.py --minutes 5 --out /tmp/voc-bench-corpus      # writes WAVs + corpus.json

Output: ``OUT/call_NNN_{mono,stereo}.wav`` and ``OUT/corpus.json``::

    {"version": 1, "minutes": 5, "seed": 0, "call_s": 60, "sample_rate": 8000, "audio_seconds": ...,
     "calls": [{"file": "call_000_mono.wav", "channels": 1, "duration_s": ..., "references": {"0": "..."},
                "clips": [{"clip": "jfk", "channel": 0, "start_s": 0.5, "end_s": 11.5}, ...]}, ...]}
"""

from __future__ import annotations

import argparse
import json
import struct
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

CORPUS_VERSION = 1
SAMPLE_RATE = 8000          # telephone band
WORK_RATE = 16000           # clips are decoded at this rate before the phone line
MANIFEST = "corpus.json"
LINE_NOISE_DBFS = -70.0     # white line noise, about 50 dB under the speech
SPEECH_RMS_DBFS = -22.0     # each clip is levelled to this RMS before the line (AGC on a real line)
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass(frozen=True, slots=True)
class Clip:
    """A piece of real speech: ``path`` relative to the shared data folder, its reference text and which channel
    of the source file it is (None = all channels mixed)."""

    name: str
    path: str
    reference: str
    channel: int | None = None


# References: whisper-cpp-jfk/README.txt, osr-harvard-8k/test_samples.json, lhotse-fixtures/README.txt
# (LibriSpeech manifest, ljspeech_cuts.json, ami_ES2011a_sups.jsonl.gz: supervisions 202-203, the "UM" of 202 falls
# before the excerpt), pyannote-sample/sample.stm, faster-whisper-tests/README.txt. Same texts as eval/asr/*.csv.
CLIPS: tuple[Clip, ...] = (
    Clip("jfk", "whisper-cpp-jfk/jfk.wav",
         "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your "
         "country."),
    Clip("osr_harvard", "osr-harvard-8k/OSR_us_000_0034_8k.wav",
         "A gold ring will please most any girl. The long journey home took a year. She saw a cat in the neighbor's "
         "house. A pink shell was found on the sandy beach. Small children came to see him. The grass and bushes "
         "were wet with dew. The blind man counted his old coins. A severe storm tore down the barn. She called his "
         "name many times. When you hear the bell, come quickly."),
    Clip("librispeech", "lhotse-fixtures/mix_cut_test_audio_storage_2412-153948-0000.flac",
         "IF THE READER WILL EXCUSE ME I WILL SAY NOTHING OF MY ANTECEDENTS NOR OF THE CIRCUMSTANCES WHICH LED ME TO "
         "LEAVE MY NATIVE COUNTRY THE NARRATIVE WOULD BE TEDIOUS TO HIM AND PAINFUL TO MYSELF"),
    Clip("ljspeech_0020", "lhotse-fixtures/ljspeech_storage_LJ002-0020.wav", "IN EIGHTEEN THIRTEEN"),
    Clip("ljspeech_0035", "lhotse-fixtures/ljspeech_storage_LJ002-0035.wav", "EIGHT THE PRESS YARD"),
    Clip("ami", "lhotse-fixtures/ami_ES2011a.Headset-0-40s-46s.wav", "I'M ABIGAIL CLAFLIN YOU CAN CALL ME ABBIE"),
    Clip("pyannote_sample", "pyannote-sample/sample.wav",
         "Hello? Hello? Oh, hello. I didn't know you were there. Neither did I. Okay, then I thought you know, I "
         "heard a beep. This is Diane in New Jersey. And I'm Sheila in Texas, originally from Chicago. Oh, I'm "
         "originally from Chicago also. I'm in New Jersey now though. Well, there isn't that much difference. At "
         "least you know, they all call me a Yankee down here, so what can I say? Oh, I don't hear that in New "
         "Jersey now."),
    Clip("stereo_left", "faster-whisper-tests/stereo_diarization.wav",
         "He began a confused complaint against the wizard, who had vanished behind the curtain on the left.", 0),
    Clip("stereo_right", "faster-whisper-tests/stereo_diarization.wav", "The horizon seems extremely distant.", 1),
)


@dataclass(frozen=True, slots=True)
class Placement:
    clip: str
    channel: int
    start_s: float
    end_s: float


@dataclass(frozen=True, slots=True)
class CorpusCall:
    """One generated call: ``references`` maps the channel ("0", "1") to its text; mono calls have only "0"."""

    file: str
    channels: int
    duration_s: float
    references: dict[str, str]
    clips: tuple[Placement, ...]

    def path(self, folder: Path) -> Path:
        return Path(folder) / self.file


@dataclass(frozen=True, slots=True)
class Corpus:
    folder: Path
    calls: tuple[CorpusCall, ...]
    audio_seconds: float
    params: dict

    @property
    def channel_seconds(self) -> float:
        return sum(c.duration_s * c.channels for c in self.calls)


# -- the phone line ------------------------------------------------------------------------------------------

def telephone_band(x16k: np.ndarray) -> np.ndarray:
    """16 kHz float32 → 8 kHz float32 band-limited to 300–3400 Hz (polyphase resampling, 4th-order Butterworth)."""
    from scipy.signal import butter, resample_poly, sosfilt

    y = resample_poly(np.asarray(x16k, dtype=np.float64), 1, 2)
    sos = butter(4, [300.0, 3400.0], btype="bandpass", fs=SAMPLE_RATE, output="sos")
    return sosfilt(sos, y).astype(np.float32)


def mulaw_encode(x: np.ndarray) -> np.ndarray:
    """Float samples in [-1, 1] → G.711 mu-law bytes (uint8), the table-exact segment encoding."""
    s = np.clip(np.round(np.asarray(x, dtype=np.float64) * 32768.0), -32768, 32767).astype(np.int32)
    sign = np.where(s < 0, 0x80, 0)
    mag = np.minimum(np.abs(s), 32635) + 0x84
    v = mag >> 7
    exponent = np.where(v > 0, np.floor(np.log2(np.maximum(v, 1))), 0).astype(np.int32)
    mantissa = (mag >> (exponent + 3)) & 0x0F
    return (~(sign | (exponent << 4) | mantissa) & 0xFF).astype(np.uint8)


def mulaw_decode(codes: np.ndarray) -> np.ndarray:
    """G.711 mu-law bytes → float32 in [-1, 1] (the inverse table)."""
    u = ~np.asarray(codes, dtype=np.int32) & 0xFF
    sign, exponent, mantissa = u & 0x80, (u >> 4) & 0x07, u & 0x0F
    mag = (((mantissa << 3) + 0x84) << exponent) - 0x84
    return (np.where(sign != 0, -mag, mag) / 32768.0).astype(np.float32)


def write_mulaw_wav(path: Path, samples: np.ndarray, sample_rate: int = SAMPLE_RATE) -> None:
    """Write float32 ``[channels, n]`` as an 8-bit G.711 mu-law WAV (format tag 7), atomically."""
    x = np.atleast_2d(samples)
    data = mulaw_encode(x.T.reshape(-1)).tobytes()  # interleaved
    ch = x.shape[0]
    fmt = struct.pack("<HHIIHHH", 7, ch, sample_rate, sample_rate * ch, ch, 8, 0)
    fact = struct.pack("<I", x.shape[1])
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"fact" + struct.pack("<I", 4) + fact
            + b"data" + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b""))
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    tmp.replace(path)


# -- building -------------------------------------------------------------------------------------------------

def load_clips(data_dir: Path) -> dict[str, np.ndarray]:
    """Each clip as 16 kHz float32 mono, trimmed of leading/trailing digital silence and levelled."""
    from voc.transcribe.audio import decode

    out = {}
    for clip in CLIPS:
        path = Path(data_dir) / clip.path
        if not path.is_file():
            raise FileNotFoundError(f"corpus clip {clip.name!r}: {path} does not exist. Fix: pass --data pointing at "
                                    "the shared data folder (it holds whisper-cpp-jfk/, osr-harvard-8k/, ...).")
        audio = decode(path, WORK_RATE, "mono" if clip.channel is None else clip.channel)
        x = audio.samples[0].astype(np.float32)
        out[clip.name] = _level(_trim(x))
    return out


def _trim(x: np.ndarray, floor: float = 1e-3) -> np.ndarray:
    idx = np.flatnonzero(np.abs(x) > floor)
    if idx.size == 0:
        return x
    pad = WORK_RATE // 10
    return x[max(0, idx[0] - pad): idx[-1] + pad]


def _level(x: np.ndarray) -> np.ndarray:
    frames = x[: len(x) // 400 * 400].reshape(-1, 400)
    rms = np.sqrt((frames ** 2).mean(axis=1))
    active = rms[rms > rms.max() * 0.1] if rms.size else np.array([1e-3])
    gain = 10 ** (SPEECH_RMS_DBFS / 20) / max(float(np.sqrt((active ** 2).mean())), 1e-6)
    return np.clip(x * gain, -0.99, 0.99).astype(np.float32)


def _layout(rng: np.random.Generator, clips: dict[str, np.ndarray], target_s: float, stereo: bool,
            start_clip: int, slack: float = 1.15) -> tuple[list[Placement], float]:
    """Place clips, cycling through the pool from ``start_clip`` and skipping clips that would end past
    ``target_s * slack``, until the call reaches ``target_s`` or no clip fits. A stereo call gets at least one clip
    per channel; any call gets at least one clip."""
    order = [c.name for c in CLIPS]
    dur = {n: len(clips[n]) / WORK_RATE for n in order}
    t, placed, i = float(rng.uniform(0.3, 0.8)), [], start_clip
    need = 2 if stereo else 1
    while t < target_s or len(placed) < need:
        cycle = [order[(i + j) % len(order)] for j in range(len(order))]
        fits = [n for n in cycle if t + dur[n] <= target_s * slack]
        if not fits and len(placed) >= need:
            break
        name = fits[0] if fits else min(cycle, key=dur.__getitem__)
        i = order.index(name) + 1
        channel = len(placed) % 2 if stereo else 0
        placed.append(Placement(name, channel, round(t, 4), round(t + dur[name], 4)))
        t += dur[name] + float(rng.uniform(0.3, 1.2))
    return placed, round(t, 4)


def _render(placed: list[Placement], clips: dict[str, np.ndarray], duration_s: float, channels: int,
            rng: np.random.Generator) -> np.ndarray:
    n = int(round(duration_s * WORK_RATE))
    x = np.zeros((channels, n), dtype=np.float32)
    for p in placed:
        s = int(round(p.start_s * WORK_RATE))
        clip = clips[p.clip][: n - s]
        x[p.channel, s: s + len(clip)] += clip
    line = np.stack([telephone_band(ch) for ch in x])
    noise = rng.standard_normal(line.shape).astype(np.float32) * np.float32(10 ** (LINE_NOISE_DBFS / 20))
    return np.clip(line + noise, -1.0, 1.0)


def build_corpus(out_dir: Path, minutes: float, data_dir: Path = DEFAULT_DATA, *, call_s: float = 60.0,
                 seed: int = 0) -> Corpus:
    """Write (or reuse, when ``corpus.json`` matches the arguments) the corpus into ``out_dir``; return it.

    Calls of about ``call_s`` seconds (a call ends after the clip that crosses it) are made until the total reaches
    ``minutes``; the next call is stereo while stereo holds less audio than mono. The last call is shortened so the
    total does not overshoot by much.
    """
    if minutes <= 0 or call_s <= 0:
        raise ValueError(f"minutes ({minutes}) and call_s ({call_s}) must be positive")
    out_dir = Path(out_dir)
    params = {"version": CORPUS_VERSION, "minutes": minutes, "seed": seed, "call_s": call_s,
              "sample_rate": SAMPLE_RATE}
    cached = _load_if_matching(out_dir, params)
    if cached is not None:
        return cached
    out_dir.mkdir(parents=True, exist_ok=True)
    clips = load_clips(Path(data_dir))
    refs = {c.name: c.reference for c in CLIPS}
    total_target, total, calls, k = minutes * 60.0, 0.0, [], 0
    seconds = {1: 0.0, 2: 0.0}   # per layout, so mono and stereo each get about half
    while total < total_target - 1.0:
        stereo = seconds[2] < seconds[1]
        rng = np.random.default_rng([seed, k])
        target = min(call_s, max(total_target - total, 5.0))
        placed, duration = _layout(rng, clips, target, stereo, start_clip=(k * 3) % len(CLIPS))
        channels = 2 if stereo else 1
        audio = _render(placed, clips, duration, channels, rng)
        name = f"call_{k:03d}_{'stereo' if stereo else 'mono'}.wav"
        write_mulaw_wav(out_dir / name, audio)
        references = {str(ch): " ".join(refs[p.clip] for p in placed if p.channel == ch) for ch in range(channels)}
        calls.append(CorpusCall(name, channels, duration, references, tuple(placed)))
        total += duration
        seconds[channels] += duration
        k += 1
    corpus = Corpus(out_dir, tuple(calls), round(total, 3), params)
    doc = {**params, "audio_seconds": corpus.audio_seconds,
           "calls": [{**asdict(c), "clips": [asdict(p) for p in c.clips]} for c in calls]}
    tmp = out_dir / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    tmp.replace(out_dir / MANIFEST)
    return corpus


def read_corpus(folder: Path) -> Corpus:
    """The corpus described by ``folder/corpus.json``."""
    folder = Path(folder)
    doc = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    calls = tuple(CorpusCall(c["file"], int(c["channels"]), float(c["duration_s"]), dict(c["references"]),
                             tuple(Placement(**p) for p in c["clips"])) for c in doc["calls"])
    params = {k: doc[k] for k in ("version", "minutes", "seed", "call_s", "sample_rate")}
    return Corpus(folder, calls, float(doc["audio_seconds"]), params)


def _load_if_matching(folder: Path, params: dict) -> Corpus | None:
    try:
        corpus = read_corpus(folder)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if corpus.params != params or not all(c.path(folder).is_file() for c in corpus.calls):
        return None
    return corpus


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=5.0, help="total audio to build (default 5)")
    ap.add_argument("--out", type=Path, required=True, help="folder for the WAVs and corpus.json (not the repo)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder (default ../shared/data)")
    ap.add_argument("--call-seconds", type=float, default=60.0, help="length of each call (default 60)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    corpus = build_corpus(args.out, args.minutes, args.data, call_s=args.call_seconds, seed=args.seed)
    mono = sum(c.duration_s for c in corpus.calls if c.channels == 1)
    print(f"{len(corpus.calls)} calls, {corpus.audio_seconds:.1f} s ({mono:.1f} s mono, "
          f"{corpus.audio_seconds - mono:.1f} s stereo) in {corpus.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
