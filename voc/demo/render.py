"""Render one scripted call to a phone-line WAV: espeak-ng per turn, a timeline, sox for the phone band.

Deterministic: espeak-ng and sox (``-R``, no dither) give the same bytes for the same input, and every random
choice (gaps, levels, noise) comes from a generator seeded by the call id.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from voc.demo.script import CallScript, Voice
from voc.errors import NotInstalled, VocError

TTS_RATE = 22050            # espeak-ng's native output rate
PHONE_RATE = 8000
NOISE_DBFS = -72.0          # light line noise (RMS, dBFS), ~50 dB below speech; at -45 dBFS tiny.en WER doubled
SPEECH_PEAK = 0.45          # each turn is peak-normalised to this before the level of its speaker
GAP_S = (0.3, 1.2)          # pause between turns
LEAD_S = (0.3, 0.8)         # silence before the first turn
TAIL_S = 0.5                # silence after the last turn
SEED = 2026


class RenderError(VocError):
    """espeak-ng or sox failed on a demo call; the message names the command and its output."""


@dataclass(frozen=True, slots=True)
class PlacedTurn:
    """One turn on the call's timeline (seconds from the start of the file)."""

    index: int
    speaker: str               # agent | customer
    channel: int               # channel of the written file (0 for mono)
    start_s: float
    end_s: float


@dataclass(frozen=True, slots=True)
class RenderedCall:
    path: Path
    duration_s: float
    channels: int
    turns: list[PlacedTurn]


def require_tools() -> None:
    """Raise NotInstalled unless espeak-ng and sox are on PATH."""
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise NotInstalled(f"{tool} is not installed; it renders the demo calls. "
                               "Fix: `apt-get install espeak-ng sox` (or use the committed voc/demo/calls).")


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RenderError(f"`{' '.join(cmd)}` failed ({proc.returncode}): {proc.stderr.strip()}")


def _read_pcm16(path: Path) -> tuple[np.ndarray, int]:
    """(float32 array shaped (channels, samples) in -1..1, sample rate) of a 16-bit PCM WAV."""
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise RenderError(f"{path}: expected 16-bit PCM, got {8 * w.getsampwidth()}-bit.")
        raw = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        ch, sr = w.getnchannels(), w.getframerate()
    return raw.reshape(-1, ch).T.astype(np.float32) / 32768.0, sr


def _write_pcm16(path: Path, audio: np.ndarray, rate: int) -> None:
    """Write float audio shaped (channels, samples) as 16-bit PCM (clipped, rounded)."""
    ints = np.clip(np.round(audio * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(audio.shape[0])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(ints.T.tobytes())


def speak(text: str, voice: Voice, tmp: Path) -> np.ndarray:
    """One turn as float32 mono at TTS_RATE, leading/trailing silence trimmed and peak-normalised."""
    out = tmp / "turn.wav"
    _run(["espeak-ng", "-v", voice.espeak, "-s", str(voice.speed), "-p", str(voice.pitch), "-w", str(out), text])
    audio, sr = _read_pcm16(out)
    if sr != TTS_RATE:
        raise RenderError(f"espeak-ng wrote {sr} Hz, expected {TTS_RATE} Hz (voice {voice.espeak}).")
    x = audio[0]
    loud = np.flatnonzero(np.abs(x) > 0.02 * float(np.abs(x).max() or 1.0))
    if loud.size == 0:
        raise RenderError(f"espeak-ng produced silence for {text!r} with voice {voice.espeak}.")
    x = x[loud[0]: loud[-1] + 1]
    return x * (SPEECH_PEAK / float(np.abs(x).max()))


def call_rng(call_id: str) -> np.random.Generator:
    """The generator for every random choice of one call (independent of the other calls)."""
    return np.random.default_rng([SEED, zlib.crc32(call_id.encode())])


def layout_timeline(durations: list[float], speakers: list[str], overlaps: list[float],
                    rng: np.random.Generator) -> tuple[list[tuple[float, float]], float]:
    """Start/end of each turn and the total length: gaps in GAP_S, or an overlap where scripted."""
    t = float(rng.uniform(*LEAD_S))
    spans: list[tuple[float, float]] = []
    for i, dur in enumerate(durations):
        if i:
            prev_end = spans[-1][1]
            gap = float(rng.uniform(*GAP_S))
            t = prev_end - min(overlaps[i], 0.8 * durations[i - 1]) if overlaps[i] else prev_end + gap
            # never start before the same speaker's own previous turn has ended
            own = [e for (s, e), sp in zip(spans, speakers) if sp == speakers[i]]
            if own:
                t = max(t, own[-1] + 0.3)
        spans.append((round(t, 3), round(t + dur, 3)))
        t = spans[-1][1]
    total = max(e for _, e in spans) + TAIL_S
    return spans, total


def render_call(call: CallScript, out_dir: Path) -> RenderedCall:
    """Render ``call`` to ``out_dir/<id>.wav`` (8 kHz, phone band, mu-law or 16-bit PCM, stereo or mono)."""
    require_tools()
    rng = call_rng(call.id)
    levels = {"agent": float(rng.uniform(0.85, 1.0)), "customer": float(rng.uniform(0.6, 0.95))}
    with tempfile.TemporaryDirectory(prefix="voc-demo-") as td:
        tmp = Path(td)
        clips = [speak(t.text, call.voice(t.speaker), tmp) * levels[t.speaker] for t in call.turns]
        spans, total = layout_timeline([len(c) / TTS_RATE for c in clips], [t.speaker for t in call.turns],
                                       [t.overlap_s for t in call.turns], rng)
        stereo = call.layout == "stereo"
        channel_of = {"agent": 0, "customer": 1} if stereo else {"agent": 0, "customer": 0}
        mix = np.zeros((2 if stereo else 1, int(round(total * TTS_RATE))), dtype=np.float32)
        for clip, (start, _), turn in zip(clips, spans, call.turns):
            i0 = int(round(start * TTS_RATE))
            mix[channel_of[turn.speaker], i0:i0 + len(clip)] += clip
        wide, narrow = tmp / "wide.wav", tmp / "narrow.wav"
        _write_pcm16(wide, mix, TTS_RATE)
        _run(["sox", "-R", "-V1", str(wide), "-D", "-b", "16", "-e", "signed-integer", str(narrow),
              "highpass", "300", "lowpass", "3400", "rate", "-h", str(PHONE_RATE)])
        phone, _ = _read_pcm16(narrow)
        phone = phone + rng.normal(0.0, 10 ** (NOISE_DBFS / 20), size=phone.shape).astype(np.float32)
        out_dir.mkdir(parents=True, exist_ok=True)
        dest = out_dir / call.file_name
        if call.encoding == "pcm16":
            _write_pcm16(dest, phone, PHONE_RATE)
        else:
            noisy = tmp / "noisy.wav"
            _write_pcm16(noisy, phone, PHONE_RATE)
            _run(["sox", "-R", "-V1", str(noisy), "-D", "-e", "mu-law", "-b", "8", str(dest)])
    placed = [PlacedTurn(i, t.speaker, channel_of[t.speaker], s, e)
              for i, (t, (s, e)) in enumerate(zip(call.turns, spans))]
    return RenderedCall(dest, round(phone.shape[1] / PHONE_RATE, 3), phone.shape[0], placed)
