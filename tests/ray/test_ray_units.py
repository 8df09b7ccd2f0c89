"""Pure parts of the Ray executor, no cluster: the exact Arrow codec, actor planning, worker-side audio access."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("ray")

from voc.errors import AudioError  # noqa: E402
from voc.executors import fsio  # noqa: E402
from voc.executors.ray import arrow_to_rows, plan_actors, rows_to_arrow  # noqa: E402
from voc.records import Call  # noqa: E402
from voc.settings import RunSettings  # noqa: E402


def test_arrow_round_trip_is_exact_where_from_pylist_is_not():
    rows = {
        "intents": [{"call_id": "a", "rank": 1, "details": {"x": 1}},
                    {"call_id": "a", "rank": 2, "details": {"y": [1, 2]}}],   # dicts with different keys
        "complaints": [{"call_id": "a", "reasons": ["fee", "late"], "theme_id": None, "start_s": 1.5},
                       {"call_id": "a", "reasons": [], "theme_id": None, "start_s": None}],
        "mixed": [{"v": 1}, {"v": "one"}, {"v": None}],                         # Arrow cannot type this column
        "sparse": [{"a": 1, "b": 2}, {"a": 3}],                                  # a key absent from one row
        "times": [{"t": dt.datetime(2026, 3, 2, 9, 30)}],
        "empty": [],
    }
    tables = rows_to_arrow(rows)
    assert tables["complaints"].schema.field("reasons").type.num_fields == 1      # a native Arrow list column
    assert arrow_to_rows(tables) == rows
    import pyarrow as pa
    lossy = pa.Table.from_pylist(rows["intents"]).to_pylist()                  # why the codec exists
    assert lossy[0]["details"] != rows["intents"][0]["details"]


def _node(cpus=0, gpus=0, alive=True, nid="n"):
    res = {"CPU": float(cpus)}
    if gpus:
        res["GPU"] = float(gpus)
    return {"NodeID": nid, "Alive": alive, "Resources": res}


def test_plan_actors_per_gpu_or_per_cpu_share_on_live_nodes():
    run = RunSettings(ray_actors_per_node=2, ray_cpus_per_actor=4)
    specs = plan_actors([_node(cpus=16, gpus=2, nid="g"), _node(cpus=16, nid="c"), _node(cpus=6, nid="small"),
                         _node(cpus=2, nid="tiny"), _node(cpus=64, alive=False, nid="dead")], run)
    by = {}
    for s in specs:
        by.setdefault(s.node_id, []).append(s)
    assert len(by["g"]) == 4 and all(s.num_gpus == 0.5 for s in by["g"])   # 2 GPUs x 2 actors sharing each
    assert len(by["c"]) == 2 and all(s.num_cpus == 4 and s.num_gpus == 0 for s in by["c"])
    assert len(by["small"]) == 1                                             # 6 CPUs fit one 4-CPU actor
    assert "tiny" not in by and "dead" not in by


def _call(path: str) -> Call:
    return Call(call_id="c" * 64, path=path, duration_s=1.0, channels=1, sample_rate=8000, codec="pcm")


def test_local_path_is_used_in_place_and_a_missing_one_names_the_fix(tmp_path):
    f = tmp_path / "a.wav"
    f.write_bytes(b"RIFF")
    with fsio.localized(_call(str(f))) as c:
        assert c.path == str(f)
    with fsio.localized(_call(f"file://{f}")) as c:
        assert c.path == str(f)
    with pytest.raises(AudioError, match="same path on every Ray node"):
        with fsio.localized(_call(str(tmp_path / "missing.wav"))):
            pass


def test_url_is_copied_by_the_worker_under_its_own_name_and_removed_after(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    with fsspec.open("memory://bucket/night/call_07.wav", "wb") as f:
        f.write(b"x" * 3_000_000)
    with fsio.localized(_call("memory://bucket/night/call_07.wav"), tmp_root=tmp_path) as c:
        local = c.path
        assert local.endswith("/call_07.wav") and open(local, "rb").read() == b"x" * 3_000_000
    assert not any(tmp_path.iterdir())                                        # temporary copy removed
    with pytest.raises(AudioError, match="no such object"):
        with fsio.localized(_call("memory://bucket/night/nope.wav"), tmp_root=tmp_path):
            pass
    with pytest.raises(AudioError, match="install the protocol package"):
        with fsio.localized(_call("nosuchscheme://bucket/a.wav"), tmp_root=tmp_path):
            pass


@pytest.mark.parametrize("path,url", [("s3://b/k.wav", True), ("gs://b/k", True), ("/data/a.wav", False),
                                      ("file:///data/a.wav", False), ("C:/calls/a.wav", False)])
def test_is_url(path, url):
    assert fsio.is_url(path) is url


def test_actor_death_keeps_a_result_finished_just_before_and_charges_the_call_that_killed_it(monkeypatch):
    # The actor ran A (finished, result stored), then P killed it; ray.wait handed the driver P's error first.
    # A must be yielded as done (not resubmitted, not charged); P is the one charged an attempt.
    from collections import Counter, deque

    import ray

    from voc.executors import ray as rx
    from voc.processor import CallOutcome, WorkItem
    from voc.settings import Settings

    def item(cid):
        return WorkItem(call=Call(call_id=cid, path=f"/x/{cid}.wav", duration_s=1.0, channels=1, sample_rate=8000,
                                  codec="pcm"), stages=["transcribe"],
                        hashes={})

    a, p = item("a" * 64), item("p" * 64)
    ok = (CallOutcome(a.call.call_id, {}, {}, 1.0, {}, []), {}, "node-1")
    monkeypatch.setattr(rx.ray, "wait", lambda refs, num_returns, timeout: ([r for r in refs if r == "ref-a"], []))
    monkeypatch.setattr(rx.ray, "get", lambda ref: ok if ref == "ref-a" else (_ for _ in ()).throw(
        ray.exceptions.WorkerCrashedError()))
    ex = rx.RayExecutor(Settings())
    slot = rx._Slot(handle=None, spec=None, state="live", queue=deque(["ref-a", "ref-p"]))
    ex._probes = {}
    slot.handle = type("H", (), {"ready": type("R", (), {"remote": staticmethod(lambda: "probe")})()})()
    inflight = {"ref-a": (slot, a)}           # ref-p was popped by the loop that got its error
    todo, attempts = deque(), Counter()
    outs = list(ex._actor_lost(slot, "ref-p", p, ray.exceptions.WorkerCrashedError(), inflight, todo, attempts))
    assert [o.call_id for o in outs] == [a.call.call_id] and outs[0].error is None
    assert attempts == Counter({p.call.call_id: 1})
    assert list(todo) == ([p] if Settings().run.retries >= 1 else [])
    assert not inflight and not slot.queue and slot.state == "probing"
