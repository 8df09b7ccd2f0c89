"""The demo calls through the real pipeline: `voc run --executor ray` on a 2-node cluster gives the same warehouse
contents as the local executor.

By default a subset of the demo (VOC_RAY_DEMO_CALLS, default 4 calls) keeps this under a few minutes on 2 cores;
VOC_RAY_DEMO_CALLS=all runs every demo call (`voc run --demo` copies the same files, manifest, calendar, lexicons).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.ray, pytest.mark.slow]

# per-call tables compared row by row (columns that record time or run ids excluded)
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
    n = os.environ.get("VOC_RAY_DEMO_CALLS", "4")
    chosen = calls if n == "all" else calls[: int(n)]
    d = tmp_path_factory.mktemp("demo")
    (d / "calls").mkdir()
    for c in chosen:
        shutil.copy(c, d / "calls" / c.name)
    for f in (demo_manifest(), demo_campaigns(), demo_lexicons()):
        shutil.copy(f, d / f.name)
    return d


def _voc_run(demo: Path, work: Path, *extra: str) -> dict:
    from voc.analyze.intents import default_taxonomy_path

    work.mkdir()
    # faster-whisper's temperature fallback *samples* (unseeded) when a segment decodes badly, so two runs of the
    # same executor can differ on hard audio; asr.temperature_fallback = false makes ASR deterministic
    # and the comparison about the executors (same settings in both runs).
    env = {**os.environ, "VOC_ASR__MODEL": "tiny.en", "VOC_DEVICE": "cpu", "VOC_ASR__CPU_THREADS": "1",
           "VOC_ASR__TEMPERATURE_FALLBACK": "false",
           "VOC_CAMPAIGNS__CALENDAR": str(demo / "campaigns.yaml"),
           "VOC_ANALYSIS__LEXICONS": str(demo / "lexicons.yaml"),
           "VOC_ANALYSIS__TAXONOMY": str(default_taxonomy_path()),   # the demo's deployment, as `voc run --demo`
           "HF_HUB_OFFLINE": "1"}
    cmd = [str(Path(sys.executable).parent / "voc"), "run", str(demo / "calls"), "--manifest",
           str(demo / "manifest.csv"), "--warehouse", str(work / "voc.duckdb"), "--json", *extra]
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


def test_demo_calls_same_warehouse_with_local_and_ray_executors(demo_input, cluster, tmp_path):
    local = _voc_run(demo_input, tmp_path / "local")
    ray_run = _voc_run(demo_input, tmp_path / "ray", "--executor", "ray", "--address", cluster.address)
    n_calls = len(list((demo_input / "calls").glob("*.wav")))
    for summary in (local, ray_run):
        assert summary["status"] == "done" and summary["failures"] == []
        assert summary["counts"]["transcribe"]["done"] == n_calls
    a, b = _contents(tmp_path / "local" / "voc.duckdb"), _contents(tmp_path / "ray" / "voc.duckdb")
    assert len(a["utterances"]) > 0 and len(a["speakers"]) >= n_calls and len(a["intents"]) >= n_calls
    for table in COMPARED:
        assert len(a[table]) == len(b[table]), f"{table}: {len(a[table])} rows local, {len(b[table])} with Ray"
        assert a[table] == b[table], f"{table} differs between the local and the Ray executor"
