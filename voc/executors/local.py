"""Runs per-call work in this process, one call at a time, with the next call's inputs prepared ahead.

Models stay loaded for the whole run (one ``CallProcessor``). CPU threads: faster-whisper and torch use the
cores given to the process (settings.asr.cpu_threads, 0 = all). With batched ASR (a GPU, or ``asr.batched = "on"``)
calls are taken ``asr.cross_call_group`` at a time and transcribed side by side, their speech sharing batches
(``CallProcessor.pretranscribe``, ``voc.transcribe.batched``), and the fast diarizer's CAM++ embeddings of their
mono calls share batches the same way (``CallProcessor.prediarize``); the other steps still run call by call.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from voc.processor import CallOutcome, CallProcessor, WorkItem
from voc.settings import Settings


class LocalExecutor:
    name = "local"

    def __init__(self, settings: Settings, processor: CallProcessor | None = None):
        self.settings = settings
        self.processor = processor or CallProcessor(settings)

    def close(self) -> None:
        """Drop the loaded models (the run is over; the pipeline closes every executor it made)."""
        self.processor._cache.clear()

    def map(self, items: Iterable[WorkItem]) -> Iterator[CallOutcome]:
        from voc.executors.fsio import is_url

        if not getattr(self.processor, "batched_asr", False):
            for item in items:
                yield self._remote(item) if is_url(item.call.path) else self.processor.process(item)
            return
        # batched ASR: groups of asr.cross_call_group calls are transcribed side by side (shared batches), then
        # each call goes through its steps as usual
        source = iter(items)
        while group := list(itertools.islice(source, max(1, self.settings.asr.cross_call_group))):
            local = [it for it in group if not is_url(it.call.path)]
            self.processor.pretranscribe(local)
            if hasattr(self.processor, "prediarize"):   # the fast diarizer's embeddings, batched the same way
                self.processor.prediarize(local)
            for item in group:
                yield self._remote(item) if is_url(item.call.path) else self.processor.process(item)

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
