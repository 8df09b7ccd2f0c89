"""The batch through the real pipeline and warehouse on a 2-node cluster, with the second node killed mid-run."""

from __future__ import annotations

import threading
import time

import pytest
import ray_fakes

from voc.settings import Settings

pytestmark = pytest.mark.ray
N_CALLS = 12


def _head_node_id() -> str:
    import ray

    return next(n["NodeID"] for n in ray.nodes() if "node:__internal_head__" in n["Resources"])


def test_worker_node_killed_mid_run_every_call_written_exactly_once(ray_client_own, tone, tmp_path):
    ray_client = ray_client_own
    from voc.executors.ray import RayExecutor
    from voc.pipeline import run_batch
    from voc.warehouse import connect

    calls = tmp_path / "calls"
    for i in range(N_CALLS):
        tone(f"calls/call_{i:02d}.wav", seconds=0.5, freq=300 + 37 * i)   # distinct bytes = distinct call ids
    wh = tmp_path / "wh" / "voc.duckdb"
    settings = Settings.load(env={}, overrides={
        "warehouse": str(wh), "device": "cpu", "run.executor": "ray", "run.ray_address": ray_client.address,
        "run.retries": 2, "run.ray_max_restarts": 2, "run.ray_actor_wait_s": 120})
    ex = RayExecutor(settings, ray_fakes.SlowFakeProcessor)
    head = _head_node_id()
    killed = threading.Event()

    def kill_when_node2_has_worked():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if any(node != head for node in list(ex.stats.calls_by_node)):
                ray_client.kill_worker_node()
                killed.set()
                return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_when_node2_has_worked, daemon=True)
    killer.start()
    try:
        summary = run_batch(settings, [calls], until="attribute", report=False, executor=ex)
    finally:
        killer.join(timeout=5)
        stats = ex.stats
        ex.close()
    assert killed.is_set()
    assert summary.status == "done" and summary.exit_code == 0, summary.to_dict()
    assert stats.actor_failures >= 1 and stats.resubmitted >= 1     # calls were in flight on the dead node
    assert sum(stats.calls_by_node.values()) == N_CALLS

    con = connect(wh)
    try:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        assert q("SELECT count(*) FROM calls") == [(N_CALLS,)]
        assert q("SELECT stage, count(*), count(DISTINCT call_id) FROM call_stages WHERE status = 'done' "
                 "GROUP BY stage ORDER BY stage") == [(s, N_CALLS, N_CALLS) for s in
                                                      ("analyze", "attribute", "speakers", "transcribe")]
        assert q("SELECT count(*) FROM call_stages WHERE status <> 'done'") == [(0,)]
        assert q("SELECT count(*), count(DISTINCT (call_id, idx)) FROM utterances") == [(3 * N_CALLS, 3 * N_CALLS)]
        assert q("SELECT count(*), count(DISTINCT call_id) FROM intents") == [(N_CALLS, N_CALLS)]
        assert q("SELECT count(*) FROM words") == [(3 * N_CALLS,)]
        # what was written is what the processor produced for that call (nothing mixed between calls)
        for (cid,) in q("SELECT call_id FROM calls"):
            texts = [r[0] for r in q(f"SELECT text FROM utterances WHERE call_id = '{cid}' ORDER BY idx")]
            assert texts == [r["text"] for r in ray_fakes.fake_rows(cid)["utterances"]]
        assert q("SELECT reasons FROM complaints LIMIT 1") == [(["fee", "repeat call"],)]
    finally:
        con.close()
