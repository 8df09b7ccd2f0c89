"""The clustering engine behind topics, complaint themes and discovered call drivers.

Representation: each normalised MiniLM embedding is averaged with the mean of its ``NEIGHBOURS`` (5) nearest
neighbours (cosine) among the documents being fitted, then re-normalised ("kNN smoothing"): a short utterance is
read together with the texts most like it, which pulls paraphrases of one intent together (at the true number of
labels it lifted KMeans NMI by 0.015-0.03 over plain MiniLM on 4 of the 5 evaluated sets; Bitext unchanged).

Granularity is read from the data, not fixed: an average-linkage agglomerative clustering (cosine distance) of the
smoothed vectors is cut at ``THRESHOLD``; the number of its clusters holding at least ``auto_min_size(n)`` documents
(max(2, round(n / ``DOCS_PER_MIN_SIZE``)): a bigger sample needs a bigger cluster to count) is k. KMeans with that k
(``N_INIT`` restarts, fixed seed) on the smoothed vectors gives the partition (KMeans partitions better than the
agglomerative cut itself; the cut only decides how many groups the texts form).

Centroids are stored in plain MiniLM space (the normalised mean of the members' embeddings), so every other
document, and every later night's new document, is assigned to its nearest centroid (``assign``) from its own
embedding alone: nothing but the centroids is needed to assign.

The rule (``NEIGHBOURS``, ``THRESHOLD``, ``DOCS_PER_MIN_SIZE``) was chosen leave-one-dataset-out on five labelled
sets (Banking77, CLINC150, Bitext, NatCS insurance, DialogSum whole dialogues): ``eval/topics/lodo.py``, results in
``eval/topics/results/lodo.json`` and docs/analysis-intents-topics.md (held out, it beats both baselines on 2 of the 5
sets; KMeans restart/k noise is as large as the gaps).

Cost is bounded: the fit runs on at most ``max_fit`` documents (a fixed-seed sample). Fitting 3,000 documents takes
seconds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

SEED = 42
NEIGHBOURS = 5         # kNN smoothing: each vector averaged with the mean of its 5 nearest neighbours (LODO-chosen)
K_NEIGHBOURS = 5       # the smoothing of the vectors whose average-linkage tree gives k (0 = plain; LODO-chosen)
THRESHOLD = 0.35       # cosine distance at which the average-linkage tree is cut (LODO-chosen, see module doc)
MIN_SIZE = 2           # clusters of the cut with fewer documents do not count towards k
DOCS_PER_MIN_SIZE = 300   # min_size None ("auto"): max(MIN_SIZE, round(n / 300)) — bigger samples, bigger bar
MAX_FIT = 3000         # documents the fit sees at most (the rest are assigned to the nearest centroid)
N_INIT = 16            # KMeans restarts
BLOCK = 1024           # rows per block of the neighbour search (bounds memory: BLOCK × n floats)


@dataclass
class Partition:
    """Cluster ids 0..k-1 ordered by size (0 = largest) and unit centroids (k, dim) in the input (MiniLM) space."""

    labels: np.ndarray
    centroids: np.ndarray
    k_cut: dict[str, float] = field(default_factory=dict)   # how k was chosen (threshold, min_size, k, neighbours)

    @property
    def k(self) -> int:
        return int(self.centroids.shape[0])


def _unit(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    n = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.where(n > 0, n, 1.0)


SMALL_N = 50           # below this many documents (smaller than any evaluated set) every cluster of the cut counts


def auto_min_size(n: int, docs_per_min_size: int = DOCS_PER_MIN_SIZE) -> int:
    """The "auto" minimum cluster size: max(2, round(n / docs_per_min_size)); 1 below ``SMALL_N`` documents, where
    the distinct texts of a first night are mostly alone in the cut and would otherwise all fall into one cluster
    (this regime is outside the leave-one-dataset-out evaluation, whose smallest set has 98 texts)."""
    if n < SMALL_N:
        return 1
    return max(MIN_SIZE, round(n / docs_per_min_size))


def represent(emb: np.ndarray, neighbours: int = NEIGHBOURS) -> np.ndarray:
    """kNN-smoothed unit vectors: unit(e + mean of the ``neighbours`` nearest other rows (cosine)); ``neighbours``
    0 gives the unit embeddings unchanged. Rows are searched in blocks, so memory stays at ``BLOCK`` × n floats."""
    X = _unit(emb)
    n = len(X)
    m = min(int(neighbours), n - 1)
    if m <= 0:
        return X
    out = np.empty_like(X)
    for s in range(0, n, BLOCK):
        sim = X[s:s + BLOCK] @ X.T
        sim[np.arange(len(sim)), np.arange(s, s + len(sim))] = -np.inf   # not its own neighbour
        idx = np.argpartition(-sim, m - 1, axis=1)[:, :m]
        out[s:s + BLOCK] = X[s:s + BLOCK] + X[idx].mean(axis=1)
    return _unit(out)


def estimate_ks(rep: np.ndarray, thresholds: list[float], min_sizes: list[int | None],
                docs_per_min_size: int = DOCS_PER_MIN_SIZE) -> dict[tuple[float, int | None], int]:
    """k for several (threshold, min_size) pairs from one average-linkage tree of ``rep`` (already represented:
    ``represent``); min_size None = ``auto_min_size(n, docs_per_min_size)``."""
    from scipy.cluster.hierarchy import fcluster, linkage

    n = len(rep)
    if n < 3:
        return {(t, m): 1 for t in thresholds for m in min_sizes}
    tree = linkage(_unit(rep).astype(np.float64), method="average", metric="cosine")
    out = {}
    for t in thresholds:
        sizes = np.bincount(fcluster(tree, t=t, criterion="distance"))
        for m in min_sizes:
            bar = auto_min_size(n, docs_per_min_size) if m is None else m
            out[(t, m)] = int(max(1, min((sizes >= bar).sum(), n // 2)))
    return out


def estimate_k(emb: np.ndarray, threshold: float = THRESHOLD, min_size: int | None = None,
               neighbours: int = K_NEIGHBOURS) -> int:
    """k from the data: clusters of ≥ ``min_size`` documents in the average-linkage cut at cosine ``threshold`` of
    the smoothed embeddings (``represent``)."""
    return estimate_ks(represent(emb, neighbours), [threshold], [min_size])[(threshold, min_size)]


def fit(emb: np.ndarray, k: int | None = None, threshold: float = THRESHOLD, min_size: int | None = None,
        max_fit: int = MAX_FIT, seed: int = SEED, neighbours: int = NEIGHBOURS, n_init: int = N_INIT,
        docs_per_min_size: int = DOCS_PER_MIN_SIZE, k_neighbours: int = K_NEIGHBOURS) -> Partition:
    """Cluster ``emb`` (n, dim): KMeans on the smoothed sample (``represent``), k estimated (``estimate_ks``) unless
    given. The fitted sample keeps its KMeans labels; the other documents go to the nearest centroid."""
    from sklearn.cluster import KMeans

    emb = _unit(emb)
    n = len(emb)
    if n == 0:
        return Partition(np.zeros(0, dtype=int), np.zeros((0, emb.shape[1] if emb.ndim == 2 else 0), np.float32))
    rng = np.random.default_rng(seed)
    sample = np.sort(rng.choice(n, max_fit, replace=False)) if n > max_fit else np.arange(n)
    fit_emb = emb[sample]
    X = represent(fit_emb, neighbours)
    info: dict[str, float] = {"threshold": threshold, "neighbours": float(neighbours),
                              "k_neighbours": float(k_neighbours),
                              "min_size": float(min_size or auto_min_size(len(sample), docs_per_min_size)),
                              "fit_docs": float(len(sample))}
    if k is None:
        rep = X if k_neighbours == neighbours else represent(fit_emb, k_neighbours)
        k = estimate_ks(rep, [threshold], [min_size], docs_per_min_size)[(threshold, min_size)]
        info["k_estimated"] = float(k)
    k = max(1, min(int(k), len(X)))
    if k == 1:
        fitted = np.zeros(len(X), dtype=int)
    else:
        fitted = KMeans(n_clusters=k, n_init=n_init, random_state=seed).fit_predict(X)
    used = np.unique(fitted)
    centroids = _unit(np.stack([fit_emb[fitted == c].mean(axis=0) for c in used]))
    local = np.searchsorted(used, fitted)
    labels = assign(emb, centroids)
    labels[sample] = local
    # ids by size, largest first
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
