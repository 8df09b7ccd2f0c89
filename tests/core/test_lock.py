import os
import subprocess
import sys
import time

import pytest

from voc.errors import LockError
from voc.lock import RunLock

HOLD = """
import sys, time
from voc.lock import RunLock
RunLock.for_warehouse(sys.argv[1]).acquire(run_id="holder")
print("locked", flush=True)
time.sleep(60)
"""


def _holder(wh):
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(wh)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "locked"
    return p


def test_second_run_refused_with_holder_named(tmp_path):
    wh = tmp_path / "voc.duckdb"
    p = _holder(wh)
    try:
        with pytest.raises(LockError, match=f"pid {p.pid}.*holder.*--wait"):
            RunLock.for_warehouse(wh).acquire(0)
    finally:
        p.kill()
        p.wait()


def test_wait_then_acquire_when_holder_finishes(tmp_path):
    wh = tmp_path / "voc.duckdb"
    p = _holder(wh)
    t0 = time.monotonic()
    subprocess.Popen(["sh", "-c", f"sleep 1; kill {p.pid}"])
    lock = RunLock.for_warehouse(wh).acquire(wait_s=20)
    assert time.monotonic() - t0 >= 0.5
    lock.release()
    p.wait()


def test_lock_of_killed_process_taken_over(tmp_path):
    wh = tmp_path / "voc.duckdb"
    p = _holder(wh)
    p.kill()  # SIGKILL: no cleanup ran
    p.wait()
    lock = RunLock.for_warehouse(wh).acquire(0, run_id="me")
    assert lock.took_over and lock.took_over["pid"] == p.pid
    assert lock.holder()["pid"] == os.getpid()
    lock.release()
    again = RunLock.for_warehouse(wh).acquire(0)
    assert again.took_over is None  # released cleanly: nothing to take over
    again.release()
