"""The real pipeline with run.analysis_workers = 1 (redaction + analysis in a spawned worker process while the main
process transcribes the next call) writes the same warehouse as the inline path (run.analysis_workers = 0), on
demo calls (VOC_ANALYSIS_DEMO_CALLS, default 3)."""

from __future__ import annotations

import os

import pytest
from demo_runs import COMPARED, contents, copy_demo, voc_run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_input(tmp_path_factory):
    return copy_demo(tmp_path_factory.mktemp("demo"), os.environ.get("VOC_ANALYSIS_DEMO_CALLS", "3"))


def _voc_run(demo, work, workers: int) -> dict:
    return voc_run(demo, work, env_extra={"VOC_RUN__ANALYSIS_WORKERS": str(workers)})


def test_demo_calls_same_warehouse_with_and_without_analysis_workers(demo_input, tmp_path):
    inline = _voc_run(demo_input, tmp_path / "inline", 0)
    pooled = _voc_run(demo_input, tmp_path / "pooled", 1)
    n_calls = len(list((demo_input / "calls").glob("*.wav")))
    for summary in (inline, pooled):
        assert summary["status"] == "done" and summary["failures"] == []
        assert summary["counts"]["analyze"]["done"] == n_calls
    a, b = contents(tmp_path / "inline" / "voc.duckdb"), contents(tmp_path / "pooled" / "voc.duckdb")
    assert len(a["utterances"]) > 0 and len(a["intents"]) >= n_calls and len(a["entities"]) > 0
    for table in COMPARED:
        assert a[table] == b[table], f"{table} differs between inline analysis and run.analysis_workers = 1"
