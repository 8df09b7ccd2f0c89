"""Throughput benchmark (issue #9): plain faster-whisper vs voc on the same telephone-band calls, one run.

Four systems transcribe the same corpus (``bench/corpus.py``: real speech, 8 kHz mu-law, mono and stereo calls)
with one loaded Whisper model, loaded before any timing:

- ``faster_whisper_sequential``: ``WhisperModel.transcribe`` (beam 5, VAD, English), one call after another;
  stereo calls are split into their two channels (``decode_audio(split_stereo=True)``), each transcribed;
- ``faster_whisper_batched``: ``BatchedInferencePipeline.transcribe`` (``--batch-size``, default 16), same split;
- ``voc``: voc's transcription stage, ``Transcriber.transcribe_many`` (decode-ahead thread, per-channel stereo,
  word timestamps, hallucination and crosstalk guards; batched on a GPU);
- ``voc_batched``: the same with ``asr.batched = "on"`` (what ``voc`` is on a GPU): the speech of several calls and
  channels decoded in shared batches (``voc/transcribe/batched.py``);
- ``voc_with_speakers``: the local executor (``LocalExecutor.map``, as ``voc run``) with stages
  ``["transcribe", "speakers"]``: transcription, PII redaction (part of voc's transcribe stage), diarization of mono
  calls, channel turns of stereo calls, speaker alignment, roles and conversation metrics. With batched ASR (a GPU,
  or ``--set asr.batched=on``) calls go in groups: their speech shares Whisper batches and their diarization windows
  share CAM++ batches (``run.cross_call_embeddings``).

Optional systems (``--systems``, not run by default):

- ``voc_with_speakers_per_call_embeddings``: ``voc_with_speakers`` with ``run.cross_call_embeddings = false``;
- ``voc_with_analysis``: stages ``["transcribe", "speakers", "analyze"]`` (entities, sentiment, intents, signals,
  briefs, document embeddings), inline (``run.analysis_workers = 0``);
- ``voc_with_analysis_pool``: the same with ``run.analysis_workers = 1``: each call's redaction + analysis in a
  worker process while the main process transcribes the next calls (its CPU seconds include the worker's).

Each system is warmed up on a small separate corpus first (one-time loads reported in ``load_s``). Reported per
system: ``x_realtime`` (call audio seconds / wall seconds; a stereo call counts its length once), ``cpu_s`` and
``cpu_s_per_audio_s`` (process CPU time, all threads), ``peak_gpu_memory_mb`` (device memory in use, sampled; null
on CPU), ``wer`` pooled over every call channel with voc's normaliser (``voc.eval.asr.word_errors``), split into
mono and stereo, and ``wer_relative_to_sequential``. ``--analysis`` adds the analysis stage's calls per minute on
the demo calls' reference transcripts; ``--profile DIR`` re-runs ``voc`` and ``voc_with_speakers`` under cProfile
and adds a time breakdown (decode, VAD, log-mel, encoder, decoder, alignment, diarization, ...).

    python bench/throughput.py --minutes 5 --model tiny.en --device cpu
    python bench/throughput.py --minutes 30 --model base --device cuda --analysis --profile /tmp/prof

Writes ``bench/results/throughput_<device>_<model>.json`` (``--out``) and refreshes the results block of
``bench/throughput.md`` (``--markdown``; ``--markdown ''`` skips it; ``--refresh-markdown`` only rewrites it from
the result files, e.g. after copying a GPU machine's JSON into bench/results/).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import platform
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_DATA, Corpus, CorpusCall, build_corpus  # noqa: E402

SYSTEMS = ("faster_whisper_sequential", "faster_whisper_batched", "voc", "voc_batched", "voc_with_speakers")
OPTIONAL_SYSTEMS = ("voc_with_speakers_per_call_embeddings", "voc_with_analysis", "voc_with_analysis_pool")
ALL_SYSTEMS = SYSTEMS + OPTIONAL_SYSTEMS
SPEAKER_STAGES = ["transcribe", "speakers"]
ANALYSIS_STAGES = ["transcribe", "speakers", "analyze"]
MD_BEGIN, MD_END = "<!-- throughput-results:begin -->", "<!-- throughput-results:end -->"
WER_TOLERANCE = 0.05   # issue #9: speed must not cost accuracy, within 5 % relative WER of the sequential baseline

Hyps = dict[tuple[str, str], str]   # (call file, channel) → hypothesis text


# -- measuring -----------------------------------------------------------------------------------------------

def cpu_seconds() -> float:
    """CPU seconds of this process and of its live worker processes (the analysis pool's)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    total = r.ru_utime + r.ru_stime
    try:
        import psutil

        for child in psutil.Process().children(recursive=True):
            try:
                t = child.cpu_times()
                total += t.user + t.system
            except psutil.Error:
                pass
    except ImportError:  # pragma: no cover - psutil is a dependency
        pass
    return total


class GpuMemorySampler:
    """Peak device memory in use while the block runs (MiB), sampled every 20 ms: NVML when ``pynvml`` imports,
    else ``torch.cuda.mem_get_info``. It sees CTranslate2's allocations too (torch's own counter would not).
    Device-wide: it includes what earlier systems left cached (the model weights, CTranslate2's caching allocator),
    so ``start_mb`` (in use when the block began) is kept beside it. All None on CPU. ``torch_peak_mb``: torch's
    allocator peak (pyannote's share)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.start_mb: float | None = None
        self.peak_mb: float | None = None
        self.torch_peak_mb: float | None = None
        self._stop = threading.Event()
        self._read: Callable[[], float] | None = None

    def _reader(self) -> Callable[[], float]:
        try:
            import pynvml

            pynvml.nvmlInit()
            handle = pynvml.nvmlDeviceGetHandleByIndex(0)
            return lambda: pynvml.nvmlDeviceGetMemoryInfo(handle).used / 2**20
        except Exception:  # noqa: BLE001 - no NVML: fall back to the CUDA runtime's view
            import torch

            def read() -> float:
                free, total = torch.cuda.mem_get_info()
                return (total - free) / 2**20
            return read

    def __enter__(self) -> "GpuMemorySampler":
        if self.enabled:
            import torch

            torch.cuda.empty_cache()
            torch.cuda.reset_peak_memory_stats()
            self._read = self._reader()
            self.start_mb = self.peak_mb = round(self._read(), 1)
            self._thread = threading.Thread(target=self._loop, daemon=True)
            self._thread.start()
        return self

    def _loop(self) -> None:
        while not self._stop.wait(0.02):
            self.peak_mb = max(self.peak_mb or 0.0, self._read())

    def __exit__(self, *exc: Any) -> None:
        if self.enabled:
            import torch

            self._stop.set()
            self._thread.join()
            self.peak_mb = round(max(self.peak_mb or 0.0, self._read()), 1)
            self.torch_peak_mb = round(torch.cuda.max_memory_allocated() / 2**20, 1)


@dataclass
class Measured:
    hyps: Hyps
    wall_s: float
    cpu_s: float
    gpu_peak_mb: float | None
    gpu_start_mb: float | None
    torch_peak_mb: float | None
    extra: dict[str, Any] = field(default_factory=dict)


def measure(fn: Callable[[], tuple[Hyps, dict[str, Any]]], cuda: bool) -> Measured:
    if cuda:
        import torch

        torch.cuda.synchronize()
    with GpuMemorySampler(cuda) as mem:
        w0, c0 = time.perf_counter(), cpu_seconds()
        hyps, extra = fn()
        if cuda:
            torch.cuda.synchronize()
        wall, cpu = time.perf_counter() - w0, cpu_seconds() - c0
    return Measured(hyps, wall, cpu, mem.peak_mb, mem.start_mb, mem.torch_peak_mb, extra)


# -- the four systems --------------------------------------------------------------------------------------------

def _channels(path: Path, call: CorpusCall) -> list[tuple[str, Any]]:
    """What plain faster-whisper is given: the path (mono) or the two decoded channels (stereo)."""
    if call.channels == 1:
        return [("0", str(path))]
    from faster_whisper import decode_audio

    left, right = decode_audio(str(path), split_stereo=True)
    return [("0", left), ("1", right)]


def run_sequential(model: Any, corpus: Corpus) -> tuple[Hyps, dict[str, Any]]:
    hyps: Hyps = {}
    for call in corpus.calls:
        for ch, audio in _channels(call.path(corpus.folder), call):
            segments, _ = model.transcribe(audio, beam_size=5, vad_filter=True, language="en")
            hyps[(call.file, ch)] = " ".join(s.text.strip() for s in segments)
    return hyps, {}


def run_batched(pipeline: Any, corpus: Corpus, batch_size: int) -> tuple[Hyps, dict[str, Any]]:
    hyps: Hyps = {}
    for call in corpus.calls:
        for ch, audio in _channels(call.path(corpus.folder), call):
            segments, _ = pipeline.transcribe(audio, batch_size=batch_size, beam_size=5, vad_filter=True,
                                              language="en")
            hyps[(call.file, ch)] = " ".join(s.text.strip() for s in segments)
    return hyps, {}


def voc_calls(corpus: Corpus) -> list[Any]:
    """voc ``Call`` records for the corpus (call_id = SHA-256 of the file, as ingest computes it)."""
    from voc.records import Call

    out = []
    for c in corpus.calls:
        path = c.path(corpus.folder)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out.append(Call(digest, str(path), c.duration_s, c.channels, 8000, "pcm_mulaw", path.stat().st_size, "wav"))
    return out


def _hyps_from_utterances(file: str, channels: int, utts: Iterable[tuple[int, float, str]]) -> Hyps:
    """Join (channel, start, text) in time order: mono → one text; stereo → one text per channel."""
    ordered = sorted(utts, key=lambda u: u[1])
    if channels == 1:
        return {(file, "0"): " ".join(t for _, _, t in ordered)}
    return {(file, str(ch)): " ".join(t for c, _, t in ordered if c == ch) for ch in range(channels)}


def run_voc(transcriber: Any, corpus: Corpus, calls: list[Any]) -> tuple[Hyps, dict[str, Any]]:
    hyps: Hyps = {}
    files = {c.path: cc for c, cc in zip(calls, corpus.calls)}
    for result, call in zip(transcriber.transcribe_many((c, Path(c.path)) for c in calls), calls):
        if isinstance(result, Exception):
            raise RuntimeError(f"voc failed on {call.path}: {result}") from result
        cc = files[call.path]
        hyps.update(_hyps_from_utterances(cc.file, cc.channels,
                                          ((u.channel, u.start_s, u.text) for u in result.utterances)))
    return hyps, {}


def run_voc_speakers(executor: Any, corpus: Corpus, calls: list[Any], hashes: dict[str, str],
                     stages: list[str] = SPEAKER_STAGES) -> tuple[Hyps, dict[str, Any]]:
    """The local executor (``voc run``'s) on ``stages``. Scored on the original (unredacted) text:
    ``pii.keep_original``."""
    from voc.processor import WorkItem

    hyps: Hyps = {}
    stage_s: dict[str, float] = {}
    speakers: dict[str, int] = {}
    outcomes = {o.call_id: o for o in executor.map(WorkItem(call=c, stages=list(stages), hashes=hashes)
                                                   for c in calls)}
    for call, cc in zip(calls, corpus.calls):
        out = outcomes[call.call_id]
        if out.error:
            raise RuntimeError(f"voc_with_speakers failed on {call.path} ({out.error_stage}): {out.error}")
        for k, v in out.timings.items():
            stage_s[k] = stage_s.get(k, 0.0) + v
        originals = {r["idx"]: r["text"] for r in out.rows.get("utterances_original", [])}
        hyps.update(_hyps_from_utterances(cc.file, cc.channels, (
            (r["channel"], r["start_s"], originals.get(r["idx"], r["text"])) for r in out.rows["utterances"])))
        speakers[cc.file] = len(out.rows["speakers"])
    return hyps, {"stage_s": {k: round(v, 3) for k, v in stage_s.items()}, "speakers_found": speakers}


# -- scoring -----------------------------------------------------------------------------------------------------

def score(corpus: Corpus, hyps: Hyps) -> dict[str, Any]:
    """Pooled WER over every (call, channel): all, mono calls only, stereo calls only."""
    from voc.eval.asr import word_errors

    tot = {k: [0, 0] for k in ("all", "mono", "stereo")}
    for call in corpus.calls:
        for ch, ref in call.references.items():
            sc = word_errors(ref, hyps.get((call.file, ch), ""))
            for k in ("all", "mono" if call.channels == 1 else "stereo"):
                tot[k][0] += sc["errors"]
                tot[k][1] += sc["reference_words"]
    wer = {k: (round(e / n, 4) if n else None) for k, (e, n) in tot.items()}
    return {"wer": wer["all"], "wer_mono": wer["mono"], "wer_stereo": wer["stereo"], "errors": tot["all"][0],
            "reference_words": tot["all"][1]}


# -- analysis stage ----------------------------------------------------------------------------------------------

def demo_analysis_items(hashes: dict[str, str]) -> list[Any]:
    """WorkItems for the analysis stage on the demo calls' reference turns (text, speaker, role), as if stored."""
    import voc.demo
    from voc.processor import WorkItem
    from voc.records import Call, Utterance

    demo = Path(voc.demo.__file__).parent
    refs = json.loads((demo / "references.json").read_text(encoding="utf-8"))
    items = []
    for name, ref in sorted(refs.items()):
        utts = [Utterance(idx=i, channel=int(t.get("channel") or 0), start_s=float(t["start_s"]),
                          end_s=float(t["end_s"]), text=t["text"], speaker=t["speaker"])
                for i, t in enumerate(sorted(ref["turns"], key=lambda t: t["start_s"]))]
        roles = {t["speaker"]: t["role"] for t in ref["turns"]}
        call = Call(hashlib.sha256(name.encode()).hexdigest(), str(demo / "calls" / name), float(ref["duration_s"]),
                    int(ref["num_channels"]), int(ref["sample_rate"]), str(ref["encoding"]))
        items.append(WorkItem(call=call, stages=["analyze"], hashes=hashes, utterances=utts, roles=roles))
    return items


def measure_analysis(settings: Any, rounds: int = 2) -> dict[str, Any]:
    """Calls per minute of ``CallProcessor`` with stages ["analyze"] (entities, sentiment, intents, complaints)."""
    from voc.processor import CallProcessor
    from voc.stages import stage_hashes

    proc = CallProcessor(settings)
    items = demo_analysis_items(stage_hashes(settings))
    t0 = time.perf_counter()
    first = proc.process(items[0])  # loads spaCy, the embedding model and the intent classifier
    load_s = time.perf_counter() - t0
    if first.error:
        raise RuntimeError(f"analysis failed on {items[0].call.path}: {first.error}")
    w0, c0 = time.perf_counter(), cpu_seconds()
    for _ in range(rounds):
        for item in items:
            out = proc.process(item)
            if out.error:
                raise RuntimeError(f"analysis failed on {item.call.path}: {out.error}")
    wall, cpu = time.perf_counter() - w0, cpu_seconds() - c0
    n = rounds * len(items)
    utts = rounds * sum(len(i.utterances or []) for i in items)
    return {"calls_per_minute": round(n / wall * 60, 1), "calls": n, "utterances_per_s": round(utts / wall, 1),
            "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "load_s": round(load_s, 2),
            "input": "voc/demo references.json turns (14 calls, reference text, roles given)"}


# -- profile -----------------------------------------------------------------------------------------------------

# (category, file suffix, function name): cumulative seconds of each matching entry are summed. The batched
# pipeline's generate_segment_batched calls encode itself: that share is moved back to the encoder.
PROFILE_CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("audio_decode", "voc/transcribe/audio.py", "decode"),
    ("audio_decode", "voc/transcribe/audio.py", "probe"),
    ("vad", "faster_whisper/vad.py", "get_speech_timestamps"),
    ("log_mel", "faster_whisper/feature_extractor.py", "__call__"),
    ("whisper_encoder", "faster_whisper/transcribe.py", "encode"),
    ("whisper_decoder", "faster_whisper/transcribe.py", "generate_with_fallback"),
    ("whisper_decoder", "faster_whisper/transcribe.py", "generate_segment_batched"),  # minus its encode, below
    ("word_alignment", "faster_whisper/transcribe.py", "find_alignment"),
    ("diarization_segmentation", "pyannote/audio/pipelines/speaker_diarization.py", "get_segmentations"),
    ("diarization_embeddings", "pyannote/audio/pipelines/speaker_diarization.py", "get_embeddings"),
    ("diarization_total", "voc/speakers/diarize.py", "diarize"),
    ("stereo_turns", "voc/speakers/diarize.py", "stereo_turns"),
    ("pii_redaction", "voc/analyze/pii.py", "redact"),
    ("roles_and_metrics", "voc/speakers/roles.py", "assign_roles"),
    ("roles_and_metrics", "voc/speakers/metrics.py", "compute_metrics"),
)


def profile_breakdown(stats: Any, total_s: float) -> dict[str, float]:
    """Seconds per category from a ``pstats.Stats``; ``other`` = the rest (Python glue, segment guards, ...)."""
    out: dict[str, float] = {}
    for (file, _line, func), (_cc, _nc, _tt, ct, callers) in stats.stats.items():
        for cat, suffix, name in PROFILE_CATEGORIES:
            if func == name and file.endswith(suffix):
                out[cat] = out.get(cat, 0.0) + ct
        if func == "encode" and file.endswith("faster_whisper/transcribe.py"):
            inside = sum(c[3] for k, c in callers.items() if k[2] == "generate_segment_batched")
            out["whisper_decoder"] = out.get("whisper_decoder", 0.0) - inside
    inner = {k: v for k, v in out.items() if k not in ("diarization_segmentation", "diarization_embeddings")}
    out["other"] = max(0.0, total_s - sum(inner.values()))
    out["total"] = total_s
    return {k: round(v, 2) for k, v in sorted(out.items(), key=lambda kv: -kv[1])}


def run_profiled(name: str, fn: Callable[[], Any], folder: Path) -> dict[str, float]:
    import cProfile
    import pstats

    prof = cProfile.Profile()
    w0 = time.perf_counter()
    prof.runcall(fn)
    total = time.perf_counter() - w0
    folder.mkdir(parents=True, exist_ok=True)
    prof.dump_stats(str(folder / f"{name}.prof"))
    return profile_breakdown(pstats.Stats(prof), total)


# -- the run -----------------------------------------------------------------------------------------------------

def bench_settings(model: str, device: str, compute_type: str, threads: int, batch_size: int,
                   extra: dict[str, str] | None = None) -> Any:
    """Settings for every voc system: defaults + the benchmark's model/device + ``extra`` ("section.key" → value
    as a string, e.g. {"diarization.embedding_batch_size": "64"}). No voc.toml and no VOC_* variables are read."""
    from voc.settings import Settings

    for key in extra or {}:
        obj: Any = Settings()
        for part in key.split("."):
            if not dataclasses.is_dataclass(obj) or part not in {f.name for f in dataclasses.fields(obj)}:
                raise ValueError(f"--set {key}: no such voc setting. Fix: use a section.key from voc/settings.py, "
                                 "e.g. diarization.embedding_batch_size or asr.batched.")
            obj = getattr(obj, part)
    env = {"VOC_" + k.replace(".", "__").upper(): v for k, v in (extra or {}).items()}
    with tempfile.TemporaryDirectory(prefix="voc-bench-") as empty:  # a working folder with no voc.toml
        return Settings.load(overrides={"asr.model": model, "device": device, "compute_type": compute_type,
                                        "asr.cpu_threads": threads, "asr.batch_size": batch_size,
                                        "pii.keep_original": True}, env=env, cwd=empty)


def run_benchmark(corpus: Corpus, warmup: Corpus, *, model: str, device: str = "auto", compute_type: str = "auto",
                  threads: int = 0, batch_size: int = 16, systems: Iterable[str] = SYSTEMS,
                  analysis: bool = False, profile_dir: Path | None = None, extra: dict[str, str] | None = None,
                  log: Callable[[str], None] = lambda m: None, rounds: int = 1, note: str = "") -> dict[str, Any]:
    """Run the chosen systems on ``corpus`` (each warmed up on ``warmup`` first); return the result document."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")
    import faster_whisper

    from voc.models import load_whisper, resolve_device
    from voc.processor import CallProcessor
    from voc.stages import stage_hashes
    from voc.transcribe.asr import Transcriber

    systems = [s for s in ALL_SYSTEMS if s in set(systems)]
    settings = bench_settings(model, device, compute_type, threads, batch_size, extra)
    dev, ctype = resolve_device(settings)
    cuda = dev == "cuda"
    t0 = time.perf_counter()
    wmodel = load_whisper(settings)  # one model object for all four systems (load_whisper caches it)
    load_s: dict[str, float] = {"whisper": round(time.perf_counter() - t0, 2)}
    log(f"model {model} on {dev}/{ctype} loaded in {load_s['whisper']} s")
    calls, wcalls = voc_calls(corpus), voc_calls(warmup)
    hashes = stage_hashes(settings)
    transcriber = Transcriber(settings)
    transcriber_batched = Transcriber(dataclasses.replace(
        settings, asr=dataclasses.replace(settings.asr, batched="on")), model=wmodel)
    transcriber_batched.device, transcriber_batched.compute_type = dev, ctype
    from voc.executors.local import LocalExecutor

    def executor(**run: Any) -> Any:
        s = dataclasses.replace(settings, run=dataclasses.replace(settings.run, **run))
        return LocalExecutor(s, processor=CallProcessor(s))

    processor = CallProcessor(settings)
    speakers_ex = LocalExecutor(settings, processor=processor)
    lazy: dict[str, Any] = {}   # the optional systems' executors, made on first use

    def ex(name: str, **run: Any) -> Any:
        if name not in lazy:
            lazy[name] = executor(**run)
        return lazy[name]

    batched = faster_whisper.BatchedInferencePipeline(model=wmodel)

    runners: dict[str, Callable[[Corpus, list[Any]], tuple[Hyps, dict[str, Any]]]] = {
        "faster_whisper_sequential": lambda c, _cs: run_sequential(wmodel, c),
        "faster_whisper_batched": lambda c, _cs: run_batched(batched, c, batch_size),
        "voc": lambda c, cs: run_voc(transcriber, c, cs),
        "voc_batched": lambda c, cs: run_voc(transcriber_batched, c, cs),
        "voc_with_speakers": lambda c, cs: run_voc_speakers(speakers_ex, c, cs, hashes),
        "voc_with_speakers_per_call_embeddings": lambda c, cs: run_voc_speakers(
            ex("per_call_embeddings", cross_call_embeddings=False), c, cs, hashes),
        "voc_with_analysis": lambda c, cs: run_voc_speakers(ex("analysis", analysis_workers=0), c, cs, hashes,
                                                            ANALYSIS_STAGES),
        "voc_with_analysis_pool": lambda c, cs: run_voc_speakers(ex("analysis_pool", analysis_workers=1), c, cs,
                                                                 hashes, ANALYSIS_STAGES),
    }
    results: dict[str, Any] = {}
    for name in systems:
        w0 = time.perf_counter()
        runners[name](warmup, wcalls)
        load_s[f"{name}_warmup"] = round(time.perf_counter() - w0, 2)
    # rounds interleave the systems (A B C, A B C, ...): on a shared machine each sees the same load on average
    rounds_of: dict[str, list[Measured]] = {n: [] for n in systems}
    for r in range(max(1, rounds)):
        for name in systems:
            m = measure(lambda n=name: runners[n](corpus, calls), cuda)
            rounds_of[name].append(m)
            log(f"round {r + 1} {name}: {corpus.audio_seconds / m.wall_s:.2f}x realtime, {m.cpu_s:.1f} CPU-s")
    for name in systems:
        ms = rounds_of[name]
        m = ms[-1]
        wall, cpu = sum(x.wall_s for x in ms), sum(x.cpu_s for x in ms)
        audio = corpus.audio_seconds * len(ms)
        sc = score(corpus, m.hyps)
        results[name] = {"x_realtime": round(audio / wall, 2), **sc,
                         "wall_s": round(wall / len(ms), 2), "cpu_s": round(cpu / len(ms), 2),
                         "cpu_s_per_audio_s": round(cpu / audio, 4),
                         "x_realtime_per_round": [round(corpus.audio_seconds / x.wall_s, 2) for x in ms],
                         "peak_gpu_memory_mb": max((x.gpu_peak_mb or 0) for x in ms) or m.gpu_peak_mb,
                         "gpu_memory_at_start_mb": m.gpu_start_mb,
                         "torch_peak_memory_mb": m.torch_peak_mb, **m.extra}
        log(f"{name}: {results[name]['x_realtime']}x realtime, WER {sc['wer']}, {cpu / len(ms):.1f} CPU-s")
    _compare(results)
    mono_s = sum(c.duration_s for c in corpus.calls if c.channels == 1)
    doc: dict[str, Any] = {
        "device": _device_name(dev), "model": model, "audio_seconds": corpus.audio_seconds, "systems": results,
        "device_kind": dev, "compute_type": ctype, "cpu_count": os.cpu_count(),
        "cpu_threads": settings.asr.cpu_threads or len(os.sched_getaffinity(0)), "batch_size": batch_size,
        "machine": platform.processor() or platform.machine(), "python": platform.python_version(),
        "faster_whisper": faster_whisper.__version__, "load_s": load_s,
        "calls": len(corpus.calls), "mono": {"calls": sum(c.channels == 1 for c in corpus.calls),
                                             "audio_seconds": round(mono_s, 2)},
        "stereo": {"calls": sum(c.channels == 2 for c in corpus.calls),
                   "audio_seconds": round(corpus.audio_seconds - mono_s, 2)},
        "channel_audio_seconds": round(corpus.channel_seconds, 2), "corpus": corpus.params,
        "settings": {"beam_size": settings.asr.beam_size, "vad_filter": settings.asr.vad_filter,
                     "voc_batched": transcriber.use_batched, "word_timestamps": settings.asr.word_timestamps,
                     "voc_temperature_fallback": getattr(settings.asr, "temperature_fallback", None),
                     "overrides": dict(extra or {})},
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "rounds": max(1, rounds),
        "load_average_at_start": os.getloadavg(), "note": note,
    }
    if "voc_batched" in results:
        doc["voc_batched_stats"] = dict(transcriber_batched.cross_call_decoder.stats)
    if analysis:
        doc["analysis"] = measure_analysis(settings)
        log(f"analysis: {doc['analysis']['calls_per_minute']} calls/min")
    if profile_dir is not None:
        per_call = lambda: [transcriber.transcribe(c, Path(c.path)) for c in calls]  # noqa: E731 - main thread only
        doc["profile"] = {"note": "cProfile, one more pass of each; cumulative seconds per category "
                                  "(cProfile overhead included; the CTranslate2 and torch calls are exact)",
                          "voc": run_profiled("voc", per_call, profile_dir)}
        if "voc_with_speakers" in systems:
            doc["profile"]["voc_with_speakers"] = run_profiled(
                "voc_with_speakers", lambda: run_voc_speakers(speakers_ex, corpus, calls, hashes), profile_dir)
    for e in lazy.values():
        e.close()   # the analysis pool's worker processes
    return doc


def _compare(results: dict[str, Any]) -> None:
    base = results.get("faster_whisper_sequential")
    batched = results.get("faster_whisper_batched")
    for name, r in results.items():
        if base and base["wer"]:
            r["wer_relative_to_sequential"] = round(r["wer"] / base["wer"] - 1.0, 4)
            r["accuracy_within_5pct"] = r["wer"] <= base["wer"] * (1 + WER_TOLERANCE) + 1e-9
        if batched and name.startswith("voc"):
            r["speedup_vs_batched"] = round(r["x_realtime"] / batched["x_realtime"], 3)


def _device_name(dev: str) -> str:
    if dev == "cuda":
        import torch

        return torch.cuda.get_device_name(0)
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"CPU: {line.split(':', 1)[1].strip()} ({len(os.sched_getaffinity(0))} cores)"
    except OSError:
        pass
    return f"CPU ({os.cpu_count()} cores)"


# -- markdown ----------------------------------------------------------------------------------------------------

def render_markdown(doc: dict[str, Any], source: str) -> str:
    """One section: the systems table for one result file."""
    lines = [f"### {doc['model']} on {doc['device']} ({doc['compute_type']}) — `{source}`", "",
             f"{doc['audio_seconds']:.0f} s of calls ({doc['mono']['calls']} mono, {doc['stereo']['calls']} stereo; "
             f"{doc['channel_audio_seconds']:.0f} channel-seconds), {doc['cpu_threads']} threads, "
             f"batch size {doc['batch_size']}, Whisper load {doc['load_s'].get('whisper')} s, run {doc['created_at']}"
             + (f", {doc['rounds']} interleaved rounds" if doc.get("rounds", 1) > 1 else "")
             + (f". {doc['note']}" if doc.get("note") else "") + ".",
             "", "| system | × realtime | wall s | CPU-s / audio-s | WER | WER mono | WER stereo | "
                 "vs sequential WER | peak GPU MiB |", "|---|---|---|---|---|---|---|---|---|"]
    for name, r in doc["systems"].items():
        rel = r.get("wer_relative_to_sequential")
        lines.append(f"| {name} | {r['x_realtime']:.1f} | {r['wall_s']:.1f} | {r['cpu_s_per_audio_s']:.3f} | "
                     f"{r['wer']:.3f} | {_f(r['wer_mono'])} | {_f(r['wer_stereo'])} | "
                     f"{'' if rel is None else f'{rel:+.1%}'} | {_f(r['peak_gpu_memory_mb'], '.0f')} |")
    if "analysis" in doc:
        a = doc["analysis"]
        lines += ["", f"Analysis stage: **{a['calls_per_minute']} calls/min** ({a['calls']} calls, "
                      f"{a['utterances_per_s']} utterances/s, {a['cpu_s']} CPU-s; {a['input']})."]
    if "profile" in doc:
        lines += ["", "Profile (seconds, " + doc["profile"]["note"] + "):", "",
                  "| system | " + " | ".join(_PROFILE_COLS) + " |", "|---" * (len(_PROFILE_COLS) + 1) + "|"]
        for name in ("voc", "voc_with_speakers"):
            p = doc["profile"].get(name)
            if p:
                lines.append(f"| {name} | " + " | ".join(_f(p.get(c), ".1f") for c in _PROFILE_COLS) + " |")
    return "\n".join(lines) + "\n"


_PROFILE_COLS = ("total", "audio_decode", "vad", "log_mel", "whisper_encoder", "whisper_decoder", "word_alignment",
                 "diarization_total", "diarization_embeddings", "pii_redaction", "other")


def _f(v: Any, fmt: str = ".3f") -> str:
    return "–" if v is None else format(v, fmt)


def update_markdown(md: Path, results_dir: Path, extra: Iterable[Path] = ()) -> None:
    """Rewrite the block between the result markers of ``md`` with one section per ``results_dir/throughput_*.json``
    (plus the ``extra`` result files)."""
    sections = []
    for f in sorted({p.resolve() for p in [*results_dir.glob("throughput_*.json"), *map(Path, extra)]}):
        doc = json.loads(f.read_text(encoding="utf-8"))
        src = f.relative_to(ROOT) if f.is_relative_to(ROOT) else f
        sections.append(render_markdown(doc, str(src)))
    block = MD_BEGIN + "\n" + "\n".join(sections) + MD_END
    text = md.read_text(encoding="utf-8") if md.is_file() else f"# Throughput\n\n{MD_BEGIN}\n{MD_END}\n"
    if MD_BEGIN not in text or MD_END not in text:
        text = text.rstrip("\n") + f"\n\n{MD_BEGIN}\n{MD_END}\n"
    head, rest = text.split(MD_BEGIN, 1)
    tail = rest.split(MD_END, 1)[1]
    md.write_text(head + block + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=5.0, help="corpus size in minutes of calls (default 5)")
    ap.add_argument("--model", default="tiny.en", help="tiny.en, base, or a local CTranslate2 folder")
    ap.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    ap.add_argument("--compute-type", default="auto", help="auto = float16 on GPU, int8 on CPU")
    ap.add_argument("--threads", type=int, default=0, help="CPU threads for CTranslate2 (0 = all cores)")
    ap.add_argument("--batch-size", type=int, default=16,
                    help="BatchedInferencePipeline batch size (system b, and voc on a GPU)")
    ap.add_argument("--systems", default=",".join(SYSTEMS),
                    help="comma-separated subset of " + ", ".join(ALL_SYSTEMS) + " (default: the first five)")
    ap.add_argument("--call-seconds", type=float, default=60.0, help="length of each corpus call (default 60)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (default ../shared/data)")
    ap.add_argument("--corpus-dir", type=Path, default=None, help="where the corpus is built (default /tmp)")
    ap.add_argument("--analysis", action="store_true", help="also measure the analysis stage's calls per minute")
    ap.add_argument("--profile", type=Path, default=None, metavar="DIR", help="cProfile voc systems into DIR")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="voc setting for the voc systems, repeatable: --set diarization.embedding_batch_size=64")
    ap.add_argument("--rounds", type=int, default=1,
                    help="timed passes per system, interleaved (A B C, A B C): fair on a shared machine")
    ap.add_argument("--note", default="", help="free text stored in the JSON (e.g. 'shared machine, load ~10')")
    ap.add_argument("--mono-only", action="store_true",
                    help="time and score only the corpus's mono calls (the per-call pipeline with diarization)")
    ap.add_argument("--out", type=Path, default=None,
                    help="result JSON (default bench/results/throughput_<device>_<model>.json)")
    ap.add_argument("--markdown", default=str(ROOT / "bench" / "throughput.md"),
                    help="markdown file whose results block is refreshed ('' = none)")
    ap.add_argument("--refresh-markdown", action="store_true",
                    help="only rewrite --markdown's results block from bench/results/throughput_*.json, then exit")
    args = ap.parse_args(argv)
    if args.refresh_markdown:
        if not args.markdown:
            ap.error("--refresh-markdown needs --markdown FILE")
        update_markdown(Path(args.markdown), ROOT / "bench" / "results")
        return 0
    unknown = set(args.systems.split(",")) - set(ALL_SYSTEMS)
    if unknown:
        ap.error(f"--systems: unknown {', '.join(sorted(unknown))}; expected some of {', '.join(ALL_SYSTEMS)}")
    bad = [kv for kv in args.set if "=" not in kv]
    if bad:
        ap.error(f"--set {bad[0]!r}: expected KEY=VALUE, e.g. --set diarization.embedding_batch_size=64")
    extra = dict(kv.split("=", 1) for kv in args.set)
    base = args.corpus_dir or Path(os.environ.get("TMPDIR", "/tmp")) / "voc-bench-corpus"
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    try:  # a corpus already built under --corpus-dir is reused and needs no --data (e.g. carried to a GPU machine)
        corpus = build_corpus(base / f"m{args.minutes:g}_c{args.call_seconds:g}", args.minutes, args.data,
                              call_s=args.call_seconds)
        warmup = build_corpus(base / "warmup", 0.15, args.data, call_s=5.0)  # one short mono + one stereo call
        bench_settings(args.model, args.device, args.compute_type, args.threads, args.batch_size, extra)
    except (FileNotFoundError, ValueError) as e:
        ap.error(str(e))
    if args.mono_only:
        mono = tuple(c for c in corpus.calls if c.channels == 1)
        if not mono:
            ap.error("--mono-only: the corpus has no mono call. Fix: a larger --minutes.")
        corpus = dataclasses.replace(corpus, calls=mono, audio_seconds=round(sum(c.duration_s for c in mono), 3),
                                     params={**corpus.params, "mono_only": True})
    log(f"corpus: {len(corpus.calls)} calls, {corpus.audio_seconds:.1f} s in {corpus.folder}")
    doc = run_benchmark(corpus, warmup, model=args.model, device=args.device, compute_type=args.compute_type,
                        threads=args.threads, batch_size=args.batch_size, systems=args.systems.split(","),
                        analysis=args.analysis, profile_dir=args.profile, extra=extra, log=log,
                        rounds=args.rounds, note=args.note)
    safe_model = Path(args.model).name if Path(args.model).is_dir() else args.model
    out = args.out or ROOT / "bench" / "results" / f"throughput_{doc['device_kind']}_{safe_model}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    log(f"wrote {out}")
    if args.markdown:
        update_markdown(Path(args.markdown), ROOT / "bench" / "results", extra=[out])
        log(f"updated {args.markdown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
