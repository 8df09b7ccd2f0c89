"""ASR accuracy: word error rate of voc's Transcriber against reference transcripts listed in a CSV manifest.

Manifest columns: ``audio`` (path, relative to the manifest's folder or absolute), ``reference`` (text) and
optional ``channel`` (0-based: the words of that channel; empty = the whole call, merged in time order). A file is
transcribed once, whole, exactly as ``voc run`` transcribes it (every channel, with the stereo crosstalk gate and
the hallucination guards), so the figures describe what the warehouse stores (redaction is not applied: it
replaces words and would count as errors). Both sides go through ``voc.eval.normalize.normalize_text``. The pooled WER is total errors (substitutions
+ deletions + insertions) over total reference words, so long files weigh more than short ones.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voc.errors import IngestError
from voc.eval.manifest import csv_records
from voc.eval.normalize import normalize_text
from voc.records import Call

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings
    from voc.transcribe.asr import Transcriber


@dataclass(frozen=True, slots=True)
class ManifestRow:
    audio: Path
    reference: str
    channel: int | None
    line: int


def read_manifest(manifest: Path) -> list[ManifestRow]:
    """Rows of an ASR manifest, paths resolved; IngestError naming the file, line and column on bad input."""
    manifest = Path(manifest)
    records = csv_records(manifest, "ASR", {"audio", "reference"}, "audio,reference[,channel]")
    rows = []
    for i, rec in records:
        audio = (rec.get("audio") or "").strip()
        ref = (rec.get("reference") or "").strip()
        if not audio or not ref:
            raise IngestError(f"{manifest} line {i}: empty audio or reference. Fix: fill both columns.")
        path = Path(audio).expanduser()
        if not path.is_absolute():
            path = (manifest.parent / path).resolve()
        if not path.is_file():
            raise IngestError(f"{manifest} line {i}: audio file {path} does not exist. Fix: paths are relative "
                              "to the manifest's folder, or absolute.")
        ch_raw = (rec.get("channel") or "").strip()
        try:
            channel = int(ch_raw) if ch_raw else None
        except ValueError:
            raise IngestError(f"{manifest} line {i}: channel {ch_raw!r} is not an integer. Fix: use 0, 1, ... "
                              "or leave it empty.") from None
        if channel is not None and channel < 0:
            raise IngestError(f"{manifest} line {i}: channel {channel} is negative. Fix: channels are 0-based.")
        rows.append(ManifestRow(path, ref, channel, i))
    if not rows:
        raise IngestError(f"{manifest}: no rows. Fix: add at least one audio,reference row.")
    return rows


def word_errors(reference: str, hypothesis: str) -> dict[str, Any]:
    """Normalised word alignment counts: reference_words, substitutions, deletions, insertions, errors, wer."""
    import jiwer

    ref, hyp = normalize_text(reference), normalize_text(hypothesis)
    n_ref = len(ref.split())
    if not hyp:
        s, d, ins = 0, n_ref, 0
    else:
        out = jiwer.process_words(ref, hyp)
        s, d, ins = out.substitutions, out.deletions, out.insertions
    errors = s + d + ins
    return {"reference_words": n_ref, "substitutions": s, "deletions": d, "insertions": ins, "errors": errors,
            "wer": errors / n_ref if n_ref else float(errors > 0)}


def _channel_file(row: ManifestRow, tmp: Path) -> Path:
    """A mono WAV of one channel of ``row.audio`` (16 kHz PCM), for tools that decode one channel alone
    (bench/asr_cpu.py's plain faster-whisper baseline)."""
    import wave

    import numpy as np

    from voc.transcribe.audio import decode

    audio = decode(row.audio, 16000, channels=row.channel)
    out = tmp / f"line{row.line}_ch{row.channel}.wav"
    pcm = (np.clip(audio.samples[0], -1, 1) * 32767).astype("<i2")
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(pcm.tobytes())
    return out


def evaluate_asr(manifest: Path, settings: "Settings", transcriber: "Transcriber | None" = None) -> dict[str, Any]:
    """Transcribe every manifest row and score it: ``{"pooled_wer", "model", "rows": [...]}``.

    Each row: audio, channel, reference_words, errors, wer, hypothesis, substitutions, deletions, insertions,
    audio_s, elapsed_s.
    """
    from voc.transcribe.asr import Transcriber

    rows = read_manifest(Path(manifest))
    tr = transcriber or Transcriber(settings)
    results: list[dict[str, Any]] = []
    t_all = time.perf_counter()
    done: dict[Path, Any] = {}  # one transcription per file (a stereo file's two channels are two rows)
    for row in rows:
        if row.audio not in done:
            call = Call(call_id=f"eval:{row.line}", path=str(row.audio), duration_s=0.0, channels=0,
                        sample_rate=0, codec="")
            done[row.audio] = tr.transcribe(call, row.audio)
        transcript = done[row.audio]
        utts = [u for u in transcript.utterances if row.channel is None or u.channel == row.channel
                or (row.channel == 0 and len({v.channel for v in transcript.utterances}) <= 1)]
        hyp = " ".join(u.text for u in sorted(utts, key=lambda u: u.start_s))
        scores = word_errors(row.reference, hyp)
        results.append({"audio": str(row.audio), "channel": row.channel, **scores, "hypothesis": hyp,
                        "audio_s": round(transcript.audio_s, 3), "elapsed_s": round(transcript.elapsed_s, 3)})
    total_ref = sum(r["reference_words"] for r in results)
    total_err = sum(r["errors"] for r in results)
    return {"pooled_wer": total_err / total_ref if total_ref else 0.0, "model": settings.asr.model,
            "device": tr.device, "compute_type": tr.compute_type, "reference_words": total_ref, "errors": total_err,
            "elapsed_s": round(time.perf_counter() - t_all, 3), "rows": results}
