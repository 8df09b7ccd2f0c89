"""A fake per-call processor for executor tests: deterministic rows, optional delay, crashes on request.

Behaviour is driven by ``call.meta`` so one processor class serves every test:
``{"sleep": 0.3}`` waits; ``{"crash": "always"}`` kills the worker process on every attempt;
``{"crash": "once", "marker": PATH}`` kills it only while PATH does not exist (creating it first), so the retry
succeeds; ``{"raise": "msg"}`` raises out of ``process`` (a processor bug that escapes its own error handling).
Workers pickle this module by value (``ray.cloudpickle.register_pickle_by_value``), so it need not be importable
on the nodes.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from voc.processor import CallOutcome, WorkItem
from voc.records import Utterance, Word
from voc.warehouse.writers import utterance_rows


def fake_rows(call_id: str, n_utts: int = 3) -> dict[str, list[dict]]:
    """The rows the fake produces for a call: a function of the call id only."""
    utts = [Utterance(i, i % 2, float(i), i + 0.9, f"utterance {i} of {call_id[:8]}",
                      [Word(float(i), i + 0.4, "utterance", 0.9, i % 2, f"S{i % 2}")], f"S{i % 2}", "en")
            for i in range(n_utts)]
    urows, wrows = utterance_rows(call_id, utts, {"S0": "agent", "S1": "customer"})
    return {
        "transcripts": [{"call_id": call_id, "language": "en", "language_prob": 1.0, "model": "fake",
                         "compute_type": "none", "device": "cpu", "audio_s": 2.0, "elapsed_s": 0.0,
                         "run_id": None, "created_at": None}],
        "utterances": urows, "words": wrows, "pii_spans": [],
        "speakers": [{"call_id": call_id, "speaker": "S0", "role": "agent", "role_confidence": 0.9,
                      "role_reason": "fake", "channel": 0},
                     {"call_id": call_id, "speaker": "S1", "role": "customer", "role_confidence": 0.8,
                      "role_reason": "fake", "channel": 1}],
        "intents": [{"call_id": call_id, "rank": 1, "intent_id": "billing_dispute", "confidence": 0.7,
                     "evidence_utt": 1, "details": {"source": "fake", "scores": [0.7, 0.2]}}],
        "complaints": [{"call_id": call_id, "utt_idx": 1, "severity": 2, "reasons": ["fee", "repeat call"],
                        "text": "utterance 1", "start_s": 1.0, "theme_id": None}],
    }


class FakeProcessor:
    """Stands in for ``voc.processor.CallProcessor`` (same constructor and ``process`` signature)."""

    def __init__(self, settings):
        self.settings = settings

    def process(self, item: WorkItem) -> CallOutcome:
        meta = item.call.meta or {}
        crash = meta.get("crash")
        if crash == "always":
            os._exit(1)
        if crash == "once":
            marker = Path(meta["marker"])
            if not marker.exists():
                marker.write_text(str(os.getpid()))
                os._exit(1)
        if meta.get("raise"):
            raise RuntimeError(meta["raise"])
        time.sleep(float(meta.get("sleep", 0.0)))
        rows = fake_rows(item.call.call_id)
        tables = {"transcribe": ("transcripts", "utterances", "words", "pii_spans"), "speakers": ("speakers",),
                  "analyze": ("intents", "complaints"), "attribute": ()}
        keep = {t for s in item.stages for t in tables.get(s, ())}
        return CallOutcome(item.call.call_id, {s: item.hashes[s] for s in item.stages},
                           {t: r for t, r in rows.items() if t in keep}, item.call.duration_s or 0.0,
                           {"fake": 0.0}, [])


def broken_factory(settings):
    """A processor whose models cannot load: every actor dies in its constructor."""
    from voc.errors import ModelError

    raise ModelError("fake model folder /models/missing not found")


class SlowFakeProcessor(FakeProcessor):
    """1 s per call unless the call says otherwise: long enough to kill a node while calls are in flight."""

    def process(self, item: WorkItem) -> CallOutcome:
        if "sleep" not in (item.call.meta or {}):
            time.sleep(1.0)
        return super().process(item)
