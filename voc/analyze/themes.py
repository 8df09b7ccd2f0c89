"""Complaint themes: clusters of complaint utterances with keywords, a label and quotes; ids stable across runs.

``ThemeModel().fit(texts, ids)`` clusters with the shared topic engine (``voc.analyze.topics.cluster_texts``:
BERTopic at or above ``min_docs_bertopic`` complaints, KMeans on the same MiniLM embeddings below that). Each
theme keeps its centroid (mean normalised embedding), so later nights ``assign(texts)`` new complaints to the
nearest existing theme (cosine ≥ ``assign_floor``, else -1) without refitting. A refit (on request, or when no
themes exist) passed ``previous=`` keeps an old id wherever a new theme's centroid matches an old one (Hungarian
matching on cosine, ≥ ``match_floor``); unmatched new themes get fresh ids above every id used before.

Persistence: ``Theme.to_row()`` gives the warehouse ``themes`` columns; the centroid travels inside the ``model``
column as JSON ``{"method", "embedding_model", "centroid": [...]}`` (a ``centroid`` key in a row, when the table has
that column, is used first). ``ThemeModel.from_rows(rows)`` rebuilds the model.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from voc.errors import WarehouseError

ASSIGN_FLOOR = 0.35   # cosine to the nearest centroid below which a complaint is an outlier (-1)
MATCH_FLOOR = 0.80    # cosine between an old and a new centroid for the new theme to keep the old id
N_QUOTES = 3


@dataclass
class Theme:
    theme_id: int
    label: str
    keywords: list[str]
    quotes: list[dict[str, Any]]          # [{"call_id", "utt_idx", "text"}] (or {"id", "text"} for other ids)
    size: int
    method: str                           # bertopic | kmeans
    centroid: np.ndarray = field(repr=False)
    embedding_model: str = "bundled"
    fitted_at: datetime | None = None

    def to_row(self) -> dict[str, Any]:
        """The warehouse ``themes`` row: theme_id, label, keywords, quotes (JSON), size, model (JSON), fitted_at."""
        model = {"method": self.method, "embedding_model": self.embedding_model,
                 "centroid": [round(float(x), 6) for x in self.centroid]}
        return {"theme_id": self.theme_id, "label": self.label, "keywords": list(self.keywords),
                "quotes": json.dumps(self.quotes), "size": self.size, "model": json.dumps(model),
                "fitted_at": self.fitted_at}


def _quote(doc_id: Any, text: str) -> dict[str, Any]:
    if isinstance(doc_id, (tuple, list)) and len(doc_id) == 2:
        return {"call_id": doc_id[0], "utt_idx": doc_id[1], "text": text}
    return {"id": doc_id, "text": text}


class ThemeModel:
    """Fitted complaint themes. ``fit`` (with ``previous`` for stable ids), ``assign``, ``from_rows``."""

    def __init__(self, themes: Sequence[Theme] = (), embedding_model: str = "bundled", min_docs_bertopic: int = 150,
                 n_topics: int | None = None, assign_floor: float = ASSIGN_FLOOR,
                 match_floor: float = MATCH_FLOOR) -> None:
        self.themes = list(themes)
        self.embedding_model = embedding_model
        self.min_docs_bertopic = min_docs_bertopic
        self.n_topics = n_topics
        self.assign_floor = assign_floor
        self.match_floor = match_floor
        self.assignments: list[int] = []   # theme per text of the last ``fit``

    @classmethod
    def from_settings(cls, settings: Any, themes: Sequence[Theme] = ()) -> "ThemeModel":
        return cls(themes, embedding_model=settings.analysis.embedding_model,
                   min_docs_bertopic=settings.topics.min_docs_bertopic, n_topics=settings.topics.n_topics)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]], **kw: Any) -> "ThemeModel":
        """Rebuild from warehouse ``themes`` rows (dicts with the table's columns; quotes/model as JSON or parsed)."""
        themes = []
        for r in rows:
            try:
                model = r["model"] if isinstance(r["model"], dict) else json.loads(r["model"])
                quotes = r["quotes"] if isinstance(r["quotes"], list) else json.loads(r["quotes"] or "[]")
                raw = r.get("centroid")  # a separate centroid column wins over the copy inside 'model'
                centroid = np.asarray(raw if raw is not None else model["centroid"], dtype=np.float32)
            except (KeyError, TypeError, ValueError) as e:
                raise WarehouseError(f"themes row theme_id={r.get('theme_id')!r}: the 'model' column holds no "
                                     f"centroid ({e}). Fix: refit the themes (topics.refit_themes = true).") from e
            themes.append(Theme(int(r["theme_id"]), str(r["label"]), list(r.get("keywords") or []), quotes,
                                int(r.get("size") or 0), model.get("method", "kmeans"), centroid,
                                model.get("embedding_model", "bundled"), r.get("fitted_at")))
        if themes:
            kw.setdefault("embedding_model", themes[0].embedding_model)
        return cls(themes, **kw)

    # -- fitting -----------------------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], ids: Sequence[Any], previous: "ThemeModel | None" = None,
            embeddings: np.ndarray | None = None) -> list[Theme]:
        """Cluster the complaint ``texts`` (``ids`` e.g. (call_id, utt_idx)) into themes; replaces ``self.themes``."""
        from voc.analyze.embeddings import embed
        from voc.analyze.topics import cluster_texts

        texts = [str(t or "") for t in texts]
        if len(texts) != len(ids):
            raise ValueError(f"{len(texts)} texts but {len(ids)} ids")
        if not texts:
            self.themes, self.assignments = [], []
            return []
        emb = embed(texts, model=self.embedding_model) if embeddings is None else embeddings
        c = cluster_texts(texts, emb, self.min_docs_bertopic, self.n_topics, self.embedding_model)
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        themes: list[Theme] = []
        for t in sorted(set(c.labels.tolist())):
            members = np.flatnonzero(c.labels == t)
            cen = emb[members].mean(axis=0)
            cen /= np.linalg.norm(cen) or 1.0
            closest = members[np.argsort(-(emb[members] @ cen), kind="stable")]
            quotes, seen = [], set()
            for i in closest:
                key = texts[i].strip().lower()
                if key in seen:
                    continue
                seen.add(key)
                quotes.append(_quote(ids[i], texts[i]))
                if len(quotes) == N_QUOTES:
                    break
            themes.append(Theme(int(t), c.label(int(t)), c.keywords.get(int(t), []), quotes, len(members), c.method,
                                cen.astype(np.float32), self.embedding_model, now))
        mapping = self._stable_ids(themes, previous)
        for th in themes:
            th.theme_id = mapping[th.theme_id]
        self.assignments = [mapping[int(t)] for t in c.labels]
        self.themes = sorted(themes, key=lambda th: th.theme_id)
        return self.themes

    def _stable_ids(self, new: list[Theme], previous: "ThemeModel | None") -> dict[int, int]:
        """new local id → final id: old ids kept for centroid matches (Hungarian, cosine ≥ match_floor)."""
        from voc.analyze.topics import match_ids

        old = {th.theme_id: th.centroid for th in previous.themes} if previous is not None else {}
        return match_ids({th.theme_id: th.centroid for th in new}, old, self.match_floor)

    # -- assigning ---------------------------------------------------------------------------------------
    def assign(self, texts: Sequence[str], embeddings: np.ndarray | None = None) -> list[int]:
        """The nearest existing theme per text (cosine ≥ ``assign_floor``), else -1; all -1 when no themes exist."""
        from voc.analyze.embeddings import embed

        if not texts:
            return []
        if not self.themes:
            return [-1] * len(texts)
        emb = embed([str(t or "") for t in texts], model=self.embedding_model) if embeddings is None else embeddings
        sim = emb @ np.stack([th.centroid for th in self.themes]).T
        best = sim.argmax(axis=1)
        ids = [th.theme_id for th in self.themes]
        return [ids[j] if sim[i, j] >= self.assign_floor else -1 for i, j in enumerate(best)]

    def sizes(self) -> dict[int, int]:
        return dict(Counter(self.assignments))

    def to_rows(self) -> list[dict[str, Any]]:
        return [th.to_row() for th in self.themes]
