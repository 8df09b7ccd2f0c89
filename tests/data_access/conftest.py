"""Fixtures for the data-access tests: the known warehouse of ``warehouse_fixture.py``."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from warehouse_fixture import build_fixture_warehouse


@pytest.fixture(scope="session")
def sample_wh(tmp_path_factory) -> Path:
    """The fixture warehouse, built once per test session (tests must not write to it)."""
    return build_fixture_warehouse(tmp_path_factory.mktemp("wh") / "voc.duckdb")


@pytest.fixture()
def fresh_wh(sample_wh, tmp_path) -> Path:
    """A private copy of the fixture warehouse (no side files), for tests that change it or its search index."""
    dst = tmp_path / "voc.duckdb"
    shutil.copy2(sample_wh, dst)
    return dst


@pytest.fixture()
def writer(fresh_wh):
    """Another process holding the warehouse open for writing, as `voc run` does."""
    code = textwrap.dedent(f"""
        import sys
        from voc.warehouse import connect
        con = connect({str(fresh_wh)!r})
        con.execute("UPDATE calls SET queue = 'written' WHERE call_id = 'c00'")
        print("ready", flush=True)
        sys.stdin.readline()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    yield fresh_wh
    proc.stdin.close()
    proc.wait(timeout=30)
