"""One run per warehouse: an advisory ``flock`` on ``<warehouse>.lock``.

The kernel releases the lock when its holder dies (even on kill -9), so a lock left by a dead process is taken over
automatically; the file's JSON names the holder for the error message.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from voc.errors import LockError


@dataclass
class RunLock:
    path: Path
    fd: int | None = None
    took_over: dict | None = None      # the previous holder's record, when it died holding the lock

    @classmethod
    def for_warehouse(cls, warehouse: str | Path) -> "RunLock":
        return cls(Path(str(warehouse) + ".lock"))

    def holder(self) -> dict | None:
        try:
            text = self.path.read_text(encoding="utf-8").strip()
            return json.loads(text) if text else None
        except (OSError, json.JSONDecodeError):
            return None

    def active(self) -> dict | None:
        """The holder's record while a live process holds the lock (this host), else None. Takes no lock."""
        h = self.holder()
        if not h or h.get("released") or not h.get("pid"):
            return None
        if h.get("host") == socket.gethostname():
            try:
                os.kill(int(h["pid"]), 0)
            except ProcessLookupError:
                return None       # it died holding the lock: the next run takes over
            except PermissionError:
                pass
        return h

    def acquire(self, wait_s: float = 0.0, run_id: str = "", poll_s: float = 0.2) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(0.0, wait_s)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    h = self.holder() or {}
                    who = (f"pid {h.get('pid')} on {h.get('host')} (run {h.get('run_id')}, since {h.get('started_at')})"
                           if h else "another process")
                    raise LockError(f"warehouse is busy: {who} holds {self.path}. "
                                    "Fix: wait for it to finish, or pass --wait SECONDS to queue behind it.")
                time.sleep(poll_s)
        prev = self.holder()
        if prev and prev.get("pid") and not prev.get("released"):
            self.took_over = prev       # its holder died without releasing: we take over
        record = {"pid": os.getpid(), "host": socket.gethostname(), "run_id": run_id,
                  "started_at": datetime.now().isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(record).encode(), 0)
        os.fsync(fd)
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is None:
            return
        rec = self.holder() or {}
        rec["released"] = True
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, json.dumps(rec).encode(), 0)
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> "RunLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()
