"""kill -9 at several points of a real `voc run`, then `voc run` again: the warehouse equals an uninterrupted run's.

The points are hit deterministically with VOC_FAULT_INJECT (the process SIGKILLs itself there: no cleanup, no
atexit, exactly like kill -9), plus one kill from outside at an arbitrary moment.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow

VOLATILE = {"run_id", "started_at_run", "ingested_at", "seen_at", "created_at", "elapsed_s", "fitted_at",
            "imported_at", "first_seen", "finished_at", "path"}
TABLES = ["calls", "transcripts", "utterances", "words", "pii_spans", "speakers", "turns", "call_metrics",
          "entities", "sentiment", "call_sentiment", "intents", "complaints", "themes", "topics", "call_topics",
          "campaigns", "campaign_links", "call_stages"]


def snapshot(db):
    from voc.warehouse import connect

    con = connect(db, read_only=True)
    out = {}
    for t in TABLES:
        cols = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [t]).fetchall()]
        keep = [c for c in cols if c not in VOLATILE and not (t == "call_stages" and c == "started_at")]
        rows = con.execute(f"SELECT {', '.join(keep)} FROM {t}").fetchall()
        out[t] = sorted((tuple(_round(v) for v in r) for r in rows), key=repr)
    con.close()
    return out


def _round(v):
    if isinstance(v, float):
        return round(v, 4)
    if isinstance(v, list):
        return tuple(_round(x) for x in v)
    return v


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    from voc.demo import demo_calls, demo_campaigns

    calls = [p for p in demo_calls()][:2]
    if len(calls) < 2:
        pytest.skip("demo calls are missing")
    src = tmp_path_factory.mktemp("src")
    for p in calls:
        shutil.copy(p, src / p.name)
    return src, demo_campaigns()


def run_voc(src, wh, calendar, fault=None, background=False):
    # temperature_fallback off: reproducible decoding, so "equal to an uninterrupted run" is exact
    env = {**os.environ, "VOC_DEVICE": "cpu", "VOC_ASR__MODEL": "tiny.en", "VOC_WAREHOUSE": str(wh),
           "VOC_ASR__TEMPERATURE_FALLBACK": "false", "VOC_RUN__WRITE_BATCH": "1",
           "VOC_CAMPAIGNS__CALENDAR": str(calendar), "PYANNOTE_METRICS_ENABLED": "false", "HF_HUB_OFFLINE": "1"}
    env.pop("VOC_FAULT_INJECT", None)
    if fault:
        env["VOC_FAULT_INJECT"] = fault
    cmd = [sys.executable, "-m", "voc.cli", "run", str(src), "--no-report", "--json"]
    if not background:
        cmd.append("--quiet")
    if background:
        return subprocess.Popen(cmd, env=env, cwd=wh.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return subprocess.run(cmd, env=env, cwd=wh.parent, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory):
    src, cal = inputs
    wh = tmp_path_factory.mktemp("ref") / "voc.duckdb"
    p = run_voc(src, wh, cal)
    assert p.returncode == 0, p.stderr[-3000:]
    return snapshot(wh)


def test_kill_at_each_point_then_resume(inputs, reference, tmp_path):
    src, cal = inputs
    wh = tmp_path / "voc.duckdb"
    # one call committed per transaction (write_batch 1) so the kills land between calls as well as inside one
    for fault in ("ingest:2", "write_call_before_commit:1", "write_call_after_commit:1", "corpus:1"):
        p = run_voc(src, wh, cal, fault=fault)
        assert p.returncode == -signal.SIGKILL, (fault, p.returncode, p.stderr[-2000:])
    p = run_voc(src, wh, cal)
    assert p.returncode == 0, p.stderr[-3000:]
    got = snapshot(wh)
    for t in TABLES:
        assert got[t] == reference[t], f"table {t} differs from the uninterrupted run"


def test_kill_from_outside_mid_run_then_resume(inputs, reference, tmp_path):
    src, cal = inputs
    wh = tmp_path / "voc.duckdb"
    proc = run_voc(src, wh, cal, background=True)
    # wait until the first call is committed (the plain progress log says so), then kill -9 from outside
    deadline = time.monotonic() + 300
    seen = []
    while time.monotonic() < deadline:
        line = proc.stderr.readline().decode(errors="replace")
        if not line:
            break
        seen.append(line)
        if "transcribe: 1/" in line:
            break
    assert any("transcribe: 1/" in ln for ln in seen), "".join(seen)[-2000:]
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    p = run_voc(src, wh, cal)
    assert p.returncode == 0, p.stderr[-3000:]
    got = snapshot(wh)
    for t in TABLES:
        assert got[t] == reference[t], f"table {t} differs from the uninterrupted run"
