"""The clustering engine behind topics, complaint themes and discovered call drivers.

Space: the normalised MiniLM embeddings are reduced to 10 dimensions with UMAP (15 neighbours, cosine, min_dist 0:
BERTopic's defaults; 10 rather than BERTopic's 5 dimensions is the variant ``eval/topics/lodo.py`` chose on every
leave-one-dataset-out fold), where paraphrases of one intent sit much closer together than in the raw
space; KMeans partitions the reduced vectors (at the true number of labels it beat KMeans on the raw vectors by
0.01-0.04 NMI on 4 of the 5 evaluated sets). Below ``UMAP_MIN_DOCS`` (10) documents UMAP has too few neighbours to
learn from and KMeans runs on the MiniLM vectors themselves (``k_cut["space"]`` says which); up to 15 documents UMAP
uses all the others as neighbours.

Granularity is read from the data with no tuned constant: for each k of a fixed geometric grid (``K_GRID`` values
from ``K_LOW`` (3) to min(``K_HIGH``, n / ``DOCS_PER_K``); see ``k_grid``) KMeans partitions the reduced vectors, and the partition is
scored by its silhouette in the original MiniLM space (cosine); the best-scoring k wins. Scoring in the original
space keeps UMAP's own distortions out of the choice.

Optional, off by default (``fit(ensemble=R)``, evaluated as ``ensemble5/*`` in eval/topics/lodo.py): a consensus
of R such runs at UMAP/KMeans seeds ``seed + 1000 r`` (run 0 is the single-run fit): average-linkage agglomeration
of 1 - the co-association matrix (share of runs in which two documents fall together), cut at the runs' k whose
cut has the best MiniLM silhouette (or at their median k). It costs R times the single run.

Centroids are stored in plain MiniLM space (the normalised mean of the members' embeddings), so every other
document, and every later night's new document, is assigned to its nearest centroid (``assign``) from its own
embedding alone: nothing but the centroids is needed to assign (UMAP is not kept).

Evaluation: ``eval/topics/lodo.py`` on five labelled sets (Banking77, CLINC150, Bitext, NatCS insurance, DialogSum
whole dialogues), NMI averaged over seeds against BERTopic and KMeans with the true number of labels; results in
``eval/topics/results/lodo.json`` and docs/analysis-intents-topics.md.

Cost is bounded: the fit runs on at most ``max_fit`` documents (a fixed-seed sample). Fitting 3,000 documents takes
under a minute on two cores (UMAP dominates).
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

SEED = 42
UMAP_NEIGHBOURS = 15   # UMAP's (and BERTopic's) default neighbourhood
UMAP_DIM = 10          # the reduced dimension the leave-one-dataset-out evaluation chose on every fold (BERTopic: 5)
UMAP_MIN_DOCS = 10     # below this many documents KMeans runs on the MiniLM vectors (too few neighbours for UMAP)
K_LOW = 3              # the k grid: K_GRID values, geometric, from K_LOW (a 2-way split's silhouette is inflated) ...
K_HIGH = 300           # ... to min(K_HIGH, n // DOCS_PER_K)
DOCS_PER_K = 3         # a topic holds three documents on average at the finest granularity tried
K_GRID = 36            # steps of ~15 % between neighbouring k at 3,000 documents
K_N_INIT = 4           # KMeans restarts per k of the grid
MAX_FIT = 3000         # documents the fit sees at most (the rest are assigned to the nearest centroid)
N_INIT = 4             # KMeans restarts for a given k (``fit(k=...)``)
ENSEMBLE = 1           # UMAP runs per fit (``fit(ensemble=R)``); 1 = a single run, no consensus
ENSEMBLE_SEED_STEP = 1000   # run r of an ensemble uses UMAP/KMeans seed ``seed + r * ENSEMBLE_SEED_STEP``


@dataclass
class Partition:
    """Cluster ids 0..k-1 ordered by size (0 = largest) and unit centroids (k, dim) in the input (MiniLM) space."""

    labels: np.ndarray
    centroids: np.ndarray
    k_cut: dict[str, float | str] = field(default_factory=dict)   # how k was chosen (space, grid, silhouettes)

    @property
    def k(self) -> int:
        return int(self.centroids.shape[0])


def _unit(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    n = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.where(n > 0, n, 1.0)


def numba_cache() -> None:
    """UMAP (and BERTopic) compile numba code; give numba a writable cache when site-packages is not."""
    if "NUMBA_CACHE_DIR" in os.environ:
        return
    try:
        import umap  # only to find its folder
        site = os.path.dirname(os.path.dirname(umap.__file__))
    except ImportError:
        return
    if not os.access(site, os.W_OK):
        os.environ["NUMBA_CACHE_DIR"] = os.path.join(tempfile.gettempdir(), "voc-numba-cache")


def reduce(emb: np.ndarray, seed: int = SEED, dim: int = UMAP_DIM) -> tuple[np.ndarray, str]:
    """The space KMeans partitions: a 10-d UMAP of the unit embeddings (``"umap"``), or the unit embeddings
    themselves below ``UMAP_MIN_DOCS`` rows (``"minilm"``). Deterministic for a given ``seed``."""
    X = _unit(emb)
    if len(X) < UMAP_MIN_DOCS:
        return X, "minilm"
    numba_cache()
    import warnings

    from umap import UMAP

    with warnings.catch_warnings():   # "n_jobs overridden by setting random_state": the wanted determinism
        warnings.filterwarnings("ignore", message=".*random_state.*", category=UserWarning)
        out = UMAP(n_neighbors=min(UMAP_NEIGHBOURS, len(X) - 1), n_components=dim, min_dist=0.0, metric="cosine",
                   random_state=seed).fit_transform(X)
    return np.asarray(out, dtype=np.float32), "umap"


def k_grid(n: int) -> list[int]:
    """Candidate k for n documents: ``K_GRID`` geometric steps (rounded, distinct) from ``K_LOW`` to
    min(``K_HIGH``, n // ``DOCS_PER_K``); k = 2 only when nothing larger fits (six to eight documents), because the
    silhouette of a two-way split is inflated on sentence embeddings (it merged two of three Bitext intents); empty
    below six documents."""
    high = min(K_HIGH, n // DOCS_PER_K)
    if high < K_LOW:
        return list(range(2, high + 1))
    return sorted({int(round(k)) for k in np.geomspace(K_LOW, high, K_GRID)})


def scan_k(X: np.ndarray, E: np.ndarray, candidates: list[int], seed: int = SEED, metric: str = "cosine",
           n_init: int = K_N_INIT, sample_size: int | None = None) -> tuple[int, dict[int, float], np.ndarray]:
    """KMeans of ``X`` for each candidate k, scored by the silhouette of its labels in ``E`` (``metric``; on a
    ``sample_size`` sample of the rows when given); returns the best k (ties: the first candidate), every score, and
    the best k's labels."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    scores: dict[int, float] = {}
    best: tuple[float, int, np.ndarray] | None = None
    for k in candidates:
        lab = KMeans(n_clusters=k, n_init=n_init, random_state=seed).fit_predict(X)
        if len(set(lab.tolist())) < 2:
            continue
        s = float(silhouette_score(E, lab, metric=metric, sample_size=sample_size,
                                   random_state=seed if sample_size else None))
        scores[k] = s
        if best is None or s > best[0]:
            best = (s, k, lab)
    if best is None:
        return 1, scores, np.zeros(len(X), dtype=int)
    return best[1], scores, best[2]


def ensemble_runs(E: np.ndarray, grid: list[int], seed: int = SEED, runs: int = 5, dim: int = UMAP_DIM,
                  first: np.ndarray | None = None) -> list[tuple[int, np.ndarray]]:
    """``runs`` independent single-run fits of the unit rows ``E`` (UMAP ``dim``-d at seed ``seed + r *
    ENSEMBLE_SEED_STEP``, KMeans over ``grid``, k by silhouette in ``E``): a list of (k, labels). Run 0 is
    exactly the single-run engine's fit at ``seed`` (``first``: its reduced vectors, when already computed)."""
    out = []
    for r in range(runs):
        s = seed + r * ENSEMBLE_SEED_STEP
        X = first if r == 0 and first is not None else reduce(E, s, dim=dim)[0]
        k, _, lab = scan_k(X, E, grid, s)
        out.append((k, np.asarray(lab)))
    return out


def co_association(labelings: list[np.ndarray]) -> np.ndarray:
    """(n, n) float32: the share of the labelings in which two rows fall in the same cluster."""
    n = len(labelings[0])
    C = np.zeros((n, n), dtype=np.float32)
    for lab in labelings:
        lab = np.asarray(lab)
        C += (lab[:, None] == lab[None, :])
    return C / np.float32(len(labelings))


def consensus(E: np.ndarray, runs: list[tuple[int, np.ndarray]], rule: str = "silhouette") -> tuple[int, np.ndarray, dict[int, float]]:
    """Cut the runs' consensus: average-linkage agglomeration of 1 - co-association. k is read without labels
    from the runs: ``rule="median"`` takes the median of the runs' k (the lower middle for an even count);
    ``rule="silhouette"`` takes, among the runs' distinct k, the cut with the best silhouette of ``E`` (cosine;
    ties: the smaller k). Returns k, labels (0..k-1) and the silhouettes scored."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.metrics import silhouette_score

    ks = sorted(k for k, _ in runs)
    D = 1.0 - co_association([lab for _, lab in runs])
    np.fill_diagonal(D, 0.0)
    tree = linkage(squareform(D, checks=False).astype(np.float64), method="average")

    def cut(k: int) -> np.ndarray:
        lab = fcluster(tree, t=k, criterion="maxclust")
        return np.searchsorted(np.unique(lab), lab)

    if rule == "median":
        k = ks[(len(ks) - 1) // 2]
        return k, cut(k), {}
    scores: dict[int, float] = {}
    best: tuple[float, int, np.ndarray] | None = None
    for k in sorted(set(ks)):
        lab = cut(k)
        if len(np.unique(lab)) < 2:
            continue
        scores[k] = float(silhouette_score(E, lab, metric="cosine"))
        if best is None or scores[k] > best[0]:
            best = (scores[k], k, lab)
    if best is None:
        return ks[0], runs[0][1], scores
    return best[1], best[2], scores


def fit(emb: np.ndarray, k: int | None = None, max_fit: int = MAX_FIT, seed: int = SEED,
        n_init: int = N_INIT, ensemble: int = ENSEMBLE, rule: str = "silhouette") -> Partition:
    """Cluster ``emb`` (n, dim): KMeans on the reduced sample (``reduce``), k chosen by silhouette (``scan_k`` over
    ``k_grid``) unless given. The fitted sample keeps its KMeans labels; the other documents go to the nearest
    centroid. With ``ensemble`` > 1 (k not given, UMAP space) the sample's labels are the ``consensus`` of that many
    runs (``ensemble_runs``; k by ``rule``)."""
    from sklearn.cluster import KMeans

    emb = _unit(emb)
    n = len(emb)
    if n == 0:
        return Partition(np.zeros(0, dtype=int), np.zeros((0, emb.shape[1] if emb.ndim == 2 else 0), np.float32))
    rng = np.random.default_rng(seed)
    sample = np.sort(rng.choice(n, max_fit, replace=False)) if n > max_fit else np.arange(n)
    fit_emb = emb[sample]
    distinct = len(np.unique(fit_emb.round(6), axis=0))
    X, space = reduce(fit_emb, seed) if distinct > 1 else (fit_emb, "minilm")
    info: dict[str, float | str] = {"space": space, "fit_docs": float(len(sample))}
    grid = [c for c in k_grid(len(sample)) if c <= distinct] if k is None else []
    if k is None and ensemble > 1 and space == "umap":
        runs = ensemble_runs(fit_emb, grid, seed, ensemble, first=X)
        k, fitted, scores = consensus(fit_emb, runs, rule)
        info.update({"k_estimated": float(k), "k_grid": ",".join(map(str, grid)),
                     "ensemble": float(ensemble), "ensemble_k": ",".join(str(r[0]) for r in runs),
                     "silhouette": round(scores.get(k, 0.0), 4)})
    elif k is None:
        k, scores, fitted = scan_k(X, fit_emb, grid, seed)
        info.update({"k_estimated": float(k), "k_grid": ",".join(map(str, grid)),
                     "silhouette": round(scores.get(k, 0.0), 4)})
    else:
        k = max(1, min(int(k), len(X), distinct))
        fitted = (np.zeros(len(X), dtype=int) if k == 1
                  else KMeans(n_clusters=k, n_init=n_init, random_state=seed).fit_predict(X))
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
