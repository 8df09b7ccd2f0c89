"""Runs per-call work in this process, one call at a time, with the next call's inputs prepared ahead.

Models stay loaded for the whole run (one ``CallProcessor``). CPU threads: faster-whisper and torch use the
cores given to the process (settings.asr.cpu_threads, 0 = all).
"""

from __future__ import annotations

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

        for item in items:
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
