"""Shared by the executor-equality tests (Ray vs local, analysis workers vs inline): copy demo calls, run the real
`voc run` on them with deterministic ASR, and read the per-call tables for a row-by-row comparison."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# per-call tables compared row by row (columns that record time or run ids excluded)
COMPARED = {
    "utterances": "*", "words": "*", "speakers": "*", "turns": "*", "call_metrics": "*", "pii_spans": "*",
    "entities": "*", "sentiment": "*", "call_sentiment": "*", "intents": "*",
    "complaints": "* EXCLUDE (theme_id)", "campaign_links": "*", "signals": "*", "call_briefs": "*",
    "transcripts": "call_id, language, model, compute_type, device, audio_s",
    "call_stages": "call_id, stage, status, settings_hash, attempts",
}


def copy_demo(dest: Path, n: str) -> Path:
    """The first ``n`` demo calls ("all": every one) with the demo's manifest, calendar and lexicons, under ``dest``."""
    from voc.demo import demo_calls, demo_campaigns, demo_lexicons, demo_manifest

    calls = demo_calls()
    if not calls:
        pytest.skip("the demo calls are not built (python -m voc.demo.make_demo)")
    (dest / "calls").mkdir(parents=True)
    for c in calls if n == "all" else calls[: int(n)]:
        shutil.copy(c, dest / "calls" / c.name)
    for f in (demo_manifest(), demo_campaigns(), demo_lexicons()):
        shutil.copy(f, dest / f.name)
    return dest


def voc_run(demo: Path, work: Path, *extra: str, env_extra: dict[str, str] | None = None) -> dict:
    """`voc run --json` on the copied demo in ``work`` with the demo's deployment (as `voc run --demo`); its summary."""
    from voc.analyze.intents import default_taxonomy_path

    work.mkdir()
    # faster-whisper's temperature fallback *samples* (unseeded) when a segment decodes badly, so two runs can
    # differ on hard audio; asr.temperature_fallback = false makes ASR deterministic and the comparison about
    # the executors (same settings in both runs).
    env = {**os.environ, "VOC_ASR__MODEL": "tiny.en", "VOC_DEVICE": "cpu", "VOC_ASR__CPU_THREADS": "1",
           "VOC_ASR__TEMPERATURE_FALLBACK": "false",
           "VOC_CAMPAIGNS__CALENDAR": str(demo / "campaigns.yaml"),
           "VOC_ANALYSIS__LEXICONS": str(demo / "lexicons.yaml"),
           "VOC_ANALYSIS__TAXONOMY": str(default_taxonomy_path()),
           "HF_HUB_OFFLINE": "1", **(env_extra or {})}
    cmd = [str(Path(sys.executable).parent / "voc"), "run", str(demo / "calls"), "--manifest",
           str(demo / "manifest.csv"), "--warehouse", str(work / "voc.duckdb"), "--json", *extra]
    res = subprocess.run(cmd, check=False, cwd=work, env=env, capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, f"{' '.join(cmd)} exited {res.returncode}:\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
    return json.loads(res.stdout)


def contents(db: Path) -> dict[str, list[tuple]]:
    """Every COMPARED table's rows, sorted."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in COMPARED.items()}
    finally:
        con.close()
