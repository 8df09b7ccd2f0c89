"""A sample warehouse with known contents (voc.testing), built once per session, and its report."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory) -> Path:
    from voc.testing import build_sample_warehouse

    return build_sample_warehouse(tmp_path_factory.mktemp("sample") / "voc.duckdb")


@pytest.fixture()
def sample_con(sample_warehouse):
    from voc.warehouse import connect

    c = connect(sample_warehouse, read_only=True)
    yield c
    c.close()


@pytest.fixture(scope="session")
def sample_report(sample_warehouse):
    from voc.reports import build_report
    from voc.warehouse import connect

    c = connect(sample_warehouse, read_only=True)
    try:
        return build_report(c)
    finally:
        c.close()


@pytest.fixture(scope="session")
def hostile_report_dir(tmp_path_factory) -> Path:
    """The sample warehouse with one complaint (and its utterance) containing a script tag, written as a report."""
    from voc.reports import write_report
    from voc.testing import build_sample_warehouse
    from voc.warehouse import connect

    p = build_sample_warehouse(tmp_path_factory.mktemp("hostile") / "voc.duckdb")
    c = connect(p)
    try:
        bad = "I used the code spring twenty five <script>alert(1)</script> but the discount was not applied."
        c.execute("UPDATE utterances SET text = ? WHERE call_id = 'd69-c1' AND idx = 1", [bad])
        c.execute("UPDATE complaints SET text = ? WHERE call_id = 'd69-c1'", [bad])
        out = tmp_path_factory.mktemp("hostile_report")
        write_report(c, out, warehouse=str(p))
    finally:
        c.close()
    return out
