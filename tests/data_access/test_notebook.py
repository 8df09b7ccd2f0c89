"""notebooks/explore_calls.ipynb runs top to bottom (nbclient) on the fixture warehouse and shows its plots.

Point ``VOC_NOTEBOOK_WAREHOUSE`` at another warehouse (e.g. the one ``voc run --demo`` writes) to run it there too.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore_calls.ipynb"


def _execute(warehouse: Path, workdir: Path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    old = os.environ.get("VOC_WAREHOUSE")
    os.environ["VOC_WAREHOUSE"] = str(warehouse)  # the kernel inherits this process's environment
    try:
        nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                resources={"metadata": {"path": str(workdir)}}).execute()
    finally:
        if old is None:
            os.environ.pop("VOC_WAREHOUSE", None)
        else:
            os.environ["VOC_WAREHOUSE"] = old
    return nb


def _text(nb) -> str:
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            out.append(o.get("text", "") or o.get("data", {}).get("text/plain", ""))
    return "\n".join(out)


def _images(nb) -> int:
    return sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))


@pytest.mark.slow
def test_notebook_runs_on_the_fixture_warehouse(fresh_wh, tmp_path):
    nb = _execute(fresh_wh, tmp_path)
    text = _text(nb)
    assert "16 calls" in text
    assert "Unexpected fees" in text and "Discount not applied" in text          # complaint themes table
    assert "SPRING24 'Spring Switch'" in text and "4 linked calls" in text        # campaign deep-dive
    assert "I would like to stop being your customer" in text                     # semantic search
    assert _images(nb) == 4   # weekly drivers, themes, campaign volume, campaign intents + sentiment
    assert not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))


def test_notebook_runs_on_an_external_warehouse(tmp_path):
    path = os.environ.get("VOC_NOTEBOOK_WAREHOUSE")
    if not path:
        pytest.skip("set VOC_NOTEBOOK_WAREHOUSE to run the notebook on another warehouse (e.g. the demo)")
    copy = tmp_path / "voc.duckdb"   # the search index is written beside the warehouse: use a copy
    shutil.copy2(path, copy)
    nb = _execute(copy, tmp_path)
    assert _images(nb) >= 2
