"""Spoken-language identification (LID) per channel over several windows, and the language policy of a deployment.

Identification (``LanguageDetector.detect``)
    Silero VAD keeps the speech of one channel; up to ``asr.lid_windows`` windows of 30 s are taken spread evenly
    over that speech (start, middle(s), end — not only the first 30 s, where a greeting or a hold message would
    decide); Whisper's language head scores each window (faster-whisper's ``WhisperModel.detect_language`` on one
    segment, all language probabilities kept) and the per-window distributions are averaged, weighted by the speech
    in each window. The call's language is the average over its channels, weighted by their speech.
English-only models
    A ``.en`` model has no language head. ``asr.lid_model = "auto"`` then identifies with the bundled multilingual
    ``base`` (its encoder is loaded once, beside the English-only decoder): a non-English call on a ``tiny.en``
    deployment is recognised and skipped with that reason, instead of being decoded as invented English.
Policy (``decide``)
    ``asr.languages`` lists the expected languages. A call (and each channel) in an expected language is decoded in
    that language. A call in another language is decoded in its own language and marked (``asr.other_languages =
    "transcribe"``) or not decoded at all, with the reason stored (``"skip"``). A detection of an unexpected language
    below ``asr.lid_min_prob`` is "uncertain": the call is decoded in the most probable expected language and marked
    so. ``asr.language`` forces one decoding language for every call (the pre-LID behaviour; LID still runs and a
    mismatch is stored as ``forced``). Whisper translates only with ``asr.task = "translate"``, and the text is then
    marked as translated (its language is ``en``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from voc.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings

log = logging.getLogger(__name__)
SAMPLE_RATE = 16000
WINDOW_S = 30.0                 # Whisper's input length
MIN_SPEECH_S = 1.0              # less speech than this on a channel: no identification for it
MIN_WINDOW_S = 8.0              # a last window shorter than this is merged into the spread (not scored alone)

# language_status values stored in transcripts.language_status
EXPECTED, OTHER, UNCERTAIN, SKIPPED, FORCED, NO_SPEECH = "expected", "other", "uncertain", "skipped", "forced", "no_speech"


@dataclass(slots=True)
class ChannelLanguage:
    """LID of one channel: the averaged distribution (top entries) and each window's top language."""

    channel: int
    language: str | None
    prob: float | None
    speech_s: float
    probs: dict[str, float] = field(default_factory=dict)          # top 5 of the averaged distribution
    windows: list[dict[str, Any]] = field(default_factory=list)    # {"start_s" (in the speech), "s", "language", "prob"}

    def as_dict(self) -> dict[str, Any]:
        return {"channel": self.channel, "language": self.language,
                "prob": None if self.prob is None else round(self.prob, 4), "speech_s": round(self.speech_s, 2),
                "top": {k: round(v, 4) for k, v in self.probs.items()}, "windows": self.windows}


@dataclass(slots=True)
class CallLanguage:
    """LID of a whole call (channels combined by speech) and the per-channel results."""

    language: str | None
    prob: float | None
    channels: list[ChannelLanguage]
    dist: dict[str, float] = field(default_factory=dict)           # the combined distribution (all languages)
    detector: str = ""

    @property
    def speech_s(self) -> float:
        return sum(c.speech_s for c in self.channels)


@dataclass(slots=True)
class Decision:
    """What to do with one call: the decoding language per channel (None = do not decode that channel)."""

    status: str                                  # expected | other | uncertain | skipped | forced | no_speech
    language: str | None                         # language of the stored text (``en`` when translated)
    task: str                                    # transcribe | translate | skipped
    spoken: str | None                           # the call's decoding language (channels not listed below use it)
    channel_languages: dict[int, str | None]     # channel → Whisper decoding language (None: not decoded)
    translated: bool = False
    reason: str | None = None                    # why skipped / uncertain / forced (stored with the transcript)


class LanguageDetector:
    """Whisper-based spoken-language identification over several 30 s windows of a channel's speech."""

    def __init__(self, model: Any, n_windows: int = 4, vad: bool = True, name: str = "") -> None:
        if not getattr(getattr(model, "model", None), "is_multilingual", True):
            raise ModelError(f"language identification needs a multilingual Whisper model; {name or 'this model'} "
                             "is English-only. Fix: asr.lid_model = 'base' (bundled) or a multilingual folder.")
        self.model = model
        self.n_windows = max(1, int(n_windows))
        self.vad = vad
        self.name = name

    def _speech(self, x: np.ndarray) -> np.ndarray:
        if not self.vad:
            return x
        from faster_whisper.vad import VadOptions, collect_chunks, get_speech_timestamps

        chunks = get_speech_timestamps(x, VadOptions(min_silence_duration_ms=500), sampling_rate=SAMPLE_RATE)
        if not chunks:
            return x[:0]
        parts, _ = collect_chunks(x, chunks, sampling_rate=SAMPLE_RATE)
        return np.concatenate(parts) if parts else x[:0]

    def window_starts(self, speech_s: float) -> list[float]:
        """Start times (seconds into the speech) of the windows scored: spread evenly, first at 0, last at the end."""
        if speech_s <= WINDOW_S:
            return [0.0]
        n = min(self.n_windows, int(np.ceil((speech_s - MIN_WINDOW_S) / WINDOW_S)) or 1)
        if n <= 1:
            return [0.0]
        last = speech_s - WINDOW_S
        return [round(last * i / (n - 1), 3) for i in range(n)]

    def detect_channel(self, x: np.ndarray, channel: int = 0) -> ChannelLanguage:
        """LID of one channel's 16 kHz float32 samples."""
        speech = self._speech(np.ascontiguousarray(x, dtype=np.float32))
        speech_s = len(speech) / SAMPLE_RATE
        if speech_s < MIN_SPEECH_S:
            return ChannelLanguage(channel, None, None, speech_s)
        total: dict[str, float] = {}
        weight = 0.0
        windows = []
        for start in self.window_starts(speech_s):
            a = int(start * SAMPLE_RATE)
            seg = speech[a:a + int(WINDOW_S * SAMPLE_RATE)]
            lang, prob, all_probs = self.model.detect_language(audio=seg, language_detection_segments=1)
            w = len(seg) / SAMPLE_RATE
            for code, p in all_probs:
                total[code] = total.get(code, 0.0) + w * float(p)
            weight += w
            windows.append({"start_s": start, "s": round(w, 2), "language": lang, "prob": round(float(prob), 4)})
        dist = {k: v / weight for k, v in total.items()}
        top = sorted(dist.items(), key=lambda kv: -kv[1])
        return ChannelLanguage(channel, top[0][0], top[0][1], speech_s, dict(top[:5]), windows)

    def detect(self, channels: list[tuple[int, np.ndarray]]) -> CallLanguage:
        """LID of a call from its channels' samples; the combined distribution weights channels by speech."""
        results = [self.detect_channel(x, ch) for ch, x in channels]
        return combine(results, self.name)


def combine(results: list[ChannelLanguage], detector: str = "") -> CallLanguage:
    """The call's language from its channels' (top-5) distributions, weighted by each channel's speech."""
    scored = [r for r in results if r.language is not None]
    if not scored:
        return CallLanguage(None, None, results, {}, detector)
    total: dict[str, float] = {}
    weight = sum(r.speech_s for r in scored)
    for r in scored:
        for k, p in r.probs.items():
            total[k] = total.get(k, 0.0) + p * r.speech_s / weight
    lang, prob = max(total.items(), key=lambda kv: kv[1])
    return CallLanguage(lang, prob, results, total, detector)


def decide(lid: CallLanguage, settings: "Settings", multilingual_asr: bool = True) -> Decision:
    """The language policy: which language each channel is decoded in, or why the call is not decoded.

    ``multilingual_asr``: False when the decoding model is English-only (only English can be decoded).
    """
    a = settings.asr
    expected = [x.lower() for x in (a.languages or ["en"])]
    translate = a.task == "translate"
    channels = [c.channel for c in lid.channels]

    def lang_of_text(spoken: str) -> str:
        return "en" if translate else spoken

    if a.language:  # forced: every channel in one language, whatever was detected
        forced = a.language
        mismatch = lid.language is not None and lid.language != forced and (lid.prob or 0) >= a.lid_min_prob
        reason = (f"asr.language = {forced!r} forces decoding in {forced}, but the call sounds like "
                  f"{lid.language} (p={lid.prob:.2f})") if mismatch else None
        return Decision(FORCED if mismatch else EXPECTED, lang_of_text(forced), _task(translate, forced), forced,
                        {c: forced for c in channels},
                        translated=translate and forced != "en", reason=reason)
    if lid.language is None:
        fallback = expected[0]
        return Decision(NO_SPEECH, fallback, "transcribe", fallback, {c: fallback for c in channels},
                        reason="no speech found for language identification")
    call_lang, call_prob = lid.language, lid.prob or 0.0
    status = EXPECTED if call_lang in expected else OTHER
    reason = None
    if status == OTHER and call_prob < a.lid_min_prob:
        best = max(expected, key=lambda x: lid.dist.get(x, 0.0))
        status, reason = UNCERTAIN, (f"detected {call_lang} with p={call_prob:.2f} < asr.lid_min_prob = "
                                     f"{a.lid_min_prob}: decoded in the most probable expected language, {best}")
        call_lang = best
    if status == OTHER and a.other_languages == "skip":
        return Decision(SKIPPED, call_lang, "skipped", None, {c: None for c in channels},
                        reason=f"spoken language {call_lang} (p={call_prob:.2f}) is not in asr.languages "
                               f"{expected}; asr.other_languages = 'skip'")
    if not multilingual_asr and call_lang != "en":
        return Decision(SKIPPED, call_lang, "skipped", None, {c: None for c in channels},
                        reason=f"spoken language {call_lang} (p={call_prob:.2f}) but asr.model = {a.model!r} is "
                               "English-only. Fix: asr.model = 'base' (multilingual, bundled) to transcribe it")
    per: dict[int, str | None] = {}
    notes = []
    for c in lid.channels:
        lang = call_lang
        # a channel confidently in another language than the call (agent and customer differ) keeps its own
        if c.language and c.language != call_lang and (c.prob or 0) >= a.lid_min_prob and c.speech_s >= 10.0:
            if c.language in expected or a.other_languages == "transcribe":
                lang = c.language
            else:
                lang = None
                notes.append(f"channel {c.channel} ({c.language}, p={c.prob:.2f}) not decoded: not in "
                             "asr.languages and asr.other_languages = 'skip'")
        if lang is not None and not multilingual_asr and lang != "en":
            notes.append(f"channel {c.channel} ({lang}) not decoded: asr.model is English-only")
            lang = None
        per[c.channel] = lang
    if notes:
        reason = "; ".join([*([reason] if reason else []), *notes])
    return Decision(status, lang_of_text(call_lang), _task(translate, call_lang), call_lang, per,
                    translated=translate and any(v not in (None, "en") for v in per.values()), reason=reason)


def _task(translate: bool, lang: str | None) -> str:
    return "translate" if translate and lang not in (None, "en") else "transcribe"


def check_language_codes(settings: "Settings") -> None:
    """SettingsError naming the key when asr.language / asr.languages holds a code Whisper does not know."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    from voc.errors import SettingsError

    a = settings.asr
    if not a.languages:
        raise SettingsError("asr.languages is empty. Fix: list the expected spoken languages, e.g. ['en'].")
    for key, codes in (("asr.languages", a.languages), ("asr.language", [a.language] if a.language else [])):
        bad = [c for c in codes if c not in _LANGUAGE_CODES]
        if bad:
            raise SettingsError(f"{key}: unknown language code(s) {bad}. Fix: use Whisper's ISO 639-1 codes "
                                "(en, fr, de, es, pt, pl, ru, ...).")


def preflight(settings: "Settings") -> None:
    """Before any call: language codes are Whisper's, an English-only model is not asked for other languages, and
    the language-identification model can be found (SettingsError / ModelError naming the key and the fix)."""
    from voc.models import resolve_whisper
    check_language_codes(settings)
    a = settings.asr
    english_only = str(a.model).rstrip("/").endswith(".en")
    if english_only:
        other = [x for x in a.languages if x != "en"]
        if other or (a.language and a.language != "en") or a.task == "translate":
            raise ModelError(f"asr.model = {a.model!r} is English-only, but asr.languages = {a.languages}"
                             f"{f', asr.language = {a.language!r}' if a.language else ''}, asr.task = {a.task!r}. "
                             "Fix: asr.model = 'base' (bundled, multilingual), or asr.languages = ['en'] and "
                             "asr.task = 'transcribe' (calls in other languages are then identified and skipped, "
                             "with the reason stored).")
    lid = a.lid_model
    if lid == "auto":
        lid = "base" if english_only else a.model
    if lid != a.model:
        resolve_whisper(lid, settings.cache_path)
