"""Real 2-node Ray clusters on this machine (scripts/ray-local-cluster.sh), always stopped at the end."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "ray-local-cluster.sh"


class LocalCluster:
    """Head + second node, each `ray start --block` in its own process group (see the script)."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="vocray-", dir="/tmp"))  # short: Ray's socket paths are capped
        self.address = ""

    def _script(self, *args: str, timeout: float = 120) -> str:
        env = {**os.environ, "RAY": str(Path(os.sys.executable).parent / "ray")}
        res = subprocess.run([str(SCRIPT), *args, str(self.dir)], capture_output=True, text=True, timeout=timeout,
                             env=env)
        if res.returncode != 0:
            raise RuntimeError(f"{SCRIPT.name} {' '.join(args)} failed: {res.stderr.strip()[-2000:]}")
        return res.stdout.strip()

    def start(self) -> "LocalCluster":
        self.address = self._script("start").splitlines()[-1]
        return self

    def kill_worker_node(self) -> None:
        self._script("kill-worker")

    def stop(self) -> None:
        try:
            self._script("stop", timeout=60)
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def _require_ray() -> None:
    pytest.importorskip("ray")
    if not SCRIPT.is_file() or shutil.which("setsid") is None:
        pytest.skip("scripts/ray-local-cluster.sh or setsid missing")


@contextlib.contextmanager
def _running(c: LocalCluster):
    _require_ray()
    try:
        c.start()
        yield c
    finally:
        c.stop()


@pytest.fixture(scope="session")
def cluster():
    """A 2-node cluster shared by the tests that leave it intact; stopped at the end whatever happens."""
    with _running(LocalCluster()) as c:
        yield c


@pytest.fixture(scope="module")
def own_cluster():
    """A fresh 2-node cluster for a module that breaks it (kills a node)."""
    with _running(LocalCluster()) as c:
        yield c


@contextlib.contextmanager
def _driver(c: LocalCluster):
    """This process connected to ``c`` as a driver; fakes pickled by value so workers need not import tests."""
    import ray
    import ray.cloudpickle
    import ray_fakes

    ray.cloudpickle.register_pickle_by_value(ray_fakes)
    ray.init(address=c.address, log_to_driver=False, configure_logging=False)
    deadline = time.monotonic() + 60
    while sum(1 for n in ray.nodes() if n["Alive"]) < 2 and time.monotonic() < deadline:
        time.sleep(0.5)
    try:
        yield c
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def ray_client(cluster):
    with _driver(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def ray_client_own(own_cluster):
    with _driver(own_cluster) as c:
        yield c
