"""Stage "transcribe": speech to text (faster-whisper), then PII redaction before anything is stored.

Redaction is the stage's second step; it runs after the speakers stage (order 30), because redaction scans
adjacent same-speaker utterances together and must see the utterances as split by speaker.
"""

from __future__ import annotations

from pathlib import Path

from voc.settings import Settings
from voc.stages.base import CallContext, Stage, Step, package_version
from voc.warehouse.rows import load_pii_spans, load_utterances


def asr(ctx: CallContext) -> None:
    call = ctx.call
    # a long call is streamed in windows by the transcriber itself (bounded memory); a short one shares its decode
    # batched ASR: the executor may have transcribed this call with others, in shared batches (CallProcessor.pretranscribe)
    transcript = getattr(ctx.proc, "pretranscribed", lambda _cid: None)(call.call_id)
    if transcript is None:
        audio = ctx.audio.full() if (call.duration_s or 0) <= ctx.settings.asr.window_s else None
        transcript = ctx.proc.transcriber.transcribe(call, Path(call.path), audio=audio)
    ctx.utterances = transcript.utterances
    ctx.utterances_changed = True
    ctx.rows["transcripts"] = [{
        "call_id": call.call_id, "language": transcript.language, "language_prob": transcript.language_prob,
        "model": transcript.model, "compute_type": transcript.compute_type, "device": transcript.device,
        "audio_s": transcript.audio_s, "elapsed_s": transcript.elapsed_s, "run_id": None, "created_at": None,
        # language identification and the language policy's decision (voc.transcribe.language, migration 003)
        "language_detected": transcript.language_detected, "language_detected_prob": transcript.language_detected_prob,
        "language_status": transcript.language_status, "task": transcript.task, "translated": transcript.translated,
        "language_reason": transcript.language_reason, "language_detail": transcript.language_detail}]
    ctx.add_model("transcribe", transcript.model, package_version("faster_whisper"),
                  {"compute_type": transcript.compute_type, "device": transcript.device,
                   "lid_model": (transcript.language_detail or {}).get("detector")})


def redact(ctx: CallContext) -> None:
    red = ctx.proc.redactor.redact(ctx.utterances)
    ctx.utterances, ctx.pii_spans = red.utterances, list(red.spans)
    ctx.utterances_changed = True
    if ctx.settings.pii.keep_original:
        ctx.rows["utterances_original"] = [{"call_id": ctx.call.call_id, "idx": i, "text": t}
                                           for i, t in sorted(red.originals.items())]
    if ctx.settings.pii.redact_audio and ctx.pii_spans:
        redact_audio_copy(ctx)


def redact_audio_copy(ctx: CallContext) -> None:
    """A copy of the call's audio (16 kHz, as every step hears it) with the PII spans silenced, beside the warehouse."""
    from voc.analyze.pii import redact_audio

    s = ctx.settings
    audio = ctx.audio.full()
    silenced = redact_audio(audio.samples, audio.sample_rate, ctx.pii_spans, pad_s=s.pii.audio_pad_s)
    dest = Path(s.warehouse_path).parent / s.pii.redacted_audio_dir
    dest.mkdir(parents=True, exist_ok=True)
    write_wav(dest / f"{ctx.call.call_id[:16]}_{Path(ctx.call.path).stem}.wav", silenced, audio.sample_rate)


def write_wav(path: Path, samples, sample_rate: int) -> None:
    """16-bit PCM WAV, channels kept; written to a temporary name first."""
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


def load(con, item) -> None:
    item.utterances, item.roles = load_utterances(con, item.call.call_id)
    item.pii_spans = load_pii_spans(con, item.call.call_id)


def files(settings: Settings):
    # redaction never redacts lexicon names or the allow list (issue 15)
    return [("analysis.lexicons", settings.analysis.lexicons), ("pii.allow_file", settings.pii.allow_file)]


def preflight(settings: Settings) -> None:
    from voc.models import resolve_whisper
    from voc.transcribe.language import preflight as language_preflight

    resolve_whisper(settings.asr.model, settings.cache_path)
    language_preflight(settings)  # language codes, English-only model vs asr.languages, the LID model


STAGE = Stage(
    name="transcribe",
    sections=("asr", "pii"),
    tables=("transcripts", "utterances", "words", "pii_spans", "utterances_original"),
    steps=(Step("transcribe", 10, asr), Step("redact", 30, redact)),
    files=files,
    load=load,
    preflight=preflight,
)
