"""Intent classifier benchmark: Banking77 (5-fold CV on train.csv) and CLINC150 (official split, plus oos).

Compares the published floor (MiniLM embeddings + LogisticRegression, C=30) with voc's trained head
(MiniLM x2 + TF-IDF word 1-2-grams + char_wb 2-5-grams → LinearSVC C=1, ``voc.analyze.intents.fit_head``).
Embeddings are cached as .npy under --cache (default: $TMPDIR/voc-bench-emb) keyed by the texts' hash.

    python bench/intents_eval.py                      # both sets → bench/results/intents_*.json
    python bench/intents_eval.py --only banking77 --folds 5
    python bench/intents_eval.py --only topics        # topic-model tuning → bench/results/intents_topics_tuning.json

The topics mode compares BERTopic's defaults, BERTopic with tuned HDBSCAN (+ outlier reduction), voc's BERTopic
(UMAP + KMeans, k by silhouette) and KMeans on raw embeddings, against gold intent labels (ARI, NMI, outliers,
largest topic share) on 2,000 Banking77 and 2,000 Bitext utterances and 400 long Bitext documents (7 utterances
each, 6 of one intent + 1 random).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"


def cached_embed(texts: list[str], cache: Path) -> np.ndarray:
    from voc.analyze.embeddings import embed

    key = hashlib.sha256(("all-MiniLM-L6-v2\n" + "\n".join(texts)).encode()).hexdigest()[:20]
    p = cache / f"{key}.npy"
    if p.is_file():
        return np.load(p)
    v = embed(texts, batch_size=128)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(p, v)
    return v


def baseline_fit_predict(tr_emb, tr_y, te_emb, C: float = 30.0):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=3000).fit(tr_emb, tr_y).predict(te_emb)


def voc_fit_predict(tr_x, tr_y, tr_emb, te_x, te_emb):
    from voc.analyze.intents import fit_head

    feats, head = fit_head(tr_x, tr_y, tr_emb)
    return head.predict(feats.transform(te_x, te_emb))


def scores(y, pred) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score

    return {"accuracy": round(float(accuracy_score(y, pred)), 4),
            "macro_f1": round(float(f1_score(y, pred, average="macro")), 4)}


def summarize(folds: list[dict[str, float]]) -> dict[str, float]:
    out = {}
    for k in ("accuracy", "macro_f1"):
        v = [f[k] for f in folds]
        out[k], out[k + "_std"] = round(float(np.mean(v)), 4), round(float(np.std(v)), 4)
    return out


def bench_banking77(cache: Path, folds: int) -> dict:
    import pandas as pd
    from sklearn.model_selection import StratifiedKFold

    df = pd.read_csv(DATA / "banking77" / "train.csv")
    x, y = df.text.astype(str).tolist(), df.category.to_numpy()
    emb = cached_embed(x, cache)
    xa = np.asarray(x, dtype=object)
    res: dict = {"dataset": "banking77/train.csv", "n": len(x), "labels": int(len(set(y))),
                 "protocol": f"stratified {folds}-fold CV, shuffle, seed 0", "baseline": [], "voc": []}
    t_b = t_v = 0.0
    for k, (tr, te) in enumerate(StratifiedKFold(folds, shuffle=True, random_state=0).split(x, y)):
        t = time.time()
        res["baseline"].append(scores(y[te], baseline_fit_predict(emb[tr], y[tr], emb[te])))
        t_b += time.time() - t
        t = time.time()
        res["voc"].append(scores(y[te], voc_fit_predict(list(xa[tr]), y[tr], emb[tr], list(xa[te]), emb[te])))
        t_v += time.time() - t
        print(f"banking77 fold {k + 1}: baseline {res['baseline'][-1]} voc {res['voc'][-1]}", flush=True)
    res["baseline_mean"], res["voc_mean"] = summarize(res["baseline"]), summarize(res["voc"])
    res["fit_seconds_per_fold"] = {"baseline": round(t_b / folds, 1), "voc": round(t_v / folds, 1)}
    return res


def bench_clinc150(cache: Path) -> dict:
    d = json.loads((DATA / "clinc150" / "data_full.json").read_text())
    tr_x = [t for t, _ in d["train"]]
    tr_y = np.array([lab for _, lab in d["train"]])
    te_x = [t for t, _ in d["test"]]
    te_y = np.array([lab for _, lab in d["test"]])
    oos_tr = [t for t, _ in d["oos_train"]]
    oos_te = [t for t, _ in d["oos_test"]]
    e_tr, e_te = cached_embed(tr_x, cache), cached_embed(te_x, cache)
    e_otr, e_ote = cached_embed(oos_tr, cache), cached_embed(oos_te, cache)
    res: dict = {"dataset": "clinc150/data_full.json", "protocol": "official split: train (15,000) → test (4,500 "
                 "in-scope); oos: 'oos' trained as a 151st class from oos_train (100), scored on test + oos_test "
                 "(1,000); thresholded: confidence below a threshold chosen on val + oos_val → 'oos'"}
    t = time.time()
    res["in_scope"] = {"baseline": scores(te_y, baseline_fit_predict(e_tr, tr_y, e_te))}
    t_b = time.time() - t
    t = time.time()
    res["in_scope"]["voc"] = scores(te_y, voc_fit_predict(tr_x, tr_y, e_tr, te_x, e_te))
    t_v = time.time() - t
    print("clinc in-scope", res["in_scope"], flush=True)
    x2 = tr_x + oos_tr
    y2 = np.concatenate([tr_y, np.array(["oos"] * len(oos_tr))])
    e2 = np.vstack([e_tr, e_otr])
    tx2 = te_x + oos_te
    ty2 = np.concatenate([te_y, np.array(["oos"] * len(oos_te))])
    te2 = np.vstack([e_te, e_ote])
    va_x = [t for t, _ in d["val"]] + [t for t, _ in d["oos_val"]]
    va_y = np.array([lab for _, lab in d["val"]] + ["oos"] * len(d["oos_val"]))
    e_va = np.vstack([cached_embed([t for t, _ in d["val"]], cache), cached_embed([t for t, _ in d["oos_val"]], cache)])
    from sklearn.linear_model import LogisticRegression

    from voc.analyze.intents import fit_head

    lr = LogisticRegression(C=30.0, max_iter=3000).fit(e2, y2)
    feats, head = fit_head(x2, y2, e2)
    probas = {"baseline": (lr.classes_, lr.predict_proba(e_va), lr.predict_proba(te2)),
              "voc": (head.classes_, head.predict_proba(feats.transform(va_x, e_va)),
                      head.predict_proba(feats.transform(tx2, te2)))}
    res["with_oos"] = {}
    ins = ty2 != "oos"
    for name, (classes, p_va, p_te) in probas.items():
        pred = classes[p_te.argmax(axis=1)]
        # threshold: below it the top intent is replaced by "oos"; chosen on val + oos_val (overall accuracy)
        grid = np.round(np.arange(0.0, 0.96, 0.05), 2)
        acc = [float((np.where(p_va.max(axis=1) < g, "oos", classes[p_va.argmax(axis=1)]) == va_y).mean())
               for g in grid]
        thr = float(grid[int(np.argmax(acc))])
        pred_t = np.where(p_te.max(axis=1) < thr, "oos", pred)
        res["with_oos"][name] = {
            "in_scope_accuracy": round(float((pred[ins] == ty2[ins]).mean()), 4),
            "oos_recall": round(float((pred[~ins] == "oos").mean()), 4),
            "overall": scores(ty2, pred),
            "threshold_from_val": thr,
            "thresholded": {"in_scope_accuracy": round(float((pred_t[ins] == ty2[ins]).mean()), 4),
                            "oos_recall": round(float((pred_t[~ins] == "oos").mean()), 4),
                            "overall": scores(ty2, pred_t)},
        }
    print("clinc with oos", res["with_oos"], flush=True)
    res["fit_seconds"] = {"baseline": round(t_b, 1), "voc": round(t_v, 1)}
    return res


def bench_topics(cache: Path) -> dict:
    import warnings

    import pandas as pd
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    from voc.analyze.embeddings import get_embedder
    from voc.analyze.topics import _vectorizer, bertopic_topics, kmeans_topics

    warnings.filterwarnings("ignore")
    rng = np.random.default_rng(0)
    b = pd.read_csv(DATA / "banking77" / "train.csv")
    i = rng.choice(len(b), 2000, replace=False)
    sets = {"banking77_2000": (b.text.to_numpy()[i].tolist(), b.category.to_numpy()[i])}
    bt = pd.read_csv(DATA / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv",
                     encoding="utf-8-sig")
    j = rng.choice(len(bt), 2000, replace=False)
    sets["bitext_2000"] = (bt.utterance.to_numpy()[j].tolist(), bt.intent.to_numpy()[j])
    docs, gold = [], []
    for _ in range(400):
        it = bt.intent.to_numpy()[rng.integers(len(bt))]
        pool = np.flatnonzero(bt.intent.to_numpy() == it)
        parts = list(bt.utterance.to_numpy()[rng.choice(pool, 6, replace=False)])
        parts.append(bt.utterance.to_numpy()[rng.integers(len(bt))])
        rng.shuffle(parts)
        docs.append(" ".join(parts))
        gold.append(it)
    sets["bitext_long_400"] = (docs, np.array(gold))

    def bertopic_default(texts, emb):
        from bertopic import BERTopic

        m = BERTopic(embedding_model=get_embedder("bundled"), min_topic_size=10, calculate_probabilities=False)
        return np.array(m.fit_transform(texts, embeddings=emb)[0])

    def bertopic_hdbscan_tuned(texts, emb):
        from bertopic import BERTopic
        from hdbscan import HDBSCAN
        from umap import UMAP

        m = BERTopic(embedding_model=get_embedder("bundled"),
                     umap_model=UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=42),
                     hdbscan_model=HDBSCAN(min_cluster_size=15, min_samples=5, prediction_data=True),
                     vectorizer_model=_vectorizer(len(texts)), calculate_probabilities=False)
        t = m.fit_transform(texts, embeddings=emb)[0]
        return np.array(m.reduce_outliers(texts, t, strategy="embeddings", embeddings=emb))

    methods = {"bertopic_default": bertopic_default, "bertopic_hdbscan_tuned": bertopic_hdbscan_tuned,
               "voc_bertopic_umap_kmeans": lambda t, e: bertopic_topics(t, e).labels,
               "kmeans_embeddings_silhouette": lambda t, e: kmeans_topics(t, e).labels}
    out: dict = {}
    for name, (texts, y) in sets.items():
        emb = cached_embed(texts, cache)
        for meth, f in methods.items():
            t0 = time.time()
            lab = np.asarray(f(texts, emb))
            sizes = pd.Series(lab).value_counts()
            out[f"{name}/{meth}"] = {
                "ari": round(float(adjusted_rand_score(y, lab)), 3),
                "nmi": round(float(normalized_mutual_info_score(y, lab)), 3),
                "n_topics": int(len(set(lab.tolist())) - (1 if -1 in lab else 0)),
                "outliers": round(float((lab == -1).mean()), 3),
                "largest_share": round(float(sizes.max() / len(lab)), 3),
                "seconds": round(time.time() - t0, 1)}
            print(name, meth, out[f"{name}/{meth}"], flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=["banking77", "clinc150", "topics"])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "voc-bench-emb")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    a = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA} not found: the benchmark needs ../shared/data next to the repository.")
    env = {"python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count(),
           "date": time.strftime("%Y-%m-%d")}
    a.out.mkdir(parents=True, exist_ok=True)
    if a.only in (None, "banking77"):
        r = bench_banking77(a.cache, a.folds) | {"env": env}
        (a.out / "intents_banking77.json").write_text(json.dumps(r, indent=2) + "\n")
    if a.only in (None, "clinc150"):
        r = bench_clinc150(a.cache) | {"env": env}
        (a.out / "intents_clinc150.json").write_text(json.dumps(r, indent=2) + "\n")
    if a.only in (None, "topics"):
        r = bench_topics(a.cache) | {"env": env}
        (a.out / "intents_topics_tuning.json").write_text(json.dumps(r, indent=2) + "\n")


if __name__ == "__main__":
    main()
