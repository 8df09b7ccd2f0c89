"""The per-call heavy work, free of database access: what a local thread or a Ray actor runs.

``CallProcessor`` holds the loaded models (loaded once, on first use) and turns a ``WorkItem`` into a ``CallOutcome``
whose rows the driver writes in one transaction. Order inside one call: decode → transcribe → speakers (diarize or
channels, align, roles, metrics) → redact → analyze → attribute. Redaction comes before anything is stored, so raw
text never reaches the warehouse (unless ``pii.keep_original``).
"""

from __future__ import annotations

import dataclasses
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from voc.errors import AudioError, ModelError, SettingsError, TransientError
from voc.records import Call, Entity, PiiSpan, Transcript, Utterance
from voc.settings import Settings
from voc.warehouse.writers import record_rows, utterance_rows


@dataclass
class WorkItem:
    call: Call
    stages: list[str]                         # the stages to compute, in order
    hashes: dict[str, str]                    # stage → settings hash
    utterances: list[Utterance] | None = None  # stored (redacted) utterances when "transcribe" is not in stages
    roles: dict[str, str] | None = None       # stored speaker → role when "speakers" is not in stages
    entities: list[Entity] | None = None      # stored entities when "analyze" is not in stages
    pii_spans: list[PiiSpan] | None = None
    campaigns: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class CallOutcome:
    call_id: str
    stages: dict[str, str]                    # stage → hash, for the stages completed
    rows: dict[str, list[dict[str, Any]]]
    audio_s: float
    timings: dict[str, float]
    models: list[dict[str, Any]]
    error: str | None = None
    error_stage: str | None = None
    permanent: bool = False                   # True: retrying will not help (bad audio, bad settings)


STREAM_LIMIT_S = 1200.0   # stereo calls longer than this skip the audio bleed gate (memory stays bounded)


class CallProcessor:
    """Holds models across calls. Components are created lazily so a run that only re-attributes loads no ASR."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._cache: dict[str, Any] = {}

    def _get(self, name: str, factory):
        if name not in self._cache:
            self._cache[name] = factory()
        return self._cache[name]

    # -- components (imports inside: heavy) --------------------------------------------------------------
    @property
    def transcriber(self):
        from voc.transcribe.asr import Transcriber
        return self._get("transcriber", lambda: Transcriber(self.settings))

    @property
    def diarizer(self):
        from voc.speakers.diarize import Diarizer
        return self._get("diarizer", lambda: Diarizer(self.settings))

    @property
    def redactor(self):
        from voc.analyze.pii import Redactor
        return self._get("redactor", lambda: Redactor(self.settings))

    @property
    def entity_extractor(self):
        from voc.analyze.entities import EntityExtractor
        return self._get("entities", lambda: EntityExtractor(self.settings))

    @property
    def sentiment(self):
        from voc.analyze.sentiment import SentimentScorer
        return self._get("sentiment", lambda: SentimentScorer(self.settings))

    @property
    def intents(self):
        from voc.analyze.intents import IntentClassifier
        return self._get("intents", lambda: IntentClassifier.from_settings(self.settings))

    # -- the work -------------------------------------------------------------------------------------------
    def process(self, item: WorkItem) -> CallOutcome:
        call = item.call
        out = CallOutcome(call.call_id, {}, {}, call.duration_s or 0.0, {}, [])
        stage = item.stages[0] if item.stages else ""
        try:
            utts = item.utterances
            roles = dict(item.roles or {})
            entities = item.entities
            transcript: Transcript | None = None
            if "transcribe" in item.stages:
                stage = "transcribe"
                t0 = time.perf_counter()
                transcript = self.transcriber.transcribe(call, Path(call.path))
                utts = transcript.utterances
                out.timings["transcribe"] = time.perf_counter() - t0
                out.rows["transcripts"] = [{
                    "call_id": call.call_id, "language": transcript.language,
                    "language_prob": transcript.language_prob, "model": transcript.model,
                    "compute_type": transcript.compute_type, "device": transcript.device,
                    "audio_s": transcript.audio_s, "elapsed_s": transcript.elapsed_s, "run_id": None,
                    "created_at": None}]
                out.models.append({"stage": "transcribe", "settings_hash": item.hashes["transcribe"],
                                   "model": transcript.model, "version": _version("faster_whisper"),
                                   "details": {"compute_type": transcript.compute_type, "device": transcript.device}})
            spans: list[PiiSpan] = list(item.pii_spans or [])
            if "speakers" in item.stages:
                stage = "speakers"
                t0 = time.perf_counter()
                utts, roles, speaker_rows, turn_rows, metric_rows = self._speakers(call, utts or [])
                out.rows["speakers"] = speaker_rows
                out.rows["turns"] = turn_rows
                out.rows["call_metrics"] = metric_rows
                if call.channels != 2:
                    d = self.settings.diarization
                    out.models.append({"stage": "speakers", "settings_hash": item.hashes["speakers"],
                                       "model": "pyannote segmentation-3.0 + CAM++", "version": _version("pyannote.audio"),
                                       "details": {"segmentation": d.segmentation, "embedding": d.embedding,
                                                   "clustering_threshold": d.clustering_threshold}})
                out.timings["speakers"] = time.perf_counter() - t0
            if "transcribe" in item.stages:
                stage = "transcribe"
                t0 = time.perf_counter()
                red = self.redactor.redact(utts or [])
                utts, spans = red.utterances, list(red.spans)
                if self.settings.pii.keep_original:
                    out.rows["utterances_original"] = [{"call_id": call.call_id, "idx": i, "text": t}
                                                       for i, t in sorted(red.originals.items())]
                if self.settings.pii.redact_audio and spans:
                    self._redact_audio(call, spans)
                out.timings["redact"] = time.perf_counter() - t0
            elif "speakers" in item.stages and spans:
                spans = _remap_spans(spans, item.utterances or [], utts or [])
            if "transcribe" in item.stages or "speakers" in item.stages:
                urows, wrows = utterance_rows(call.call_id, utts or [], roles)
                out.rows["utterances"] = urows
                out.rows["words"] = wrows
                out.rows["pii_spans"] = record_rows(call.call_id, spans)
            if "analyze" in item.stages:
                stage = "analyze"
                t0 = time.perf_counter()
                entities = self._analyze(call, utts or [], roles, out)
                for m in out.models:
                    if m["stage"] == "analyze":
                        m["settings_hash"] = item.hashes["analyze"]
                out.timings["analyze"] = time.perf_counter() - t0
            if "attribute" in item.stages:
                stage = "attribute"
                from voc.analyze.campaigns import attribute_call
                links = attribute_call(call, utts or [], entities or [], _campaigns(item.campaigns),
                                       grace_days=self.settings.campaigns.grace_days,
                                       fuzzy_threshold=self.settings.campaigns.fuzzy_threshold)
                out.rows["campaign_links"] = record_rows(call.call_id, links)
            out.stages = {s: item.hashes[s] for s in item.stages}
        except (AudioError, SettingsError, ModelError) as e:
            out.error, out.error_stage, out.permanent = str(e), stage, True
            out.rows = {}
        except MemoryError as e:
            out.error, out.error_stage = f"out of memory: {e}", stage
            out.rows = {}
        except TransientError as e:
            out.error, out.error_stage = str(e), stage
            out.rows = {}
        except Exception as e:  # a bug or an unexpected input: isolate the call, keep the traceback
            if "CUDA out of memory" in str(e):
                out.error, out.error_stage = f"GPU out of memory: {e}", stage
            else:
                out.error = f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=6)}"
                out.error_stage = stage
            out.rows = {}
        return out

    def _speakers(self, call: Call, utts: list[Utterance]):
        from voc.analyze.conversation import assign_roles, compute_metrics
        from voc.speakers.align import assign_speakers
        from voc.transcribe.audio import decode

        transcript = Transcript(call.call_id, None, None, utts, "")
        if call.channels != 2:  # mono, or >2 channels mixed down (as the transcriber does)
            audio = decode(call.path, sample_rate=16000, channels="mono")
            turns = self.diarizer.diarize(audio.samples, audio.sample_rate)
        else:
            from voc.speakers.diarize import stereo_turns
            # the bleed gate needs the audio; past STREAM_LIMIT_S words alone decide (memory stays bounded)
            audio = decode(call.path, sample_rate=8000) if (call.duration_s or 0) <= STREAM_LIMIT_S else None
            d = self.settings.diarization
            turns = stereo_turns(transcript, audio.samples if audio else None, audio.sample_rate if audio else 8000,
                                 gate_db=d.stereo_bleed_gate_db, merge_gap_s=d.turn_merge_gap_s)
        transcript = assign_speakers(transcript, turns)
        utts = transcript.utterances
        speakers = sorted({t.speaker for t in turns} | {u.speaker for u in utts if u.speaker})
        infos = assign_roles(transcript, speakers, call.channels or 1, call.queue, self.settings)
        roles = {i.speaker: i.role for i in infos}
        words = [w for u in utts for w in u.words]
        metrics = compute_metrics(turns, words, roles, call.duration_s or 0.0,
                                  window_s=self.settings.roles.interruption_window_s)
        speaker_rows = record_rows(call.call_id, infos)
        turn_rows = [{"call_id": call.call_id, "idx": i, "speaker": t.speaker, "start_s": t.start_s, "end_s": t.end_s}
                     for i, t in enumerate(sorted(turns, key=lambda t: (t.start_s, t.end_s)))]
        metric_rows = record_rows(call.call_id, metrics)
        return utts, roles, speaker_rows, turn_rows, metric_rows

    def _analyze(self, call: Call, utts: list[Utterance], roles: dict[str, str], out: CallOutcome):
        from voc.analyze.complaints import detect_complaints

        entities = self.entity_extractor.extract(utts)
        sents = self.sentiment.score_utterances(utts)
        cs = self.sentiment.call_sentiment(utts, roles, sents)
        customer_texts = [u.text for u in utts if roles.get(u.speaker or "") == "customer"]
        if not customer_texts:  # no customer identified: classify on everything said
            customer_texts = [u.text for u in utts]
        intents = (self.intents.classify_call(customer_texts,
                                              secondary_min=self.settings.analysis.secondary_intent_min)
                   if customer_texts else [])
        complaints = [c for c in detect_complaints(utts, roles, sents)
                      if c.severity >= self.settings.analysis.complaint_min_severity]
        a = self.settings.analysis
        for model, version, details in (
                (a.spacy_model, _version("spacy"), {"lexicons": a.lexicons}),
                (getattr(self.intents, "name", "intents"), None, {"embedding_model": a.embedding_model}),
                ("sentiment:" + getattr(self.sentiment, "version", "rules"), _version("vadersentiment"), {})):
            out.models.append({"stage": "analyze", "settings_hash": "", "model": str(model), "version": version,
                               "details": details})
        out.rows["entities"] = record_rows(call.call_id, entities)
        out.rows["sentiment"] = record_rows(call.call_id, sents)
        out.rows["call_sentiment"] = [{"call_id": call.call_id, **cs}]
        out.rows["intents"] = record_rows(call.call_id, intents)
        out.rows["complaints"] = [{**r, "theme_id": None} for r in record_rows(call.call_id, complaints)]
        return entities

    def _redact_audio(self, call: Call, spans: list[PiiSpan]) -> None:
        from voc.analyze.pii import redact_audio
        from voc.transcribe.audio import decode

        audio = decode(call.path, sample_rate=call.sample_rate or 16000)
        silenced = redact_audio(audio.samples, audio.sample_rate, spans)
        dest = Path(self.settings.warehouse_path).parent / self.settings.pii.redacted_audio_dir
        dest.mkdir(parents=True, exist_ok=True)
        _write_wav(dest / f"{call.call_id[:16]}_{Path(call.path).stem}.wav", silenced, audio.sample_rate)


def _write_wav(path: Path, samples, sample_rate: int) -> None:
    """16-bit PCM WAV, channels kept (the redacted copy of a call)."""
    import wave

    import numpy as np

    x = np.atleast_2d(np.asarray(samples, dtype=np.float32))
    pcm = (np.clip(x, -1, 1) * 32767).astype("<i2").T.tobytes()
    tmp = path.with_suffix(".tmp")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(x.shape[0])
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm)
    tmp.replace(path)


def _remap_spans(spans: list[PiiSpan], old: list[Utterance], new: list[Utterance]) -> list[PiiSpan]:
    """After utterances were re-split by speaker, point each span at the new utterance holding its start time."""
    out = []
    for s in spans:
        idx = s.utt_idx
        if s.start_s is not None:
            for u in new:
                if u.start_s - 1e-3 <= s.start_s <= u.end_s + 1e-3:
                    idx = u.idx
                    break
        out.append(dataclasses.replace(s, utt_idx=idx))
    return out


def _campaigns(rows: list[dict[str, Any]]):
    from voc.analyze.campaigns import Campaign

    return [Campaign(r["campaign_id"], r["name"], r["start_date"], r["end_date"], r.get("channel"), r.get("offer"),
                     tuple(r.get("keywords") or ()), tuple(r.get("promo_codes") or ()), r.get("target_segment"))
            for r in rows if r.get("start_date") and r.get("end_date")]


def _version(mod: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(mod.replace("_", "-"))
    except PackageNotFoundError:
        return None
