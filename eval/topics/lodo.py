"""Topic engine, leave-one-dataset-out: choose the engine's rule on four labelled sets, report NMI on the fifth.

    nice -n 10 .venv/bin/python eval/topics/lodo.py [--data ../shared/data] [--cap 3000]

voc's engine (``voc.analyze.clustering``): k = number of clusters with ≥ max(2, n / ``docs_per_min_size``) texts in
an average-linkage (cosine) cut at ``threshold`` of the vectors smoothed with ``k_neighbours`` (``knn``; each vector
averaged with the mean of its nearest neighbours; 0 = plain MiniLM), then KMeans with that k (``N_INIT`` restarts)
on the vectors smoothed with ``neighbours`` (``nn``). Every free choice is a grid point (nn × knn × threshold ×
docs_per_min_size). For each
held-out set the grid point is chosen on the OTHER four sets only: the best worst-case margin over them (voc's NMI
minus the better baseline's), ties to the best mean NMI; the held-out set's NMI at that point is reported. The rule
shipped as the default is chosen the same way on all five sets and recorded separately.

Caveat: the grid's design (kNN smoothing, the threshold range) was informed by earlier exploratory runs on these same
five sets; the per-fold choice within the grid is honest, the grid itself is not blind.

Two NMIs per grid point: ``nmi`` of the fit's own partition (what ``voc topics`` writes) and ``nmi_assigned`` with
every text sent to its nearest stored MiniLM centroid (what a nightly corpus step stores for new documents).

Baselines on the same texts and the same embeddings (bundled MiniLM), unchanged from the issue:
* BERTopic with its defaults (UMAP 5-d, HDBSCAN) and ``min_topic_size = max(5, n // 80)``; its outliers (-1) count
  as one more cluster, as BERTopic reports them.
* KMeans with the true number of labels on plain MiniLM (an oracle for k; 4 restarts, seed 42).

Sets (eval/topics/datasets.py): Banking77, CLINC150, Bitext (3,000-text fixed-seed samples each), NatCS insurance
(913 turns), DialogSum (98 whole dialogues whose topic occurs ≥ 3 times: the long-text set).
Writes eval/topics/results/lodo.json; embeddings and NMIs cached under .dev/topics-eval/.
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import datasets as D

# cut thresholds per smoothing: smoothing shrinks distances, so the smoothed tree is cut lower
THRESHOLDS = {0: [0.45, 0.5, 0.55], 5: [0.35, 0.4, 0.45, 0.5]}
NEIGHBOURS = list(THRESHOLDS)
DOCS_PER_MIN_SIZE = [1000, 300]
BASELINE_KMEANS = {"n_init": 4, "random_state": 42}
CACHE = D.CACHE / "nmi-cache.json"   # (set, rule/k) → NMI and baseline results, so a wider grid reuses them


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

    from voc.analyze.clustering import _unit

    return KMeans(n_clusters=k, **BASELINE_KMEANS).fit_predict(_unit(emb))


def _g(m: int, km: int, t: float, d: int) -> str:
    return f"nn{m}/knn{km}/t{t}/per{d}"


GRID = [_g(m, km, t, d) for m in NEIGHBOURS for km in NEIGHBOURS
        for t, d in itertools.product(THRESHOLDS[km], DOCS_PER_MIN_SIZE)]


def _margin(r: dict, g: str) -> float:
    return r["grid"][g]["nmi"] - max(r["bertopic"]["nmi"], r["kmeans_true_k"]["nmi"])


def choose(per_set: dict, sets: list[str]) -> str:
    """The grid point with the best worst-case margin over ``sets`` (ties: best mean NMI, then name)."""
    return max(GRID, key=lambda g: (round(min(_margin(per_set[s], g) for s in sets), 6),
                                    np.mean([per_set[s]["grid"][g]["nmi"] for s in sets]), g))


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
        cache = json.loads(CACHE.read_text()) if CACHE.is_file() else {}
        key = f"{name}|{len(texts)}|{D.digest(texts)}"
        grid = {}
        for km, m, d in itertools.product(NEIGHBOURS, NEIGHBOURS, DOCS_PER_MIN_SIZE):
            ks = clustering.estimate_ks(clustering.represent(emb, km), THRESHOLDS[km], [None], d)
            for t in THRESHOLDS[km]:
                k = ks[(t, None)]
                ck = f"{key}|nn{m}|k{k}|ni{clustering.N_INIT}"
                if ck not in cache:
                    part = clustering.fit(emb, k=k, neighbours=m)
                    cache[ck] = {"nmi": nmi(y, part.labels),
                                 "nmi_assigned": nmi(y, clustering.assign(emb, part.centroids))}
                    CACHE.write_text(json.dumps(cache))
                grid[_g(m, km, t, d)] = {"k": k, **cache[ck]}
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
        best = choose(per_set, [s for s in per_set if s != held])
        g = r["grid"][best]
        table[held] = {"chosen_on_others": best, "voc_k": g["k"], "voc_nmi": g["nmi"],
                       "voc_nmi_assigned": g["nmi_assigned"],
                       "bertopic_nmi": r["bertopic"]["nmi"], "bertopic_topics": r["bertopic"]["topics"],
                       "kmeans_true_k_nmi": r["kmeans_true_k"]["nmi"], "true_k": r["labels"],
                       "voc_beats_both": g["nmi"] >= max(r["bertopic"]["nmi"], r["kmeans_true_k"]["nmi"]),
                       "voc_assigned_beats_both": g["nmi_assigned"] >= max(r["bertopic"]["nmi"],
                                                                           r["kmeans_true_k"]["nmi"])}
        print(held, table[held], flush=True)
    # sensitivity, computed after the primary table was seen (so not a second chance): best mean NMI instead
    by_mean = {}
    for held, r in per_set.items():
        others = [s for s in per_set if s != held]
        g = max(GRID, key=lambda g: (np.mean([per_set[s]["grid"][g]["nmi"] for s in others]), g))
        by_mean[held] = {"chosen_on_others": g, "voc_k": r["grid"][g]["k"], "voc_nmi": r["grid"][g]["nmi"],
                         "margin_to_better_baseline": _margin(r, g)}
    overall = choose(per_set, list(per_set))
    out = {"script": "eval/topics/lodo.py", "machine": f"{platform.node()} ({platform.machine()}, CPU)",
           "embedding_model": "all-MiniLM-L6-v2 (bundled)", "cap": args.cap, "sample_seed": D.SEED,
           "engine": {"kmeans_n_init": clustering.N_INIT, "seed": clustering.SEED},
           "grid": {"thresholds_by_neighbours": {str(m): ts for m, ts in THRESHOLDS.items()},
                    "docs_per_min_size": DOCS_PER_MIN_SIZE, "points": GRID},
           "selection": "per held-out set: best worst-case margin (voc NMI minus the better baseline) over the "
                        "other four sets, ties to the best mean NMI",
           "caveat": "the grid's design (kNN smoothing, threshold range, restarts) was informed by earlier "
                     "exploratory runs on these same five sets; the choice within the grid is leave-one-out",
           "baselines": {"bertopic": "defaults, min_topic_size = max(5, n // 80), bundled MiniLM embeddings",
                         "kmeans_true_k": f"true number of labels, plain MiniLM, {BASELINE_KMEANS}"},
           "rule_on_all_sets_for_shipping": overall,
           "lodo": table,
           "sensitivity_best_mean_selection": {
               "note": "the same folds with 'best mean NMI over the other four' as the selection; added after the "
                       "primary table (worst-case margin) was seen, reported for transparency, not used",
               "lodo": by_mean},
           "per_set": per_set}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
