"""Labelled text sets from ../shared/data for the topic-engine evaluation, and a cache of their MiniLM embeddings.

Every loader returns ``(texts, labels)``. Big sets are subsampled to ``cap`` texts with a fixed seed (the machine
is shared); the sample is stratified by nothing: a plain random sample, so label sizes keep their natural skew.

* banking77: train.csv (10,003 online-banking queries, 77 intents) → sample.
* clinc150: data_full.json train+val+test in-scope (22,500 queries, 150 intents) → sample.
* bitext: Bitext_Sample_Customer_Service_Training_Dataset.csv (8,175 synthetic customer-service requests,
  27 intents) → sample.
* natcs-insurance: test-utterances.jsonl (913 customer turns from insurance calls, 22 intents), all.
* dialogsum: whole dialogues (long texts, ~130-200 words) of dev (topic) + test (topic1) whose lower-cased topic
  occurs at least 3 times (98 dialogues, 21 topics: "job interview", "order food", "book a room", ...).
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".dev" / "topics-eval"
SEED = 0


def _sample(texts: list[str], labels: list[str], cap: int | None, seed: int = SEED) -> tuple[list[str], list[str]]:
    if cap is None or len(texts) <= cap:
        return texts, labels
    idx = sorted(random.Random(seed).sample(range(len(texts)), cap))
    return [texts[i] for i in idx], [labels[i] for i in idx]


def banking77(data: Path, cap: int | None):
    with (data / "banking77" / "train.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return _sample([r["text"] for r in rows], [r["category"] for r in rows], cap)


def clinc150(data: Path, cap: int | None):
    d = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    rows = d["train"] + d["val"] + d["test"]
    return _sample([r[0] for r in rows], [r[1] for r in rows], cap)


def bitext(data: Path, cap: int | None):
    p = data / "bitext-customer-service-sample" / "Bitext_Sample_Customer_Service_Training_Dataset.csv"
    with p.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    return _sample([r["utterance"] for r in rows], [r["intent"] for r in rows], cap)


def natcs_insurance(data: Path, cap: int | None):
    rows = [json.loads(x) for x in (data / "natcs-insurance-dev" / "test-utterances.jsonl").open(encoding="utf-8")]
    return _sample([r["utterance"] for r in rows], [r["intent"] for r in rows], cap)


def dialogsum(data: Path, cap: int | None, min_count: int = 3):
    rows = []
    for name, key in (("dialogsum.dev.jsonl", "topic"), ("dialogsum.test.jsonl", "topic1")):
        for line in (data / "dialogsum" / name).open(encoding="utf-8"):
            r = json.loads(line)
            text = " ".join(t.split(":", 1)[-1].strip() for t in r["dialogue"].splitlines() if t.strip())
            rows.append((text, r[key].strip().lower()))
    counts: dict[str, int] = {}
    for _, t in rows:
        counts[t] = counts.get(t, 0) + 1
    rows = [r for r in rows if counts[r[1]] >= min_count]
    return _sample([r[0] for r in rows], [r[1] for r in rows], cap)


SETS = {"banking77": banking77, "clinc150": clinc150, "bitext": bitext, "natcs-insurance": natcs_insurance,
        "dialogsum": dialogsum}
LONG = {"dialogsum"}


def load(name: str, data: Path, cap: int | None = 3000) -> tuple[list[str], list[str]]:
    return SETS[name](data, cap)


def digest(texts: list[str]) -> str:
    return hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()[:12]


def embeddings(name: str, texts: list[str], plain: bool = False) -> np.ndarray:
    """Bundled-MiniLM embeddings of ``texts``, cached under .dev/topics-eval/ by a hash of the texts.

    Default: voc's own ``embed`` (a text longer than the model's 256-word-piece input is embedded as the mean of
    its windows). ``plain=True``: the model's own ``encode``, which truncates long texts, as BERTopic's defaults
    and a plain KMeans would embed them (the baselines). The two differ only on texts over the limit."""
    h = hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()[:12]
    p = CACHE / f"{name}-{len(texts)}-{h}{'' if plain else '-voc'}.npy"
    if p.is_file():
        return np.load(p)
    from voc.analyze.embeddings import embed, get_embedder

    if plain:
        emb = np.asarray(get_embedder().encode(texts, batch_size=64, convert_to_numpy=True, normalize_embeddings=True,
                                               show_progress_bar=False), dtype=np.float32)
    else:
        emb = embed(texts)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(p, emb)
    return emb
