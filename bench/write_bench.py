"""Driver-side warehouse writes: milliseconds per call, one call per transaction vs batches (write_batch).

Synthetic but realistic rows per call (20 utterances, 200 words, 20 sentiment rows, an entity, 4 ledger rows).
Only the driver writes DuckDB, so this bounds calls per hour for any executor (local or Ray).

    python bench/write_bench.py --calls 320 --out bench/results/write_cpu.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from voc.warehouse import connect
from voc.warehouse.writers import CallWrite, write_calls

STAGES = {"transcribe": "h", "speakers": "h", "analyze": "h", "attribute": "h"}


def call_write(i: int) -> CallWrite:
    cid = f"c{i:08d}"
    rows = {
        "utterances": [{"call_id": cid, "idx": j, "channel": j % 2, "speaker": f"ch{j % 2}", "role": "agent",
                        "start_s": j * 1.0, "end_s": j + 0.9, "text": "hello there " * 5, "lang": "en",
                        "avg_logprob": -0.2, "no_speech_prob": 0.1, "compression_ratio": 1.2} for j in range(20)],
        "words": [{"call_id": cid, "utt_idx": j // 10, "idx": j % 10, "start_s": j * 0.1, "end_s": j * 0.1 + 0.05,
                   "word": "w", "prob": 0.9, "channel": 0, "speaker": "ch0"} for j in range(200)],
        "sentiment": [{"call_id": cid, "utt_idx": j, "score": 0.1, "label": "neutral", "vader": 0.0,
                       "markers": ["apology"]} for j in range(20)],
        "entities": [{"call_id": cid, "utt_idx": 1, "label": "PRODUCT", "text": "x", "char_start": 0, "char_end": 1,
                      "norm": "x", "source": "lexicon"}],
    }
    return CallWrite(cid, dict(STAGES), rows, [])


def measure(con, start: int, n: int, batch: int) -> float:
    t = time.perf_counter()
    for b in range(0, n, batch):
        write_calls(con, "bench", [call_write(start + i) for i in range(b, min(n, b + batch))])
    return (time.perf_counter() - t) / n * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=320)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "write_cpu.json"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        con = connect(os.path.join(d, "voc.duckdb"))
        res = {"machine": f"{platform.machine()}, {os.cpu_count()} cores", "calls": a.calls, "ms_per_call": {}}
        for batch in (1, 4, 16, 64):
            res["ms_per_call"][f"new_calls_batch_{batch}"] = round(measure(con, batch * 10**6, a.calls, batch), 2)
        res["ms_per_call"]["rerun_calls_batch_16"] = round(measure(con, 16 * 10**6, a.calls, 16), 2)
        con.close()
    print(json.dumps(res, indent=1))
    Path(a.out).write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()
