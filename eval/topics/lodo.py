"""Topic engine, leave-one-dataset-out: choose the granularity rule on four labelled sets, report NMI on the fifth.

    .venv/bin/python eval/topics/lodo.py [--data ../shared/data] [--cap 3000]

voc's engine (``voc.analyze.clustering``): k = number of clusters with ≥ ``min_size`` texts in an average-linkage
(cosine) cut at ``threshold``, then KMeans with that k. For each held-out set, (threshold, min_size) is the grid
point with the best mean NMI on the OTHER sets; the held-out set's NMI at that point is reported. Never tuned on
the set it reports.

Baselines on the same texts and the same embeddings (bundled MiniLM):
* BERTopic with its defaults (UMAP 5-d, HDBSCAN) and ``min_topic_size = max(5, n // 80)``; its outliers (-1) count
  as one more cluster, as BERTopic reports them.
* KMeans with the true number of labels (an oracle for k; same restarts and seed as voc's KMeans).

Sets (eval/topics/datasets.py): Banking77, CLINC150, Bitext (3,000-text fixed-seed samples each), NatCS insurance
(913 turns), DialogSum (98 whole dialogues whose topic occurs ≥ 3 times: the long-text set).
Writes eval/topics/results/lodo.json; embeddings cached under .dev/topics-eval/.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import datasets as D

THRESHOLDS = [0.45, 0.5, 0.55, 0.6]
MIN_SIZES = [2, 3, None]   # None = "auto": max(2, round(n / 1000))
CACHE = D.CACHE / "nmi-cache.json"   # (set, k) → NMI and baseline results, so a wider grid reuses them


def nmi(y, pred) -> float:
    from sklearn.metrics import normalized_mutual_info_score

    return float(normalized_mutual_info_score(y, pred))


def bertopic_baseline(texts, emb, seed: int = 42) -> np.ndarray:
    from voc.analyze.topics import _numba_cache

    _numba_cache()
    from bertopic import BERTopic

    from voc.analyze.embeddings import get_embedder

    n = len(texts)
    model = BERTopic(embedding_model=get_embedder("bundled"), min_topic_size=max(5, n // 80),
                     calculate_probabilities=False, verbose=False)
    topics, _ = model.fit_transform(list(texts), embeddings=emb)
    return np.asarray(topics)


def kmeans_true(emb, k: int) -> np.ndarray:
    from sklearn.cluster import KMeans

    from voc.analyze.clustering import N_INIT, SEED, _unit

    return KMeans(n_clusters=k, n_init=N_INIT, random_state=SEED).fit_predict(_unit(emb))


def _g(t: float, m: int | None) -> str:
    return f"{t}/{'auto' if m is None else m}"


def main(argv=None) -> int:
    from voc.analyze import clustering

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(D.ROOT.parent / "shared" / "data"))
    ap.add_argument("--cap", type=int, default=3000)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "results" / "lodo.json"))
    args = ap.parse_args(argv)
    data = Path(args.data)
    per_set = {}
    for name in D.SETS:
        t0 = time.time()
        texts, y = D.load(name, data, args.cap)
        emb = D.embeddings(name, texts)
        ks = clustering.estimate_ks(emb, THRESHOLDS, MIN_SIZES)
        cache = json.loads(CACHE.read_text()) if CACHE.is_file() else {}
        key = f"{name}|{len(texts)}|{D.digest(texts)}"
        by_k = {}
        for k in sorted(set(ks.values())):
            if f"{key}|{k}" not in cache:
                cache[f"{key}|{k}"] = nmi(y, clustering.fit(emb, k=k).labels)
            by_k[k] = cache[f"{key}|{k}"]
        grid = {_g(t, m): {"k": ks[(t, m)], "nmi": by_k[ks[(t, m)]]} for t in THRESHOLDS for m in MIN_SIZES}
        true_k = len(set(y))
        if f"{key}|baselines" not in cache:
            bt = bertopic_baseline(texts, emb)
            cache[f"{key}|baselines"] = {
                "bertopic": {"nmi": nmi(y, bt), "topics": len(set(bt.tolist()) - {-1}),
                             "outlier_share": round(float(np.mean(bt == -1)), 4)},
                "kmeans_true_k": {"nmi": nmi(y, kmeans_true(emb, true_k)), "k": true_k}}
        CACHE.write_text(json.dumps(cache))
        base = cache[f"{key}|baselines"]
        per_set[name] = {
            "n": len(texts), "labels": true_k, "long_texts": name in D.LONG,
            "mean_words": round(float(np.mean([len(t.split()) for t in texts])), 1),
            "grid": grid,
            "bertopic": base["bertopic"], "kmeans_true_k": base["kmeans_true_k"],
            "seconds": round(time.time() - t0, 1),
        }
        print(name, json.dumps({k: v for k, v in per_set[name].items() if k != "grid"}), flush=True)
    table = {}
    for held, r in per_set.items():
        others = [s for s in per_set if s != held]
        best = max((_g(t, m) for t in THRESHOLDS for m in MIN_SIZES),
                   key=lambda g: (np.mean([per_set[s]["grid"][g]["nmi"] for s in others]), g))
        table[held] = {"chosen_on_others": best, "voc_k": r["grid"][best]["k"], "voc_nmi": r["grid"][best]["nmi"],
                       "bertopic_nmi": r["bertopic"]["nmi"], "bertopic_topics": r["bertopic"]["topics"],
                       "kmeans_true_k_nmi": r["kmeans_true_k"]["nmi"], "true_k": r["labels"],
                       "voc_beats_both": r["grid"][best]["nmi"] >= max(r["bertopic"]["nmi"],
                                                                       r["kmeans_true_k"]["nmi"])}
        print(held, table[held], flush=True)
    overall = max((_g(t, m) for t in THRESHOLDS for m in MIN_SIZES),
                  key=lambda g: (np.mean([per_set[s]["grid"][g]["nmi"] for s in per_set]), g))
    out = {"script": "eval/topics/lodo.py", "machine": f"{platform.node()} ({platform.machine()}, CPU)",
           "embedding_model": "all-MiniLM-L6-v2 (bundled)", "cap": args.cap, "sample_seed": D.SEED,
           "grid": {"thresholds": THRESHOLDS, "min_sizes": MIN_SIZES},
           "rule_on_all_sets_for_shipping": overall, "lodo": table, "per_set": per_set}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
