"""eval/briefs/run_eval.py on a few DialogSum dialogues (skipped without ../shared/data or rouge-score)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def run_eval():
    sys.path.insert(0, str(REPO / "eval" / "briefs"))
    try:
        import run_eval as mod
        yield mod
    finally:
        sys.path.remove(str(REPO / "eval" / "briefs"))


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("rouge_score") is None, reason="rouge-score is not installed")
def test_scores_briefs_baselines_and_the_human_ceiling_on_a_few_dialogues(shared_data, run_eval):
    path = shared_data / "dialogsum" / "dialogsum.test.jsonl"
    if not path.exists():
        pytest.skip("dialogsum is not in shared/data")
    ds = [d for d in run_eval.load_dialogsum(path) if run_eval.is_service(d["topics"])][:6]
    out = run_eval.summarize(ds, human=True)
    assert out["dialogues"] == 6 and set(out["baselines"]) == {"first_customer", "lead3", "customer_lead3"}
    assert 0.0 < out["brief"]["rougeL"] < out["human_ceiling"]["rougeL"] <= 1.0
    assert sum(out["outcomes"].values()) == 6


def test_outcome_labels_cover_only_known_dialogues_and_outcomes(run_eval):
    import json

    from voc.analyze.briefs import OUTCOMES

    labels = json.loads((REPO / "eval" / "briefs" / "outcome_labels.json").read_text(encoding="utf-8"))
    items = [i for s in labels["sets"].values() for i in s]
    assert len(items) == 61 + 51 + 3 and {i["outcome"] for i in items} <= set(OUTCOMES)
    assert len({(i["source"], i["id"]) for i in items}) == len(items)
