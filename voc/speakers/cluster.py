"""Clustering of speaker embeddings into speakers, with a guard against collapsed two-party calls.

``cluster_embeddings(X, weights, num, min_num, max_num, ...) -> labels`` (int per row of ``X``):

- fixed count (``num``, the phone default 2): spectral clustering on the pruned cosine affinity (3D-Speaker's recipe,
  as senko uses it), then k-means refinement on the unit-norm embeddings (each row goes to its nearest centroid);
- free count: the eigengap of the affinity's Laplacian picks the count within ``[min_num, max_num]``, then
  clusters whose centroids are more similar than ``merge_cos`` are merged.

Collapse guard (``degenerate`` / ``min_share``): a two-party call where one cluster holds under ``min_share`` of the
speech is treated as a failed clustering, not as a monologue: the rows farthest from every centroid (noise, laughter,
hold music) are set aside, the rest is clustered again with plain cosine k-means from the two most dissimilar rows,
and the set-aside rows go to their nearest centroid. The result whose smaller speaker is largest wins. A call that
really has one voice (the two halves are as similar as one speaker's own segments, cosine above ``same_cos``) keeps
one speaker.
"""

from __future__ import annotations

import numpy as np


MAX_SPECTRAL_ROWS = 2000  # eigendecomposition is cubic: about 40 min of speech at 1.3 windows per second


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-8)


def _affinity(x: np.ndarray, pval: float, min_pnum: int = 6) -> np.ndarray:
    a = x @ x.T
    n = a.shape[0]
    drop = min(int((1 - pval) * n), n - min_pnum)
    if drop > 0:
        low = np.argsort(a, axis=1)[:, :drop]
        np.put_along_axis(a, low, 0.0, axis=1)
    a = 0.5 * (a + a.T)
    np.fill_diagonal(a, 0.0)
    return np.clip(a, 0.0, None)


def _spectral(x: np.ndarray, num: int | None, min_num: int, max_num: int, pval: float) -> np.ndarray:
    from sklearn.cluster import KMeans

    a = _affinity(x, pval)
    lap = np.diag(a.sum(axis=1)) - a
    vals, vecs = np.linalg.eigh(lap)
    if num is None:
        hi = min(max_num, len(vals) - 1)
        gaps = np.diff(vals[max(min_num - 1, 0): hi + 1])
        num = int(np.argmax(gaps)) + max(min_num, 1) if len(gaps) else 1
    num = max(1, min(num, len(x)))
    if num == 1:
        return np.zeros(len(x), dtype=int)
    return KMeans(n_clusters=num, n_init=4, random_state=0).fit_predict(vecs[:, :num])


def _centroids(x: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ids = np.unique(labels)
    return ids, _unit(np.stack([x[labels == i].mean(axis=0) for i in ids]))


def refine(x: np.ndarray, labels: np.ndarray, iterations: int = 3) -> np.ndarray:
    """Cosine k-means steps from ``labels`` (each row to its nearest centroid); clusters that empty vanish."""
    for _ in range(iterations):
        ids, cents = _centroids(x, labels)
        new = ids[np.argmax(x @ cents.T, axis=1)]
        if np.array_equal(new, labels):
            break
        labels = new
    return labels


def shares(labels: np.ndarray, weights: np.ndarray) -> dict[int, float]:
    total = float(weights.sum()) or 1.0
    return {int(i): float(weights[labels == i].sum()) / total for i in np.unique(labels)}


def degenerate(labels: np.ndarray, weights: np.ndarray, num: int, min_share: float) -> bool:
    """True when fewer than ``num`` speakers hold at least ``min_share`` of the speech each."""
    return sum(s >= min_share for s in shares(labels, weights).values()) < num


def _farthest_pair_kmeans(x: np.ndarray) -> np.ndarray:
    sim = x @ x.T
    i, j = np.unravel_index(np.argmin(sim), sim.shape)
    labels = np.where(sim[:, i] >= sim[:, j], 0, 1)
    return refine(x, labels, iterations=10)


def _recluster_two(x: np.ndarray, outlier_share: float) -> np.ndarray:
    _, cents = _centroids(x, np.zeros(len(x), dtype=int))
    fit = (x @ cents.T).ravel()
    keep = fit >= np.quantile(fit, outlier_share)
    if keep.sum() < 2:
        keep[:] = True
    core = _farthest_pair_kmeans(x[keep])
    ids, cents = _centroids(x[keep], core)
    labels = ids[np.argmax(x @ cents.T, axis=1)]
    return refine(x, labels)


def cluster_embeddings(x: np.ndarray, weights: np.ndarray | None = None, num: int | None = 2, min_num: int = 1,
                       max_num: int = 8, pval: float = 0.02, merge_cos: float = 0.8, min_share: float = 0.1,
                       same_cos: float = 0.85) -> np.ndarray:
    """Speaker label per row of ``x`` (see module doc). ``weights``: seconds of speech each row stands for."""
    n = len(x)
    if n == 0:
        return np.zeros(0, dtype=int)
    x = _unit(np.asarray(x, dtype=np.float64))
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    if n < 4:
        return np.zeros(n, dtype=int) if n < 2 or num is None else _farthest_pair_kmeans(x)
    if n > MAX_SPECTRAL_ROWS:  # long calls: the spectral step on an even sample, then every row to its centroid
        pick = np.linspace(0, n - 1, MAX_SPECTRAL_ROWS).round().astype(int)
        sub = _spectral(x[pick], num, min_num, max_num, pval)
        ids, cents = _centroids(x[pick], sub)
        labels = refine(x, ids[np.argmax(x @ cents.T, axis=1)])
    else:
        labels = refine(x, _spectral(x, num, min_num, max_num, pval))
    if num is None:
        labels = _merge_similar(x, labels, merge_cos)
    target = num if num is not None else (2 if min_num >= 2 else None)
    if target == 2 and degenerate(labels, w, 2, min_share):
        candidates = [labels] + [_recluster_two(x, q) for q in (0.0, 0.1, 0.2)]
        labels = max(candidates, key=lambda lab: min(shares(lab, w).values()) if len(set(lab)) > 1 else 0.0)
        if len(set(labels)) == 2:
            _, cents = _centroids(x, labels)
            if float(cents[0] @ cents[1]) >= same_cos:  # both halves are one voice: a real one-speaker call
                labels = np.zeros(n, dtype=int)
    return _renumber(labels)


def _merge_similar(x: np.ndarray, labels: np.ndarray, merge_cos: float) -> np.ndarray:
    labels = labels.copy()
    while len(np.unique(labels)) > 1:
        ids, cents = _centroids(x, labels)
        sim = np.triu(cents @ cents.T, 1)
        i, j = np.unravel_index(np.argmax(sim), sim.shape)
        if sim[i, j] < merge_cos:
            break
        labels[labels == ids[j]] = ids[i]
    return labels


def _renumber(labels: np.ndarray) -> np.ndarray:
    out = np.zeros_like(labels)
    for k, i in enumerate(np.unique(labels)):
        out[labels == i] = k
    return out
