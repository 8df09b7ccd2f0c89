"""Topics over any text, with the engine shared by complaint themes and discovered call drivers.

``cluster_texts`` (``voc.analyze.clustering``): MiniLM embeddings reduced to 10-d with UMAP; KMeans for each k of a
geometric grid, the number of topics read from the data as the best silhouette in MiniLM space (no tuned constant;
evaluated leave-one-dataset-out on five labelled sets: eval/topics/lodo.py, docs/analysis-intents-topics.md), or
``topics.n_topics``. Keywords by c-TF-IDF over 1-2-grams with English and spoken stop words removed
(``ctfidf_keywords``); the label is a short phrase in the texts' own words (``voc.analyze.labels``), keywords stay
in their own field.

Every document gets a topic (no -1 outliers). Topic ids are 0..k-1 ordered by size (0 = largest).
``bertopic_topics`` (BERTopic with a KMeans cluster model) is kept for comparisons; the engine no longer uses it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Callable, Sequence

import numpy as np

from voc.analyze.labels import SPOKEN_STOP_WORDS  # filler and contractions sklearn's English list misses
from voc.errors import NotInstalled

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings

SEED = 42
LABEL_WORDS = 3
N_KEYWORDS = 10
SMALL_K_MAX = 10
SMALL_K_TOLERANCE = 0.02   # small corpora: the largest k within this silhouette distance of the best
SILHOUETTE_SAMPLE = 2000
BERTOPIC_K_GRID = (5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80)

Progress = Callable[[str, float], None]


@dataclass
class Clustering:
    """What the engine returns: a topic per document, keywords per topic and the method used."""

    labels: np.ndarray                     # (n,) topic ids 0..k-1, ordered by size
    keywords: dict[int, list[str]]
    method: str                            # "kmeans" (the engine, voc.analyze.clustering) | "bertopic"
    k_scores: dict[int, float] = field(default_factory=dict)  # silhouette per candidate k (when chosen)
    names: dict[int, str] = field(default_factory=dict)       # readable label per topic (voc.analyze.labels)
    centroids: np.ndarray | None = None                       # (k, dim) unit centroids, row = topic id

    def label(self, topic_id: int) -> str:
        if topic_id in self.names:
            return self.names[topic_id]
        from voc.analyze.labels import keyword_label
        return keyword_label(self.keywords.get(topic_id, []))


@dataclass
class TopicResult:
    """``fit_topics`` output. ``topics``: [{topic_id, label, keywords, size}]; ``over_time``: [{week, topic_id, count}]."""

    assignments: list[int]
    topics: list[dict[str, Any]]
    over_time: list[dict[str, Any]]
    method: str

    def label_of(self, topic_id: int) -> str:
        return next((t["label"] for t in self.topics if t["topic_id"] == topic_id), "")


def topic_label(keywords: Sequence[str], n: int = LABEL_WORDS) -> str:
    """A keyword label: the top ``n`` keywords that do not repeat words already shown, joined by " · "
    (``voc.analyze.labels.keyword_label``: placeholders such as [PERSON] are left out)."""
    from voc.analyze.labels import keyword_label

    return keyword_label(keywords, n)


# -- keywords --------------------------------------------------------------------------------------------

def _vectorizer(n_docs: int):
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

    return CountVectorizer(stop_words=sorted(ENGLISH_STOP_WORDS | SPOKEN_STOP_WORDS), ngram_range=(1, 2),
                           min_df=2 if n_docs >= 20 else 1, token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z']+\b")


def ctfidf_keywords(texts: Sequence[str], labels: np.ndarray, n: int = N_KEYWORDS) -> dict[int, list[str]]:
    """Class-based TF-IDF keywords per topic, BERTopic's ``ClassTfidfTransformer`` formula (defaults) over one
    document per topic: L1-normalised term counts per topic × log(1 + mean words per topic / term count).

    Written out here because ``import bertopic`` pulls in sentence-transformers and torch: on a busy 2-core machine
    that import alone took minutes of the nightly corpus step.
    """
    from sklearn.preprocessing import normalize

    topics = sorted(set(int(t) for t in labels))
    if not texts or not topics:
        return {}
    docs = [" ".join(t for t, lab in zip(texts, labels) if lab == k) for k in topics]
    vec = _vectorizer(len(texts))
    try:
        X = vec.fit_transform(docs)
    except ValueError:  # only stop words / empty vocabulary
        return {k: [] for k in topics}
    vocab = np.array(vec.get_feature_names_out())
    df = np.asarray(X.sum(axis=0)).ravel()
    avg = int(np.asarray(X.sum(axis=1)).mean())
    idf = np.log(avg / np.maximum(df, 1) + 1)
    w = normalize(X, axis=1, norm="l1", copy=False).multiply(idf).toarray()
    return {k: [str(vocab[j]) for j in np.argsort(-w[i], kind="stable")[:n] if w[i, j] > 0]
            for i, k in enumerate(topics)}


# -- clustering ------------------------------------------------------------------------------------------

def _relabel_by_size(labels: np.ndarray) -> np.ndarray:
    counts = Counter(int(x) for x in labels)
    order = {old: new for new, (old, _) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))}
    return np.array([order[int(x)] for x in labels], dtype=int)


def choose_k(X: np.ndarray, candidates: Sequence[int], metric: str = "cosine",
             tolerance: float = 0.0) -> tuple[int, dict[int, float]]:
    """The k among ``candidates`` with the best silhouette of a KMeans fit (sampled above 2,000 points).

    With ``tolerance`` > 0, the largest k whose silhouette is within ``tolerance`` of the best: silhouette
    favours k = 2 on sentence embeddings, merging clearly different small topics.
    """
    from voc.analyze.clustering import scan_k

    _, scores, _ = scan_k(X, X, list(candidates), SEED, metric, n_init=4, sample_size=min(len(X), SILHOUETTE_SAMPLE))
    if not scores:
        return candidates[0], scores
    best = max(scores.values())
    if tolerance > 0:
        return max(k for k, v in scores.items() if v >= best - tolerance), scores
    return max(scores, key=lambda k: (scores[k], -k)), scores


def kmeans_topics(texts: Sequence[str], emb: np.ndarray, n_topics: int | None = None) -> Clustering:
    """KMeans on the embeddings (the small-corpus method), k by silhouette unless ``n_topics`` is given."""
    from sklearn.cluster import KMeans

    n = len(texts)
    if n == 0:
        return Clustering(np.zeros(0, dtype=int), {}, "kmeans")
    kmax = min(SMALL_K_MAX, n // 3)
    scores: dict[int, float] = {}
    if n_topics is not None:
        k = max(1, min(n_topics, n))
    elif kmax < 2:
        k = 1
    else:
        k, scores = choose_k(emb, list(range(2, kmax + 1)), tolerance=SMALL_K_TOLERANCE)
    lab = np.zeros(n, dtype=int) if k == 1 else KMeans(n_clusters=k, n_init=10, random_state=SEED).fit_predict(emb)
    lab = _relabel_by_size(lab)
    return Clustering(lab, ctfidf_keywords(texts, lab), "kmeans", scores)


def bertopic_topics(texts: Sequence[str], emb: np.ndarray, n_topics: int | None = None,
                    embedding_model: str = "bundled") -> Clustering:
    """BERTopic: MiniLM embeddings → UMAP(10-d, cosine) → KMeans (k by silhouette) → c-TF-IDF over 1-2-grams."""
    from voc.analyze.clustering import numba_cache

    numba_cache()
    try:
        from bertopic import BERTopic
        from sklearn.cluster import KMeans
        from umap import UMAP
    except ImportError as e:
        raise NotInstalled("BERTopic is missing. Fix: pip install bertopic==0.17.4") from e
    from voc.analyze.embeddings import get_embedder

    n = len(texts)
    reducer = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=SEED, low_memory=True)
    reduced = reducer.fit_transform(emb)
    scores: dict[int, float] = {}
    if n_topics is None:
        grid = [k for k in BERTOPIC_K_GRID if k <= max(5, n // 15)] or [5]
        k, scores = choose_k(reduced, grid, metric="euclidean")
    else:
        k = max(2, min(n_topics, n - 1))

    class _Fixed:  # UMAP already ran (it was needed to choose k): hand BERTopic the reduced vectors as-is
        def fit(self, X, y=None):
            return self

        def transform(self, X):
            return reduced if X.shape[0] == n else X

    model = BERTopic(embedding_model=get_embedder(embedding_model), umap_model=_Fixed(),
                     hdbscan_model=KMeans(n_clusters=k, n_init=10, random_state=SEED),
                     vectorizer_model=_vectorizer(n), top_n_words=N_KEYWORDS, calculate_probabilities=False,
                     verbose=False)
    raw, _ = model.fit_transform(list(texts), embeddings=emb)
    raw = np.asarray(raw, dtype=int)
    lab = _relabel_by_size(raw)
    mapping = {int(r): int(l) for r, l in zip(raw, lab)}
    keywords = {mapping[t]: [w for w, s in (model.get_topic(t) or []) if w and s > 0]
                for t in set(raw.tolist())}
    return Clustering(lab, keywords, "bertopic", scores)


def cluster_texts(texts: Sequence[str], emb: np.ndarray | None = None, min_docs_bertopic: int = 150,
                  n_topics: int | None = None, embedding_model: str = "bundled") -> Clustering:
    """The shared engine (``voc.analyze.clustering``): KMeans on a UMAP of the embeddings, k by silhouette in MiniLM
    space (or ``n_topics``), centroids in MiniLM space (so later documents are assigned from their
    own embedding), c-TF-IDF keywords and a readable label per topic (``voc.analyze.labels``).

    ``min_docs_bertopic`` is no longer used (BERTopic lost to this engine leave-one-dataset-out,
    docs/analysis-intents-topics.md); ``bertopic_topics`` stays available for comparisons.
    """
    from voc.analyze import clustering
    from voc.analyze.embeddings import embed
    from voc.analyze.labels import cluster_label

    texts = [str(t or "") for t in texts]
    if emb is None:
        emb = embed(texts, model=embedding_model)
    part = clustering.fit(emb, k=n_topics)
    keywords = ctfidf_keywords(texts, part.labels) if len(texts) else {}
    unit = clustering._unit(emb) if len(texts) else emb
    names = {}
    for t in range(part.k):
        members = np.flatnonzero(part.labels == t)
        names[t] = cluster_label([texts[i] for i in members], unit[members], part.centroids[t], keywords.get(t, []))
    return Clustering(part.labels, keywords, "kmeans", {}, names, part.centroids)


# -- topics over time -------------------------------------------------------------------------------------

def week_start(ts: Any) -> str | None:
    """ISO date (Monday) of the week holding ``ts`` (datetime, date, or ISO string); None when missing."""
    if ts is None or (isinstance(ts, float) and np.isnan(ts)):
        return None
    if isinstance(ts, str):
        if not ts.strip():
            return None
        ts = datetime.fromisoformat(ts.strip().replace("Z", "+00:00"))
    if isinstance(ts, datetime):
        ts = ts.date()
    if not isinstance(ts, date):
        ts = ts.to_pydatetime().date() if hasattr(ts, "to_pydatetime") else date.fromisoformat(str(ts)[:10])
    return date.fromordinal(ts.toordinal() - ts.weekday()).isoformat()


def topics_over_time(assignments: Sequence[int], timestamps: Sequence[Any]) -> list[dict[str, Any]]:
    """Weekly counts ``[{week, topic_id, count}]`` sorted by week then topic; documents without a time are left out."""
    counts: Counter[tuple[str, int]] = Counter()
    for t, ts in zip(assignments, timestamps):
        w = week_start(ts)
        if w is not None:
            counts[(w, int(t))] += 1
    return [{"week": w, "topic_id": t, "count": c} for (w, t), c in sorted(counts.items())]


def fit_topics(texts: Sequence[str], timestamps: Sequence[Any] | None = None, settings: "Settings | None" = None,
               embeddings: np.ndarray | None = None) -> TopicResult:
    """Topics for ``texts`` (utterances or whole calls), with weekly counts when ``timestamps`` are given."""
    from voc.settings import Settings

    s = settings or Settings()
    if timestamps is not None and len(timestamps) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(timestamps)} timestamps")
    c = cluster_texts(texts, embeddings, s.topics.min_docs_bertopic, s.topics.n_topics, s.analysis.embedding_model)
    sizes = Counter(int(x) for x in c.labels)
    topics = [{"topic_id": t, "label": c.label(t), "keywords": c.keywords.get(t, []), "size": sizes[t]}
              for t in sorted(sizes)]
    over = topics_over_time(c.labels.tolist(), timestamps) if timestamps is not None else []
    return TopicResult([int(x) for x in c.labels], topics, over, c.method)


def match_ids(new: dict[int, np.ndarray], old: dict[int, np.ndarray], min_sim: float = 0.8) -> dict[int, int]:
    """new id → stable id: Hungarian matching on cosine between unit centroids; a pair counts from ``min_sim``, and
    unmatched new clusters get fresh ids after the largest old one (in the order of ``new``)."""
    if not old:
        return {k: k for k in new}
    from scipy.optimize import linear_sum_assignment

    nk, ok = list(new), list(old)
    sim = np.stack([new[a] for a in nk]) @ np.stack([old[b] for b in ok]).T
    r, c = linear_sum_assignment(-sim)
    mapping = {nk[i]: ok[j] for i, j in zip(r, c) if sim[i, j] >= min_sim}
    nxt = max(ok) + 1
    for k in nk:
        if k not in mapping:
            mapping[k] = nxt
            nxt += 1
    return mapping
