"""Topic engine, leave-one-dataset-out, NMI averaged over seeds, against two baselines on the same texts.

    nice -n 10 .venv/bin/python eval/topics/lodo.py [--data ../shared/data] [--cap 3000]

voc's engine (``voc.analyze.clustering``): a 10-d UMAP of the MiniLM vectors (BERTopic's other defaults), KMeans on it for
each k of a fixed geometric grid, k = the best silhouette of those partitions measured in MiniLM space (cosine). It
has no constant fitted to these sets. The script still runs leave-one-dataset-out over the design alternatives that
were explored (UMAP 5-d or 10-d; silhouette in MiniLM space or in the reduced space; a consensus of 5 UMAP runs,
``ensemble5/*``: average linkage on 1 - co-association, cut at the runs' k with the best MiniLM silhouette or at
their median k): for each held-out set the variant is chosen on the OTHER four only (best worst-case margin of the seed-mean NMI over the better baseline, ties
to the best mean NMI) and the held-out set's NMI for that variant is reported.

Caveat: these alternatives (and UMAP + silhouette itself, over the average-linkage cut of earlier sessions) were
picked after exploratory runs on these same five sets; the per-fold choice among them is honest, the family is not
blind. The engine's constants are BERTopic's/UMAP's defaults and a k grid set by the data size, none fitted.

Every figure is the mean over ``SEEDS`` (the seed of UMAP and KMeans in voc; of UMAP in BERTopic; of KMeans in the
KMeans baseline); per-seed values are stored too. Two NMIs for voc: ``nmi`` of the fit's own partition (what
``voc topics`` writes) and ``nmi_assigned`` with every text sent to its nearest stored MiniLM centroid (what a
nightly corpus step stores for new documents).

Baselines, unchanged from the issue:
* BERTopic with its defaults (UMAP 5-d with the seed set, HDBSCAN) and ``min_topic_size = max(5, n // 80)``; its
  outliers (-1) count as one more cluster, as BERTopic reports them.
* KMeans with the true number of labels on plain MiniLM (an oracle for k; 4 restarts).

Embeddings: voc's own ``embed`` for voc (a text over MiniLM's 256-word-piece input is embedded as the mean of its
windows); the model's truncating ``encode`` for the baselines, as BERTopic's defaults embed. They differ only on the
long texts (11 DialogSum dialogues; ``texts_over_model_input`` per set).

Sets (eval/topics/datasets.py): Banking77, CLINC150, Bitext (3,000-text fixed-seed samples each), NatCS insurance
(913 turns), DialogSum (98 whole dialogues whose topic occurs ≥ 3 times: the long-text set).
Writes eval/topics/results/lodo.json; embeddings and NMIs cached under .dev/topics-eval/.
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

SEEDS = (42, 0, 1)                    # 42 is the engine's shipped seed
SHIPPED = "umap10/silhouette-minilm"
VARIANTS = ["umap5/silhouette-minilm", "umap5/silhouette-reduced", "umap10/silhouette-minilm",
            "umap10/silhouette-reduced", "ensemble5/consensus-silhouette", "ensemble5/consensus-median-k"]
_RUNS: dict = {}   # "ensembleR" variants: R UMAP runs (seeds seed + 1000 r) per (texts, seed), shared by both rules
ENSEMBLE_DIM = 5   # the ensembles were measured on 5-d UMAP runs (the engine's space then); kept so a re-run means the same
BASELINE_KMEANS_N_INIT = 4
CACHE = D.CACHE / "nmi-cache-v2.json"


def nmi(y, pred) -> float:
    from sklearn.metrics import normalized_mutual_info_score

    return float(normalized_mutual_info_score(y, pred))


def bertopic_baseline(texts, emb, seed: int) -> np.ndarray:
    from voc.analyze.clustering import numba_cache

    numba_cache()
    from bertopic import BERTopic
    from umap import UMAP

    from voc.analyze.embeddings import get_embedder

    n = len(texts)
    umap = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed)  # its defaults
    model = BERTopic(embedding_model=get_embedder("bundled"), umap_model=umap, min_topic_size=max(5, n // 80),
                     calculate_probabilities=False, verbose=False)
    topics, _ = model.fit_transform(list(texts), embeddings=emb)
    return np.asarray(topics)


def kmeans_true(emb, k: int, seed: int) -> np.ndarray:
    from sklearn.cluster import KMeans

    from voc.analyze.clustering import _unit

    return KMeans(n_clusters=k, n_init=BASELINE_KMEANS_N_INIT, random_state=seed).fit_predict(_unit(emb))


def run_variant(variant: str, emb: np.ndarray, y, seed: int) -> dict:
    """One engine variant at one seed: k, NMI of its partition, NMI with every text assigned to its centroid."""
    from voc.analyze import clustering as C

    if variant == SHIPPED:   # exactly what voc runs
        part = C.fit(emb, seed=seed)
        if C.UMAP_DIM == ENSEMBLE_DIM:   # the ensembles' run 0, when the shipped fit is in their space
            _RUNS[(emb.shape, float(C._unit(emb).sum()), seed)] = [(part.k, part.labels)]
        return {"k": part.k, "nmi": nmi(y, part.labels), "nmi_assigned": nmi(y, C.assign(emb, part.centroids))}
    dim, score = variant.split("/")
    E = C._unit(emb)
    if dim.startswith("ensemble"):   # consensus of R single-run fits (voc.analyze.clustering.consensus)
        key, R = (E.shape, float(E.sum()), seed), int(dim.removeprefix("ensemble"))
        runs = _RUNS.get(key, [])   # run 0 is the shipped single-run fit at this seed, when it ran in this process
        if len(runs) < R:
            runs = _RUNS[key] = runs + C.ensemble_runs(E, C.k_grid(len(E)), seed + len(runs) * C.ENSEMBLE_SEED_STEP,
                                                       R - len(runs), dim=ENSEMBLE_DIM)
        runs = runs[:R]
        k, lab, _ = C.consensus(E, runs, "median" if score.endswith("median-k") else "silhouette")
        cents = C._unit(np.stack([E[lab == c].mean(axis=0) for c in np.unique(lab)]))
        return {"k": k, "nmi": nmi(y, lab), "nmi_assigned": nmi(y, C.assign(E, cents)),
                "run_k": [r[0] for r in runs], "run_nmi": [nmi(y, r[1]) for r in runs]}
    X, space = C.reduce(E, seed, dim=int(dim.removeprefix("umap")))
    reduced = score == "silhouette-reduced" and space == "umap"
    k, _, lab = C.scan_k(X, X if reduced else E, C.k_grid(len(E)), seed, "euclidean" if reduced else "cosine")
    cents = C._unit(np.stack([E[lab == c].mean(axis=0) for c in np.unique(lab)]))
    return {"k": k, "nmi": nmi(y, lab), "nmi_assigned": nmi(y, C.assign(E, cents))}


def _mean(rows: list[dict], key: str) -> float:
    return float(np.mean([r[key] for r in rows]))


def _margin(r: dict, v: str) -> float:
    return r["voc"][v]["nmi"] - max(r["bertopic"]["nmi"], r["kmeans_true_k"]["nmi"])


def choose(per_set: dict, sets: list[str]) -> str:
    """The variant with the best worst-case margin over ``sets`` (ties: best mean NMI, then name)."""
    return max(VARIANTS, key=lambda v: (round(min(_margin(per_set[s], v) for s in sets), 6),
                                        np.mean([per_set[s]["voc"][v]["nmi"] for s in sets]), v))


def evaluate_set(name: str, data: Path, cap: int) -> dict:
    t0 = time.time()
    texts, y = D.load(name, data, cap)
    plain = D.embeddings(name, texts, plain=True)   # the baselines' (long texts truncated)
    emb = D.embeddings(name, texts)                  # voc's (long texts embedded by windows)
    windowed = int(np.sum(np.abs(emb - plain).max(axis=1) > 1e-4))
    cache = json.loads(CACHE.read_text()) if CACHE.is_file() else {}
    key = f"{name}|{len(texts)}|{D.digest(texts)}"
    vkey = key + ("|windows" if windowed else "")   # voc's runs on texts whose embedding changed
    true_k = len(set(y))

    def cached(ck: str, fn):
        if ck not in cache:
            cache[ck] = fn()
            CACHE.parent.mkdir(parents=True, exist_ok=True)
            CACHE.write_text(json.dumps(cache))
        return cache[ck]

    from voc.analyze.clustering import k_grid

    grid = f"g{k_grid(len(texts))[0]}-{len(k_grid(len(texts)))}"   # a changed k grid is a new engine
    voc = {}
    for v in VARIANTS:
        runs = [cached(f"{vkey}|{v}|{grid}|s{s}", lambda v=v, s=s: run_variant(v, emb, y, s)) for s in SEEDS]
        voc[v] = {"nmi": _mean(runs, "nmi"), "nmi_assigned": _mean(runs, "nmi_assigned"),
                  "k": [r["k"] for r in runs], "per_seed_nmi": [r["nmi"] for r in runs]}
        if "run_k" in runs[0]:   # the ensemble's single runs: k and NMI per run, per seed
            voc[v].update({"run_k": [r["run_k"] for r in runs], "run_nmi": [r["run_nmi"] for r in runs]})

    def bt(s):
        lab = bertopic_baseline(texts, plain, s)
        return {"nmi": nmi(y, lab), "topics": len(set(lab.tolist()) - {-1}), "outliers": float(np.mean(lab == -1))}

    bts = [cached(f"{key}|bertopic|s{s}", lambda s=s: bt(s)) for s in SEEDS]
    kms = [cached(f"{key}|kmeans_true_k|s{s}", lambda s=s: {"nmi": nmi(y, kmeans_true(plain, true_k, s))})
           for s in SEEDS]
    return {"n": len(texts), "labels": true_k, "long_texts": name in D.LONG,
            "mean_words": round(float(np.mean([len(t.split()) for t in texts])), 1),
            "texts_over_model_input": windowed,
            "voc": voc,
            "bertopic": {"nmi": _mean(bts, "nmi"), "per_seed_nmi": [b["nmi"] for b in bts],
                         "topics": [b["topics"] for b in bts],
                         "outlier_share": round(_mean(bts, "outliers"), 4)},
            "kmeans_true_k": {"nmi": _mean(kms, "nmi"), "per_seed_nmi": [b["nmi"] for b in kms], "k": true_k},
            "seconds": round(time.time() - t0, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(D.ROOT.parent / "shared" / "data"))
    ap.add_argument("--cap", type=int, default=3000)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "results" / "lodo.json"))
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not data.is_dir():
        print(f"no data at {data}; skipping (the evaluation reads ../shared/data)")
        return 0
    per_set = {}
    for name in D.SETS:
        per_set[name] = evaluate_set(name, data, args.cap)
        r = per_set[name]
        print(name, json.dumps({"voc": r["voc"][SHIPPED], "bertopic": r["bertopic"]["nmi"],
                                "kmeans_true_k": r["kmeans_true_k"]["nmi"]}), flush=True)
    table = {}
    for held, r in per_set.items():
        v = choose(per_set, [s for s in per_set if s != held])
        g = r["voc"][v]
        better = max(r["bertopic"]["nmi"], r["kmeans_true_k"]["nmi"])
        seeds_won = sum(a >= max(b, c) for a, b, c in zip(g["per_seed_nmi"], r["bertopic"]["per_seed_nmi"],
                                                          r["kmeans_true_k"]["per_seed_nmi"]))
        table[held] = {"chosen_on_others": v, "voc_k": g["k"], "voc_nmi": g["nmi"],
                       "voc_nmi_assigned": g["nmi_assigned"],
                       "bertopic_nmi": r["bertopic"]["nmi"], "bertopic_topics": r["bertopic"]["topics"],
                       "kmeans_true_k_nmi": r["kmeans_true_k"]["nmi"], "true_k": r["labels"],
                       "voc_beats_both": g["nmi"] >= better, "voc_assigned_beats_both": g["nmi_assigned"] >= better,
                       "seeds_where_voc_beats_both": f"{seeds_won}/{len(SEEDS)}"}
        print(held, table[held], flush=True)
    out = {"script": "eval/topics/lodo.py", "machine": f"{platform.node()} ({platform.machine()}, CPU)",
           "embedding_model": "all-MiniLM-L6-v2 (bundled)", "cap": args.cap, "sample_seed": D.SEED,
           "seeds": list(SEEDS), "figures": "mean NMI over the seeds; per-seed values under per_set",
           "engine": SHIPPED, "variants": VARIANTS,
           "selection": "per held-out set: the variant with the best worst-case margin (seed-mean voc NMI minus the "
                        "better seed-mean baseline) over the other four sets, ties to the best mean NMI",
           "caveat": "UMAP + silhouette and the variants were picked after exploratory runs on these same five sets; "
                     "the engine has no constant fitted to them (UMAP/BERTopic defaults, a k grid set by n)",
           "baselines": {"bertopic": "defaults (UMAP seeded), min_topic_size = max(5, n // 80), bundled MiniLM",
                         "kmeans_true_k": f"true number of labels, plain MiniLM, n_init={BASELINE_KMEANS_N_INIT}"},
           "rule_on_all_sets_for_shipping": choose(per_set, list(per_set)),
           "lodo": table, "per_set": per_set}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
