"""The clustering engine behind topics, complaint themes and discovered call drivers.

Granularity is read from the data, not fixed: an average-linkage agglomerative clustering (cosine distance) of the
normalised MiniLM embeddings is cut at ``threshold`` (0.5); the number of its clusters holding at least ``min_size``
documents (max(2, round(n / 1000)): a bigger sample needs a bigger cluster to count) is k. KMeans with that k (several restarts, fixed seed) then gives the partition (KMeans partitions better
than the agglomerative cut itself; the cut only decides how many groups the texts form).

The rule (``THRESHOLD``, ``auto_min_size``) was chosen leave-one-dataset-out on five labelled sets (Banking77, CLINC150,
Bitext, NatCS insurance, DialogSum whole dialogues): ``eval/topics/lodo.py``, results in
``eval/topics/results/`` and docs/analysis-intents-topics.md.

Cost is bounded: the fit runs on at most ``max_fit`` documents (a fixed-seed sample); every other document, and every
later night's new document, goes to its nearest centroid (``assign``). Fitting 3,000 documents takes seconds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

SEED = 42
THRESHOLD = 0.5        # cosine distance at which the average-linkage tree is cut (LODO-chosen, see module doc)
MIN_SIZE = 2           # clusters of the cut with fewer documents do not count towards k
DOCS_PER_MIN_SIZE = 1000  # min_size None ("auto"): max(MIN_SIZE, round(n / 1000)) — bigger samples, bigger bar
MAX_FIT = 3000         # documents the fit sees at most (the rest are assigned to the nearest centroid)
N_INIT = 4


@dataclass
class Partition:
    """Cluster ids 0..k-1 ordered by size (0 = largest) and unit centroids (k, dim)."""

    labels: np.ndarray
    centroids: np.ndarray
    k_cut: dict[str, float] = field(default_factory=dict)   # how k was chosen (threshold, min_size, k)

    @property
    def k(self) -> int:
        return int(self.centroids.shape[0])


def _unit(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    n = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.where(n > 0, n, 1.0)


SMALL_N = 50           # below this many documents (smaller than any evaluated set) every cluster of the cut counts


def auto_min_size(n: int) -> int:
    """The "auto" minimum cluster size: max(2, round(n / 1000)); 1 below ``SMALL_N`` documents, where the distinct
    texts of a first night are mostly alone in the cut and would otherwise all fall into one cluster (this regime is
    outside the leave-one-dataset-out evaluation, whose smallest set has 98 texts)."""
    if n < SMALL_N:
        return 1
    return max(MIN_SIZE, round(n / DOCS_PER_MIN_SIZE))


def estimate_ks(emb: np.ndarray, thresholds: list[float], min_sizes: list[int | None]
                ) -> dict[tuple[float, int | None], int]:
    """``estimate_k`` for several (threshold, min_size) pairs from one average-linkage tree."""
    from scipy.cluster.hierarchy import fcluster, linkage

    n = len(emb)
    if n < 3:
        return {(t, m): 1 for t in thresholds for m in min_sizes}
    tree = linkage(_unit(emb).astype(np.float64), method="average", metric="cosine")
    out = {}
    for t in thresholds:
        sizes = np.bincount(fcluster(tree, t=t, criterion="distance"))
        for m in min_sizes:
            bar = auto_min_size(n) if m is None else m
            out[(t, m)] = int(max(1, min((sizes >= bar).sum(), n // 2)))
    return out


def estimate_k(emb: np.ndarray, threshold: float = THRESHOLD, min_size: int | None = None) -> int:
    """k from the data: clusters of ≥ ``min_size`` documents in the average-linkage cut at cosine ``threshold``."""
    return estimate_ks(emb, [threshold], [min_size])[(threshold, min_size)]


def fit(emb: np.ndarray, k: int | None = None, threshold: float = THRESHOLD, min_size: int | None = None,
        max_fit: int = MAX_FIT, seed: int = SEED) -> Partition:
    """Cluster unit-normalised ``emb`` (n, dim); k estimated (``estimate_k``) unless given."""
    from sklearn.cluster import KMeans

    emb = _unit(emb)
    n = len(emb)
    if n == 0:
        return Partition(np.zeros(0, dtype=int), np.zeros((0, emb.shape[1] if emb.ndim == 2 else 0), np.float32))
    rng = np.random.default_rng(seed)
    sample = np.sort(rng.choice(n, max_fit, replace=False)) if n > max_fit else np.arange(n)
    X = emb[sample]
    info: dict[str, float] = {"threshold": threshold, "min_size": float(min_size or auto_min_size(len(sample))),
                               "fit_docs": float(len(sample))}
    if k is None:
        k = estimate_k(X, threshold, min_size)
        info["k_estimated"] = float(k)
    k = max(1, min(int(k), len(X)))
    if k == 1:
        centroids = _unit(X.mean(axis=0, keepdims=True))
    else:
        km = KMeans(n_clusters=k, n_init=N_INIT, random_state=seed).fit(X)
        centroids = _unit(km.cluster_centers_)
    labels = assign(emb, centroids)
    # ids by size, largest first; drop centroids no document chose
    counts = Counter(int(x) for x in labels)
    order = [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    remap = np.full(len(centroids), -1, dtype=int)
    remap[order] = np.arange(len(order))
    return Partition(remap[labels], centroids[order], info)


def assign(emb: np.ndarray, centroids: np.ndarray, floor: float | None = None) -> np.ndarray:
    """Nearest centroid (cosine) per row; -1 where the best cosine is below ``floor`` (when given)."""
    emb = _unit(emb)
    if len(emb) == 0 or len(centroids) == 0:
        return np.full(len(emb), -1, dtype=int)
    sim = emb @ _unit(centroids).T
    best = sim.argmax(axis=1)
    if floor is not None:
        best = np.where(sim[np.arange(len(emb)), best] >= floor, best, -1)
    return best.astype(int)
