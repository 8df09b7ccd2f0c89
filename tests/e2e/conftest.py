"""One real `voc run --demo` (tiny.en, CPU) shared by the end-to-end tests of every stage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def voc_cmd(*args: str, cwd: Path, env: dict | None = None, timeout: float = 900) -> subprocess.CompletedProcess:
    e = {**os.environ, "VOC_DEVICE": "cpu", "VOC_ASR__MODEL": "tiny.en", "PYANNOTE_METRICS_ENABLED": "false",
         "HF_HUB_OFFLINE": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "voc.cli", *args], cwd=cwd, env=e, capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture(scope="session")
def voc():
    """Run the voc CLI in a subprocess: voc("status", "--json", cwd=folder)."""
    return voc_cmd


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    """(workdir, summary) of `voc run --demo --json` in a fresh folder."""
    from voc.demo import demo_calls

    if not demo_calls():
        pytest.skip("demo calls are missing (python -m voc.demo.make_demo regenerates them)")
    wd = tmp_path_factory.mktemp("demo")
    p = voc_cmd("run", "--demo", "--json", "--quiet", cwd=wd)
    assert p.returncode == 0, f"voc run --demo failed ({p.returncode}):\n{p.stdout[-3000:]}\n{p.stderr[-5000:]}"
    return wd, json.loads(p.stdout)


@pytest.fixture()
def demo_db(demo_run):
    from voc.warehouse import connect

    wd, _ = demo_run
    con = connect(wd / "voc.duckdb", read_only=True)
    yield con
    con.close()
