"""Speech to text with faster-whisper: one call in, one ``voc.records.Transcript`` out.

Channels
    mono: one pass. Stereo: each channel on its own (the channel is the speaker), channels whose active level is
    below ``asr.min_channel_rms_db`` are skipped (no text at all), then the utterances are merged in time order and
    re-numbered; words keep their channel. More than 2 channels (surround exports, conference bridges): mixed down to
    mono (mean of all channels), because there is no channel-to-speaker mapping for them. A 2-channel file whose
    channels carry the same signal (mono saved as stereo) is transcribed once, as channel 0.
Guards against Whisper's failure modes
    Silero VAD before decoding (``asr.vad_filter``); faster-whisper's own no-speech / log-prob / compression-ratio
    fallbacks (thresholds from ``asr.*``); no conditioning on previous text by default (it feeds repetition loops);
    and after decoding, segments are dropped when (see ``segment_drop_reason``):
    the compression ratio is above the threshold (a loop survived every temperature), the no-speech probability is
    above the threshold and the log-probability below its threshold, the audio under the segment is quieter than
    ``asr.min_channel_rms_db`` (text invented from silence or bleed), the text is a known silence hallucination
    ("Thank you.", "Bye.", "Thanks for watching!") decoded with low confidence or on quiet audio, or the same
    multi-word text repeats in consecutive segments (a loop spread over segments: the first is kept). In stereo
    calls a segment is also dropped when its channel is ``asr.bleed_db`` quieter than the other channel over the
    same span **and** the other channel's transcript carries the same words then (``voc.speakers.crosstalk``): that
    is the other speaker leaking through (crosstalk/echo), already transcribed on their channel. A quiet segment
    whose words the other channel does not carry is this speaker's own and is kept.
Languages
    Before decoding, the call's spoken language is identified per channel over several 30 s windows of speech
    (``voc.transcribe.language``); ``asr.languages`` / ``asr.other_languages`` / ``asr.task`` decide whether and in
    which language each channel is decoded. Whisper is never left to guess (or translate) on its own. Files longer
    than ``asr.window_s`` are identified on their first window.
Long files
    Files longer than ``asr.window_s`` are streamed in windows cut at the quietest moment near each boundary.
Throughput
    The model is loaded once per process (``voc.models.load_whisper``). ``transcribe_many`` decodes the next file in a
    background thread while the current one is transcribed. On a GPU (or with ``asr.batched = "on"``) the speech of
    several calls is decoded in shared batches, language identification included (``voc.transcribe.batched``:
    ``_steps`` of many calls are driven together); on CPU ``"auto"`` keeps the sequential decoder.
"""

from __future__ import annotations

import logging
import re
import time
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from voc.errors import ModelError
from voc.records import Call, Transcript, Utterance, Word
from voc.transcribe.audio import Audio, active_level_db, channel_rms_db, decode, iter_windows, probe, segment_rms_db

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings

log = logging.getLogger(__name__)
SAMPLE_RATE = 16000

# Phrases Whisper is known to produce on silence, music or line noise (normalised: lowercase, no punctuation).
SILENCE_PHRASES = frozenset({
    "thank you", "thank you very much", "thanks", "thanks for watching", "thank you for watching",
    "thanks for watching and see you next time", "please subscribe", "subscribe", "bye", "bye bye", "you",
    "so", "oh", "um", "uh", "hmm", "okay", "i", "the end", "music", "applause", "silence",
    "subtitles by the amaraorg community", "transcription by castingwords", "see you next time",
})
_PUNCT = re.compile(r"[^\w\s]")


@dataclass(slots=True)
class _Prepared:
    """A call's audio ready for the model: windows of float32 [channels, n] at 16 kHz (lazy for long files)."""

    windows: Iterable[tuple[float, np.ndarray]]
    channels: int                 # channels in the windows (1 after a >2-channel mixdown)
    duration_s: float


@dataclass(slots=True)
class _ChannelResult:
    utterances: list[Utterance]
    language: str | None
    language_prob: float | None
    speech_s: float
    suspects: list[Utterance] = field(default_factory=list)  # crosstalk by level; kept unless an echo (text)


def _norm_phrase(text: str) -> str:
    return " ".join(_PUNCT.sub("", text.lower()).split())


def _compression_ratio(text: str) -> float:
    raw = text.encode("utf-8")
    return len(raw) / max(1, len(zlib.compress(raw)))


def segment_drop_reason(seg: Any, level_db: float, settings: "Settings") -> str | None:
    """Why a decoded faster-whisper segment must be dropped (None = keep). ``level_db``: RMS under the segment."""
    a = settings.asr
    text = (seg.text or "").strip()
    if not text:
        return "empty"
    cr = seg.compression_ratio if seg.compression_ratio is not None else _compression_ratio(text)
    if a.compression_ratio_threshold is not None and cr > a.compression_ratio_threshold:
        return "repetition loop (compression ratio)"
    if seg.no_speech_prob > a.no_speech_threshold and seg.avg_logprob < a.log_prob_threshold:
        return "no speech"
    if level_db < a.min_channel_rms_db:
        return "silent audio"
    if a.drop_silence_phrases and _norm_phrase(text) in SILENCE_PHRASES:
        probs = [w.probability for w in (seg.words or [])]
        mean_p = float(np.mean(probs)) if probs else 1.0
        if seg.no_speech_prob > 0.3 or seg.avg_logprob < -0.7 or mean_p < 0.5 or level_db < a.min_channel_rms_db + 15:
            return "silence hallucination"
    return None


class Transcriber:
    """Transcribes calls with the Whisper model named in ``settings.asr``; the model is loaded on first use.

    ``model`` may be given (a loaded ``WhisperModel``) to share one between objects or to inject a fake in tests;
    ``detector`` likewise (a ``voc.transcribe.language.LanguageDetector``).
    """

    def __init__(self, settings: "Settings", model: Any = None, detector: Any = None) -> None:
        from voc.models import resolve_device

        self.settings = settings
        if model is None:
            self.device, self.compute_type = resolve_device(settings)
        else:
            self.device = str(getattr(model.model, "device", "cpu")) if hasattr(model, "model") else "cpu"
            self.compute_type = settings.compute_type
        self._model = model
        self._batched: Any = None
        self._cross: Any = None
        self._detector = detector
        self.on_audio: Any = None  # called with the audio seconds reached, after each window (progress in a call)

    # -- model -------------------------------------------------------------------------------------------
    @property
    def model(self) -> Any:
        if self._model is None:
            from voc.models import load_whisper

            self._model = load_whisper(self.settings)
            self._check_language()
        return self._model

    def _check_language(self) -> None:
        a = self.settings.asr
        from voc.transcribe.language import check_language_codes

        check_language_codes(self.settings)
        multilingual = self.multilingual
        lang = a.language
        if lang and lang != "en" and not multilingual:
            raise ModelError(f"asr.language = {lang!r} but asr.model = {a.model!r} is English-only. "
                             "Fix: use a multilingual model (asr.model = 'base') or asr.language = 'en'.")
        other = [x for x in a.languages if x != "en"]
        if other and not multilingual:
            raise ModelError(f"asr.languages = {a.languages} expects {', '.join(other)} but asr.model = {a.model!r} "
                             "is English-only: it cannot transcribe them. Fix: asr.model = 'base' (bundled, "
                             "multilingual), or asr.languages = ['en'] (other languages are then identified and "
                             "skipped with the reason stored).")
        if a.task == "translate" and not multilingual:
            raise ModelError(f"asr.task = 'translate' but asr.model = {a.model!r} is English-only and cannot "
                             "translate. Fix: asr.model = 'base' or asr.task = 'transcribe'.")

    @property
    def multilingual(self) -> bool:
        inner = getattr(self.model, "model", None)
        return bool(getattr(inner, "is_multilingual", True))

    @property
    def detector(self) -> Any:
        """The language identifier: the ASR model itself when multilingual, else ``asr.lid_model`` (auto: base)."""
        if self._detector is None:
            from voc.transcribe.language import LanguageDetector

            a = self.settings.asr
            name = a.lid_model
            if name == "auto":
                name = a.model if self.multilingual else "base"
            if name == a.model:
                model = self.model
            else:
                import dataclasses

                from voc.models import load_whisper

                lid_settings = dataclasses.replace(self.settings, asr=dataclasses.replace(a, model=name))
                model = load_whisper(lid_settings)
            self._detector = LanguageDetector(model, n_windows=a.lid_windows, name=name)
        return self._detector

    @property
    def cross_call_decoder(self) -> Any:
        """The batched decoder (``voc.transcribe.batched``): speech of several calls and channels per batch."""
        if self._cross is None:
            from voc.transcribe.batched import CrossCallDecoder

            self._cross = CrossCallDecoder(self.model, self.settings)
        return self._cross

    @property
    def lid_in_batches(self) -> bool:
        """Batched decoding with the ASR model as its own language identifier: LID reads the encoder outputs of
        the batches that are then decoded (``CrossCallDecoder.identify``), not separate encoder passes."""
        if not self.use_batched or not self.multilingual:
            return False
        name = self.settings.asr.lid_model
        return name in ("auto", self.settings.asr.model) and getattr(self.detector, "vad", True)

    @property
    def use_batched(self) -> bool:
        mode = self.settings.asr.batched
        return mode == "on" or (mode == "auto" and self.device == "cuda")

    def model_details(self) -> dict[str, Any]:
        """What produced the transcripts (for the warehouse's model_versions table)."""
        import faster_whisper

        from voc.models import resolve_whisper

        return {"model": self.settings.asr.model,
                "path": str(resolve_whisper(self.settings.asr.model, self.settings.cache_path)),
                "device": self.device, "compute_type": self.compute_type, "batched": self.use_batched,
                "faster_whisper": faster_whisper.__version__, "lid_model": getattr(self._detector, "name", None),
                "asr": {k: getattr(self.settings.asr, k) for k in self.settings.asr.__dataclass_fields__}}

    # -- public API ----------------------------------------------------------------------------------------
    def transcribe(self, call: Call, path: str | Path, audio: Audio | None = None) -> Transcript:
        """Transcribe one call's audio file (AudioError for undecodable files, ModelError for model problems).

        ``audio``: the call already decoded at 16 kHz (channels kept up to 2, else mono), shared with the other
        steps; None decodes the file here (in windows when it is longer than ``asr.window_s``)."""
        t0 = time.perf_counter()
        if audio is not None and audio.sample_rate == SAMPLE_RATE and audio.channels <= 2:
            prepared = _Prepared([(0.0, audio.samples)], audio.channels, audio.duration_s)
        else:
            prepared = self._prepare(Path(path))
        return self._run(call, prepared, t0)

    def transcribe_many(self, items: Iterable[tuple[Call, Path]]) -> Iterator[Transcript | Exception]:
        """Transcribe calls in order with one loaded model; the next file is decoded in a background thread while
        the current one runs. A failure is yielded as the exception, in its place, and the batch goes on."""
        _ = self.model  # load once, before the first decode is waited for
        if self.use_batched:
            from voc.transcribe.batched import transcribe_many_batched

            yield from transcribe_many_batched(self, items)
            return
        ahead = max(1, self.settings.run.workers)
        source = iter(items)
        with ThreadPoolExecutor(max_workers=ahead, thread_name_prefix="voc-decode") as pool:
            queue: deque[tuple[Call, Future[_Prepared]]] = deque()

            def submit() -> None:
                for call, path in source:
                    queue.append((call, pool.submit(self._prepare, Path(path))))
                    return

            for _ in range(ahead):
                submit()
            while queue:
                call, fut = queue.popleft()
                submit()
                t0 = time.perf_counter()
                try:
                    yield self._run(call, fut.result(), t0)
                except Exception as e:  # noqa: BLE001 - per-call isolation is the contract; the caller records it
                    yield e

    # -- steps ----------------------------------------------------------------------------------------------
    def _prepare(self, path: Path) -> _Prepared:
        info = probe(path)
        mode: Any = "all" if info.channels <= 2 else "mono"
        channels = info.channels if info.channels <= 2 else 1
        if info.duration_s <= self.settings.asr.window_s:
            audio = decode(path, SAMPLE_RATE, mode)
            return _Prepared([(0.0, audio.samples)], channels, audio.duration_s)
        windows = iter_windows(path, window_s=self.settings.asr.window_s, sample_rate=SAMPLE_RATE, channels=mode)
        return _Prepared(windows, channels, info.duration_s)

    def _run(self, call: Call, prepared: _Prepared, t0: float) -> Transcript:
        """One call, its channels decoded one after another (``voc.transcribe.batched`` drives ``_steps`` of many
        calls at once instead, packing their speech into shared batches)."""
        from voc.transcribe.batched import LidRequest

        steps = self._steps(call, prepared, t0)
        try:
            jobs = next(steps)
            while True:
                if isinstance(jobs, LidRequest):
                    jobs = steps.send(self.cross_call_decoder.identify(jobs.jobs, self.settings.asr.lid_windows))
                elif self.use_batched:  # both channels of a window in one batch
                    jobs = steps.send(self.cross_call_decoder.decode(jobs))
                else:
                    jobs = steps.send([self._decode_channel(self.model, j.audio, j.language, j.translate)
                                       for j in jobs])
        except StopIteration as done:
            return done.value

    def _steps(self, call: Call, prepared: _Prepared, t0: float):
        """A generator: yields each window's channel jobs (``ChannelJob``), receives their decoded
        ``(segments, info)`` in the same order, returns the Transcript. With batched decoding and a multilingual
        model it yields a ``LidRequest`` first (the language read from the decoder's own encoder passes, which
        decoding then reuses) and receives the channels' ``ChannelLanguage``."""
        from voc.transcribe.batched import ChannelJob, LidRequest

        _ = self.model  # loaded (and its language settings checked) before the first window
        per_channel: dict[int, list[_ChannelResult]] = {c: [] for c in range(prepared.channels)}
        end_s = 0.0
        decision = lid = None
        for offset, samples in prepared.windows:
            end_s = max(end_s, offset + samples.shape[1] / SAMPLE_RATE)
            if self.on_audio is not None:
                self.on_audio(offset)
            if samples.shape[0] == 2 and channels_identical(samples):
                log.debug("call %s window %.0fs: both channels carry the same signal, one pass", call.call_id, offset)
                samples = samples.mean(axis=0, keepdims=True)
            levels = active_level_db(samples, SAMPLE_RATE)
            live = []
            for ch in range(samples.shape[0]):
                if levels[ch] < self.settings.asr.min_channel_rms_db:
                    log.debug("call %s channel %d window %.0fs: silent (%.1f dB), skipped", call.call_id, ch,
                              offset, levels[ch])
                else:
                    live.append(ch)
            # the language is identified on the first window with speech (the whole call when short)
            reuse: dict[int, ChannelJob] = {}
            if (decision is None or (decision.status == "no_speech" and live)) and self.lid_in_batches:
                from voc.transcribe.language import combine, decide

                reuse = {ch: ChannelJob(np.ascontiguousarray(samples[ch]), None, False, ch,
                                        samples[1 - ch] if samples.shape[0] == 2 else None) for ch in live}
                results = (yield LidRequest(list(reuse.values()))) if reuse else []
                lid = combine(list(results), self.detector.name)
                decision = decide(lid, self.settings, multilingual_asr=self.multilingual)
                if decision.task == "skipped":
                    log.info("call %s not transcribed: %s", call.call_id, decision.reason)
                    break
            elif decision is None or (decision.status == "no_speech" and live):
                lid, decision = self._identify(samples, live)
                if decision.task == "skipped":
                    log.info("call %s not transcribed: %s", call.call_id, decision.reason)
                    break
            jobs = []
            for ch in live:
                lang = decision.channel_languages.get(ch, decision.spoken)
                if lang is None:
                    continue
                job = reuse.get(ch) or ChannelJob(np.ascontiguousarray(samples[ch]), lang, False, ch,
                                                  samples[1 - ch] if samples.shape[0] == 2 else None)
                job.language, job.translate = lang, decision.translated and lang != "en"
                jobs.append(job)
            decoded = (yield jobs) if jobs else []
            for job, (segments, info) in zip(jobs, decoded):
                per_channel[job.channel].append(self._channel_result(segments, info, job.audio, offset, job.channel,
                                                                     job.other, job.translate))
        duration = max(end_s, prepared.duration_s)
        kept = {ch: [u for r in results for u in r.utterances] for ch, results in per_channel.items()}
        suspects = [u for results in per_channel.values() for r in results for u in r.suspects]
        if suspects:  # quieter than the other channel: dropped only when the other channel says the same words then
            from voc.speakers.crosstalk import restore_crosstalk

            restored, dropped = restore_crosstalk(suspects, [u for us in kept.values() for u in us])
            for u in dropped:
                log.debug("channel %d %.2f-%.2fs dropped (crosstalk: the other channel says it): %r", u.channel,
                          u.start_s, u.end_s, u.text)
            for u in restored:
                kept[u.channel].append(u)
        utterances: list[Utterance] = []
        for ch, us in kept.items():
            utterances.extend(_sanitize_channel(us, duration))
        utterances.sort(key=lambda u: (u.start_s, u.channel, u.end_s))
        for i, u in enumerate(utterances):
            u.idx = i
        return _transcript(call, utterances, lid, decision, self, duration, time.perf_counter() - t0)

    def _identify(self, samples: np.ndarray, live: list[int]):
        """LID of the live channels of one window and the policy's decision."""
        from voc.transcribe.language import decide

        lid = self.detector.detect([(ch, np.ascontiguousarray(samples[ch])) for ch in live])
        return lid, decide(lid, self.settings, multilingual_asr=self.multilingual)

    def _decode_options(self, language: str | None = None, translate: bool = False) -> dict[str, Any]:
        a = self.settings.asr
        opts: dict[str, Any] = dict(
            language=language or a.language, task="translate" if translate else "transcribe", beam_size=a.beam_size, vad_filter=a.vad_filter,
            no_speech_threshold=a.no_speech_threshold, log_prob_threshold=a.log_prob_threshold,
            compression_ratio_threshold=a.compression_ratio_threshold,
            condition_on_previous_text=a.condition_on_previous_text, word_timestamps=a.word_timestamps)
        if a.vad_filter:
            opts["vad_parameters"] = {"min_silence_duration_ms": a.vad_min_silence_ms}
        if not a.temperature_fallback:
            # beam search only: the fallback samples at higher temperatures from one seed per process
            # (voc.models.SAMPLING_SEED), so with it a call's transcript depends on what the process decoded before
            opts["temperature"] = 0.0
        return opts

    def _run_channel(self, model: Any, x: np.ndarray, offset: float, channel: int,
                     other: np.ndarray | None = None, language: str | None = None,
                     translate: bool = False) -> _ChannelResult:
        """Decode one channel of one window in ``language`` (English translation when ``translate``); ``other`` is
        the opposite stereo channel (crosstalk check)."""
        segments, info = self._decode_channel(model, x, language, translate)
        return self._channel_result(segments, info, x, offset, channel, other, translate)

    def _decode_channel(self, model: Any, x: np.ndarray, language: str | None = None,
                        translate: bool = False) -> tuple[Any, Any]:
        """faster-whisper's (segments, info) for one channel of one window (segments: a lazy generator)."""
        opts = self._decode_options(language, translate)
        if self.use_batched:
            if self._batched is None:
                from faster_whisper import BatchedInferencePipeline

                self._batched = BatchedInferencePipeline(model)
            opts.pop("condition_on_previous_text")
            segments, info = self._batched.transcribe(x, batch_size=self.settings.asr.batch_size, **opts)
        else:
            segments, info = model.transcribe(x, **opts)
        return segments, info

    def _channel_result(self, segments: Any, info: Any, x: np.ndarray, offset: float, channel: int,
                        other: np.ndarray | None, translate: bool) -> _ChannelResult:
        """Utterances from decoded segments after the guards (``segment_drop_reason``, crosstalk, repeats)."""
        out: list[Utterance] = []
        suspects: list[Utterance] = []
        recent: deque[str] = deque(maxlen=2)
        for seg in segments:  # a generator: decoding happens here
            level = segment_rms_db(x, SAMPLE_RATE, seg.start, seg.end)
            reason = segment_drop_reason(seg, level, self.settings)
            suspect = False
            if reason is None and other is not None:
                other_level = segment_rms_db(other, SAMPLE_RATE, seg.start, seg.end)
                suspect = other_level - level > self.settings.asr.bleed_db
            norm = _norm_phrase(seg.text or "")
            if reason is None and len(norm.split()) >= 4 and len(recent) == 2 and all(r == norm for r in recent):
                reason = "repeated segment"
            recent.append(norm)
            if reason is not None:
                log.debug("channel %d %.2f-%.2fs dropped (%s): %r", channel, seg.start, seg.end, reason, seg.text)
                continue
            words = [Word(start_s=offset + w.start, end_s=offset + w.end, word=w.word.strip(),
                          prob=float(w.probability), channel=channel) for w in (seg.words or []) if w.word.strip()]
            (suspects if suspect else out).append(Utterance(
                idx=len(out), channel=channel, start_s=offset + seg.start, end_s=offset + seg.end,
                text=seg.text.strip(), words=words, lang="en" if translate else info.language,
                avg_logprob=float(seg.avg_logprob), no_speech_prob=float(seg.no_speech_prob),
                compression_ratio=float(seg.compression_ratio)))
        speech = float(getattr(info, "duration_after_vad", 0.0) or info.duration)
        return _ChannelResult(out, info.language, float(info.language_probability), speech if out or suspects else 0.0,
                              suspects)


def channels_identical(samples: np.ndarray, tolerance_db: float = -30.0) -> bool:
    """True when a 2-channel block is really mono (both channels the same signal): their difference is at least
    30 dB below the signal. Such files are transcribed once, not once per channel."""
    diff = channel_rms_db(samples[0:1] - samples[1:2])[0]
    level = max(channel_rms_db(samples))
    return diff - level < tolerance_db


def _sanitize_channel(utts: list[Utterance], duration: float) -> list[Utterance]:
    """Order one channel's utterances and make every time monotonic and inside [0, duration]."""
    utts = sorted(utts, key=lambda u: u.start_s)
    last_word_start = 0.0
    for u in utts:
        u.start_s = min(max(0.0, u.start_s), duration)
        u.end_s = min(max(u.start_s, u.end_s), duration)
        for w in u.words:
            w.start_s = min(max(w.start_s, last_word_start, 0.0), duration)
            w.end_s = min(max(w.end_s, w.start_s), duration)
            last_word_start = w.start_s
        if u.words:
            u.start_s = min(u.start_s, u.words[0].start_s)
            u.end_s = max(u.end_s, u.words[-1].end_s)
    return utts


def _transcript(call: Call, utterances: list[Utterance], lid: Any, decision: Any, tr: "Transcriber",
                duration: float, elapsed: float) -> Transcript:
    """The Transcript record, with the language identification and the policy's decision."""
    spoken = decision.spoken if decision is not None else None
    prob = lid.dist.get(spoken) if lid is not None and spoken else None
    detail = None
    if lid is not None:
        detail = {"detector": lid.detector, "channels": [c.as_dict() for c in lid.channels],
                  "decoded": {str(k): v for k, v in decision.channel_languages.items()}}
    return Transcript(
        call_id=call.call_id, language=decision.language if decision else tr.settings.asr.languages[0],
        language_prob=None if prob is None or not utterances else float(prob), utterances=utterances,
        model=tr.settings.asr.model, compute_type=tr.compute_type, device=tr.device, audio_s=duration,
        elapsed_s=elapsed, language_detected=lid.language if lid else None,
        language_detected_prob=None if lid is None or lid.prob is None else float(lid.prob),
        language_status=decision.status if decision else "no_speech",
        task=decision.task if decision else "transcribe", translated=bool(decision and decision.translated),
        language_reason=decision.reason if decision else None, language_detail=detail)
