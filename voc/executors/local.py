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

    def map(self, items: Iterable[WorkItem]) -> Iterator[CallOutcome]:
        for item in items:
            yield self.processor.process(item)
