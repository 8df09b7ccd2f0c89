"""Diarization accuracy against reference RTTM files listed in a CSV manifest.

Manifest columns: ``audio`` and ``rttm`` (paths relative to the manifest's folder, or absolute), optional ``uem``
(scored regions; without it the whole reference extent is scored) and optional ``agent`` (the reference speaker
label that is the agent). The reference of a row is the RTTM's turns whose uri is the audio file's stem.

Scores (pyannote.metrics, pooled over rows: total error time / total reference speech):
DER = (missed speech + false alarm + confusion) / reference speech, with ``collar`` seconds forgiven around every
reference boundary and overlapped speech scored unless ``skip_overlap``; JER (Jaccard error rate, every speaker
weighs the same). ``role_accuracy``: over rows with ``agent``, the share where the speaker voc labels agent maps
(optimal DER mapping) to that reference speaker; a call where voc labels nobody agent counts as wrong.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voc.errors import IngestError
from voc.eval.manifest import csv_records
from voc.records import Call, Transcript, Turn

if TYPE_CHECKING:  # pragma: no cover
    from pyannote.core import Annotation

    from voc.settings import Settings

TranscribeFn = Callable[[Path], Transcript]
DiarizeFn = Callable[[Any, int], list[Turn]]  # (samples [channels, n], sample_rate) -> turns


@dataclass(frozen=True, slots=True)
class DiarizationRow:
    audio: Path
    rttm: Path
    uem: Path | None
    agent: str | None
    line: int

    @property
    def uri(self) -> str:
        return self.audio.stem


def read_manifest(manifest: Path) -> list[DiarizationRow]:
    """Rows of a diarization manifest with paths resolved; IngestError naming the file, line and column."""
    manifest = Path(manifest)
    records = csv_records(manifest, "diarization", {"audio", "rttm"}, "audio,rttm[,uem][,agent]")
    base = manifest.parent
    rows = []
    for line, rec in records:
        def path(col: str, required: bool) -> Path | None:
            value = (rec.get(col) or "").strip()
            if not value:
                if required:
                    raise IngestError(f"{manifest} line {line}: column {col!r} is empty. Fix: give a path.")
                return None
            p = Path(value) if os.path.isabs(value) else base / value
            if not p.is_file():
                raise IngestError(f"{manifest} line {line}: {col} {value!r} → {p} does not exist. Fix: paths "
                                  "are relative to the manifest's folder.")
            return p

        rows.append(DiarizationRow(audio=path("audio", True), rttm=path("rttm", True), uem=path("uem", False),
                                   agent=(rec.get("agent") or "").strip() or None, line=line))
    if not rows:
        raise IngestError(f"{manifest}: no rows. Fix: add one line per audio file.")
    return rows


def load_reference(row: DiarizationRow) -> tuple["Annotation", Any]:
    """(reference annotation, UEM timeline or None) of a row, filtered to the audio's uri."""
    from pyannote.database.util import load_rttm, load_uem

    refs = load_rttm(str(row.rttm))
    if row.uri not in refs:
        raise IngestError(f"{row.rttm}: no turns for uri {row.uri!r} (the audio file's stem; RTTM has "
                          f"{', '.join(sorted(refs)[:8])}...). Fix: rename the audio or point 'rttm' at its file.")
    uem = None
    if row.uem is not None:
        uems = load_uem(str(row.uem))
        if row.uri not in uems:
            raise IngestError(f"{row.uem}: no region for uri {row.uri!r}. Fix: add it or leave 'uem' empty.")
        uem = uems[row.uri]
    return refs[row.uri], uem


def turns_to_annotation(turns: list[Turn], uri: str) -> "Annotation":
    from pyannote.core import Annotation, Segment

    ann = Annotation(uri=uri)
    for i, t in enumerate(turns):
        ann[Segment(t.start_s, t.end_s), i] = t.speaker
    return ann


def agent_label_correct(reference: "Annotation", hypothesis: "Annotation", voc_agent: str | None,
                        ref_agent: str) -> bool:
    """True when the speaker voc labelled agent maps (optimal DER mapping) onto the reference agent."""
    from pyannote.metrics.diarization import DiarizationErrorRate

    if voc_agent is None:
        return False
    mapping = DiarizationErrorRate().optimal_mapping(reference, hypothesis)
    return mapping.get(voc_agent) == ref_agent


def voc_roles(transcript: Transcript, turns: list[Turn], settings: "Settings") -> list[Any]:
    """voc's ``SpeakerInfo`` per mono speaker, as ``voc run`` decides them (words aligned to ``turns``, roles from
    speech evidence)."""
    from voc.speakers.align import assign_speakers
    from voc.speakers.roles import assign_roles

    aligned = assign_speakers(transcript, turns)
    speakers = sorted({t.speaker for t in turns} | {u.speaker for u in aligned.utterances if u.speaker})
    return assign_roles(aligned, speakers, 1, None, settings)


def voc_agent(transcript: Transcript, turns: list[Turn], settings: "Settings") -> str | None:
    """The mono speaker voc labels agent (words aligned to ``turns``, roles from speech evidence)."""
    agents = [i.speaker for i in voc_roles(transcript, turns, settings) if i.role == "agent"]
    return agents[0] if agents else None


def default_transcriber(settings: "Settings") -> TranscribeFn:
    """Transcribe a file with voc's Transcriber (the manifest rows are mono: the whole file, merged)."""
    from voc.transcribe.asr import Transcriber

    tr = Transcriber(settings)

    def run(path: Path) -> Transcript:
        call = Call(call_id=f"eval:{path.name}", path=str(path), duration_s=0.0, channels=0, sample_rate=0, codec="")
        return tr.transcribe(call, path)

    return run


def evaluate_diarization(manifest: Path, settings: "Settings", collar: float = 0.0, skip_overlap: bool = False,
                         transcribe: TranscribeFn | None = None, diarize: DiarizeFn | None = None,
                         progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """Pooled DER (with missed speech, false alarm, confusion) and JER over a manifest, per-row details, and
    role accuracy over rows with an ``agent``. ``transcribe`` (path → Transcript) is only used for those rows;
    by default the bundled Whisper named in ``settings.asr.model``. ``diarize`` defaults to
    ``make_diarizer(settings).diarize`` (the diarizer ``voc run`` uses). ``progress(i, n, audio)`` after each row."""
    from pyannote.metrics.diarization import DiarizationErrorRate, JaccardErrorRate

    from voc.transcribe.audio import decode
    from voc.speakers.methods import make_diarizer

    rows = read_manifest(manifest)
    der = DiarizationErrorRate(collar=collar, skip_overlap=skip_overlap)
    jer = JaccardErrorRate(collar=collar, skip_overlap=skip_overlap)
    diarize = diarize or make_diarizer(settings).diarize
    out_rows: list[dict[str, Any]] = []
    role_hits: list[bool] = []
    for i, row in enumerate(rows, start=1):
        reference, uem = load_reference(row)
        audio = decode(row.audio)
        t0 = time.perf_counter()
        turns = diarize(audio.samples, audio.sample_rate)
        elapsed = time.perf_counter() - t0
        hyp = turns_to_annotation(turns, row.uri)
        d = der(reference, hyp, uem=uem, detailed=True)
        j = jer(reference, hyp, uem=uem)
        rec: dict[str, Any] = {
            "audio": str(row.audio), "uri": row.uri, "der": _r(d["diarization error rate"]), "jer": _r(j),
            "missed_s": _r(d["missed detection"]), "false_alarm_s": _r(d["false alarm"]),
            "confusion_s": _r(d["confusion"]), "reference_s": _r(d["total"]),
            "ref_speakers": len(reference.labels()), "hyp_speakers": len({t.speaker for t in turns}),
            "audio_s": _r(audio.duration_s), "elapsed_s": _r(elapsed),
        }
        if row.agent is not None:
            if row.agent not in reference.labels():
                raise IngestError(f"{manifest} line {row.line}: agent {row.agent!r} is not a speaker of {row.uri!r} "
                                  f"in {row.rttm} ({', '.join(reference.labels())}). Fix: use one of those labels.")
            transcribe = transcribe or default_transcriber(settings)
            infos = voc_roles(transcribe(row.audio), turns, settings)
            agents = [i for i in infos if i.role == "agent"]
            agent = agents[0].speaker if agents else None
            ok = agent_label_correct(reference, hyp, agent, row.agent)
            role_hits.append(ok)
            rec.update({"agent_ref": row.agent, "agent_voc": agent, "role_correct": ok,
                        "roles": {i.speaker: i.role for i in infos},
                        "role_confidence": min((i.role_confidence for i in infos), default=None),
                        "role_reason": agents[0].role_reason if agents else
                        "; ".join(i.role_reason for i in infos)})
        out_rows.append(rec)
        if progress is not None:
            progress(i, len(rows), str(row.audio))
    totals = {k: sum(r[k] for r in out_rows) for k in ("missed_s", "false_alarm_s", "confusion_s", "reference_s")}
    ref_s = totals["reference_s"] or 1.0
    return {
        "der": _r(abs(der)), "jer": _r(abs(jer)),
        "missed": _r(totals["missed_s"] / ref_s), "false_alarm": _r(totals["false_alarm_s"] / ref_s),
        "confusion": _r(totals["confusion_s"] / ref_s),
        "role_accuracy": _r(sum(role_hits) / len(role_hits)) if role_hits else None,
        "collar": collar, "skip_overlap": skip_overlap, "rows": out_rows,
    }


def _r(x: float) -> float:
    return round(float(x), 4)
