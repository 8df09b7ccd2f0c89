"""The demo calls through the real pipeline: `voc run --executor ray` on a 2-node cluster gives the same warehouse
contents as the local executor.

By default a subset of the demo (VOC_RAY_DEMO_CALLS, default 4 calls) keeps this under a few minutes on 2 cores;
VOC_RAY_DEMO_CALLS=all runs every demo call (`voc run --demo` copies the same files, manifest, calendar, lexicons).
"""

from __future__ import annotations

import os

import pytest
from demo_runs import COMPARED, contents, copy_demo, voc_run

pytestmark = [pytest.mark.ray, pytest.mark.slow]


@pytest.fixture(scope="module")
def demo_input(tmp_path_factory):
    return copy_demo(tmp_path_factory.mktemp("demo"), os.environ.get("VOC_RAY_DEMO_CALLS", "4"))


def test_demo_calls_same_warehouse_with_local_and_ray_executors(demo_input, cluster, tmp_path):
    local = voc_run(demo_input, tmp_path / "local")
    ray_run = voc_run(demo_input, tmp_path / "ray", "--executor", "ray", "--address", cluster.address)
    n_calls = len(list((demo_input / "calls").glob("*.wav")))
    for summary in (local, ray_run):
        assert summary["status"] == "done" and summary["failures"] == []
        assert summary["counts"]["transcribe"]["done"] == n_calls
    a, b = contents(tmp_path / "local" / "voc.duckdb"), contents(tmp_path / "ray" / "voc.duckdb")
    assert len(a["utterances"]) > 0 and len(a["speakers"]) >= n_calls and len(a["intents"]) >= n_calls
    for table in COMPARED:
        assert len(a[table]) == len(b[table]), f"{table}: {len(a[table])} rows local, {len(b[table])} with Ray"
        assert a[table] == b[table], f"{table} differs between the local and the Ray executor"
