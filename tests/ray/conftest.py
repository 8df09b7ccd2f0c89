"""Real 2-node Ray clusters on this machine (scripts/ray-local-cluster.sh), always stopped at the end, and a local
S3-compatible server (moto) for nights on object storage.

Strictly on loopback: Ray registers its nodes under the machine's interface address even when told 127.0.0.1, so
when any ``ray``-marked test is selected, pytest re-executes itself (same arguments, same folder) inside a new
network namespace where only ``lo`` is up (``unshare -n``, then ``ip link set lo up``). The clusters, their
workers, the S3 server and the tests then cannot use any address but loopback. Creating the namespace needs root
and util-linux ``unshare``; without them the ``ray`` tests are skipped, saying why.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "ray-local-cluster.sh"
NETNS_ENV = "VOC_TEST_LOOPBACK_NETNS"   # set in the re-executed pytest, inside the namespace


def _netns_problem() -> str | None:
    """Why a loopback-only network namespace cannot be made here (None: it can)."""
    if os.geteuid() != 0:
        return "creating a network namespace needs root"
    for tool in ("unshare", "ip"):
        if shutil.which(tool) is None:
            return f"'{tool}' is not installed (util-linux / iproute2)"
    try:
        res = subprocess.run(["unshare", "-n", "ip", "link", "set", "lo", "up"], capture_output=True, text=True,
                             timeout=20)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unshare -n failed: {e}"
    if res.returncode != 0:
        return f"unshare -n failed: {res.stderr.strip()[-300:]}"
    return None


def only_loopback() -> bool:
    return [name for _, name in socket.if_nameindex()] == ["lo"]


@pytest.hookimpl(trylast=True)  # after -m/-k deselection: only when ray tests really run
def pytest_collection_modifyitems(session, config, items):
    ray_items = [i for i in items if i.get_closest_marker("ray")]
    if not ray_items or os.environ.get(NETNS_ENV) == "1":
        return
    problem = _netns_problem()
    if problem:
        skip = pytest.mark.skip(reason=f"Ray cluster tests run only inside a loopback-only network namespace, and "
                                       f"{problem}. Fix: run the tests as root on Linux (CI does).")
        for item in ray_items:
            item.add_marker(skip)
        return
    # Re-run this whole pytest invocation inside the namespace; nothing has run yet (we are in collection).
    capman = config.pluginmanager.getplugin("capturemanager")
    if capman is not None:
        capman.suspend_global_capture(in_=True)  # the real stdout/stderr back on fds 1 and 2 before exec
    sys.stdout.flush()
    sys.stderr.flush()
    os.chdir(config.invocation_params.dir)
    args = [sys.executable, "-m", "pytest", *config.invocation_params.args]
    env = {**os.environ, NETNS_ENV: "1"}
    os.execvpe("unshare", ["unshare", "-n", "--", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *args], env)


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
    if os.environ.get(NETNS_ENV) != "1" or not only_loopback():
        pytest.fail(f"refusing to start a Ray cluster outside a loopback-only network namespace (interfaces: "
                    f"{[n for _, n in socket.if_nameindex()]}); run these tests through pytest (tests/ray/conftest.py "
                    "re-executes them under unshare -n)")


class S3Server:
    """moto's S3-compatible server on 127.0.0.1 (a free port), with credentials and ``AWS_ENDPOINT_URL`` in
    ``os.environ`` so this process and the Ray nodes started after it (they inherit the environment) reach it."""

    ENV = {"AWS_ACCESS_KEY_ID": "voc-test", "AWS_SECRET_ACCESS_KEY": "voc-test", "AWS_DEFAULT_REGION": "us-east-1"}

    def __init__(self) -> None:
        import logging

        from moto.server import ThreadedMotoServer

        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one log line per request otherwise
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self._saved: dict[str, str | None] = {}
        self.endpoint = ""

    def start(self) -> "S3Server":
        self._server.start()
        host, port = self._server.get_host_and_port()
        self.endpoint = f"http://{host}:{port}"
        for k, v in {**self.ENV, "AWS_ENDPOINT_URL": self.endpoint}.items():
            self._saved[k] = os.environ.get(k)
            os.environ[k] = v
        return self

    def fs(self):
        import s3fs

        s3fs.S3FileSystem.clear_instance_cache()
        return s3fs.S3FileSystem(endpoint_url=self.endpoint)

    def stop(self) -> None:
        for k, v in self._saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        self._server.stop()


@pytest.fixture(scope="session")
def s3_server():
    """A local S3 server for the session (started before the clusters so their nodes inherit its endpoint)."""
    pytest.importorskip("moto.server")
    pytest.importorskip("s3fs")
    if os.environ.get(NETNS_ENV) != "1":
        pytest.skip("the S3 test server runs only inside the loopback-only namespace (see this conftest)")
    srv = S3Server().start()
    try:
        yield srv
    finally:
        srv.stop()


@contextlib.contextmanager
def _running(c: LocalCluster):
    _require_ray()
    try:
        c.start()
        yield c
    finally:
        c.stop()


@pytest.fixture(scope="session")
def cluster(request):
    """A 2-node cluster shared by the tests that leave it intact; stopped at the end whatever happens. Its nodes
    see the session's S3 server (when moto and s3fs are installed)."""
    with contextlib.suppress(pytest.skip.Exception):
        request.getfixturevalue("s3_server")
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
