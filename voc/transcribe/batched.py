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

# ``tr`` below is a voc.transcribe.asr.Transcriber (typed Any: asr imports this module, not the other way)
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
    prep: Any = None                  # the decoder's VAD chunks (and encoder outputs kept from LID) for this job


@dataclass(slots=True)
class LidRequest:
    """Language identification of these channel jobs from the decoder's own encoder passes (``identify``); the
    same job objects come back later as decode jobs, and the chunks encoded for LID are not encoded again."""

    jobs: list[ChannelJob]


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
    encoded: Any = None               # numpy encoder output kept from language identification (None: encode)


class CrossCallDecoder:
    """Decodes lists of ``ChannelJob`` (from one or many calls) in shared batches with one loaded WhisperModel."""

    def __init__(self, model: Any, settings: "Settings") -> None:
        self.model = model
        self.settings = settings
        self.pipeline = _pipeline(model)
        self.keep_encodings = True  # LID's encoder outputs are reused for decoding (off after a device refuses them)
        self.stats = {"batches": 0, "chunks": 0, "fallbacks": 0, "jobs": 0, "lid_chunks": 0, "reused_encodings": 0}

    # -- language identification from the batched encoder ------------------------------------------------------
    def identify(self, jobs: list[ChannelJob], n_windows: int) -> list[Any]:
        """``voc.transcribe.language.ChannelLanguage`` per job: Whisper's language head on the encoder output of up
        to ``n_windows`` of the channel's speech chunks (<= 30 s of VAD speech each, spread evenly), averaged and
        weighted by their speech, as ``LanguageDetector`` does; the encoder outputs are kept on the jobs so
        decoding them in that language does not encode them again."""
        from faster_whisper.audio import pad_or_trim

        from voc.transcribe.language import MIN_SPEECH_S, ChannelLanguage

        picked: list[tuple[int, int]] = []
        speech_of: list[float] = []
        for j, job in enumerate(jobs):
            clips, pieces = self._prepare(job)
            speech = sum(c["end"] - c["start"] for c in clips) / SAMPLE_RATE
            speech_of.append(speech)
            if speech < MIN_SPEECH_S or not pieces:
                continue
            idx = sorted({int(round(x)) for x in np.linspace(0, len(pieces) - 1, min(n_windows, len(pieces)))})
            picked.extend((j, i) for i in idx)
        probs: dict[tuple[int, int], list[tuple[str, float]]] = {}
        fe = self.model.feature_extractor
        bs = max(1, self.settings.asr.batch_size)
        for start in range(0, len(picked), bs):
            part = picked[start:start + bs]
            feats = np.stack([pad_or_trim(fe(jobs[j].prep["pieces"][i][0])[..., :-1]) for j, i in part])
            enc = self.model.encode(feats)
            results = self.model.model.detect_language(enc)
            arr = _to_numpy(enc) if self.keep_encodings else None
            for k, ((j, i), res) in enumerate(zip(part, results)):
                probs[(j, i)] = [(tok[2:-2], float(p)) for tok, p in res]
                if arr is not None:
                    jobs[j].prep["enc"][i] = arr[k]
            self.stats["lid_chunks"] += len(part)
        out = []
        for j, job in enumerate(jobs):
            mine = [(i, probs[(jj, i)]) for jj, i in picked if jj == j]
            if not mine:
                out.append(ChannelLanguage(job.channel, None, None, speech_of[j]))
                continue
            total: dict[str, float] = {}
            weight = 0.0
            windows = []
            for i, res in mine:
                meta = job.prep["pieces"][i][1]
                w = float(meta["duration"])
                for code, p in res:
                    total[code] = total.get(code, 0.0) + w * p
                weight += w
                windows.append({"start_s": round(float(meta["offset"]), 3), "s": round(w, 2), "language": res[0][0],
                                "prob": round(res[0][1], 4)})
            top = sorted(((k, v / weight) for k, v in total.items()), key=lambda kv: -kv[1])
            out.append(ChannelLanguage(job.channel, top[0][0], top[0][1], speech_of[j], dict(top[:5]), windows))
        return out

    def _prepare(self, job: ChannelJob) -> tuple[list[dict], list[tuple[np.ndarray, dict]]]:
        """(VAD regions, speech chunks of <= 30 s with their metadata) of a job, computed once."""
        if job.prep is None:
            from faster_whisper.vad import VadOptions, collect_chunks, get_speech_timestamps

            a = self.settings.asr
            x = job.audio
            if a.vad_filter:
                vad = VadOptions(min_silence_duration_ms=a.vad_min_silence_ms, max_speech_duration_s=CHUNK_S)
                clips = get_speech_timestamps(x, vad)
            else:
                clips = [{"start": s, "end": min(len(x), s + CHUNK_S * SAMPLE_RATE)}
                         for s in range(0, len(x), CHUNK_S * SAMPLE_RATE)]
            pieces = []
            if clips:
                audio_chunks, metas = collect_chunks(x, clips, max_duration=CHUNK_S)
                pieces = [(ca, meta) for ca, meta in zip(audio_chunks, metas) if len(ca)]
            job.prep = {"clips": clips, "pieces": pieces, "enc": {}}
        return job.prep["clips"], job.prep["pieces"]

    # -- public --------------------------------------------------------------------------------------------------
    def decode(self, jobs: list[ChannelJob]) -> list[tuple[list[Any], DecodeInfo]]:
        chunks: list[_Chunk] = []
        clips_of: list[list[dict]] = []
        infos: list[DecodeInfo] = []
        for j, job in enumerate(jobs):
            clips, pieces = self._prepare(job)
            clips_of.append(clips)
            speech = sum(c["end"] - c["start"] for c in clips) / SAMPLE_RATE
            infos.append(DecodeInfo(job.language, 1.0, len(job.audio) / SAMPLE_RATE, speech))
            for i, (ca, meta) in enumerate(pieces):
                chunks.append(_Chunk(j, i, ca, meta, encoded=job.prep["enc"].get(i)))
            job.prep = None  # decoded once: nothing kept
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
        group = sorted(group, key=lambda c: c.encoded is None)  # chunks encoded for LID first: whole batches reuse
        for start in range(0, len(group), bs):
            batch = group[start:start + bs]
            self.pipeline.encoded = None
            if all(c.encoded is not None for c in batch):
                self.pipeline.encoded = _storage(np.stack([c.encoded for c in batch]))
                features = np.zeros((len(batch), 1, 1), np.float32)  # shape[0] only; the encoder is not run
            else:
                features = np.stack([pad_or_trim(fe(c.audio)[..., :-1]) for c in batch])
            self.pipeline.last_speech_timestamp = 0.0
            try:
                results = self.pipeline.forward(features, tokenizer, [c.meta for c in batch], options)
                if self.pipeline.encoded is not None:
                    self.stats["reused_encodings"] += len(batch)
            except (RuntimeError, ValueError, TypeError):
                if self.pipeline.encoded is None:
                    raise
                # encoder outputs brought back from the host not accepted on this device: encode again, and stop
                # keeping them (LID still reads the batched encoder; decoding then encodes its own batches)
                log.warning("decoding from kept encoder outputs failed on %s; encoding again", self.model.model.device,
                            exc_info=True)
                self.keep_encodings = False
                self.pipeline.encoded = None
                features = np.stack([pad_or_trim(fe(c.audio)[..., :-1]) for c in batch])
                results = self.pipeline.forward(features, tokenizer, [c.meta for c in batch], options)
            finally:
                self.pipeline.encoded = None
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


def _to_numpy(enc: Any) -> np.ndarray | None:
    """An encoder output (ctranslate2 StorageView, on any device) as a host array, or None when it cannot be read."""
    try:
        import ctranslate2

        if getattr(enc, "device", "cpu") != "cpu":
            enc = enc.to_device(ctranslate2.Device.cpu)
        return np.array(enc)
    except (AttributeError, RuntimeError, TypeError, ValueError):
        log.debug("encoder output not readable on the host; chunks are encoded again for decoding", exc_info=True)
        return None


def _storage(x: np.ndarray) -> Any:
    import ctranslate2

    return ctranslate2.StorageView.from_array(np.ascontiguousarray(x))


def _pipeline(model: Any) -> Any:
    """faster-whisper's BatchedInferencePipeline, able to decode from encoder outputs computed earlier
    (``encoded``): the language identification's own encoder pass is reused instead of encoding twice."""
    from faster_whisper import BatchedInferencePipeline

    class _Pipeline(BatchedInferencePipeline):
        encoded: Any = None

        def generate_segment_batched(self, features, tokenizer, options):
            if self.encoded is None:
                return super().generate_segment_batched(features, tokenizer, options)
            encoded, m = self.encoded, self.model
            prompt = m.get_prompt(tokenizer, previous_tokens=[], without_timestamps=options.without_timestamps,
                                  hotwords=options.hotwords)
            results = m.model.generate(
                encoded, [prompt.copy() for _ in range(features.shape[0])], beam_size=options.beam_size,
                patience=options.patience, length_penalty=options.length_penalty, max_length=m.max_length,
                suppress_blank=options.suppress_blank, suppress_tokens=options.suppress_tokens, return_scores=True,
                return_no_speech_prob=True, sampling_temperature=options.temperatures[0],
                repetition_penalty=options.repetition_penalty, no_repeat_ngram_size=options.no_repeat_ngram_size)
            output = []
            for r in results:
                seq_len = len(r.sequences_ids[0])
                cum_logprob = r.scores[0] * (seq_len ** options.length_penalty)
                output.append(dict(avg_logprob=cum_logprob / (seq_len + 1), no_speech_prob=r.no_speech_prob,
                                   tokens=r.sequences_ids[0]))
            return encoded, output

    return _Pipeline(model)


def _restore(segments: list[Any], clips: list[dict]) -> list[Any]:
    """Segment and word times from the speech-only time line back to the channel's own time line."""
    if not segments:
        return []
    from faster_whisper.transcribe import restore_speech_timestamps

    return list(restore_speech_timestamps(segments, clips, SAMPLE_RATE))


# -- driving many calls ------------------------------------------------------------------------------------------

def transcribe_many_batched(tr: Any, items: Iterable[tuple["Call", Path]], calls_per_group: int = 0,
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


def _run_group(tr: Any, decoder: CrossCallDecoder, group: list[tuple[Any, Future]],
               ) -> Iterator["Transcript | Exception"]:
    """Drive the ``_steps`` of a group of calls together: in each round every call's pending LID request is
    answered in shared batches, then every call's pending decode jobs, then each call advances."""
    results: list[Any] = [None] * len(group)
    live: dict[int, tuple[Any, Any]] = {}
    for i, (call, fut) in enumerate(group):
        t0 = time.perf_counter()
        try:
            steps = tr._steps(call, fut.result(), t0)
            live[i] = (steps, next(steps))
        except StopIteration as done:
            results[i] = done.value
        except Exception as e:  # noqa: BLE001 - per-call isolation
            results[i] = e
    n_windows = getattr(tr.settings.asr, "lid_windows", 4)
    while live:
        answers: dict[int, Any] = {}
        for kind in ("lid", "decode"):
            ids = [i for i in live if isinstance(live[i][1], LidRequest) == (kind == "lid")]
            if not ids:
                continue

            def run(jobs: list[ChannelJob], kind: str = kind) -> list[Any]:
                return decoder.identify(jobs, n_windows) if kind == "lid" else decoder.decode(jobs)

            def jobs_of(i: int) -> list[ChannelJob]:
                pending = live[i][1]
                return pending.jobs if isinstance(pending, LidRequest) else pending

            try:
                out = run([j for i in ids for j in jobs_of(i)])
                pos = 0
                for i in ids:
                    answers[i] = out[pos:pos + len(jobs_of(i))]
                    pos += len(jobs_of(i))
            except Exception:  # noqa: BLE001 - find the call whose audio breaks the batch; the others go on
                log.warning("a shared batch failed; redoing its %d calls one by one", len(ids), exc_info=True)
                for i in ids:
                    try:
                        answers[i] = run(jobs_of(i))
                    except Exception as e:  # noqa: BLE001
                        answers[i] = e
        for i in list(live):
            steps, _ = live.pop(i)
            answer = answers.get(i)
            if isinstance(answer, Exception):
                steps.close()
                results[i] = answer
                continue
            try:
                live[i] = (steps, steps.send(answer))
            except StopIteration as done:
                results[i] = done.value
            except Exception as e:  # noqa: BLE001
                results[i] = e
    yield from results
