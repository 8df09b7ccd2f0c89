"""A fake processor with the two halves the analysis pool needs (``process_front`` here, ``process_back`` in a
worker process): the same rows as ``pipeline_fakes.FakeProcessor.process``, no models. Importable by the spawned
workers (pytest puts this folder on ``sys.path``, and spawned children inherit it)."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline_fakes import FakeProcessor, stage_rows

from voc.processor import CallOutcome, Handoff, WorkItem

FRONT = ("transcribe", "speakers")


class SplitFakeProcessor(FakeProcessor):
    """``fail`` as FakeProcessor's (applied in the front half), plus, applied in the worker: "back-permanent" (a
    permanent failure in the analysis half) and "kill-once" (the worker process dies the first time it meets the
    call; a marker file beside the audio remembers it)."""

    def process_front(self, item: WorkItem, split: int) -> CallOutcome | Handoff:
        name = Path(item.call.path).name
        if self.fail.get(name, "").startswith(("back-", "kill-")):
            self.seen.append((name, tuple(item.stages)))
            rows: dict = {}
            for s in item.stages:
                if s in FRONT:
                    rows.update(stage_rows(item.call.call_id, s))
            return Handoff(item, split, {"rows": rows, "how": self.fail[name]})
        out = self.process(item)
        if out.error is not None or not any(s not in FRONT for s in item.stages):
            return out
        rows = {k: v for k, v in out.rows.items() if k not in stage_rows(item.call.call_id, "analyze")}
        return Handoff(item, split, {"rows": rows, "how": None})

    def process_back(self, handoff: Handoff) -> CallOutcome:
        item, how = handoff.item, handoff.state["how"]
        call = item.call
        out = CallOutcome(call.call_id, {}, {}, call.duration_s or 0.0, {}, [])
        if how == "kill-once":
            marker = Path(call.path).with_suffix(".killed")
            if not marker.exists():
                marker.write_text("x")
                os._exit(3)
        if how == "back-permanent":
            out.error, out.error_stage, out.permanent = "permanent failure in analysis", "analyze", True
            return out
        out.rows = dict(handoff.state["rows"])
        for s in item.stages:
            if s not in FRONT:
                out.rows.update(stage_rows(call.call_id, s))
        out.stages = {s: item.hashes[s] for s in item.stages}
        out.timings = {s: 0.0 for s in item.stages}
        out.timings["worker_pid"] = float(os.getpid())
        return out
