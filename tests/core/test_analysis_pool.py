"""run.analysis_workers: each call's redaction + analysis half runs in a spawned worker process while the main
process takes the next call; the warehouse is the one the inline path writes, a dead worker loses nothing and
duplicates nothing (the call is retried), a failure in the worker fails only its call. Fakes, no models; the
pool tests are slow only because they spawn processes. The real pipeline: tests/e2e/test_analysis_workers.py."""

from __future__ import annotations

import os

import duckdb
import pytest
from analysis_fakes import SplitFakeProcessor
from pipeline_fakes import fast_settings

from voc import pipeline
from voc.executors.analysis_pool import analysis_workers
from voc.executors.local import LocalExecutor

COMPARED = {"transcripts": "call_id, language, model", "utterances": "*", "words": "*", "speakers": "*",
            "intents": "*", "doc_embeddings": "call_id, kind, text, embedding",
            "call_stages": "call_id, stage, status, settings_hash, attempts"}


@pytest.fixture()
def calls(tmp_path, tone):
    for i, n in enumerate(("a.wav", "b.wav", "c.wav", "d.wav")):
        tone(f"calls/{n}", seconds=1.0, freq=300.0 + 100 * i)
    return tmp_path / "calls"


def _run(tmp_path, name, calls, workers, fail=None):
    s = fast_settings(tmp_path / name, analysis_workers=workers, retries=1)
    ex = LocalExecutor(s, processor=SplitFakeProcessor(s, fail), analysis_factory="analysis_fakes:SplitFakeProcessor")
    try:
        summary = pipeline.run_batch(s, [calls], executor=ex, until="attribute", report=False)
    finally:
        ex.close()
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    try:
        rows = {t: con.execute(f"SELECT {c} FROM {t} ORDER BY ALL").fetchall() for t, c in COMPARED.items()}
    finally:
        con.close()
    return summary, rows


@pytest.mark.slow   # spawns worker processes (a few seconds on 2 cores)
def test_pooled_analysis_writes_the_inline_warehouse_and_survives_a_dead_worker(tmp_path, calls):
    inline, a = _run(tmp_path, "inline", calls, 0)
    # b.wav's worker dies the first time (the whole pool breaks: every call in flight is retried, none doubled)
    pooled, b = _run(tmp_path, "pooled", calls, 1, fail={"b.wav": "kill-once"})
    assert inline.status == pooled.status == "done" and pooled.failures == []
    assert len(a["intents"]) == 4 and len(a["doc_embeddings"]) == 8
    assert 0 < pooled.durations["worker_pid"] != os.getpid()   # the analysis half ran in another process
    assert (calls / "b.killed").exists()
    for t in COMPARED:
        if t != "call_stages":
            assert a[t] == b[t], f"{t} differs between inline and pooled analysis"
    # the same ledger, but for attempts of the calls that were in flight when the worker died
    assert [r[:4] for r in a["call_stages"]] == [r[:4] for r in b["call_stages"]]


@pytest.mark.slow
def test_a_failure_in_the_worker_fails_only_its_call(tmp_path, calls):
    summary, rows = _run(tmp_path, "p", calls, 1, fail={"c.wav": "back-permanent"})
    assert [f["path"].rsplit("/", 1)[-1] for f in summary.failures] == ["c.wav"]
    assert summary.failures[0]["stage"] == "analyze" and "analysis" in summary.failures[0]["error"]
    assert len({r[0] for r in rows["intents"]}) == 3


def test_auto_is_inline_on_the_cpu(tmp_path):
    s = fast_settings(tmp_path)
    s.device = "cpu"
    assert s.run.analysis_workers == -1 and analysis_workers(s) == 0
    s.run.analysis_workers = 2
    assert analysis_workers(s) == 2
