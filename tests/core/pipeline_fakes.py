"""A fake per-call processor for fast pipeline tests: rows for every stage asked (a function of the call id), no
models, and failures on request keyed by the audio file's name."""

from __future__ import annotations

from pathlib import Path

from voc.executors.local import LocalExecutor
from voc.processor import CallOutcome, WorkItem
from voc.records import Utterance, Word
from voc.settings import Settings
from voc.warehouse.rows import utterance_rows


def stage_rows(call_id: str, stage: str) -> dict[str, list[dict]]:
    if stage == "transcribe":
        utts = [Utterance(i, 0, float(i), i + 0.9, f"utterance {i}", [Word(float(i), i + 0.4, "utterance", 0.9)])
                for i in range(2)]
        urows, wrows = utterance_rows(call_id, utts)
        return {"transcripts": [{"call_id": call_id, "language": "en", "model": "fake"}], "utterances": urows,
                "words": wrows, "pii_spans": []}
    if stage == "speakers":
        return {"speakers": [{"call_id": call_id, "speaker": "S0", "role": "agent", "role_confidence": 0.9,
                              "role_reason": "fake"}]}
    if stage == "analyze":
        # the analyze stage stores each call's corpus documents with their embeddings (fake 4-d vectors here)
        vec = [1.0, float(sum(map(ord, call_id)) % 7) / 10, 0.0, 0.0]
        return {"intents": [{"call_id": call_id, "rank": 1, "intent_id": "billing_question", "confidence": 0.7}],
                "doc_embeddings": [{"call_id": call_id, "kind": k, "utt_idx": -1, "text": "utterance 0 utterance 1",
                                    "model": "fake", "embedding": vec} for k in ("reason", "call")]}
    return {}


class FakeProcessor:
    """Same ``process`` contract as ``voc.processor.CallProcessor``.

    ``fail``: audio file name → "transient" | "permanent" | "fatal" (a wrong setting) | "raise" (a bug that escapes).
    ``seen``: (file name, stages) per processed call, in order.
    """

    def __init__(self, settings: Settings, fail: dict[str, str] | None = None, during=None):
        self.settings = settings
        self.fail = dict(fail or {})
        self.seen: list[tuple[str, tuple[str, ...]]] = []
        self.during = during          # called with the file name before each call is processed (mid-run checks)

    def process(self, item: WorkItem) -> CallOutcome:
        name = Path(item.call.path).name
        self.seen.append((name, tuple(item.stages)))
        if self.during is not None:
            self.during(name)
        how = self.fail.get(name)
        out = CallOutcome(item.call.call_id, {}, {}, item.call.duration_s or 0.0, {}, [])
        if how == "raise":
            raise RuntimeError(f"executor broke on {name}")
        if how:
            out.error, out.error_stage = f"{how} failure on {name}", item.stages[0]
            out.permanent, out.fatal = how == "permanent", how == "fatal"
            return out
        for s in item.stages:
            out.rows.update(stage_rows(item.call.call_id, s))
        out.stages = {s: item.hashes[s] for s in item.stages}
        out.timings = {s: 0.0 for s in item.stages}
        return out


def fake_executor(settings: Settings, fail: dict[str, str] | None = None, during=None) -> LocalExecutor:
    return LocalExecutor(settings, processor=FakeProcessor(settings, fail, during))  # type: ignore[arg-type]


def fast_settings(tmp_path: Path, **run) -> Settings:
    """Settings for a warehouse in ``tmp_path`` whose preflight is cheap (bundled tiny.en, bundled taxonomy)."""
    s = Settings()
    s.warehouse = str(tmp_path / "voc.duckdb")
    s.asr.model = "tiny.en"
    for k, v in run.items():
        setattr(s.run, k, v)
    return s
