"""The real pipeline with run.analysis_workers = 1 (redaction + analysis in a spawned worker process while the main
process transcribes the next call) writes the same warehouse as the inline path (run.analysis_workers = 0), on
demo calls (VOC_ANALYSIS_DEMO_CALLS, default 3)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

COMPARED = {
    "utterances": "*", "words": "*", "speakers": "*", "turns": "*", "call_metrics": "*", "pii_spans": "*",
    "entities": "*", "sentiment": "*", "call_sentiment": "*", "intents": "*",
    "complaints": "* EXCLUDE (theme_id)", "campaign_links": "*", "signals": "*", "call_briefs": "*",
    "transcripts": "call_id, language, model, compute_type, device, audio_s",
    "call_stages": "call_id, stage, status, settings_hash, attempts",
}


@pytest.fixture(scope="module")
def demo_input(tmp_path_factory):
    from voc.demo import demo_calls, demo_campaigns, demo_lexicons, demo_manifest

    calls = demo_calls()
    if not calls:
        pytest.skip("the demo calls are not built (python -m voc.demo.make_demo)")
    d = tmp_path_factory.mktemp("demo")
    (d / "calls").mkdir()
    for c in calls[: int(os.environ.get("VOC_ANALYSIS_DEMO_CALLS", "3"))]:
        shutil.copy(c, d / "calls" / c.name)
    for f in (demo_manifest(), demo_campaigns(), demo_lexicons()):
        shutil.copy(f, d / f.name)
    return d


def _voc_run(demo: Path, work: Path, workers: int) -> dict:
    from voc.analyze.intents import default_taxonomy_path

    work.mkdir()
    env = {**os.environ, "VOC_ASR__MODEL": "tiny.en", "VOC_DEVICE": "cpu", "VOC_ASR__CPU_THREADS": "1",
           "VOC_ASR__TEMPERATURE_FALLBACK": "false",   # deterministic ASR: the comparison is about the executor
           "VOC_CAMPAIGNS__CALENDAR": str(demo / "campaigns.yaml"),
           "VOC_ANALYSIS__LEXICONS": str(demo / "lexicons.yaml"),
           "VOC_ANALYSIS__TAXONOMY": str(default_taxonomy_path()),
           "VOC_RUN__ANALYSIS_WORKERS": str(workers), "HF_HUB_OFFLINE": "1"}
    cmd = [str(Path(sys.executable).parent / "voc"), "run", str(demo / "calls"), "--manifest",
           str(demo / "manifest.csv"), "--warehouse", str(work / "voc.duckdb"), "--json"]
    res = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, f"{' '.join(cmd)} exited {res.returncode}:\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
    return json.loads(res.stdout)


def _contents(db: Path) -> dict[str, list[tuple]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in COMPARED.items()}
    finally:
        con.close()


def test_demo_calls_same_warehouse_with_and_without_analysis_workers(demo_input, tmp_path):
    inline = _voc_run(demo_input, tmp_path / "inline", 0)
    pooled = _voc_run(demo_input, tmp_path / "pooled", 1)
    n_calls = len(list((demo_input / "calls").glob("*.wav")))
    for summary in (inline, pooled):
        assert summary["status"] == "done" and summary["failures"] == []
        assert summary["counts"]["analyze"]["done"] == n_calls
    a, b = _contents(tmp_path / "inline" / "voc.duckdb"), _contents(tmp_path / "pooled" / "voc.duckdb")
    assert len(a["utterances"]) > 0 and len(a["intents"]) >= n_calls and len(a["entities"]) > 0
    for table in COMPARED:
        assert a[table] == b[table], f"{table} differs between inline analysis and run.analysis_workers = 1"
