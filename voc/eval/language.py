"""Language identification accuracy and WER on calls in several languages, against today's forced-English baseline.

Data
    ``axonlabs-multilingual`` (real call-center calls in ru, pl, fr, de, es, pt; 8 kHz mono MP3): the language comes
    from the manifest; the silver reference is the call's own-language transcript in the ``.txt`` (the last
    "<LANG> transcription" / "Original Transcription" section, turns with HH:MM:SS starts). English sets: the rows
    of an ASR manifest (``eval/asr/all.csv``: references for WER) and extra English audio for LID only.
What is measured, per call
    ``lid``: voc's identification on the WHOLE call (``asr.lid_windows`` windows spread over the speech);
    ``lid_first_window``: the same detector's first window alone (what deciding on the opening 30 s would give);
    ``baseline``: today's behaviour before language identification (``asr.language = "en"``: every call decoded,
    and stored, as English); ``voc``: the new default policy (``asr.languages = ["en"]``, ``asr.other_languages =
    "transcribe"``): LID, then decoding in the call's own language.
    WER of both on a clip (the first ``clip_s`` seconds, cut at the next reference turn so reference and audio
    cover the same speech); non-English text is normalised language-neutrally (NFKC, lowercase, numbers written out
    in the call's language with num2words, punctuation removed); English uses ``voc.eval.normalize``.
Nothing is tuned here: ``lid_windows`` and ``lid_min_prob`` keep their defaults.
"""

from __future__ import annotations

import re
import tempfile
import time
import unicodedata
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from voc.errors import IngestError

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings

SR = 16000
_TIME = re.compile(r"^(\d{1,2}):(\d{2}):(\d{2})\s*$")
_HEADER = re.compile(r"^\s*(?:(\w+)\s+transcription|original\s+transcription)\s*$", re.IGNORECASE)
_ENGLISH_HEADERS = {"en", "english"}


@dataclass(slots=True)
class SilverCall:
    audio: Path
    language: str
    kind: str
    turns: list[tuple[float, str]]          # (start_s, text) in the call's own language


def silver_turns(txt: Path, english: bool = False) -> list[tuple[float, str]]:
    """The own-language transcript of an axonlabs ``.txt``: the last transcription section that is not English
    (``english``: the English translation section instead)."""
    lines = Path(txt).read_text(encoding="utf-8").splitlines()
    start = None
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if m and ((m.group(1) or "original").lower() in _ENGLISH_HEADERS) == english:
            start = i + 1
    if start is None:
        raise IngestError(f"{txt}: no own-language transcription section (a line like 'FR transcription'). Fix: "
                          "check the file against the set's README.")
    turns: list[tuple[float, str]] = []
    t: float | None = None
    buf: list[str] = []
    for line in lines[start:]:
        if _HEADER.match(line):
            break
        m = _TIME.match(line)
        if m:
            if t is not None and buf:
                turns.append((t, " ".join(buf)))
            t, buf = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)), []
        elif line.strip() and t is not None:
            buf.append(line.strip())
    if t is not None and buf:
        turns.append((t, " ".join(buf)))
    return turns


def read_axonlabs(folder: Path) -> list[SilverCall]:
    from voc.csvio import read_csv

    folder = Path(folder)
    table = read_csv(folder / "manifest.csv", required=("file_name", "language"), what="axonlabs manifest",
                     header="file_name,language[,kind] (point at the axonlabs-multilingual folder)")
    out = []
    for row in table.rows:
        audio = folder / row["file_name"]
        out.append(SilverCall(audio, row["language"].strip(), row.get("kind", ""),
                              silver_turns(audio.with_suffix(".txt"))))
    return out


def clip_reference(turns: list[tuple[float, str]], clip_s: float) -> tuple[float, str]:
    """(clip end, reference text): the clip ends where the first turn starting at or after ``clip_s`` begins."""
    later = [t for t, _ in turns if t >= clip_s]
    end = later[0] if later else float("inf")
    return end, " ".join(text for t, text in turns if t < end)


def normalize_any(text: str, language: str) -> str:
    """Language-neutral normaliser for WER: NFKC, lowercase, numbers in words (num2words, in ``language``),
    hyphens split, other punctuation removed. English goes through ``voc.eval.normalize.normalize_text``."""
    if language == "en":
        from voc.eval.normalize import normalize_text

        return normalize_text(text)
    try:
        from num2words import num2words
    except ImportError as e:  # pragma: no cover - an eval-only dependency
        raise IngestError("the language evaluation writes numbers out with num2words. Fix: pip install "
                          "num2words==0.5.14") from e
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")

    def words(m: re.Match[str]) -> str:
        raw = m.group(0).replace(" ", "").replace("\u00a0", "")
        try:
            return " " + num2words(int(raw), lang=language) + " "
        except (NotImplementedError, ValueError, OverflowError):
            return " " + raw + " "

    text = re.sub(r"\d+(?:[ \u00a0]\d{3})*", words, text)
    text = re.sub(r"[-/\u2013\u2014_]", " ", text)
    text = re.sub(r"[^\w\s']", " ", text)
    text = text.replace("'", " ")
    return " ".join(text.split())


def wer(reference: str, hypothesis: str, language: str) -> dict[str, Any]:
    import jiwer

    ref, hyp = normalize_any(reference, language), normalize_any(hypothesis, language)
    n = len(ref.split())
    if not hyp:
        s, d, i = 0, n, 0
    else:
        o = jiwer.process_words(ref, hyp)
        s, d, i = o.substitutions, o.deletions, o.insertions
    return {"reference_words": n, "errors": s + d + i, "wer": round((s + d + i) / n, 4) if n else None}


def _write_wav(path: Path, x: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(x.shape[0])
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes((np.clip(x.T, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def _lid_row(detector: Any, samples: np.ndarray, truth: str) -> dict[str, Any]:
    from voc.transcribe.asr import channels_identical

    if samples.shape[0] == 2 and channels_identical(samples):
        samples = samples.mean(axis=0, keepdims=True)
    t0 = time.perf_counter()
    lid = detector.detect([(c, samples[c]) for c in range(samples.shape[0])])
    first = [c.windows[0] for c in lid.channels if c.windows]
    first_lang = max(first, key=lambda w: w["prob"])["language"] if first else None
    return {"truth": truth, "lid": lid.language, "lid_prob": round(lid.prob or 0.0, 4),
            "lid_ok": lid.language == truth, "lid_first_window": first_lang,
            "lid_first_window_ok": first_lang == truth, "lid_s": round(time.perf_counter() - t0, 2),
            "channels": [c.as_dict() for c in lid.channels]}


def _transcribe(tr: Any, path: Path) -> Any:
    from voc.records import Call

    return tr.transcribe(Call(path.name, str(path), 0.0, 0, 0, ""), path)


def evaluate_language(settings: "Settings", axonlabs: Path, en_manifest: Path | None = None,
                      en_lid_only: list[Path] | None = None, clip_s: float = 60.0,
                      progress: Any = None) -> dict[str, Any]:
    """LID accuracy and WER on axonlabs (+ English manifest rows), voc's policy vs the forced-English baseline."""
    import dataclasses

    from voc.eval.asr import read_manifest
    from voc.transcribe.asr import Transcriber
    from voc.transcribe.audio import decode

    base_s = dataclasses.replace(settings, asr=dataclasses.replace(settings.asr, language="en"))
    voc_s = dataclasses.replace(settings, asr=dataclasses.replace(settings.asr, language=None, languages=["en"],
                                                                  other_languages="transcribe", task="transcribe"))
    voc_tr = Transcriber(voc_s)
    base_tr = Transcriber(base_s, model=voc_tr.model)
    detector = voc_tr.detector
    say = progress or (lambda msg: None)
    rows: list[dict[str, Any]] = []
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="voc-lang-") as tmp:
        items: list[tuple[str, Path, str, int | None, str | None, float | None]] = []
        for c in read_axonlabs(axonlabs):
            items.append(("axonlabs-multilingual", c.audio, c.language, None, None, clip_s))
        for r in (read_manifest(en_manifest) if en_manifest else []):
            items.append((r.audio.parent.name, r.audio, "en", r.channel, r.reference, None))
        for p in en_lid_only or []:
            items.append((Path(p).parent.name, Path(p), "en", None, None, None))
        silver = {c.audio: c for c in read_axonlabs(axonlabs)}
        for n, (dataset, audio, truth, channel, reference, clip) in enumerate(items):
            say(f"[{n + 1}/{len(items)}] {dataset}/{audio.name}")
            full = decode(audio, SR, "all" if channel is None else channel).samples
            if full.shape[0] > 2:
                full = full.mean(axis=0, keepdims=True)
            row: dict[str, Any] = {"dataset": dataset, "audio": audio.name, "channel": channel,
                                   "audio_s": round(full.shape[1] / SR, 1), **_lid_row(detector, full, truth)}
            if audio in silver and silver[audio].turns[-1][0] > row["audio_s"] + 30:
                # the .txt runs past the end of the audio: it is another recording's transcript (see the set's
                # README); neither LID nor WER is scored on a pair that does not belong together
                row["excluded"] = (f"reference runs to {silver[audio].turns[-1][0]:.0f} s but the audio is "
                                   f"{row['audio_s']:.0f} s long: the transcript belongs to another recording")
                rows.append(row)
                continue
            if audio in silver:
                end, reference = clip_reference(silver[audio].turns, clip)
                end = min(end, full.shape[1] / SR)
                row["clip_s"] = round(end, 1)
                path = _write_wav(Path(tmp) / f"{n}.wav", full[:, : int(end * SR)])
            elif reference is not None:
                path = _write_wav(Path(tmp) / f"{n}.wav", full) if channel is not None else audio
            else:
                rows.append(row)
                continue
            for mode, tr in (("baseline", base_tr), ("voc", voc_tr)):
                t0 = time.perf_counter()
                t = _transcribe(tr, path)
                hyp = " ".join(u.text for u in t.utterances)
                row[mode] = {"language": t.language, "language_detected": t.language_detected,
                             "status": t.language_status, "translated": t.translated,
                             **wer(reference, hyp, truth), "elapsed_s": round(time.perf_counter() - t0, 1),
                             "hypothesis": hyp[:400]}
            row["reference"] = reference[:400]
            rows.append(row)
    return {"summary": summarize([r for r in rows if "excluded" not in r]), "clip_s": clip_s, "model": settings.asr.model,
            "lid_model": detector.name, "lid_windows": settings.asr.lid_windows,
            "lid_min_prob": settings.asr.lid_min_prob, "device": voc_tr.device, "compute_type": voc_tr.compute_type,
            "elapsed_s": round(time.perf_counter() - t_all, 1), "rows": rows}


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per group (non-English axonlabs, English sets, all): LID accuracy (multi-window, first window, baseline)
    and pooled WER (baseline vs voc)."""
    groups = {"non_english": [r for r in rows if r["truth"] != "en"],
              "english": [r for r in rows if r["truth"] == "en"], "all": rows}
    out: dict[str, Any] = {}
    for name, rs in groups.items():
        if not rs:
            continue
        g: dict[str, Any] = {"calls": len(rs), "lid_accuracy": _mean([r["lid_ok"] for r in rs]),
                             "lid_first_window_accuracy": _mean([r["lid_first_window_ok"] for r in rs])}
        scored = [r for r in rs if "voc" in r]
        g["baseline_language_accuracy"] = _mean([r["baseline"]["language"] == r["truth"] for r in scored])
        g["voc_language_accuracy"] = _mean([r["voc"]["language"] == r["truth"] for r in scored])
        for mode in ("baseline", "voc"):
            ref = sum(r[mode]["reference_words"] for r in scored)
            err = sum(r[mode]["errors"] for r in scored)
            g[f"{mode}_pooled_wer"] = round(err / ref, 4) if ref else None
        g["wer_calls"] = len(scored)
        out[name] = g
    by_lang: dict[str, dict[str, Any]] = {}
    for r in rows:
        d = by_lang.setdefault(r["truth"], {"calls": 0, "lid_ok": 0, "ref": 0, "base_err": 0, "voc_err": 0})
        d["calls"] += 1
        d["lid_ok"] += int(r["lid_ok"])
        if "voc" in r:
            d["ref"] += r["voc"]["reference_words"]
            d["base_err"] += r["baseline"]["errors"]
            d["voc_err"] += r["voc"]["errors"]
    out["by_language"] = {k: {"calls": v["calls"], "lid_correct": v["lid_ok"],
                              "baseline_wer": round(v["base_err"] / v["ref"], 4) if v["ref"] else None,
                              "voc_wer": round(v["voc_err"] / v["ref"], 4) if v["ref"] else None,
                              "reference_words": v["ref"]} for k, v in sorted(by_lang.items())}
    return out


def _mean(xs: list[bool]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None
