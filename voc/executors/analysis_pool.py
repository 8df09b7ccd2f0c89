"""Worker processes for the CPU-bound second half of each call (redaction, spaCy, analysis, attribution), so the
main process goes on transcribing and diarizing the next calls meanwhile (``run.analysis_workers``).

The local executor runs a call's steps before ``SPLIT`` itself (``CallProcessor.process_front``) and hands the rest
to this pool (``CallProcessor.process_back`` in a worker). Workers start by ``spawn`` (no forked CUDA or thread
state) and each holds one ``CallProcessor`` for the run: its models load once per worker, on first use. A worker
only computes: the outcome comes back to the driver, which writes it exactly as an inline call's (one
transaction per write batch), so a crash loses at most unwritten outcomes, whose calls stay pending.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from voc.processor import CallOutcome, Handoff
    from voc.settings import Settings

SPLIT = 30          # step order handed to the workers: redaction (30) and every step after it
_PROC: Any = None   # the worker's CallProcessor


def analysis_workers(settings: "Settings") -> int:
    """``run.analysis_workers``, with -1 (auto) = 1 worker when the run uses a GPU, else 0 (inline)."""
    n = settings.run.analysis_workers
    if n >= 0:
        return n
    if settings.device == "cpu":
        return 0
    from voc.models import resolve_device

    try:
        return 1 if resolve_device(settings)[0] == "cuda" else 0
    except Exception:  # noqa: BLE001 - a wrong device setting is reported by the run's own preflight
        return 0


def _init(settings: "Settings", factory: str) -> None:
    global _PROC
    import importlib

    from voc.processor import limit_torch_threads

    limit_torch_threads(settings)
    module, _, name = factory.partition(":")
    _PROC = getattr(importlib.import_module(module), name)(settings)


def _back(handoff: "Handoff") -> "CallOutcome":
    return _PROC.process_back(handoff)


class AnalysisPool:
    """``workers`` spawned processes, each with a ``factory(settings)`` processor (default ``CallProcessor``)."""

    def __init__(self, settings: "Settings", workers: int, factory: str = "voc.processor:CallProcessor"):
        self.settings, self.workers, self.factory = settings, max(1, workers), factory
        self._pool: Any = None

    def submit(self, handoff: "Handoff") -> Future:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._start().submit(_back, handoff)
        except BrokenProcessPool:   # a worker died since the last result was taken: start the pool again
            self.close(wait=False)
            return self._start().submit(_back, handoff)

    def _start(self) -> Any:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_init, initargs=(self.settings, self.factory))
        return self._pool

    def result(self, handoff: "Handoff", future: Future) -> "CallOutcome":
        """The call's outcome; a worker that died (killed, out of memory) fails the call as transient (the run
        retries it from the start) and the pool is started again for the next calls."""
        from concurrent.futures.process import BrokenProcessPool

        from voc.processor import CallOutcome

        try:
            return future.result()
        except BrokenProcessPool as e:
            self.close(wait=False)
            err = f"an analysis worker process died ({e}); the call is retried"
        except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be pickled: this call fails, the run goes on
            err = f"analysis worker: {type(e).__name__}: {e}"
        call = handoff.item.call
        return CallOutcome(call.call_id, {}, {}, call.duration_s or 0.0, {}, [], error=err,
                           error_stage=_stage_at(handoff))

    def close(self, wait: bool = True) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None


def _stage_at(handoff: "Handoff") -> str | None:
    from voc.stages import STEPS

    for st, step in STEPS:
        if st.name in handoff.item.stages and step.order >= handoff.split:
            return st.name
    return None
