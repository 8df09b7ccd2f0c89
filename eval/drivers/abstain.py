"""Where a taxonomy classification should abstain ("other"): the confidence bar, chosen on one labelled set and
reported on the other (both directions).

    .venv/bin/python eval/drivers/abstain.py

A deployment's taxonomy is simulated per set: each intent's id (humanised) as description plus ``--examples``
example texts drawn from the set (fixed seed); the remaining texts are classified zero-shot exactly as one customer
utterance of a call is (``IntentClassifier.similarity`` → softmax at the zero-shot temperature × relevance and
length weights: the call's confidence for a one-utterance call). The bar is the lowest confidence at which the
calls kept are at least ``--target`` accurate on the tuning set; on the other set we report the share kept and
their accuracy, beside the plain baseline of never abstaining. Sets: NatCS insurance (913 turns, 22 intents) and
a 3,000-text Banking77 sample (77 intents), the same texts and cached embeddings as eval/topics/lodo.py.
Writes eval/drivers/results/abstain.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval" / "topics"))
import datasets as D


def confidences(name: str, data: Path, n_examples: int, seed: int = 0):
    import yaml

    from voc.analyze import intents as I

    texts, y = D.load(name, data, 3000)
    emb = D.embeddings(name, texts)
    rng = random.Random(seed)
    by: dict[str, list[int]] = {}
    for i, lab in enumerate(y):
        by.setdefault(lab, []).append(i)
    train = {lab: rng.sample(idx, min(n_examples, len(idx) - 1)) for lab, idx in by.items()}
    taken = {i for v in train.values() for i in v}
    tax = [{"id": lab, "description": lab.replace("_", " ").replace("-", " "), "examples": [texts[i] for i in v]}
           for lab, v in sorted(train.items())]
    p = Path(tempfile.mkdtemp()) / "taxonomy.yaml"
    p.write_text(yaml.safe_dump(tax), encoding="utf-8")
    clf = I.IntentClassifier.from_taxonomy(p)
    test = [i for i in range(len(texts)) if i not in taken]
    raw = clf.similarity(emb[test])
    probs = I.softmax(raw.astype(float), clf.temperature)
    rel = np.clip((raw.max(axis=1) - I.RELEVANCE_LOW) / (I.RELEVANCE_HIGH - I.RELEVANCE_LOW), 0.0, 1.0)
    short = np.where(np.array([len(texts[i].split()) for i in test]) >= I.MIN_WORDS, 1.0, I.SHORT_WEIGHT)
    conf = (rel * short)[:, None] * probs
    pred = np.array(clf.labels)[conf.argmax(axis=1)]
    return conf.max(axis=1), pred == np.array([y[i] for i in test])


def bar_for(conf, ok, target: float) -> float:
    for t in np.round(np.arange(0.0, 1.0, 0.01), 2):
        kept = conf >= t
        if kept.sum() >= 10 and ok[kept].mean() >= target:
            return float(t)
    return 1.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--target", type=float, default=0.85)
    args = ap.parse_args(argv)
    sets = {s: confidences(s, Path(args.data), args.examples) for s in ("natcs-insurance", "banking77")}
    out = {"script": "eval/drivers/abstain.py", "machine": f"{platform.node()} (CPU)", "target_accuracy": args.target,
           "examples_per_intent": args.examples, "runs": []}
    for tune, report in (("natcs-insurance", "banking77"), ("banking77", "natcs-insurance")):
        t = bar_for(*sets[tune], args.target)
        conf, ok = sets[report]
        kept = conf >= t
        out["runs"].append({"tuned_on": tune, "bar": t, "reported_on": report, "texts": len(ok),
                            "kept_share": round(float(kept.mean()), 4),
                            "kept_accuracy": round(float(ok[kept].mean()), 4) if kept.any() else None,
                            "baseline_never_abstain_accuracy": round(float(ok.mean()), 4)})
        print(out["runs"][-1], flush=True)
    (ROOT / "eval" / "drivers" / "results").mkdir(parents=True, exist_ok=True)
    (ROOT / "eval" / "drivers" / "results" / "abstain.json").write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
