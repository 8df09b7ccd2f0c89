"""Nightly corpus cost against history size: a night of N new calls on an empty warehouse vs on a large one.

    .venv/bin/python bench/corpus_cost.py --history 100000 --night 100 [--out bench/results/corpus_cost.json]

What is timed: ``voc.corpus.update_corpus`` (discovered drivers, complaint themes, topics) for the night, the
corpus step of ``voc run``. The night's per-call work (ASR ... analyze, including embedding each new call's
documents) is the same on both warehouses and is not part of it.

How the large warehouse is built (synthetically, no audio): ``--history`` calls, each with a ``calls`` row, an
``analyze`` row in ``call_stages``, and two stored document embeddings (``reason``, ``call``; 384-d, drawn around 40
random topic centres with noise, unit-normalised, as the analyze stage stores them); every 10th call also has a
complaint with its embedding. Texts are short template sentences per centre. The corpus step then runs once on it
(its first fit, on the most recent 3,000 documents, and the assignment of the rest), as the previous nights would
have left it. Then the night adds ``--night`` calls built the same way and the corpus step is timed.
The empty warehouse gets only the night's calls (so its corpus step makes the first fit).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DIM = 384
CENTRES = 40
VERBS = ["cancel", "change", "book", "refund", "check", "update", "report", "pay", "reset", "upgrade"]
NOUNS = ["order", "booking", "address", "password", "payment", "subscription", "room", "delivery", "card", "plan"]


def _centres(seed: int = 0) -> np.ndarray:
    c = np.random.default_rng(seed).normal(size=(CENTRES, DIM))
    return c / np.linalg.norm(c, axis=1, keepdims=True)


def add_calls(con, start: int, n: int, centres: np.ndarray, seed: int) -> None:
    """Insert ``n`` synthetic analysed calls (ids ``start``..) with stored document embeddings."""
    import pyarrow as pa

    rng = np.random.default_rng(seed)
    ids = [f"call{i:07d}" for i in range(start, start + n)]
    topic = rng.integers(0, CENTRES, size=n)
    base = datetime(2025, 1, 1)
    when = [base + timedelta(minutes=5 * i) for i in range(start, start + n)]
    texts = [f"I want to {VERBS[t % 10]} my {NOUNS[(t // 10 + t) % 10]} please" for t in topic]
    calls = pa.table({"call_id": ids, "path": [f"/synthetic/{c}.wav" for c in ids],
                      "file_name": [f"{c}.wav" for c in ids], "status": ["ingested"] * n,
                      "ingested_at": when, "started_at": when})
    stages = pa.table({"call_id": ids, "stage": ["analyze"] * n, "status": ["done"] * n, "attempts": [1] * n})
    docs = []
    for kind in ("reason", "call"):
        v = centres[topic] + rng.normal(scale=0.045, size=(n, DIM))
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        docs.append(pa.table({"call_id": ids, "kind": [kind] * n, "utt_idx": [-1] * n, "text": texts,
                              "model": ["synthetic"] * n,
                              "embedding": pa.array(list(v.astype(np.float32)), type=pa.list_(pa.float32()))}))
    comp = [i for i in range(n) if (start + i) % 10 == 0]
    cv = centres[topic[comp]] + rng.normal(scale=0.045, size=(len(comp), DIM))
    cv /= np.linalg.norm(cv, axis=1, keepdims=True) if len(comp) else 1
    complaints = pa.table({"call_id": [ids[i] for i in comp], "utt_idx": [3] * len(comp),
                           "severity": [2] * len(comp), "text": [f"this is the third time I call about my "
                                                                 f"{NOUNS[topic[i] % 10]}" for i in comp]})
    cdocs = pa.table({"call_id": [ids[i] for i in comp], "kind": ["complaint"] * len(comp), "utt_idx": [3] * len(comp),
                      "text": complaints.column("text").to_pylist(), "model": ["synthetic"] * len(comp),
                      "embedding": pa.array(list(cv.astype(np.float32)), type=pa.list_(pa.float32()))})
    for name, tab in (("calls", calls), ("call_stages", stages), ("doc_embeddings", docs[0]),
                      ("doc_embeddings", docs[1]), ("complaints", complaints), ("doc_embeddings", cdocs)):
        con.register("_bench_in", tab)
        cols = ", ".join(tab.column_names)
        con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM _bench_in")
        con.unregister("_bench_in")


def night(path: Path, start: int, n: int, centres, settings, seed: int) -> dict:
    from voc.corpus import update_corpus
    from voc.warehouse import connect

    con = connect(path)
    try:
        add_calls(con, start, n, centres, seed)
        t0 = time.perf_counter()
        counts = update_corpus(con, settings)
        return {"seconds": round(time.perf_counter() - t0, 3), "counts": counts}
    finally:
        con.close()


def main(argv=None) -> int:
    from voc.corpus import update_corpus
    from voc.settings import Settings
    from voc.warehouse import connect

    ap = argparse.ArgumentParser()
    ap.add_argument("--history", type=int, default=100_000)
    ap.add_argument("--night", type=int, default=100)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "corpus_cost.json"))
    args = ap.parse_args(argv)
    settings = Settings()
    centres = _centres()
    tmp = Path(tempfile.mkdtemp(prefix="voc-corpus-cost-"))
    # warm the imports both nights use (sklearn, scipy, bertopic's c-TF-IDF) so neither pays them
    from voc.analyze.topics import cluster_texts
    cluster_texts(["warm up text one", "warm up text two", "another warm up"], np.eye(3, DIM, dtype=np.float32))

    empty = []
    for r in range(args.repeats):
        empty.append(night(tmp / f"empty{r}.duckdb", 10_000_000, args.night, centres, settings, seed=100 + r))
    big = tmp / "big.duckdb"
    t0 = time.perf_counter()
    con = connect(big)
    step = 20_000
    for s in range(0, args.history, step):
        add_calls(con, s, min(step, args.history - s), centres, seed=s)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    first = update_corpus(con, settings)
    first_s = time.perf_counter() - t0
    con.close()
    large = []
    for r in range(args.repeats):
        large.append(night(big, 10_000_000 + (r + 1) * args.night, args.night, centres, settings, seed=200 + r))
    e = float(np.median([x["seconds"] for x in empty]))
    g = float(np.median([x["seconds"] for x in large]))
    out = {"script": "bench/corpus_cost.py", "machine": f"{platform.node()} ({platform.machine()}, CPU; shared "
           "2-core VM, other work running)", "history_calls": args.history, "night_calls": args.night,
           "empty_warehouse_night_s": [x["seconds"] for x in empty], "large_warehouse_night_s":
           [x["seconds"] for x in large], "median_empty_s": e, "median_large_s": g, "ratio": round(g / e, 3),
           "holds_2x": g <= 2 * e, "large_build_s": round(build_s, 1), "large_first_corpus_step_s": round(first_s, 1),
           "large_first_corpus_counts": first, "night_counts_large": large[-1]["counts"],
           "night_counts_empty": empty[-1]["counts"],
           "how_built": "synthetic: calls + call_stages + stored reason/call embeddings (384-d around 40 centres), "
                        "a complaint per 10th call; corpus step run once before the timed nights"}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2, default=str) + "\n", encoding="utf-8")
    print(json.dumps({k: out[k] for k in ("median_empty_s", "median_large_s", "ratio", "holds_2x")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
