"""RayExecutor against a real 2-node cluster, with a fake processor: streaming, backpressure, dedupe, faults."""

from __future__ import annotations

import ray_fakes
import pytest

from voc.processor import WorkItem
from voc.records import Call
from voc.settings import Settings

pytestmark = pytest.mark.ray

STAGES = ["transcribe", "speakers", "analyze", "attribute"]


def _settings(address: str, **run) -> Settings:
    s = Settings.load(env={}, overrides={"run.executor": "ray", "run.ray_address": address, "device": "cpu"})
    for k, v in run.items():
        setattr(s.run, k, v)
    return s


def _item(i: int, path: str, **meta) -> WorkItem:
    call = Call(call_id=f"{i:02d}" + "c" * 62, path=path, duration_s=2.0, channels=1, sample_rate=8000, codec="pcm",
                meta=meta)
    return WorkItem(call=call, stages=list(STAGES), hashes={s: f"h-{s}" for s in STAGES})


@pytest.fixture()
def audio(tone):
    return str(tone("call.wav", seconds=0.5))


def _executor(address, **run):
    from voc.executors.ray import RayExecutor

    return RayExecutor(_settings(address, **run), ray_fakes.FakeProcessor)


def test_streams_every_call_once_over_both_nodes_with_exact_rows(ray_client, audio):
    with _executor(ray_client.address) as ex:
        outs = list(ex.map(_item(i, audio, sleep=0.3) for i in range(10)))
        assert ex.stats.actors == 2
        assert len(ex.stats.calls_by_node) == 2          # both nodes did work
    assert sorted(o.call_id for o in outs) == sorted(_item(i, audio).call.call_id for i in range(10))
    for o in outs:
        assert o.error is None
        assert o.stages == {s: f"h-{s}" for s in STAGES}
        assert o.rows == ray_fakes.fake_rows(o.call_id)  # dict and list columns come back exactly


def test_backpressure_pulls_inputs_only_as_actors_free_up(ray_client, audio):
    pulled = []

    def items():
        for i in range(12):
            pulled.append(i)
            yield _item(i, audio, sleep=0.2)

    ahead = []
    with _executor(ray_client.address, ray_max_in_flight=2) as ex:
        for n_out, _ in enumerate(ex.map(items()), start=1):
            ahead.append(len(pulled) - n_out)
    # 2 actors x 2 in flight: never more than 4 calls submitted but not yet returned (+1 just yielded)
    assert max(ahead) <= 4
    assert len(pulled) == 12


def test_duplicate_call_ids_are_processed_and_yielded_once(ray_client, audio):
    items = [_item(i % 3, audio) for i in range(7)]
    with _executor(ray_client.address) as ex:
        outs = list(ex.map(items))
        assert ex.stats.duplicate_inputs == 4
    assert sorted(o.call_id for o in outs) == sorted({it.call.call_id for it in items})


def test_worker_killed_mid_call_is_resubmitted_and_completes(ray_client, audio, tmp_path):
    marker = tmp_path / "crashed-once"
    items = [_item(i, audio, sleep=0.1) for i in range(5)] + [_item(9, audio, crash="once", marker=str(marker))]
    with _executor(ray_client.address, ray_max_restarts=2) as ex:
        outs = list(ex.map(items))
        assert ex.stats.actor_failures >= 1 and ex.stats.resubmitted >= 1 and ex.stats.lost == 0
    assert marker.exists()                              # it really crashed once
    assert sorted(o.call_id for o in outs) == sorted(it.call.call_id for it in items)
    assert all(o.error is None for o in outs)


def test_call_that_always_kills_its_worker_fails_after_retries_others_complete(ray_client, audio):
    items = [_item(i, audio, sleep=0.1) for i in range(4)] + [_item(7, audio, crash="always")]
    with _executor(ray_client.address, retries=1) as ex:
        outs = {o.call_id: o for o in ex.map(items)}
        assert ex.stats.lost == 1 and ex.stats.actor_failures >= 2
        # the pipeline retries a failed call with another map() in the same run: it is not sent to a worker again
        failures = ex.stats.actor_failures
        (again,) = list(ex.map([items[-1]]))
        assert ex.stats.actor_failures == failures
    assert len(outs) == 5
    bad = outs[items[-1].call.call_id]
    for o in (bad, again):
        assert o.error and "died 2 time(s)" in o.error and audio in o.error
        assert not o.permanent and o.rows == {} and o.error_stage == "transcribe"
    assert all(o.error is None for cid, o in outs.items() if cid != bad.call_id)


def test_missing_audio_on_worker_is_a_permanent_failure_naming_the_path(ray_client, tmp_path):
    missing = str(tmp_path / "not-mounted" / "x.wav")
    with _executor(ray_client.address) as ex:
        (out,) = list(ex.map([_item(1, missing)]))
    assert out.permanent and missing in out.error and "same path on every" in out.error


def test_exception_escaping_the_processor_is_isolated_to_its_call(ray_client, audio):
    items = [_item(1, audio), _item(2, audio, **{"raise": "processor bug"})]
    with _executor(ray_client.address) as ex:
        outs = {o.call_id: o for o in ex.map(items)}
    assert outs[items[0].call.call_id].error is None
    err = outs[items[1].call.call_id]
    assert "processor bug" in err.error and not err.permanent


def test_actors_that_cannot_start_fail_the_run_with_their_cause(ray_client, audio):
    from voc.errors import TransientError
    from voc.executors.ray import RayExecutor

    ex = RayExecutor(_settings(ray_client.address, ray_actor_wait_s=60), ray_fakes.broken_factory)
    try:
        with pytest.raises(TransientError, match="every actor is dead.*ModelError: fake model folder /models/missing"):
            list(ex.map([_item(1, audio)]))
    finally:
        ex.close()
