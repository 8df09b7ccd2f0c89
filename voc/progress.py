"""Progress reporting through an injected hook: the library never prints.

The CLI passes ``RichProgress`` on a terminal, ``LogProgress`` otherwise (cron), ``NullProgress`` with --quiet.
"""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO


def eta_s(elapsed_s: float, done: int, total: int, audio_done_s: float = 0.0,
          audio_total_s: float = 0.0) -> float | None:
    """Seconds left: from audio seconds when the stage's audio total is known (a 14-minute call weighs 14 times a
    one-minute call), else from call counts; None before anything is done; never negative."""
    if audio_total_s > 0 and audio_done_s > 0:
        return max(0.0, elapsed_s / audio_done_s * (audio_total_s - audio_done_s))
    if done <= 0:
        return None
    return max(0.0, elapsed_s / done * (total - done))


class ProgressHook(Protocol):
    def start(self, stage: str, total: int, audio_s: float = 0.0) -> None: ...
    def advance(self, stage: str, n: int = 1, audio_s: float = 0.0, failed: bool = False) -> None: ...
    def end(self, stage: str) -> None: ...
    def message(self, text: str) -> None: ...


class NullProgress:
    def start(self, stage, total, audio_s=0.0): pass
    def advance(self, stage, n=1, audio_s=0.0, failed=False): pass
    def end(self, stage): pass
    def message(self, text): pass


class RecordingProgress(NullProgress):
    """Keeps every event (tests, notebooks, benchmarks)."""

    def __init__(self):
        self.events: list[tuple] = []

    def start(self, stage, total, audio_s=0.0):
        self.events.append(("start", stage, total, audio_s))

    def advance(self, stage, n=1, audio_s=0.0, failed=False):
        self.events.append(("advance", stage, n, audio_s, failed))

    def end(self, stage):
        self.events.append(("end", stage))

    def message(self, text):
        self.events.append(("message", text))


class LogProgress:
    """Plain timestamped lines, at most one per ``every_s`` seconds per stage (for cron logs)."""

    def __init__(self, stream: TextIO | None = None, every_s: float = 10.0):
        self.stream = stream or sys.stderr
        self.every_s = every_s
        self._state: dict[str, dict] = {}

    def _line(self, text: str) -> None:
        self.stream.write(time.strftime("%Y-%m-%d %H:%M:%S ") + text + "\n")
        self.stream.flush()

    def start(self, stage, total, audio_s=0.0):
        self._state[stage] = {"total": total, "done": 0, "failed": 0, "audio": 0.0, "t0": time.monotonic(),
                              "last": 0.0, "audio_total": audio_s}
        self._line(f"{stage}: {total} calls, {audio_s / 3600:.2f} audio hours")

    def advance(self, stage, n=1, audio_s=0.0, failed=False):
        st = self._state.get(stage)
        if not st:
            return
        st["done"] += n
        st["audio"] += audio_s
        st["failed"] += n if failed else 0
        now = time.monotonic()
        if now - st["last"] >= self.every_s or st["done"] >= st["total"]:
            st["last"] = now
            el = now - st["t0"]
            eta = eta_s(el, st["done"], st["total"], st["audio"], st["audio_total"])
            self._line(f"{stage}: {st['done']}/{st['total']} calls ({st['failed']} failed), "
                       f"{st['audio'] / 3600:.2f} h audio, elapsed {el:.0f} s, ETA "
                       + (f"{eta:.0f} s" if eta is not None else "unknown"))

    def end(self, stage):
        st = self._state.pop(stage, None)
        if st:
            self._line(f"{stage}: done in {time.monotonic() - st['t0']:.1f} s")

    def message(self, text):
        self._line(text)

    def within(self, call_id, step, done_s, total_s):
        """Progress inside one call (long calls): at most one line per ``every_s`` seconds."""
        now = time.monotonic()
        if now - self._state.get("_within", {}).get("last", 0.0) < self.every_s:
            return
        self._state["_within"] = {"last": now}
        where = f"{done_s:.0f}/{total_s:.0f} s of audio" if total_s else "started"
        self._line(f"call {call_id[:12]}: {step} {where}")


class RichProgress:
    """Rich bars per stage: calls done/total, audio hours, ETA."""

    def __init__(self, console=None):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self.console = console or Console(stderr=True)
        self.progress = Progress(TextColumn("[bold]{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[audio]:.2f} h audio"), TextColumn("{task.fields[failed]}"),
                                 TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                 console=self.console, transient=False)
        self.tasks: dict[str, int] = {}
        self.progress.start()

    def start(self, stage, total, audio_s=0.0):
        self.tasks[stage] = self.progress.add_task(stage, total=total, audio=0.0, failed="")

    def advance(self, stage, n=1, audio_s=0.0, failed=False):
        tid = self.tasks.get(stage)
        if tid is None:
            return
        task = self.progress.tasks[tid]
        f = int(task.fields["failed"].split()[0]) if task.fields["failed"] else 0
        f += n if failed else 0
        self.progress.update(tid, advance=n, audio=task.fields["audio"] + audio_s / 3600,
                             failed=f"{f} failed" if f else "")

    def end(self, stage):
        pass

    def message(self, text):
        self.progress.console.print(text)

    def within(self, call_id, step, done_s, total_s):
        """A bar for the call in progress (long calls): its step and the audio seconds reached."""
        desc = f"call {call_id[:8]} {step}"
        tid = self.tasks.get("_within")
        if tid is None:
            self.tasks["_within"] = tid = self.progress.add_task(desc, total=max(total_s, 1.0), audio=0.0, failed="")
        self.progress.update(tid, description=desc, total=max(total_s, 1.0), completed=min(done_s, total_s or 1.0))

    def close(self):
        self.progress.stop()


class TeeProgress:
    """Sends every event to several hooks (the CLI's display and the run's progress file)."""

    def __init__(self, *hooks):
        self.hooks = [h for h in hooks if h is not None]

    def start(self, stage, total, audio_s=0.0):
        for h in self.hooks:
            h.start(stage, total, audio_s)

    def advance(self, stage, n=1, audio_s=0.0, failed=False):
        for h in self.hooks:
            h.advance(stage, n, audio_s, failed)

    def end(self, stage):
        for h in self.hooks:
            h.end(stage)

    def message(self, text):
        for h in self.hooks:
            h.message(text)

    def current(self, stage, call_id, path):
        for h in self.hooks:
            if hasattr(h, "current"):
                h.current(stage, call_id, path)

    def within(self, call_id, step, done_s, total_s):
        for h in self.hooks:
            if hasattr(h, "within"):
                h.within(call_id, step, done_s, total_s)


def progress_path(warehouse) -> "Path":  # noqa: F821 (pathlib imported inside: import voc stays light)
    """Where a run publishes its progress: ``<warehouse>.progress.json`` beside the warehouse."""
    from pathlib import Path

    p = Path(warehouse)
    return p.with_name(p.name + ".progress.json")


class FileProgress:
    """Publishes the run's progress (stage counts, the call being processed, ETA) as JSON beside the warehouse,
    written atomically (temporary file + rename) at most every ``every_s`` seconds, so `voc status` can show it
    while the run holds the warehouse."""

    def __init__(self, warehouse, run_id: str, every_s: float = 1.0):
        import os

        self.path = progress_path(warehouse)
        self.every_s = every_s
        self.state: dict = {"run_id": run_id, "pid": os.getpid(), "status": "running",
                            "started_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "updated_at": None, "stages": {},
                            "current": None, "message": None}
        self._t0: dict[str, float] = {}
        self._last = 0.0
        self.write(force=True)

    def start(self, stage, total, audio_s=0.0):
        self._t0[stage] = time.monotonic()
        self.state["stages"][stage] = {"total": total, "done": 0, "failed": 0, "audio_s_total": round(audio_s, 1),
                                       "audio_s_done": 0.0, "eta_s": None, "finished": False}
        self.write(force=True)

    def advance(self, stage, n=1, audio_s=0.0, failed=False):
        st = self.state["stages"].get(stage)
        if st is None:
            return
        st["failed" if failed else "done"] += n
        st["audio_s_done"] = round(st["audio_s_done"] + audio_s, 1)
        finished = st["done"] + st["failed"]
        if finished and st["total"]:
            elapsed = time.monotonic() - self._t0.get(stage, time.monotonic())
            eta = eta_s(elapsed, finished, st["total"], st["audio_s_done"], st["audio_s_total"])
            st["eta_s"] = None if eta is None else round(eta, 1)
        self.write()

    def end(self, stage):
        st = self.state["stages"].get(stage)
        if st is not None:
            st["finished"], st["eta_s"] = True, 0.0
        self.write(force=True)

    def message(self, text):
        self.state["message"] = text
        self.write()

    def current(self, stage, call_id, path):
        self.state["current"] = {"stage": stage, "call_id": call_id, "path": str(path),
                                 "since": time.strftime("%Y-%m-%dT%H:%M:%S")}
        self.write(force=True)   # once per call: cheap next to the call's own work

    def within(self, call_id, step, done_s, total_s):
        cur = self.state.get("current")
        if not cur or cur.get("call_id") != call_id:
            cur = self.state["current"] = {"call_id": call_id, "since": time.strftime("%Y-%m-%dT%H:%M:%S")}
        cur.update({"step": step, "audio_s_done": round(done_s, 1), "audio_s_total": round(total_s, 1)})
        self.write()

    def finish(self, status: str) -> None:
        self.state["status"], self.state["current"] = status, None
        self.write(force=True)

    def write(self, force: bool = False) -> None:
        import json
        import os

        now = time.monotonic()
        if not force and now - self._last < self.every_s:
            return
        self._last = now
        self.state["updated_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(self.state, indent=1, default=str), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:   # progress is informational: a full disk must not stop the run
            pass


def read_progress(warehouse) -> dict | None:
    """The progress a run published beside ``warehouse`` (None when there is none or it is unreadable)."""
    import json

    try:
        return json.loads(progress_path(warehouse).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
