"""Runs per-call work in this process, one call at a time, with the next call's inputs prepared ahead.

Models stay loaded for the whole run (one ``CallProcessor``). CPU threads: faster-whisper and torch use the
cores given to the process (settings.asr.cpu_threads, 0 = all). With batched ASR (a GPU, or ``asr.batched = "on"``)
calls are taken ``asr.cross_call_group`` at a time and transcribed side by side, their speech sharing batches
(``CallProcessor.pretranscribe``, ``voc.transcribe.batched``), and the fast diarizer's CAM++ embeddings of their
mono calls share batches the same way (``CallProcessor.prediarize``); the other steps still run call by call.
With ``run.analysis_workers`` > 0 each call's redaction and analysis run in worker processes
(``voc.executors.analysis_pool``) while this process transcribes the next calls.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from voc.processor import CallOutcome, CallProcessor, WorkItem
from voc.settings import Settings


class LocalExecutor:
    name = "local"

    def __init__(self, settings: Settings, processor: CallProcessor | None = None,
                 analysis_factory: str = "voc.processor:CallProcessor"):
        from voc.executors.analysis_pool import AnalysisPool, analysis_workers

        self.settings = settings
        self.processor = processor or CallProcessor(settings)
        n = analysis_workers(settings)
        # run.analysis_workers > 0: redaction and analysis of each call run in worker processes (voc.executors.
        # analysis_pool) while this process transcribes the next calls
        self.analysis = AnalysisPool(settings, n, analysis_factory) if n > 0 else None

    def close(self) -> None:
        """Drop the loaded models and stop the analysis workers (the run is over; the pipeline closes every
        executor it made)."""
        if self.analysis is not None:
            self.analysis.close()
        getattr(self.processor, "_cache", {}).clear()

    def _groups(self, items: Iterable[WorkItem]) -> Iterator[list[WorkItem]]:
        """The items one by one, or with batched ASR in groups of asr.cross_call_group calls transcribed side by side
        (shared batches), their fast-diarizer embeddings batched the same way; each call then goes through its
        steps as usual."""
        from voc.executors.fsio import is_url

        if not getattr(self.processor, "batched_asr", False):
            for item in items:
                yield [item]
            return
        source = iter(items)
        while group := list(itertools.islice(source, max(1, self.settings.asr.cross_call_group))):
            local = [it for it in group if not is_url(it.call.path)]
            self.processor.pretranscribe(local)
            if hasattr(self.processor, "prediarize"):
                self.processor.prediarize(local)
            yield group

    def map(self, items: Iterable[WorkItem]) -> Iterator[CallOutcome]:
        from voc.executors.fsio import is_url

        if self.analysis is None:
            for group in self._groups(items):
                for item in group:
                    yield self._remote(item) if is_url(item.call.path) else self.processor.process(item)
            return
        from collections import deque

        from voc.executors.analysis_pool import SPLIT

        pool = self.analysis
        limit = 2 * pool.workers + max(1, self.settings.asr.cross_call_group)  # handoffs queued at most
        inflight: deque = deque()
        try:
            for group in self._groups(items):   # the next group is transcribed while the workers analyse
                for item in group:
                    if is_url(item.call.path):  # its audio is a temporary copy: the whole call runs here
                        yield self._remote(item)
                        continue
                    front = self.processor.process_front(item, SPLIT)
                    if isinstance(front, CallOutcome):   # failed, or nothing left after the split
                        yield front
                        continue
                    inflight.append((front, pool.submit(front)))
                    while inflight and (inflight[0][1].done() or len(inflight) > limit):
                        yield pool.result(*inflight.popleft())
            while inflight:
                yield pool.result(*inflight.popleft())
        finally:   # the run stopped early: work not yet handed back is dropped; those calls stay pending
            for _, fut in inflight:
                fut.cancel()

    def _remote(self, item: WorkItem) -> CallOutcome:
        """A call ingested from a URL (s3://...): copied to a temporary file for its processing, then removed."""
        import dataclasses

        from voc.errors import AudioError, TransientError
        from voc.executors.fsio import localized

        try:
            with localized(item.call) as call:
                return self.processor.process(dataclasses.replace(item, call=call))
        except (AudioError, TransientError) as e:
            return CallOutcome(item.call.call_id, {}, {}, item.call.duration_s or 0.0, {}, [], error=str(e),
                               error_stage=item.stages[0] if item.stages else None,
                               permanent=isinstance(e, AudioError))
