"""A night on object storage: the calls and the manifest in a local S3 server, `voc ingest` and `voc run
--executor ray` given s3:// URLs; the driver lists and hashes, the Ray workers read the audio from S3 themselves.

Everything runs inside the loopback-only network namespace made by tests/ray/conftest.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import only_loopback

pytestmark = pytest.mark.ray
N_CALLS = 2


def test_cluster_and_s3_server_are_on_loopback_only(ray_client, s3_server):
    import ray

    assert only_loopback()
    assert s3_server.endpoint.startswith("http://127.0.0.1:")
    nodes = [n for n in ray.nodes() if n["Alive"]]
    assert len(nodes) == 2 and {n["NodeManagerAddress"] for n in nodes} == {"127.0.0.1"}


@pytest.fixture(scope="module")
def s3_night(s3_server):
    from voc.demo import demo_calls, demo_campaigns, demo_lexicons, demo_manifest

    calls = demo_calls()[:N_CALLS]
    if not calls:
        pytest.skip("the demo calls are not built (python -m voc.demo.make_demo)")
    fs = s3_server.fs()
    fs.mkdir("voc-calls")
    for c in calls:
        fs.put_file(str(c), f"voc-calls/2026-03-02/{c.name}")
    fs.put_file(str(demo_manifest()), "voc-calls/2026-03-02/manifest.csv")
    return {"url": "s3://voc-calls/2026-03-02", "names": sorted(c.name for c in calls),
            "calendar": demo_campaigns(), "lexicons": demo_lexicons()}


def _voc(args: list[str], cwd: Path, night: dict) -> subprocess.CompletedProcess:
    env = {**os.environ, "VOC_ASR__MODEL": "tiny.en", "VOC_DEVICE": "cpu", "VOC_ASR__CPU_THREADS": "1",
           "VOC_CAMPAIGNS__CALENDAR": str(night["calendar"]), "VOC_ANALYSIS__LEXICONS": str(night["lexicons"]),
           "HF_HUB_OFFLINE": "1"}
    return subprocess.run([str(Path(sys.executable).parent / "voc"), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900)


@pytest.mark.slow
def test_s3_night_ingested_by_the_driver_processed_by_ray_workers(s3_night, cluster, tmp_path):
    import duckdb

    url = s3_night["url"]
    wh = tmp_path / "voc.duckdb"
    ing = _voc(["ingest", url, "--manifest", f"{url}/manifest.csv", "--warehouse", str(wh), "--json"], tmp_path,
               s3_night)
    assert ing.returncode == 0, ing.stderr[-3000:]
    assert json.loads(ing.stdout)["added"] == N_CALLS

    res = _voc(["run", url, "--manifest", f"{url}/manifest.csv", "--warehouse", str(wh), "--executor", "ray",
                "--address", cluster.address, "--no-report", "--json"], tmp_path, s3_night)
    assert res.returncode == 0, f"{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
    summary = json.loads(res.stdout)
    assert summary["status"] == "done" and summary["failures"] == []
    assert summary["ingest"]["already"] == N_CALLS and summary["counts"]["transcribe"]["done"] == N_CALLS

    con = duckdb.connect(str(wh), read_only=True)
    try:
        calls = con.execute("SELECT file_name, path, queue FROM calls ORDER BY file_name").fetchall()
        words = dict(con.execute("SELECT c.file_name, count(*) FROM utterances u JOIN calls c USING (call_id) "
                                 "GROUP BY 1").fetchall())
    finally:
        con.close()
    assert [c[0] for c in calls] == s3_night["names"]
    assert all(p == f"{url}/{name}" for name, p, _ in calls)      # the URL is what the workers were given
    assert all(q for _, _, q in calls)                            # the manifest (read from S3) was joined
    assert all(words.get(n, 0) > 0 for n in s3_night["names"])     # every call was transcribed from S3
