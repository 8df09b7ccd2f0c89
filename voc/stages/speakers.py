"""Stage "speakers": who spoke when (pyannote on mono calls, one speaker per channel on stereo ones), whose words
are whose, who is the agent, and how they talked (talk time, silence, overtalk, interruptions).

The work itself lives in ``voc.speakers``; this module declares the stage and turns its results into rows.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from voc.records import PiiSpan, Transcript, Utterance
from voc.settings import Settings
from voc.stages.base import CallContext, Stage, Step, package_version
from voc.warehouse.rows import record_rows

STREAM_LIMIT_S = 1200.0   # stereo calls longer than this skip the audio bleed gate (memory stays bounded)


def speakers(ctx: CallContext) -> None:
    from voc.speakers.align import assign_speakers
    from voc.speakers.metrics import compute_metrics
    from voc.speakers.roles import assign_roles

    call, s = ctx.call, ctx.settings
    old_utts = ctx.utterances
    transcript = Transcript(call.call_id, None, None, ctx.utterances, "")
    if call.channels != 2:  # mono, or >2 channels mixed down (as the transcriber does)
        # batched runs: the executor may have diarized this call with others, embeddings in shared batches
        # (CallProcessor.prediarize)
        turns = getattr(ctx.proc, "prediarized", lambda _cid: None)(call.call_id)
        if turns is None:
            samples, rate = ctx.audio.mono()
            turns = ctx.proc.diarizer.diarize(samples, rate)
        from voc.speakers.methods import method_details

        name, params = method_details(s)
        ctx.add_model("speakers", name, package_version("pyannote.audio"), params)
    else:
        from voc.speakers.diarize import stereo_turns
        # the bleed gate needs the audio; past STREAM_LIMIT_S words alone decide (memory stays bounded)
        audio = ctx.audio.full() if (call.duration_s or 0) <= STREAM_LIMIT_S else None
        d = s.diarization
        turns = stereo_turns(transcript, audio.samples if audio else None, audio.sample_rate if audio else 16000,
                             gate_db=d.stereo_bleed_gate_db, merge_gap_s=d.turn_merge_gap_s)
    transcript = assign_speakers(transcript, turns)
    utts = transcript.utterances
    names = sorted({t.speaker for t in turns} | {u.speaker for u in utts if u.speaker})
    infos = assign_roles(transcript, names, call.channels or 1, call.queue, s)
    ctx.roles = {i.speaker: i.role for i in infos}
    words = [w for u in utts for w in u.words]
    metrics = compute_metrics(turns, words, ctx.roles, call.duration_s or 0.0,
                              window_s=s.roles.interruption_window_s)
    ctx.utterances = utts
    ctx.utterances_changed = True
    if not ctx.runs("transcribe") and ctx.pii_spans:  # stored spans: point them at the re-split utterances
        ctx.pii_spans = remap_spans(ctx.pii_spans, old_utts, utts)
    ctx.rows["speakers"] = record_rows(call.call_id, infos)
    ctx.rows["turns"] = [{"call_id": call.call_id, "idx": i, "speaker": t.speaker, "start_s": t.start_s,
                          "end_s": t.end_s} for i, t in enumerate(sorted(turns, key=lambda t: (t.start_s, t.end_s)))]
    ctx.rows["call_metrics"] = record_rows(call.call_id, metrics)


def remap_spans(spans: list[PiiSpan], old: list[Utterance], new: list[Utterance]) -> list[PiiSpan]:
    """After utterances were re-split by speaker, point each span at the new utterance holding its start time."""
    out = []
    for sp in spans:
        idx = sp.utt_idx
        if sp.start_s is not None:
            for u in new:
                if u.start_s - 1e-3 <= sp.start_s <= u.end_s + 1e-3:
                    idx = u.idx
                    break
        out.append(dataclasses.replace(sp, utt_idx=idx))
    return out


def preflight(settings: Settings) -> None:
    from voc.errors import SettingsError
    from voc.speakers.roles import load_cues

    load_cues(settings.roles.cues)
    d = settings.diarization
    for key, value in (("diarization.segmentation", d.segmentation), ("diarization.embedding", d.embedding)):
        if value != "bundled" and not Path(value).expanduser().exists():
            raise SettingsError(f"{key} = {value!r}: {Path(value).expanduser()} does not exist. Fix: point it at a "
                                "local checkpoint, or set it to \"bundled\".")


STAGE = Stage(
    name="speakers",
    sections=("diarization", "channels", "roles"),
    tables=("speakers", "turns", "call_metrics"),
    steps=(Step("speakers", 20, speakers),),
    preflight=preflight,
)
