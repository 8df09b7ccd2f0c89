"""Cross-call batched decoding: the speech of many calls (and both channels of stereo calls) shares Whisper batches.

faster-whisper's ``BatchedInferencePipeline`` batches the VAD chunks of *one* audio array: a 60 s call yields 2-4
chunks of <= 30 s, so a batch of 16 runs mostly empty and every call pays its own encoder/decoder launches. Here
the Transcriber's per-call steps (``Transcriber._steps``: windows, language identification, channel selection) of
several calls run side by side; each yields its channel jobs, and ``CrossCallDecoder.decode`` packs the chunks of
all of them into full batches:

1. Silero VAD per channel (``asr.vad_min_silence_ms``; regions of at most 30 s), speech merged into chunks of
   <= 30 s (``collect_chunks``), log-mel features per chunk;
2. chunks grouped by (language, task), cut into batches of ``asr.batch_size``; one ``encode`` + one beam-search
   ``generate`` per batch (``BatchedInferencePipeline.forward``: text without timestamp tokens, words aligned by
   cross-attention DTW);
3. a chunk whose decode fails faster-whisper's own checks (compression ratio above the threshold = a loop, or
   average log-probability below the threshold while it is not silence) is decoded again alone by the sequential
   decoder with the temperature fallback (when ``asr.temperature_fallback``), as plain faster-whisper would;
4. each chunk's words are mapped back to the channel's time line and split into segments at the VAD pauses, so
   voc's guards (silence hallucinations, crosstalk, repeats) see utterance-sized segments with their own text.

The result for each job is what ``WhisperModel.transcribe`` returns: ``(segments, info)``.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from voc.records import Call, Transcript
    from voc.settings import Settings
    from voc.transcribe.asr import Transcriber

log = logging.getLogger(__name__)
SAMPLE_RATE = 16000
CHUNK_S = 30


@dataclass(slots=True)
class ChannelJob:
    """One channel of one window of one call, to decode."""

    audio: np.ndarray                 # float32 mono at 16 kHz
    language: str | None
    translate: bool = False
    channel: int = 0
    other: np.ndarray | None = None   # the opposite stereo channel (for the crosstalk guard), not decoded


@dataclass(slots=True)
class DecodeInfo:
    """The fields of faster-whisper's ``TranscriptionInfo`` that voc reads."""

    language: str | None
    language_probability: float
    duration: float
    duration_after_vad: float


@dataclass(slots=True)
class _Chunk:
    job: int
    index: int                        # the chunk's place in its job
    audio: np.ndarray
    meta: dict[str, Any]              # collect_chunks metadata: offset/duration on the speech-only time line
    segments: list[Any] = field(default_factory=list)


class CrossCallDecoder:
    """Decodes lists of ``ChannelJob`` (from one or many calls) in shared batches with one loaded WhisperModel."""

    def __init__(self, model: Any, settings: "Settings") -> None:
        from faster_whisper import BatchedInferencePipeline

        self.model = model
        self.settings = settings
        self.pipeline = BatchedInferencePipeline(model)
        self.stats = {"batches": 0, "chunks": 0, "fallbacks": 0, "jobs": 0}

    # -- public --------------------------------------------------------------------------------------------------
    def decode(self, jobs: list[ChannelJob]) -> list[tuple[list[Any], DecodeInfo]]:
        from faster_whisper.vad import VadOptions, collect_chunks, get_speech_timestamps

        a = self.settings.asr
        chunks: list[_Chunk] = []
        clips_of: list[list[dict]] = []
        infos: list[DecodeInfo] = []
        for j, job in enumerate(jobs):
            x = job.audio
            if a.vad_filter:
                vad = VadOptions(min_silence_duration_ms=a.vad_min_silence_ms, max_speech_duration_s=CHUNK_S)
                clips = get_speech_timestamps(x, vad)
            else:
                clips = [{"start": s, "end": min(len(x), s + CHUNK_S * SAMPLE_RATE)}
                         for s in range(0, len(x), CHUNK_S * SAMPLE_RATE)]
            clips_of.append(clips)
            speech = sum(c["end"] - c["start"] for c in clips) / SAMPLE_RATE
            infos.append(DecodeInfo(job.language, 1.0, len(x) / SAMPLE_RATE, speech))
            if not clips:
                continue
            audio_chunks, metas = collect_chunks(x, clips, max_duration=CHUNK_S)
            for i, (ca, meta) in enumerate(zip(audio_chunks, metas)):
                if len(ca):
                    chunks.append(_Chunk(j, i, ca, meta))
        self.stats["jobs"] += len(jobs)
        self.stats["chunks"] += len(chunks)
        groups: dict[tuple[str | None, bool], list[_Chunk]] = {}
        for c in chunks:
            groups.setdefault((jobs[c.job].language, jobs[c.job].translate), []).append(c)
        for (language, translate), group in groups.items():
            self._decode_group(group, language, translate)
        out: list[tuple[list[Any], DecodeInfo]] = []
        for j, job in enumerate(jobs):
            mine = sorted((c for c in chunks if c.job == j), key=lambda c: c.index)
            segments = _restore([s for c in mine for s in c.segments], clips_of[j])
            out.append((self._split_at_pauses(segments, clips_of[j]), infos[j]))
        return out

    # -- steps -----------------------------------------------------------------------------------------------------
    def _tokenizer(self, language: str | None, translate: bool):
        from faster_whisper.tokenizer import Tokenizer

        multilingual = self.model.model.is_multilingual
        return Tokenizer(self.model.hf_tokenizer, multilingual, task="translate" if translate else "transcribe",
                         language=(language or "en") if multilingual else "en")

    def _options(self, tokenizer):
        from faster_whisper.transcribe import TranscriptionOptions, get_suppressed_tokens

        a = self.settings.asr
        return TranscriptionOptions(
            beam_size=a.beam_size, best_of=5, patience=1, length_penalty=1, repetition_penalty=1,
            no_repeat_ngram_size=0, log_prob_threshold=a.log_prob_threshold,
            no_speech_threshold=a.no_speech_threshold, compression_ratio_threshold=a.compression_ratio_threshold,
            temperatures=[0.0], initial_prompt=None, prefix=None, suppress_blank=True,
            suppress_tokens=get_suppressed_tokens(tokenizer, [-1]), prepend_punctuations="\"'“¿([{-",
            append_punctuations="\"'.。,，!！?？:：”)]}、", max_new_tokens=None, hotwords=None,
            word_timestamps=a.word_timestamps, hallucination_silence_threshold=None, condition_on_previous_text=False,
            clip_timestamps=[], prompt_reset_on_temperature=0.5, multilingual=False, without_timestamps=True,
            max_initial_timestamp=0.0)

    def _decode_group(self, group: list[_Chunk], language: str | None, translate: bool) -> None:
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.transcribe import Segment, Word

        tokenizer = self._tokenizer(language, translate)
        options = self._options(tokenizer)
        fe = self.model.feature_extractor
        bs = max(1, self.settings.asr.batch_size)
        for start in range(0, len(group), bs):
            batch = group[start:start + bs]
            features = np.stack([pad_or_trim(fe(c.audio)[..., :-1]) for c in batch])
            self.pipeline.last_speech_timestamp = 0.0
            results = self.pipeline.forward(features, tokenizer, [c.meta for c in batch], options)
            self.stats["batches"] += 1
            for c, result in zip(batch, results):
                segs = [Segment(id=0, seek=r["seek"], start=round(r["start"], 3), end=round(r["end"], 3),
                                text=r["text"], tokens=r["tokens"], avg_logprob=r["avg_logprob"],
                                compression_ratio=r["compression_ratio"], no_speech_prob=r["no_speech_prob"],
                                words=[Word(**w) for w in r["words"]] if options.word_timestamps else None,
                                temperature=0.0) for r in result]
                if self._needs_fallback(segs):
                    segs = self._sequential(c, language, translate)
                c.segments = segs

    def _needs_fallback(self, segs: list[Any]) -> bool:
        a = self.settings.asr
        if not a.temperature_fallback:
            return False
        for s in segs:
            if a.compression_ratio_threshold is not None and s.compression_ratio > a.compression_ratio_threshold:
                return True
            silent = a.no_speech_threshold is not None and s.no_speech_prob > a.no_speech_threshold
            if a.log_prob_threshold is not None and s.avg_logprob < a.log_prob_threshold and not silent:
                return True
        return False

    def _sequential(self, c: _Chunk, language: str | None, translate: bool) -> list[Any]:
        """The chunk decoded alone with the temperature fallback; times moved onto the speech-only time line."""
        a = self.settings.asr
        self.stats["fallbacks"] += 1
        segs, _ = self.model.transcribe(
            c.audio, language=language if self.model.model.is_multilingual else "en",
            task="translate" if translate else "transcribe", beam_size=a.beam_size, vad_filter=False,
            no_speech_threshold=a.no_speech_threshold, log_prob_threshold=a.log_prob_threshold,
            compression_ratio_threshold=a.compression_ratio_threshold, condition_on_previous_text=False,
            word_timestamps=a.word_timestamps)
        off = float(c.meta["offset"])
        out = []
        for s in segs:
            s.start, s.end = s.start + off, s.end + off
            for w in s.words or []:
                w.start, w.end = w.start + off, w.end + off
            s.temperature = -1.0 if s.temperature is None else s.temperature  # marks a sequential re-decode
            out.append(s)
        return out

    def _split_at_pauses(self, segments: list[Any], clips: list[dict]) -> list[Any]:
        """A batched chunk decodes to one segment of up to 30 s: split its words at the VAD pauses (the regions in
        ``clips``) into utterance-sized segments; sequential re-decodes keep their own segments."""
        from faster_whisper.transcribe import Segment, get_compression_ratio

        bounds = [(c["start"] / SAMPLE_RATE, c["end"] / SAMPLE_RATE) for c in clips]
        out = []
        for s in segments:
            if not s.words or s.temperature != 0.0 or len(bounds) < 2:
                out.append(s)
                continue
            groups: list[list[Any]] = []
            last_region = None
            for w in s.words:
                mid = (w.start + w.end) / 2
                region = next((i for i, (_, e) in enumerate(bounds) if mid <= e), len(bounds) - 1)
                if region != last_region:
                    groups.append([])
                    last_region = region
                groups[-1].append(w)
            for ws in groups:
                text = "".join(w.word for w in ws)
                out.append(Segment(id=0, seek=s.seek, start=ws[0].start, end=ws[-1].end, text=text, tokens=[],
                                   avg_logprob=s.avg_logprob, compression_ratio=get_compression_ratio(text.strip()),
                                   no_speech_prob=s.no_speech_prob, words=ws, temperature=0.0))
        for i, s in enumerate(out, start=1):
            s.id = i
        return out


def _restore(segments: list[Any], clips: list[dict]) -> list[Any]:
    """Segment and word times from the speech-only time line back to the channel's own time line."""
    if not segments:
        return []
    from faster_whisper.transcribe import restore_speech_timestamps

    return list(restore_speech_timestamps(segments, clips, SAMPLE_RATE))


# -- driving many calls ------------------------------------------------------------------------------------------

def transcribe_many_batched(tr: "Transcriber", items: Iterable[tuple["Call", Path]], calls_per_group: int = 0,
                            ) -> Iterator["Transcript | Exception"]:
    """Transcripts for ``items`` in order, their channels decoded in shared batches ``calls_per_group`` calls at a
    time (0: ``asr.cross_call_group``); files are decoded ahead in a background thread. A call's failure is
    yielded as its exception, in its place; the others go on."""
    decoder = tr.cross_call_decoder
    group_n = max(1, calls_per_group or tr.settings.asr.cross_call_group)
    source = iter(items)
    with ThreadPoolExecutor(max_workers=max(1, tr.settings.run.workers), thread_name_prefix="voc-decode") as pool:
        queue: deque[tuple[Any, Future]] = deque()

        def fill() -> None:
            while len(queue) < group_n:  # the next group is decoded while this one runs
                nxt = next(source, None)
                if nxt is None:
                    return
                queue.append((nxt[0], pool.submit(tr._prepare, Path(nxt[1]))))

        fill()
        while queue:
            group, audio_s = [], 0.0
            while queue and len(group) < group_n and (not group or audio_s < tr.settings.asr.cross_call_max_s):
                call, fut = queue.popleft()
                group.append((call, fut))
                audio_s += float(call.duration_s or 0.0)
            fill()
            yield from _run_group(tr, decoder, group)


def _run_group(tr: "Transcriber", decoder: CrossCallDecoder, group: list[tuple[Any, Future]],
               ) -> Iterator["Transcript | Exception"]:
    results: list[Any] = [None] * len(group)
    live: dict[int, tuple[Any, list[ChannelJob]]] = {}
    for i, (call, fut) in enumerate(group):
        t0 = time.perf_counter()
        try:
            steps = tr._steps(call, fut.result(), t0)
            live[i] = (steps, next(steps))
        except StopIteration as done:
            results[i] = done.value
        except Exception as e:  # noqa: BLE001 - per-call isolation
            results[i] = e
    while live:
        order = list(live)
        jobs = [j for i in order for j in live[i][1]]
        try:
            decoded = decoder.decode(jobs)
        except Exception:  # noqa: BLE001 - find the call whose audio breaks the batch; the others go on
            log.warning("a shared batch failed; decoding its %d calls one by one", len(order), exc_info=True)
            decoded = []
            for i in order:
                try:
                    decoded.extend(decoder.decode(live[i][1]))
                except Exception as e:  # noqa: BLE001
                    results[i] = e
                    decoded.extend([None] * len(live[i][1]))
        pos = 0
        for i in order:
            steps, my_jobs = live.pop(i)
            mine = decoded[pos:pos + len(my_jobs)]
            pos += len(my_jobs)
            if results[i] is not None:  # failed above
                steps.close()
                continue
            try:
                live[i] = (steps, steps.send(mine))
            except StopIteration as done:
                results[i] = done.value
            except Exception as e:  # noqa: BLE001
                results[i] = e
    yield from results
