"""The per-call heavy work, free of database access: what a local thread or a Ray actor runs.

``CallProcessor`` holds the loaded models (loaded once, on first use) and turns a ``WorkItem`` into a ``CallOutcome``
whose rows the driver writes in one transaction. What runs, in what order, is the stage registry's (``voc.stages``):
transcribe → speakers (diarize or channels, align, roles, metrics) → redact → analyze → attribute. The call's audio
is decoded once (``CallAudio``) and shared by every step. Redaction comes before anything is stored, so raw text
never reaches the warehouse (unless ``pii.keep_original``).

``process_front`` / ``process_back`` split a call's steps at a step order (``run.analysis_workers``: the local
executor transcribes and diarizes in this process, and a worker process redacts and analyses, from a ``Handoff``).
"""

from __future__ import annotations

import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from collections.abc import Callable, Iterator
from typing import Any

from voc.errors import AudioError, ModelError, SettingsError, TransientError
from voc.records import Call, Entity, PiiSpan, Utterance
from voc.settings import Settings
from voc.stages import BY_NAME, STEPS, CallAudio, CallContext
from voc.warehouse.rows import record_rows, utterance_rows

# numpy's BLAS threads while a call is worked on. OpenBLAS's sums depend on its thread count, and faster-whisper's
# log-mel features are a numpy matmul: with all cores here and one in a Ray worker (Ray sets OMP_NUM_THREADS=1) the
# same call decoded to different words. One thread everywhere: a call's rows do not depend on where it ran.
BLAS_THREADS = 1


@contextmanager
def fixed_blas_threads(n: int = BLAS_THREADS) -> Iterator[None]:
    """numpy's (and scipy's) BLAS limited to ``n`` threads inside the block (threadpoolctl), restored after."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=n, user_api="blas"):
        yield


# Tables rewritten for a call by whichever step changed its utterances (the speakers stage re-splits them).
UTTERANCE_TABLES = ("utterances", "words", "pii_spans")


@dataclass
class WorkItem:
    call: Call
    stages: list[str]                         # the stages to compute, in order
    hashes: dict[str, str]                    # stage → settings hash
    utterances: list[Utterance] | None = None  # stored (redacted) utterances when "transcribe" is not in stages
    roles: dict[str, str] | None = None       # stored speaker → role when "speakers" is not in stages
    entities: list[Entity] | None = None      # stored entities when "analyze" is not in stages
    pii_spans: list[PiiSpan] | None = None
    campaigns: list[dict[str, Any]] = field(default_factory=list)
    stored: dict[str, Any] = field(default_factory=dict)  # other stored inputs a Stage.load hands to later stages


@dataclass
class CallOutcome:
    call_id: str
    stages: dict[str, str]                    # stage → hash, for the stages completed
    rows: dict[str, list[dict[str, Any]]]
    audio_s: float
    timings: dict[str, float]
    models: list[dict[str, Any]]
    error: str | None = None
    error_stage: str | None = None
    permanent: bool = False                   # True: retrying will not help (bad audio)
    fatal: bool = False                       # True: the settings or a model are wrong: the run stops, call pending


class CallProcessor:
    """Holds models across calls. Components are created lazily so a run that only re-attributes loads no ASR."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._cache: dict[str, Any] = {}
        self._pre: dict[str, Any] = {}  # call id → Transcript or exception, from pretranscribe()
        self._pre_turns: dict[str, Any] = {}  # call id → list[Turn] or exception, from prediarize()
        # (call id, step) → seconds of a group's shared work charged to the call (by audio length): added to the
        # step's timing when it takes the prepared result, so the run's stage durations still add up
        self._pre_s: dict[tuple[str, str], float] = {}
        # progress inside a call: on_progress(call_id, step, audio seconds done, audio seconds in the call); set by
        # the driver for the local executor (long calls show where they are), None elsewhere
        self.on_progress: Callable[[str, str, float, float], None] | None = None

    def _get(self, name: str, factory):
        if name not in self._cache:
            self._cache[name] = factory()
        return self._cache[name]

    # -- components (imports inside: heavy) --------------------------------------------------------------
    @property
    def transcriber(self):
        from voc.transcribe.asr import Transcriber
        return self._get("transcriber", lambda: Transcriber(self.settings))

    @property
    def diarizer(self):
        from voc.speakers.methods import make_diarizer

        def build():
            limit_torch_threads(self.settings)
            return make_diarizer(self.settings)
        return self._get("diarizer", build)

    @property
    def redactor(self):
        from voc.analyze.pii import Redactor
        return self._get("redactor", lambda: Redactor(self.settings))

    @property
    def entity_extractor(self):
        from voc.analyze.entities import EntityExtractor
        return self._get("entities", lambda: EntityExtractor(self.settings))

    @property
    def sentiment(self):
        from voc.analyze.sentiment import SentimentScorer
        return self._get("sentiment", lambda: SentimentScorer(self.settings))

    @property
    def intents(self):
        from voc.analyze.intents import IntentClassifier
        return self._get("intents", lambda: IntentClassifier.from_settings(self.settings))

    # -- cross-call batched transcription (voc.transcribe.batched) ---------------------------------------------
    @property
    def batched_asr(self) -> bool:
        """True when transcription runs batched (a GPU, or asr.batched = "on"): calls are then transcribed in groups."""
        return self.settings.asr.batched == "on" or (self.settings.asr.batched == "auto"
                                                     and self.transcriber.use_batched)

    def pretranscribe(self, items: list["WorkItem"]) -> None:
        """Transcribe the calls of ``items`` that need it side by side, their speech packed into shared batches
        (``Transcriber.transcribe_many``); each call's transcribe step then takes its transcript (or its error)
        from ``pretranscribed``. Calls not prepared here are transcribed by their step as usual."""
        from pathlib import Path

        todo = [it.call for it in items if "transcribe" in it.stages and it.call.call_id not in self._pre]
        if len(todo) < 2:
            return
        t0 = time.perf_counter()
        try:
            with fixed_blas_threads():
                results = list(self.transcriber.transcribe_many((c, Path(c.path)) for c in todo))
            for call, result in zip(todo, results):
                self._pre[call.call_id] = result
            self._charge(todo, "transcribe", time.perf_counter() - t0)
        except Exception:  # noqa: BLE001 - e.g. the model cannot load: each call's own step meets it and reports it
            for call in todo:
                self._pre.pop(call.call_id, None)

    def prediarize(self, items: list["WorkItem"]) -> None:
        """Diarize the mono calls of ``items`` that need it (fast diarizer, ``run.cross_call_embeddings``) side by
        side: their CAM++ windows share embedding batches (``FastDiarizer.diarize_many``), at most
        ``asr.cross_call_max_s`` of audio at a time (memory); each call's speakers step takes its turns (or its error)
        from ``prediarized``. Calls not prepared here are diarized by their step as usual."""
        s = self.settings
        if not s.run.cross_call_embeddings or s.diarization.method != "fast":
            return
        todo = [it.call for it in items if "speakers" in it.stages and it.call.channels != 2
                and it.call.call_id not in self._pre_turns]
        if len(todo) < 2:
            return
        groups: list[list[Any]] = [[]]
        for call in todo:
            if groups[-1] and sum(c.duration_s or 0.0 for c in groups[-1]) + (call.duration_s or 0.0) > \
                    s.asr.cross_call_max_s:
                groups.append([])
            groups[-1].append(call)
        for group in groups:
            if len(group) < 2:
                continue
            t0 = time.perf_counter()
            try:
                with fixed_blas_threads():
                    results = self.diarizer.diarize_many([CallAudio(c).mono for c in group])
            except Exception:  # noqa: BLE001 - e.g. the model cannot load: each call's own step meets it and reports it
                continue
            for call, result in zip(group, results):
                self._pre_turns[call.call_id] = result
            self._charge(group, "speakers", time.perf_counter() - t0)

    def _charge(self, calls: list[Any], step: str, seconds: float) -> None:
        total = sum(float(c.duration_s or 0.0) for c in calls) or float(len(calls))
        for c in calls:
            self._pre_s[(c.call_id, step)] = seconds * (float(c.duration_s or 0.0) or 1.0) / total

    def prediarized(self, call_id: str) -> Any:
        """The turns ``prediarize`` found for this call (None: none made); its error is raised here."""
        result = self._pre_turns.pop(call_id, None)
        if isinstance(result, BaseException):
            raise result
        return result

    def pretranscribed(self, call_id: str) -> Any:
        """The transcript ``pretranscribe`` made for this call (None: none made); its error is raised here."""
        result = self._pre.pop(call_id, None)
        if isinstance(result, BaseException):
            raise result
        return result

    # -- the work -------------------------------------------------------------------------------------------
    def process(self, item: WorkItem) -> CallOutcome:
        """Run the steps of ``item.stages`` (the registry's order) on one call; never raises for a call's failure."""
        out = self._steps(item, self._context(item), 0, None)
        assert isinstance(out, CallOutcome)
        return out

    def process_front(self, item: WorkItem, split: int) -> "CallOutcome | Handoff":
        """The steps ordered before ``split`` (transcription, speakers): a ``Handoff`` carrying the call's state for
        ``process_back`` (in another process), or the outcome when a step failed or no step is left."""
        return self._steps(item, self._context(item), 0, split)

    def process_back(self, handoff: "Handoff") -> CallOutcome:
        """The steps from ``handoff.split`` on (redaction, analysis, attribution), with this processor's models;
        never raises for a call's failure."""
        item = handoff.item
        ctx = self._context(item)
        for k, v in handoff.state.items():
            setattr(ctx, k, v)
        out = self._steps(item, ctx, handoff.split, None)
        assert isinstance(out, CallOutcome)
        return out

    def _context(self, item: WorkItem) -> CallContext:
        call = item.call
        return CallContext(call=call, settings=self.settings, proc=self, stages=list(item.stages), hashes=item.hashes,
                           audio=CallAudio(call), utterances=list(item.utterances or []), roles=dict(item.roles or {}),
                           pii_spans=list(item.pii_spans or []), entities=list(item.entities or []),
                           campaigns=item.campaigns, stored=dict(item.stored))

    def _steps(self, item: WorkItem, ctx: CallContext, start: int, split: int | None) -> "CallOutcome | Handoff":
        with fixed_blas_threads():
            return self._run_steps(item, ctx, start, split)

    def _run_steps(self, item: WorkItem, ctx: CallContext, start: int, split: int | None) -> "CallOutcome | Handoff":
        """Steps of ``item.stages`` with ``start <= order`` (and ``< split``), then, unless a handoff is due, the
        call's rows checked and packed into its outcome."""
        call = item.call
        out = CallOutcome(call.call_id, {}, {}, call.duration_s or 0.0, {}, [])
        stage = item.stages[0] if item.stages else ""
        tell = self.on_progress
        total_s = float(call.duration_s or 0.0)
        transcriber = None
        handoff: Handoff | None = None
        if tell is not None and "transcribe" in item.stages and start == 0:
            transcriber = self.transcriber
            transcriber.on_audio = lambda s: tell(call.call_id, "transcribe", min(s, total_s), total_s)
        try:
            for st, step in STEPS:
                if st.name not in item.stages or step.order < start:
                    continue
                if split is not None and step.order >= split:
                    handoff = Handoff(item, split, {k: getattr(ctx, k) for k in HANDOFF_FIELDS})
                    break
                stage = st.name
                if tell is not None:
                    tell(call.call_id, step.name, 0.0 if step.name == "transcribe" else total_s, total_s)
                t0 = time.perf_counter()
                step.run(ctx)
                ctx.timings[step.name] = (ctx.timings.get(step.name, 0.0) + time.perf_counter() - t0
                                          + self._pre_s.pop((call.call_id, step.name), 0.0))
            if handoff is None:
                if ctx.utterances_changed:
                    urows, wrows = utterance_rows(call.call_id, ctx.utterances, ctx.roles)
                    ctx.rows["utterances"], ctx.rows["words"] = urows, wrows
                    ctx.rows["pii_spans"] = record_rows(call.call_id, ctx.pii_spans)
                _check_tables(ctx)
                out.rows, out.models, out.timings = ctx.rows, ctx.models, ctx.timings
                out.stages = {s: item.hashes[s] for s in item.stages}
        except (SettingsError, ModelError) as e:  # the configuration, not the call: stop the run, quarantine nothing
            out.error, out.error_stage, out.fatal = str(e), stage, True
        except AudioError as e:
            out.error, out.error_stage, out.permanent = str(e), stage, True
        except MemoryError as e:
            out.error, out.error_stage = f"out of memory: {e}", stage
        except TransientError as e:
            out.error, out.error_stage = str(e), stage
        except Exception as e:  # a bug or an unexpected input: isolate the call, keep the traceback
            if "CUDA out of memory" in str(e):
                out.error, out.error_stage = f"GPU out of memory: {e}", stage
            else:
                out.error = f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=6)}"
                out.error_stage = stage
        finally:
            if transcriber is not None:
                transcriber.on_audio = None
            self._pre.pop(call.call_id, None)        # an earlier step failed: nothing prepared is kept
            self._pre_turns.pop(call.call_id, None)
            for key in [k for k in self._pre_s if k[0] == call.call_id]:
                self._pre_s.pop(key)
        if out.error is not None:
            out.rows, out.timings = {}, {}
            return out
        return handoff if handoff is not None else out


# The call's state a handoff carries from the steps before the split to those after it (CallContext fields).
HANDOFF_FIELDS = ("utterances", "roles", "pii_spans", "entities", "stored", "rows", "models", "timings",
                  "utterances_changed")


@dataclass
class Handoff:
    """A call half done (``CallProcessor.process_front``): its work item, the step order to resume at, and its
    state so far (``HANDOFF_FIELDS``). Plain records: it is pickled to an analysis worker process."""

    item: WorkItem
    split: int
    state: dict[str, Any]


def limit_torch_threads(settings: Settings) -> int | None:
    """Apply ``run.torch_threads`` on the CPU (process-wide: torch has one intra-op pool); returns the count set.

    On a small machine torch's default (one thread per core) competes with CTranslate2 for the same cores, and the
    diarizer's batched embeddings then run several times slower than on one thread (bench/throughput.md)."""
    n = settings.run.torch_threads
    if n <= 0 or settings.device == "cuda":
        return None
    import torch

    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return n


def _check_tables(ctx: CallContext) -> None:
    """Every table a step wrote is owned by a stage that ran (utterances/words/PII spans: by any step that changed
    them); anything else is a programming error the registry must declare."""
    allowed = {t for s in ctx.stages for t in BY_NAME[s].tables}
    if ctx.utterances_changed:
        allowed |= set(UTTERANCE_TABLES)
    extra = sorted(set(ctx.rows) - allowed)
    if extra:
        raise RuntimeError(f"rows for {extra} were produced by stages {ctx.stages}, which do not own those tables. "
                           "Fix: declare the table in its stage's `tables` (voc/stages/<stage>.py).")
