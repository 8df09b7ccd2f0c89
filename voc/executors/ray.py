"""Runs per-call work on a Ray cluster: model-holding actors, streamed calls, Arrow results, driver-side writes.

``RayExecutor(settings).map(items)`` is a drop-in for ``LocalExecutor.map``: ``voc.pipeline.process_calls`` feeds it
``WorkItem``s lazily and writes each ``CallOutcome`` it yields in one transaction. Only the driver touches DuckDB.

- **Actors.** One ``CallActor`` (holding a ``CallProcessor``, models loaded once) per GPU on GPU nodes
  (``run.ray_actors_per_node`` per GPU, sharing it), else ``run.ray_actors_per_node`` per node with
  ``run.ray_cpus_per_actor`` CPUs each. Each is pinned softly to its node, so Ray may restart it elsewhere
  (``run.ray_max_restarts``) when the node dies.
- **Backpressure.** At most ``run.ray_max_in_flight`` calls are queued per actor; the next call is pulled from the
  (lazy) input only when an actor has room, so the driver never holds or submits the whole night.
- **Audio** never passes through the driver: a ``WorkItem`` carries the call's path or fsspec URL and the actor
  reads it (``voc.executors.fsio.localized``).
- **Results** come back as Arrow tables (``rows_to_arrow`` below: exact, including dict columns).
- **Faults.** When an actor dies (process killed, node lost), every call queued on it is resubmitted to a live
  actor; a call it finished before dying keeps its result. Only the call it was running is charged an attempt;
  after ``run.retries`` extra attempts the call is yielded as a non-permanent failure, which the driver records.
  Each call id is yielded at most once per ``map``, so a call is committed once even if a lost task also ran
  somewhere.

A real cluster needs voc importable on every node: the same virtualenv or container image everywhere (Ray does not
ship it here: ``runtime_env`` is not used, because the models' wheels are large and installed offline).
"""

from __future__ import annotations

import json
import os
import pickle
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import ray

from voc.errors import AudioError, ModelError, SettingsError, TransientError
from voc.processor import CallOutcome, CallProcessor, WorkItem
from voc.settings import RunSettings, Settings

ProcessorFactory = Callable[[Settings], Any]  # settings → an object with .process(WorkItem) -> CallOutcome

# Errors meaning "the actor (or its node) went away while the task was queued or running": resubmit.
ACTOR_LOST: tuple[type[BaseException], ...] = (
    ray.exceptions.RayActorError,          # includes ActorDiedError, ActorUnavailableError
    ray.exceptions.WorkerCrashedError,
    ray.exceptions.NodeDiedError,
    ray.exceptions.ObjectLostError,        # includes OwnerDiedError
    ray.exceptions.LocalRayletDiedError,
)
_WORKER_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYANNOTE_METRICS_ENABLED": "false"}
_POLL_S = 1.0
_META_KEY = b"voc.encoded"


# -- the actor ------------------------------------------------------------------------------------------------

@ray.remote
class CallActor:
    """Holds one processor (its models stay loaded) and processes calls one at a time, in submission order."""

    def __init__(self, settings: Settings, factory: ProcessorFactory | None = None):
        for k, v in _WORKER_ENV.items():
            os.environ.setdefault(k, v)
        self.processor = (factory or CallProcessor)(settings)
        self.node_id = ray.get_runtime_context().get_node_id()

    def ready(self) -> str:
        return self.node_id

    def process(self, item: WorkItem) -> tuple[CallOutcome, dict[str, Any], str]:
        """(outcome without rows, its rows as Arrow tables, this node's id)."""
        from voc.executors.fsio import localized

        try:
            with localized(item.call) as call:
                local = item if call is item.call else _with_call(item, call)
                outcome = self.processor.process(local)
        except (AudioError, SettingsError, ModelError) as e:
            outcome = _failed(item, str(e), permanent=True)
        except TransientError as e:
            outcome = _failed(item, str(e), permanent=False)
        tables = rows_to_arrow(outcome.rows)
        outcome.rows = {}
        return outcome, tables, self.node_id


def _with_call(item: WorkItem, call) -> WorkItem:
    import dataclasses
    return dataclasses.replace(item, call=call)


def _failed(item: WorkItem, error: str, permanent: bool) -> CallOutcome:
    return CallOutcome(item.call.call_id, {}, {}, item.call.duration_s or 0.0, {}, [], error=error,
                       error_stage=item.stages[0] if item.stages else None, permanent=permanent)


# -- planning the pool ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ActorSpec:
    node_id: str
    num_cpus: float
    num_gpus: float


def plan_actors(nodes: list[dict[str, Any]], run: RunSettings) -> list[ActorSpec]:
    """The actors to start on the live nodes of ``ray.nodes()``: per GPU on GPU nodes, else per CPU share."""
    per = max(1, run.ray_actors_per_node)
    specs: list[ActorSpec] = []
    for n in nodes:
        if not n.get("Alive"):
            continue
        res = n.get("Resources") or {}
        gpus = int(res.get("GPU", 0))
        if gpus >= 1:
            specs += [ActorSpec(n["NodeID"], 1.0, 1.0 / per) for _ in range(gpus * per)]
            continue
        cpus = int(res.get("CPU", 0))
        fit = min(per, cpus // max(1, run.ray_cpus_per_actor))
        specs += [ActorSpec(n["NodeID"], float(run.ray_cpus_per_actor), 0.0) for _ in range(fit)]
    return specs


# -- the executor ---------------------------------------------------------------------------------------------

@dataclass
class ExecutorStats:
    """What happened on the cluster, for logs, tests and benchmarks."""

    actors: int = 0
    calls_by_node: Counter = field(default_factory=Counter)   # node id → outcomes returned from it
    actor_failures: int = 0        # times an actor was found dead
    resubmitted: int = 0           # calls sent again after their actor died
    lost: int = 0                  # calls given up after run.retries extra attempts
    duplicate_inputs: int = 0      # the same call id given twice to one map(): processed once


@dataclass
class _Slot:
    handle: Any
    spec: ActorSpec
    state: str = "starting"        # starting | live | probing (maybe restarting) | gone
    queue: deque = field(default_factory=deque)  # refs in submission order (the first one is running)
    last_error: str = ""


class RayExecutor:
    """``map(items) -> Iterator[CallOutcome]`` over a pool of Ray actors. See the module docstring."""

    name = "ray"

    def __init__(self, settings: Settings, processor_factory: ProcessorFactory | None = None):
        self.settings = settings
        self.factory = processor_factory
        self.stats = ExecutorStats()
        self._slots: list[_Slot] = []
        self._probes: dict[Any, _Slot] = {}
        self._owns_ray = False
        # call id → worker deaths while running it, over this executor's life (the pipeline calls map() again
        # for calls it retries): a call that keeps killing workers is not sent again once over budget
        self._attempts: Counter = Counter()

    # -- lifecycle --------------------------------------------------------------------------------------
    def start(self) -> None:
        """Connect to (or start) Ray and create the actor pool. Called by ``map`` on first use."""
        if self._slots:
            return
        run = self.settings.run
        if not ray.is_initialized():
            kw: dict[str, Any] = {"log_to_driver": False, "configure_logging": False}
            if not run.ray_address:
                kw["include_dashboard"] = False   # a private, in-process cluster on this machine
            try:
                ray.init(address=run.ray_address or None, **kw)
            except (ConnectionError, RuntimeError, ValueError) as e:
                raise SettingsError(
                    f"cannot connect to the Ray cluster at run.ray_address={run.ray_address!r} ({e}). Fix: start it "
                    "(`ray start --head` / scripts/ray-local-cluster.sh start) and pass its GCS address "
                    "(--address HOST:PORT), or use --executor local.") from e
            self._owns_ray = True
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        specs = plan_actors(ray.nodes(), run)
        if not specs:
            raise SettingsError(
                f"the Ray cluster has no node with {run.ray_cpus_per_actor} free CPU(s) or a GPU for a voc actor "
                f"(run.ray_cpus_per_actor={run.ray_cpus_per_actor}). Fix: lower run.ray_cpus_per_actor or add nodes.")
        for spec in specs:
            handle = CallActor.options(
                num_cpus=spec.num_cpus, num_gpus=spec.num_gpus, max_restarts=run.ray_max_restarts,
                max_task_retries=0,  # the executor resubmits, so it can count attempts and dedupe
                scheduling_strategy=NodeAffinitySchedulingStrategy(spec.node_id, soft=True),
            ).remote(self.settings, self.factory)
            slot = _Slot(handle, spec)
            self._slots.append(slot)
            self._probes[handle.ready.remote()] = slot
        self.stats.actors = len(self._slots)

    def close(self) -> None:
        """Kill the actors (their models go with them); disconnect if this executor connected."""
        for s in self._slots:
            try:
                ray.kill(s.handle)
            except Exception:  # already gone with its node
                pass
        self._slots, self._probes = [], {}
        if self._owns_ray and ray.is_initialized():
            ray.shutdown()
        self._owns_ray = False

    def __enter__(self) -> "RayExecutor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the stream ---------------------------------------------------------------------------------------
    def map(self, items: Iterable[WorkItem]) -> Iterator[CallOutcome]:
        """Yield one outcome per distinct call id in ``items``, as calls finish (not in input order)."""
        self.start()
        run = self.settings.run
        source = iter(items)
        exhausted = False
        todo: deque[WorkItem] = deque()          # resubmissions first, then fresh items
        inflight: dict[Any, tuple[_Slot, WorkItem]] = {}
        attempts = self._attempts
        seen: set[str] = set()
        no_actor_since: float | None = None

        while True:
            while (slot := self._free_slot(run.ray_max_in_flight)) is not None:
                if not todo:
                    item = None if exhausted else next(source, None)
                    if item is None:
                        exhausted = True
                        break
                    if item.call.call_id in seen:
                        self.stats.duplicate_inputs += 1
                        continue
                    seen.add(item.call.call_id)
                    if attempts[item.call.call_id] > run.retries:   # already over budget in an earlier map()
                        yield _failed(item, self._lost_message(item, attempts), False)
                        continue
                    todo.append(item)
                item = todo.popleft()
                ref = slot.handle.process.remote(item)
                slot.queue.append(ref)
                inflight[ref] = (slot, item)
            if not inflight and not todo and exhausted:
                return
            if not inflight:
                no_actor_since = no_actor_since or time.monotonic()
                if time.monotonic() - no_actor_since > run.ray_actor_wait_s or not self._probes:
                    raise TransientError(self._no_actor_message())
            else:
                no_actor_since = None
            ready, _ = ray.wait(list(inflight) + list(self._probes), num_returns=1, timeout=_POLL_S)
            for ref in ready:
                if ref in self._probes:
                    self._probe_done(ref)
                    continue
                if ref not in inflight:      # dropped with its dead actor: already resubmitted
                    continue
                slot, item = inflight.pop(ref)
                try:
                    yield self._finished(slot, ref, item)
                except ACTOR_LOST as e:
                    yield from self._actor_lost(slot, ref, item, e, inflight, todo, attempts)

    def _free_slot(self, max_in_flight: int) -> _Slot | None:
        live = [s for s in self._slots if s.state == "live" and len(s.queue) < max(1, max_in_flight)]
        return min(live, key=lambda s: len(s.queue)) if live else None

    def _probe_done(self, ref) -> None:
        slot = self._probes.pop(ref)
        try:
            ray.get(ref)
            slot.state = "live"
        except ACTOR_LOST + (ray.exceptions.RayTaskError,) as e:
            slot.state, slot.last_error = "gone", _first_line(e)   # restarts exhausted, or __init__ failed

    def _finished(self, slot: _Slot, ref, item: WorkItem) -> CallOutcome:
        """The outcome of ``ref`` (ready; already popped from ``inflight``); raises ``ACTOR_LOST`` when its actor
        died before finishing it."""
        try:
            outcome, tables, node = ray.get(ref)
        except ray.exceptions.RayTaskError as e:   # the actor raised: isolate the call (driver may retry)
            slot.queue.remove(ref)
            return _failed(item, f"{_first_line(e)}\n{e}", False)
        slot.queue.remove(ref)
        outcome.rows = arrow_to_rows(tables)
        self.stats.calls_by_node[node] += 1
        return outcome

    def _actor_lost(self, slot: _Slot, ref, item: WorkItem, err: BaseException, inflight, todo, attempts):
        """``ref``'s actor died: keep what it finished, charge the call it was running, resubmit the rest."""
        self.stats.actor_failures += 1
        slot.last_error = _first_line(err)
        # a call the actor finished just before it died has its result stored already (ray.wait picked the dead
        # call first): yield it, so it is neither charged as the running call nor run again
        queued = [r for r in slot.queue if r != ref and r in inflight]
        done = ray.wait(queued, num_returns=len(queued), timeout=0)[0] if queued else []
        for r in sorted(done, key=slot.queue.index):
            try:
                outcome = self._finished(slot, r, inflight[r][1])
            except ACTOR_LOST:
                continue
            inflight.pop(r)
            yield outcome
        lost = [ref] + [r for r in slot.queue if r != ref and r in inflight]
        running = slot.queue[0] if slot.queue else ref   # an actor runs its calls in submission order
        for r in lost:
            it = item if r == ref else inflight.pop(r)[1]
            cid = it.call.call_id
            if r == running:
                attempts[cid] += 1
            if attempts[cid] > self.settings.run.retries:
                self.stats.lost += 1
                yield _failed(it, self._lost_message(it, attempts, slot.last_error), False)
            else:
                self.stats.resubmitted += 1
                todo.appendleft(it)
        slot.queue.clear()
        if slot.state == "live":
            slot.state = "probing"
            self._probes[slot.handle.ready.remote()] = slot   # answers once Ray has restarted it (or fails)

    def _lost_message(self, item: WorkItem, attempts: Counter, last: str = "") -> str:
        return (f"{item.call.path}: the Ray worker running this call died {attempts[item.call.call_id]} time(s)"
                + (f" (last: {last})" if last else "") + ". Fix: check the node's memory (OOM kills) and the worker "
                "logs under the Ray temp dir; `voc retry` re-queues the call.")

    def _no_actor_message(self) -> str:
        run = self.settings.run
        causes = sorted({s.last_error for s in self._slots if s.last_error})
        states = Counter(s.state for s in self._slots)
        when = ("every actor is dead" if states.get("gone") == len(self._slots)
                else f"for {run.ray_actor_wait_s:.0f} s")
        return (f"no live voc actor on the Ray cluster: {when} "
                f"({len(self._slots)} started, states: {dict(states)}"
                + (f"; last errors: {'; '.join(causes)}" if causes else "") +
                "). The calls not yet written stay pending for the next run. Fix: check `ray status` (nodes alive, "
                "free CPUs/GPUs for run.ray_cpus_per_actor) and the worker logs, then run again.")


def _first_line(e: BaseException) -> str:
    """The useful line of a Ray error: the innermost ``SomeError: message`` of its traceback, else its first line."""
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", ln).strip() for ln in str(e).strip().splitlines()]
    for ln in reversed(lines):
        if re.match(r"^[\w.]+(Error|Exception|Exit|Interrupt): ", ln):
            return ln[:300]
    return (lines or [type(e).__name__])[0][:300]


# -- rows ⇄ Arrow ---------------------------------------------------------------------------------------------
# ``voc.warehouse.writers.rows_to_arrow`` (``pa.Table.from_pylist``) is lossy for two shapes the stages produce: a
# column of dicts becomes a struct column (``to_pylist`` returns every dict with the union of all keys, missing ones
# as None, which changes the JSON the warehouse stores), and a column mixing types cannot be converted at all. Here
# each column is converted on its own: scalar and list columns natively, dict columns as JSON text, anything Arrow
# refuses as pickled bytes; schema metadata names the encoded columns so ``arrow_to_rows`` restores exact values.

def rows_to_arrow(rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """``{table: [row dict]}`` → ``{table: pyarrow.Table}`` that ``arrow_to_rows`` turns back into equal rows."""
    return {table: _table(trows) for table, trows in rows.items()}


def arrow_to_rows(tables: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The inverse of ``rows_to_arrow``."""
    return {table: _rows(tab) for table, tab in tables.items()}


def _table(rows: list[dict[str, Any]]):
    import pyarrow as pa

    names = list(dict.fromkeys(k for r in rows for k in r))
    arrays, encoded = [], {}
    for name in names:
        arr, how = _column([r.get(name) for r in rows])
        arrays.append(arr)
        if how:
            encoded[name] = how
    absent = {n: [i for i, r in enumerate(rows) if n not in r] for n in names}
    absent = {n: ix for n, ix in absent.items() if ix}     # keys missing from some rows stay missing
    meta = {_META_KEY: json.dumps({"columns": encoded, "absent": absent}).encode()}
    schema = pa.schema([pa.field(n, a.type) for n, a in zip(names, arrays)], metadata=meta)
    return pa.Table.from_arrays(arrays, schema=schema)


def _column(values: list[Any]):
    import pyarrow as pa

    if any(isinstance(v, dict) for v in values):
        try:
            texts = [None if v is None else json.dumps(v, sort_keys=False) for v in values]
            if all(v is None or json.loads(t) == v for v, t in zip(values, texts)):
                return pa.array(texts, type=pa.string()), "json"
        except (TypeError, ValueError):
            pass
        return _pickled(values), "pickle"
    try:
        arr = pa.array(values)
        back = arr.to_pylist()
        if back == [list(v) if isinstance(v, tuple) else v for v in values]:
            return arr, None
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        pass
    return _pickled(values), "pickle"


def _pickled(values: list[Any]):
    import pyarrow as pa

    return pa.array([pickle.dumps(v, protocol=5) for v in values], type=pa.binary())


def _rows(tab) -> list[dict[str, Any]]:
    if not hasattr(tab, "to_pylist"):
        return list(tab)
    meta = (tab.schema.metadata or {}).get(_META_KEY)
    info = json.loads(meta) if meta else {"columns": {}, "absent": {}}
    rows = tab.to_pylist()
    for name, how in info["columns"].items():
        for r in rows:
            v = r[name]
            if v is None and how == "json":
                continue
            r[name] = json.loads(v) if how == "json" else pickle.loads(v)
    for name, idx in info["absent"].items():
        for i in idx:
            rows[i].pop(name, None)
    return rows
