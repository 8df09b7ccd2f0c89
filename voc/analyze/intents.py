"""Intents (call drivers): zero-shot from a taxonomy, or a classifier trained on labelled examples.

Zero-shot (``IntentClassifier.from_taxonomy``): every intent in the taxonomy YAML becomes a set of reference
embeddings (its description and each example phrase, bundled MiniLM). A text's score for an intent is
``0.5 * cos(text, mean of the references) + 0.5 * max cos(text, one reference)``; scores become confidences with
a softmax at temperature ``ZERO_SHOT_TEMPERATURE``.

Trained (``train_intents`` → folder → ``IntentClassifier.load``): MiniLM sentence embeddings (scaled by 2) stacked
with TF-IDF word 1-2-grams and character 2-5-grams, and one linear SVM over all three; its decision values become
confidences by a softmax whose temperature is fitted on the out-of-fold predictions of the cross-validation. On
Banking77 this beats embeddings + logistic regression alone (docs/analysis-intents-topics.md,
bench/intents_eval.py).

Per call (``classify_call``): each customer utterance gets a confidence per intent; the call's confidence for an
intent is the noisy-OR over its utterances (``1 - prod(1 - w_u * p_u)``), where ``w_u`` discounts short and
off-topic utterances ("yes", "thank you") and later turns (the reason for a call comes first). Rank 1 is the primary driver; secondary ones need
``analysis.secondary_intent_min``.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

import numpy as np

from voc.errors import ModelError, SettingsError
from voc.records import IntentScore

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings

MODEL_VERSION = 1
ZERO_SHOT_TEMPERATURE = 0.04   # softmax temperature on cosine scores (0.04 ≈ a 0.1 cosine lead → 92 % of the mass)
RELEVANCE_LOW = 0.20           # zero-shot: an utterance whose best score is below this says nothing about intent
RELEVANCE_HIGH = 0.45          # ... and one at or above this counts fully
MIN_WORDS = 3                  # shorter utterances ("yes", "thank you") count at SHORT_WEIGHT
SHORT_WEIGHT = 0.2
POSITION_DECAY = 0.15          # per call: the k-th substantive customer turn weighs max(0.5, 1 - 0.15 k)
POSITION_FLOOR = 0.5           # (callers state why they call first; later turns give names, numbers, small talk)
EMBED_WEIGHT = 2.0             # trained: MiniLM block scaled against the TF-IDF blocks (tuned on Banking77)
SVM_C = 1.0                    # trained: LinearSVC regularisation (tuned on Banking77)

Progress = Callable[[str, float], None]


@dataclass(frozen=True, slots=True)
class Intent:
    """One call driver of a taxonomy."""

    id: str
    description: str
    examples: tuple[str, ...] = ()


def default_taxonomy_path() -> Path:
    """The customer-service / telecom taxonomy shipped with voc."""
    return Path(str(resources.files("voc.analyze") / "data" / "taxonomy.yaml"))


def load_taxonomy(path: str | Path | None = None) -> list[Intent]:
    """Read and validate a taxonomy YAML: a list of ``{id, description, examples: [...]}`` (None = bundled)."""
    import yaml

    p = Path(path) if path is not None else default_taxonomy_path()
    if not p.is_file():
        raise SettingsError(f"taxonomy file {p} does not exist. Fix: set analysis.taxonomy to an existing YAML file, "
                            "or leave it unset for the bundled customer-service taxonomy.")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise SettingsError(f"taxonomy {p}: not valid YAML ({e}). Fix the line named.") from e
    if not isinstance(data, list) or not data:
        raise SettingsError(f"taxonomy {p}: expected a non-empty list of intents (- id: ..., description: ..., "
                            f"examples: [...]), got {type(data).__name__}.")
    intents: list[Intent] = []
    seen: set[str] = set()
    for i, item in enumerate(data):
        where = f"taxonomy {p}, entry {i + 1}"
        if not isinstance(item, dict):
            raise SettingsError(f"{where}: expected a mapping with id/description/examples, got {item!r}.")
        unknown = set(item) - {"id", "description", "examples"}
        if unknown:
            raise SettingsError(f"{where}: unknown key(s) {sorted(unknown)}. Valid keys: id, description, examples.")
        iid, desc, ex = item.get("id"), item.get("description"), item.get("examples") or []
        if not isinstance(iid, str) or not iid.strip():
            raise SettingsError(f"{where}: 'id' must be a non-empty string, got {iid!r}.")
        if iid in seen:
            raise SettingsError(f"{where}: duplicate id {iid!r}. Fix: give every intent its own id.")
        if not isinstance(desc, str) or not desc.strip():
            raise SettingsError(f"{where} ({iid}): 'description' must be a non-empty string, got {desc!r}.")
        if not isinstance(ex, list) or not all(isinstance(e, str) and e.strip() for e in ex):
            raise SettingsError(f"{where} ({iid}): 'examples' must be a list of non-empty strings, got {ex!r}.")
        seen.add(iid)
        intents.append(Intent(iid, desc.strip(), tuple(e.strip() for e in ex)))
    if len(intents) < 2:
        raise SettingsError(f"taxonomy {p}: needs at least 2 intents to choose between, found {len(intents)}.")
    return intents


# -- features for trained models ------------------------------------------------------------------------

@dataclass
class StackedFeatures:
    """MiniLM embeddings (scaled by ``embed_weight``) next to TF-IDF word and char n-grams: one sparse matrix."""

    embed_weight: float = EMBED_WEIGHT
    word: Any = None
    char: Any = None

    def fit(self, texts: Sequence[str]) -> "StackedFeatures":
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.word = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)
        self.char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                    lowercase=True)
        self.word.fit(texts)
        self.char.fit(texts)
        return self

    def transform(self, texts: Sequence[str], emb: np.ndarray):
        import scipy.sparse as sp

        parts = [sp.csr_matrix(emb * self.embed_weight)]
        if self.word is not None:
            parts += [self.word.transform(texts), self.char.transform(texts)]
        return sp.hstack(parts, format="csr")


class SoftmaxSVC:
    """A linear SVM whose decision values become probabilities by a softmax at a fitted temperature."""

    def __init__(self, C: float = 1.0, temperature: float = 0.2) -> None:
        self.C = C
        self.temperature = temperature
        self.svm: Any = None

    def fit(self, X, y) -> "SoftmaxSVC":
        from sklearn.svm import LinearSVC

        self.svm = LinearSVC(C=self.C, max_iter=5000).fit(X, y)
        return self

    @property
    def classes_(self) -> np.ndarray:
        return self.svm.classes_

    def decision(self, X) -> np.ndarray:
        d = np.asarray(self.svm.decision_function(X), dtype=float)
        return np.column_stack([-d, d]) if d.ndim == 1 else d

    def predict(self, X) -> np.ndarray:
        return self.classes_[self.decision(X).argmax(axis=1)]

    def predict_proba(self, X) -> np.ndarray:
        return softmax(self.decision(X), self.temperature)


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    z = (scores - scores.max(axis=1, keepdims=True)) / temperature
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(decisions: np.ndarray, y_idx: np.ndarray) -> float:
    """The softmax temperature minimising the negative log-likelihood of out-of-fold decision values."""
    grid = np.geomspace(0.02, 2.0, 60)
    nll = [-np.log(np.clip(softmax(decisions, t)[np.arange(len(y_idx)), y_idx], 1e-12, None)).mean() for t in grid]
    return float(grid[int(np.argmin(nll))])


# -- the classifier -------------------------------------------------------------------------------------

class IntentClassifier:
    """Scores texts against a fixed set of intents; zero-shot (taxonomy) or trained (folder)."""

    def __init__(self, labels: Sequence[str], kind: str, embedding_model: str = "bundled",
                 prototypes: list[np.ndarray] | None = None, features: StackedFeatures | None = None,
                 head: Any = None, meta: dict[str, Any] | None = None,
                 temperature: float = ZERO_SHOT_TEMPERATURE) -> None:
        self.labels = list(labels)
        self.kind = kind                      # "zero_shot" | "trained"
        self.embedding_model = embedding_model
        self.prototypes = prototypes          # zero-shot: per intent, (n_refs, dim) normalised reference embeddings
        self.features = features
        self.head = head
        self.meta = dict(meta or {})
        self.temperature = temperature

    # constructors ----------------------------------------------------------------------------------
    @classmethod
    def from_taxonomy(cls, path: str | Path | None = None, embedding_model: str = "bundled",
                      temperature: float = ZERO_SHOT_TEMPERATURE) -> "IntentClassifier":
        """Zero-shot classifier from a taxonomy YAML (None = the bundled customer-service taxonomy)."""
        from voc.analyze.embeddings import embed

        intents = load_taxonomy(path)
        refs = [[it.description, *it.examples] for it in intents]
        flat = embed([r for group in refs for r in group], model=embedding_model)
        protos, at = [], 0
        for group in refs:
            protos.append(flat[at:at + len(group)])
            at += len(group)
        src = str(path) if path is not None else "bundled"
        return cls([it.id for it in intents], "zero_shot", embedding_model, prototypes=protos,
                   meta={"taxonomy": src}, temperature=temperature)

    @classmethod
    def load(cls, model_dir: str | Path) -> "IntentClassifier":
        """A classifier saved by ``train_intents`` (folder with ``meta.json`` and ``model.pkl``).

        ``model.pkl`` is a Python pickle: load only folders you (or `voc intents train`) wrote.
        """
        d = Path(model_dir)
        meta_p, model_p = d / "meta.json", d / "model.pkl"
        if not meta_p.is_file() or not model_p.is_file():
            raise ModelError(f"{d} is not an intent model folder (needs meta.json and model.pkl). Fix: point "
                             "analysis.intent_model / --model at a folder written by `voc intents train`.")
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise ModelError(f"{meta_p}: not valid JSON ({e}). Fix: retrain with `voc intents train`.") from e
        meta["path"] = str(d)
        if meta.get("version", 0) > MODEL_VERSION:
            raise ModelError(f"{d}: intent model version {meta.get('version')} is newer than this voc understands "
                             f"({MODEL_VERSION}). Fix: upgrade voc or retrain with `voc intents train`.")
        with model_p.open("rb") as f:
            state = pickle.load(f)  # noqa: S301 - a local folder written by train_intents
        return cls(meta["labels"], "trained", meta.get("embedding_model", "bundled"),
                   features=state["features"], head=state["head"], meta=meta)

    @classmethod
    def from_settings(cls, settings: "Settings") -> "IntentClassifier":
        """The trained model at ``analysis.intent_model`` if set, else zero-shot on ``analysis.taxonomy``."""
        a = settings.analysis
        if a.intent_model:
            return cls.load(a.intent_model)
        return cls.from_taxonomy(a.taxonomy, embedding_model=a.embedding_model)

    # scoring ---------------------------------------------------------------------------------------
    def _scores(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(probabilities (n, n_labels), relevance weights (n,)) for ``texts``."""
        from voc.analyze.embeddings import embed

        texts = [str(t or "") for t in texts]
        n = len(texts)
        if n == 0:
            return np.zeros((0, len(self.labels))), np.zeros(0)
        emb = embed(texts, model=self.embedding_model)
        words = np.array([len(t.split()) for t in texts])
        short = np.where(words >= MIN_WORDS, 1.0, SHORT_WEIGHT)
        if self.kind == "zero_shot":
            raw = self.similarity(emb)
            z = (raw - raw.max(axis=1, keepdims=True)) / self.temperature
            probs = np.exp(z)
            probs /= probs.sum(axis=1, keepdims=True)
            rel = np.clip((raw.max(axis=1) - RELEVANCE_LOW) / (RELEVANCE_HIGH - RELEVANCE_LOW), 0.0, 1.0)
            return probs, rel * short
        X = self.features.transform(texts, emb)
        probs = self.head.predict_proba(X)
        return probs, short

    def similarity(self, emb: np.ndarray) -> np.ndarray:
        """Zero-shot raw scores (n, n_labels): half centroid cosine, half best single-reference cosine."""
        assert self.prototypes is not None
        out = np.empty((emb.shape[0], len(self.prototypes)), dtype=np.float32)
        for j, refs in enumerate(self.prototypes):
            c = refs.mean(axis=0)
            c /= np.linalg.norm(c) or 1.0
            out[:, j] = 0.5 * (emb @ c) + 0.5 * (emb @ refs.T).max(axis=1)
        return out

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Confidences (n, n_labels), columns in ``self.labels`` order, rows summing to 1."""
        return self._scores(texts)[0]

    def predict(self, texts: Sequence[str], top_k: int | None = None) -> list[list[tuple[str, float]]]:
        """Per text, ``(intent_id, confidence)`` pairs sorted by confidence, highest first (all, or ``top_k``)."""
        probs = self.predict_proba(texts)
        out = []
        for row in probs:
            order = np.argsort(-row, kind="stable")[: top_k or len(self.labels)]
            out.append([(self.labels[j], float(row[j])) for j in order])
        return out

    def classify_call(self, customer_texts: Sequence[str], secondary_min: float = 0.25,
                      max_intents: int = 3) -> list[IntentScore]:
        """The call's drivers from its customer utterances: rank 1 primary, then secondaries ≥ ``secondary_min``.

        Empty list when the customer said nothing (or nothing relevant to any intent, zero-shot).
        """
        texts = [t for t in customer_texts if t and t.strip()]
        if not texts:
            return []
        probs, w = self._scores(texts)
        if float(w.max(initial=0.0)) <= 0.0:
            return []
        substantive = np.cumsum([len(t.split()) >= MIN_WORDS for t in texts]) - 1
        w = w * np.maximum(POSITION_FLOOR, 1.0 - POSITION_DECAY * np.maximum(substantive, 0))
        call = 1.0 - np.prod(1.0 - np.clip(w[:, None] * probs, 0.0, 1.0), axis=0)
        order = np.argsort(-call, kind="stable")
        scores = [IntentScore(self.labels[order[0]], round(float(call[order[0]]), 4), 1)]
        for j in order[1:max_intents]:
            if call[j] >= secondary_min:
                scores.append(IntentScore(self.labels[j], round(float(call[j]), 4), len(scores) + 1))
        return scores

    @property
    def name(self) -> str:
        """Provenance for the warehouse: "zero_shot:<taxonomy>" or "trained:<folder>"."""
        return f"{self.kind}:{self.meta.get('taxonomy') or self.meta.get('path', '')}"


# -- training -------------------------------------------------------------------------------------------

def fit_head(texts: Sequence[str], labels: Sequence[str], emb: np.ndarray, C: float = SVM_C,
             embed_weight: float = EMBED_WEIGHT, tfidf: bool = True,
             temperature: float = 0.2) -> tuple[StackedFeatures, SoftmaxSVC]:
    """Fit the stacked features and the linear-SVM head on precomputed embeddings."""
    feats = StackedFeatures(embed_weight=embed_weight)
    if tfidf:
        feats.fit(texts)
    head = SoftmaxSVC(C=C, temperature=temperature)
    head.fit(feats.transform(texts, emb), list(labels))
    return feats, head


def cross_validate(texts: Sequence[str], labels: Sequence[str], emb: np.ndarray, folds: int = 5,
                   seed: int = 0, progress: Progress | None = None, **head_kw: Any) -> dict[str, float]:
    """Stratified k-fold accuracy and macro-F1 (means and standard deviations) of ``fit_head``."""
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import StratifiedKFold

    texts, y = np.asarray(list(texts), dtype=object), np.asarray(list(labels))
    classes = np.unique(y)
    accs, f1s = [], []
    dec_all, y_all = [], []
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for k, (tr, te) in enumerate(skf.split(texts, y)):
        feats, head = fit_head(list(texts[tr]), y[tr], emb[tr], **head_kw)
        dec = head.decision(feats.transform(list(texts[te]), emb[te]))
        pred = head.classes_[dec.argmax(axis=1)]
        if list(head.classes_) == list(classes):
            dec_all.append(dec)
            y_all.append(np.searchsorted(classes, y[te]))
        accs.append(accuracy_score(y[te], pred))
        f1s.append(f1_score(y[te], pred, average="macro"))
        if progress:
            progress(f"fold {k + 1}/{folds}: accuracy {accs[-1]:.4f}", (k + 1) / folds)
    temp = fit_temperature(np.vstack(dec_all), np.concatenate(y_all)) if dec_all else 0.2
    return {"folds": folds, "accuracy": float(np.mean(accs)), "accuracy_std": float(np.std(accs)),
            "macro_f1": float(np.mean(f1s)), "macro_f1_std": float(np.std(f1s)), "temperature": temp}


def train_intents(texts: Sequence[str], labels: Sequence[str], out_dir: str | Path, embedding_model: str = "bundled",
                  cv_folds: int = 5, C: float = SVM_C, progress: Progress | None = None) -> dict[str, Any]:
    """Train on labelled examples, save the model folder ``out_dir`` and return its metadata (CV score included).

    ``cv_folds`` < 2 skips cross-validation (``cv`` is then null in meta.json).
    """
    from voc.analyze.embeddings import embed, model_name

    texts = [str(t) for t in texts]
    labels = [str(lab) for lab in labels]
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    classes, counts = np.unique(labels, return_counts=True)
    if len(classes) < 2:
        raise SettingsError(f"training needs at least 2 distinct labels, found {list(classes)}. Fix: check --label-col.")
    if cv_folds >= 2 and counts.min() < cv_folds:
        rare = [str(c) for c, n in zip(classes, counts) if n < cv_folds][:5]
        raise SettingsError(f"label(s) {rare} have fewer than {cv_folds} examples, too few for {cv_folds}-fold "
                            "cross-validation. Fix: add examples, merge those labels, or lower the folds.")
    if progress:
        progress(f"embedding {len(texts)} examples", 0.0)
    emb = embed(texts, model=embedding_model)
    cv = cross_validate(texts, labels, emb, folds=cv_folds, C=C, progress=progress) if cv_folds >= 2 else None
    feats, head = fit_head(texts, labels, emb, C=C, temperature=cv["temperature"] if cv else 0.2)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    meta = {
        "version": MODEL_VERSION,
        "kind": "trained",
        "labels": [str(c) for c in head.classes_],
        "embedding_model": embedding_model,
        "embedding_model_name": model_name(embedding_model),
        "features": "MiniLM embedding + TF-IDF word 1-2-grams + char_wb 2-5-grams",
        "head": f"LinearSVC(C={C}) + softmax(T={head.temperature:.3f})",
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "n_examples": len(texts),
        "cv": cv,
    }
    with (out / "model.pkl").open("wb") as f:
        pickle.dump({"features": feats, "head": head}, f, protocol=pickle.HIGHEST_PROTOCOL)
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    meta["path"] = str(out)
    return meta
