"""The nightly batch: ingest → per-call stages → corpus steps → report, doing only what is new or changed.

One ``runs`` row per run. The runner decides what is pending from the ``call_stages`` ledger and the current
settings hashes, so a run is incremental and a crash (even kill -9) resumes where it stopped: each call's results
are committed in one transaction, and a call whose transaction did not commit is simply pending again.
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from voc import faults
from voc.errors import VocError
from voc.processor import CallOutcome, WorkItem
from voc.progress import FileProgress, NullProgress, ProgressHook, TeeProgress
from voc.records import Call
from voc.settings import Settings
from voc.stages import (BY_NAME, REGISTRY, STAGES, pending_stages, run_settings_hash, stage_hashes,
                        warehouse_fingerprints)
from voc.warehouse import now, transaction
from voc.warehouse import writers
from voc.warehouse.rows import call_from_row

EXIT_OK, EXIT_CALLS_FAILED, EXIT_RUN_FAILED = 0, 1, 2


@dataclass
class RunSummary:
    run_id: str
    warehouse: str
    status: str = "running"                 # done | partial | failed
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    durations: dict[str, float] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)
    ingest: dict[str, Any] = field(default_factory=dict)
    report: str | None = None
    error: str | None = None
    audio_s: float = 0.0

    @property
    def exit_code(self) -> int:
        if self.status == "failed":
            return EXIT_RUN_FAILED
        return EXIT_CALLS_FAILED if self.failures else EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "warehouse": self.warehouse, "status": self.status,
                "exit_code": self.exit_code, "counts": self.counts, "durations": self.durations,
                "failures": self.failures, "ingest": self.ingest, "report": self.report, "error": self.error,
                "audio_hours": round(self.audio_s / 3600, 4)}


def new_run_id() -> str:
    return datetime.now().strftime("r%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]


def _bump(counts: dict, stage: str, key: str, n: int = 1) -> None:
    counts.setdefault(stage, {}).setdefault(key, 0)
    counts[stage][key] += n


# -- what is pending ------------------------------------------------------------------------------------------

def _readable_path(con, call: Call) -> Call:
    """The first of the call's known paths that still exists (files move between nights)."""
    if Path(call.path).is_file():
        return call
    for (p,) in con.execute("SELECT path FROM call_paths WHERE call_id = ? ORDER BY seen_at", [call.call_id]).fetchall():
        if Path(p).is_file():
            from dataclasses import replace
            return replace(call, path=p)
    return call


def plan(con, settings: Settings, until: str | None = None, force: bool = False,
         call_ids: Iterable[str] | None = None) -> tuple[list[tuple[Call, list[str]]], dict[str, str]]:
    """(call, pending stages) for every ingested call with work to do, and the current stage hashes."""
    hashes = stage_hashes(settings, warehouse_fingerprints(con))
    stop = STAGES.index(until) + 1 if until else len(STAGES)
    wanted = set(call_ids) if call_ids is not None else None
    cols = [d[0] for d in con.execute("SELECT * FROM calls LIMIT 0").description]
    rows = con.execute("SELECT * FROM calls WHERE status = 'ingested' ORDER BY started_at, call_id").fetchall()
    ledger: dict[str, dict[str, tuple[str, str | None]]] = {}
    for cid, stage, status, h in con.execute("SELECT call_id, stage, status, settings_hash FROM call_stages").fetchall():
        ledger.setdefault(cid, {})[stage] = (status, h)
    out = []
    for row in rows:
        r = dict(zip(cols, row))
        if wanted is not None and r["call_id"] not in wanted:
            continue
        led = ledger.get(r["call_id"], {})
        if any(st == "quarantined" for st, _ in led.values()) and not force:
            continue
        done = {s: (h if st == "done" else None) for s, (st, h) in led.items()}
        if force:
            done = {}
        stages = [s for s in pending_stages(done, hashes) if STAGES.index(s) < stop]
        if stages:
            out.append((call_from_row(r), stages))
    return out, hashes


def work_items(con, todo: list[tuple[Call, list[str]]], hashes: dict[str, str],
               progress: ProgressHook | None = None) -> Iterator[WorkItem]:
    """WorkItems built lazily, one call at a time (memory does not grow with the number of calls)."""
    campaigns = [dict(zip([d[0] for d in con.execute("SELECT * FROM campaigns LIMIT 0").description], r))
                 for r in con.execute("SELECT * FROM campaigns ORDER BY campaign_id").fetchall()]
    for call, stages in todo:
        call = _readable_path(con, call)
        item = WorkItem(call=call, stages=stages, hashes=hashes, campaigns=campaigns)
        for stage in REGISTRY:   # a stage not re-run hands its stored results to the stages after it
            if stage.name not in stages and stage.load is not None and STAGES.index(stage.name) < STAGES.index(
                    stages[0]):
                stage.load(con, item)
        if progress is not None and hasattr(progress, "current"):
            progress.current(stages[0], call.call_id, call.path)
        yield item


# -- executing ------------------------------------------------------------------------------------------------

def preflight(settings: Settings, stages: Iterable[str] = STAGES) -> None:
    """Resolve what the given stages need (models, taxonomy, lexicons, intent model) before any call is processed.

    Raises SettingsError/ModelError naming the key and the fix: the run stops once (exit 2) and quarantines nothing.
    """
    from voc.stages.base import file_digest

    for name in stages:
        stage = BY_NAME[name]
        for key, path in stage.files(settings):
            if file_digest(path).startswith("missing:"):
                from voc.errors import SettingsError
                raise SettingsError(f"{key} = {path!r}: {Path(path).expanduser()} does not exist. Fix: correct "
                                    f"{key} in voc.toml (or VOC_{key.upper().replace('.', '__')}), or unset it for "
                                    "the bundled default.")
        if stage.preflight is not None:
            stage.preflight(settings)


def make_executor(settings: Settings):
    if settings.run.executor == "ray":
        from voc.executors.ray import RayExecutor
        return RayExecutor(settings)
    from voc.executors.local import LocalExecutor
    return LocalExecutor(settings)


def process_calls(con, settings: Settings, run_id: str, summary: RunSummary, progress: ProgressHook,
                  until: str | None = None, force: bool = False, call_ids: Iterable[str] | None = None,
                  executor=None) -> None:
    todo, hashes = plan(con, settings, until=until, force=force, call_ids=call_ids)
    stage_names = [s for s in STAGES if any(s in st for _, st in todo)]
    if todo:
        preflight(settings, stage_names)   # a bad setting stops the run here, before any call is touched
    for s in stage_names:
        n = sum(1 for _, st in todo if s in st)
        progress.start(s, n, sum(c.duration_s or 0 for c, st in todo if s in st))
    if not todo:
        return
    own_executor = executor is None
    executor = executor or make_executor(settings)
    proc = getattr(executor, "processor", None)   # the local executor: progress inside long calls
    if proc is not None and hasattr(progress, "within"):
        proc.on_progress = progress.within
    max_attempts = settings.run.retries + 1
    t0 = time.perf_counter()
    attempts: dict[str, int] = {}
    pending_retry: list[tuple[Call, list[str]]] = []

    buffer: list[tuple[writers.CallWrite, list[str], float]] = []
    last_flush = [time.monotonic()]

    def flush() -> None:
        if not buffer:
            return
        writers.write_calls(con, run_id, [w for w, _, _ in buffer])
        for w, item_stages, audio_s in buffer:
            for s in item_stages:
                _bump(summary.counts, s, "done")
                progress.advance(s, 1, audio_s)
        buffer.clear()
        last_flush[0] = time.monotonic()

    def handle(outcome: CallOutcome, item_stages: list[str], call: Call) -> None:
        if outcome.fatal:  # the settings or a model, not this call: stop the run; the call stays pending
            raise VocError(f"{outcome.error} (while processing {call.path}; nothing was quarantined)")
        if outcome.error is None:
            buffer.append((writers.CallWrite(outcome.call_id, outcome.stages, outcome.rows, outcome.models),
                           item_stages, outcome.audio_s))
            if "transcribe" in item_stages:  # audio hours = audio transcribed in this run (not re-analysed)
                summary.audio_s += outcome.audio_s
            for t in outcome.rows.get("transcripts", []):  # calls by spoken language; those not transcribed for it
                lang = t.get("language_detected") or t.get("language") or "unknown"
                _bump(summary.counts, "languages", lang)
                if t.get("task") == "skipped":
                    _bump(summary.counts, "not_transcribed", lang)
            for s, t in outcome.timings.items():
                summary.durations[s] = summary.durations.get(s, 0.0) + t
            if len(buffer) >= settings.run.write_batch or time.monotonic() - last_flush[0] >= settings.run.write_every_s:
                flush()
            return
        attempts[call.call_id] = attempts.get(call.call_id, 0) + 1
        if not outcome.permanent and attempts[call.call_id] < max_attempts:
            pending_retry.append((call, item_stages))      # transient: try again in this run
            return
        stage = outcome.error_stage or item_stages[0]
        status = writers.mark_failed(con, call.call_id, stage, run_id, outcome.error or "", outcome.permanent,
                                     max_attempts)
        summary.failures.append({"call_id": call.call_id, "path": call.path, "stage": stage, "status": status,
                                 "error": (outcome.error or "").splitlines()[0]})
        for s in item_stages:
            _bump(summary.counts, s, "failed")
            progress.advance(s, 1, 0.0, failed=True)

    try:
        batch = todo
        while batch:
            by_id = {c.call_id: (c, st) for c, st in batch}
            try:
                for outcome in executor.map(work_items(con, batch, hashes, progress)):
                    call, st = by_id[outcome.call_id]
                    handle(outcome, st, call)
            finally:
                flush()   # finished calls are written even when the executor or a fatal outcome stops the run
            batch, pending_retry = pending_retry, []
    finally:
        if own_executor and hasattr(executor, "close"):
            executor.close()
    summary.durations["calls_wall"] = summary.durations.get("calls_wall", 0.0) + time.perf_counter() - t0
    for s in stage_names:
        progress.end(s)


# -- the whole run --------------------------------------------------------------------------------------------

def run_batch(settings: Settings, paths: Iterable[str | Path] = (), manifest: str | Path | None = None,
              progress: ProgressHook | None = None, force: bool = False, until: str | None = None,
              report: bool = True, wait_s: float | None = None, executor=None) -> RunSummary:
    """Run the batch on ``settings.warehouse``. Raises VocError only for problems of the run itself."""
    from voc.lock import RunLock
    from voc.warehouse import connect

    progress = progress or NullProgress()
    run_id = new_run_id()
    wh = settings.warehouse_path
    summary = RunSummary(run_id=run_id, warehouse=str(wh))
    lock = RunLock.for_warehouse(wh).acquire(settings.run.lock_wait_s if wait_s is None else wait_s, run_id=run_id)
    published = FileProgress(wh, run_id)   # `voc status` reads it while this run holds the warehouse
    progress = TeeProgress(progress, published)
    try:
        if lock.took_over:
            progress.message(f"took over the lock of a dead run (pid {lock.took_over.get('pid')}, "
                             f"run {lock.took_over.get('run_id')})")
        con = connect(wh)
        try:
            _run(con, settings, summary, paths, manifest, progress, force, until, report, executor)
        finally:
            con.close()
    finally:
        published.finish(summary.status)
        lock.release()
    return summary


def _run(con, settings, summary, paths, manifest, progress, force, until, report, executor) -> None:
    run_id = summary.run_id
    con.execute("UPDATE runs SET status = 'aborted', finished_at = ? WHERE status = 'running'", [now()])
    with transaction(con):
        con.execute("INSERT INTO runs (run_id, started_at, status, settings_hash, executor, host, pid) "
                    "VALUES (?, ?, 'running', ?, ?, ?, ?)",
                    [run_id, now(), run_settings_hash(settings), settings.run.executor, socket.gethostname(), os.getpid()])
    try:
        t0 = time.perf_counter()
        paths = list(paths)
        if paths:
            from voc.ingest import ingest
            files_seen = []
            res = ingest(con, paths, manifest, on_total=lambda n: progress.start("ingest", n),
                         on_file=lambda p, s: (files_seen.append(s),
                                               progress.advance("ingest", 1, 0.0, s == "failed")))
            progress.end("ingest")
            summary.ingest = res.to_dict()
            summary.counts["ingest"] = {"added": len(res.added), "already": len(res.already),
                                        "failed": len(res.failed)}
            for p, e in res.failed:
                summary.failures.append({"call_id": None, "path": p, "stage": "ingest", "status": "failed",
                                         "error": e})
        summary.durations["ingest"] = time.perf_counter() - t0
        if settings.campaigns.calendar:
            from voc.analyze.campaigns import import_calendar
            import_calendar(con, settings.campaigns.calendar)
        process_calls(con, settings, run_id, summary, progress, until=until, force=force, executor=executor)
        if until is None:
            t0 = time.perf_counter()
            from voc.corpus import update_corpus
            progress.message("corpus: complaint themes and topics")
            faults.point("corpus")
            summary.counts["corpus"] = update_corpus(con, settings)
            from voc.analyze.drivers import driver_summary  # which taxonomy, share classified with confidence
            summary.counts["drivers"] = driver_summary(con, settings)
            summary.durations["corpus"] = time.perf_counter() - t0
            if report:
                t0 = time.perf_counter()
                from voc.reports import write_report
                faults.point("report")
                out = Path(settings.report.out)
                summary.report = str(write_report(con, out, settings=settings, warehouse=str(settings.warehouse_path)))
                summary.durations["report"] = time.perf_counter() - t0
        summary.status = "partial" if summary.failures else "done"
    except VocError as e:
        summary.status, summary.error = "failed", str(e)
    except Exception as e:  # the run itself broke: record it, exit 2
        import traceback
        summary.status, summary.error = "failed", f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=8)}"
    finally:
        con.execute("UPDATE runs SET finished_at = ?, status = ?, counts = ?, durations = ?, failures = ? "
                    "WHERE run_id = ?",
                    [now(), summary.status, json.dumps(summary.counts), json.dumps(summary.durations),
                     json.dumps(summary.failures), run_id])
        con.execute("CHECKPOINT")


# -- one stage on demand -------------------------------------------------------------------------------------

def attribute_all(con, settings: Settings, call_ids: Iterable[str] | None = None) -> int:
    """Run the attribute stage with the warehouse's current calendar on every ingested call (or the given ones):
    what `voc campaigns import` and `voc campaigns attribute` do. Writes through the stage's own writer (ledger
    included) in batches; returns the number of call-campaign links written."""
    from voc.processor import CallProcessor

    hashes = stage_hashes(settings, warehouse_fingerprints(con))
    wanted = set(call_ids) if call_ids is not None else None
    cols = [d[0] for d in con.execute("SELECT * FROM calls LIMIT 0").description]
    calls = [call_from_row(dict(zip(cols, r))) for r in con.execute(
        "SELECT * FROM calls WHERE status = 'ingested' ORDER BY call_id").fetchall()]
    todo = [(c, ["attribute"]) for c in calls if wanted is None or c.call_id in wanted]
    proc, batch, links = CallProcessor(settings), [], 0
    for item in work_items(con, todo, hashes):
        out = proc.process(item)
        if out.error:
            raise VocError(f"attributing {item.call.path} to campaigns failed: {out.error.splitlines()[0]}")
        links += len(out.rows.get("campaign_links", []))
        batch.append(writers.CallWrite(out.call_id, out.stages, out.rows, out.models))
        if len(batch) >= settings.run.write_batch:
            writers.write_calls(con, None, batch)
            batch = []
    writers.write_calls(con, None, batch)
    return links


# -- status and retry -----------------------------------------------------------------------------------------

def status(con, settings: Settings) -> dict[str, Any]:
    total = con.execute("SELECT count(*) FROM calls").fetchone()[0]
    by_status = dict(con.execute("SELECT status, count(*) FROM calls GROUP BY status ORDER BY status").fetchall())
    hashes = stage_hashes(settings, warehouse_fingerprints(con))
    ingested = by_status.get("ingested", 0)
    stages: dict[str, dict[str, int]] = {}
    for s in STAGES:
        rows = dict(con.execute(
            "SELECT CASE WHEN cs.status = 'done' AND cs.settings_hash <> ? THEN 'stale' ELSE cs.status END AS st, "
            "count(*) "
            "FROM call_stages cs JOIN calls c USING (call_id) WHERE stage = ? AND c.status = 'ingested' GROUP BY st",
            [hashes[s], s]).fetchall())
        rows["pending"] = ingested - sum(rows.values()) + rows.get("stale", 0)
        rows.pop("stale", None)
        stages[s] = {k: v for k, v in sorted(rows.items())}
    last = con.execute("SELECT run_id, started_at, finished_at, status FROM runs ORDER BY started_at DESC LIMIT 1"
                       ).fetchone()
    return {"warehouse": str(settings.warehouse_path), "calls": {"total": total, "by_status": by_status},
            "stages": stages,
            "last_run": None if last is None else {"run_id": last[0], "started_at": str(last[1]),
                                                   "finished_at": str(last[2]) if last[2] else None,
                                                   "status": last[3]}}


def live_status(settings: Settings, failed: bool = False) -> dict[str, Any]:
    """`voc status`: counts per stage (and the failed calls), also while a run holds the warehouse — then read from
    a snapshot copy, with the run's published progress (``<warehouse>.progress.json``) under "run"."""
    from voc.lock import RunLock
    from voc.progress import read_progress
    from voc.warehouse import connect

    wh = settings.warehouse_path
    if not wh.exists():  # nothing ingested yet: say so without creating a file
        return {"warehouse": str(wh), "calls": {"total": 0, "by_status": {}}, "stages": {}, "last_run": None,
                **({"failed": []} if failed else {})}
    holder = RunLock.for_warehouse(wh).active()
    snapshot = None
    if holder is None:
        con, source = connect(wh), "warehouse"
    else:   # never take the running batch's write connection: read a copy of what it has committed
        from voc.api import open_warehouse

        snapshot = open_warehouse(wh, snapshot=True)
        con, source = snapshot.con, "snapshot"
    try:
        st = status(con, settings)
        if failed:
            st["failed"] = failed_calls(con)
    finally:
        (snapshot or con).close()
    st["source"] = source
    prog = read_progress(wh) if holder is not None else None
    if prog is not None and prog.get("run_id") == holder.get("run_id"):
        st["run"] = prog
    return st


def failed_calls(con) -> list[dict[str, Any]]:
    out = []
    for cid, path, err in con.execute("SELECT call_id, path, error FROM calls WHERE status = 'failed' ORDER BY path"
                                      ).fetchall():
        out.append({"call_id": cid, "path": path, "stage": "ingest", "status": "failed", "attempts": 1, "error": err})
    for cid, path, stage, st, att, err in con.execute(
            "SELECT cs.call_id, c.path, cs.stage, cs.status, cs.attempts, cs.error FROM call_stages cs "
            "JOIN calls c USING (call_id) WHERE cs.status IN ('failed', 'quarantined') ORDER BY c.path").fetchall():
        out.append({"call_id": cid, "path": path, "stage": stage, "status": st, "attempts": att,
                    "error": (err or "").splitlines()[0] if err else ""})
    return out


def retry(con, call_ids: Iterable[str] | None = None) -> int:
    """Re-queue failed and quarantined calls (all, or the given ones). Failed ingests are re-probed next ingest."""
    ids = list(call_ids) if call_ids else None
    with transaction(con):
        q = "FROM call_stages WHERE status IN ('failed', 'quarantined')"
        params: list = []
        if ids:
            q += f" AND call_id IN ({','.join('?' * len(ids))})"
            params = ids
        n = con.execute("SELECT count(DISTINCT call_id) " + q, params).fetchone()[0]
        con.execute("DELETE " + q, params)
        q2 = "FROM calls WHERE status = 'failed'"
        if ids:
            q2 += f" AND call_id IN ({','.join('?' * len(ids))})"
        n += con.execute("SELECT count(*) " + q2, params).fetchone()[0]
        con.execute("DELETE FROM call_paths WHERE call_id IN (SELECT call_id " + q2 + ")", params)
        con.execute("DELETE " + q2, params)
    return n
