"""Precision and recall per signal kind: voc's detector (voc.analyze.signals) against a keyword baseline.

    .venv/bin/python eval/signals/run.py [--data ../shared/data] [--out eval/signals/results/signals.json]

The labelled set is built from eval/signals/labels.yaml (how it was built: see that file and docs/signals.md):
intent-labelled customer utterances (Bitext, Banking77, NatCS insurance, CLINC150) whose intents map honestly to a
kind, hand-labelled customer turns of DialogSum test dialogues, and the demo calls' customer turns. Sources are
split into `dev` (the cues were written and tuned on them) and `heldout` (only labelled, never tuned on);
the headline figures are the held-out ones. Both systems see the same texts; the demo texts also get their lexicon
entities (competitor names), as in `voc run`.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from voc.analyze.signals import KINDS, get_detector

# The baseline: a plain keyword list per kind (any keyword, case-insensitive, on word boundaries).
BASELINE: dict[str, tuple[str, ...]] = {
    "purchase_interest": ("buy", "purchase", "order", "sign up", "subscribe", "quote", "interested", "i'd like",
                          "i'll take"),
    "upgrade_interest": ("upgrade", "more data", "increase", "premium", "higher"),
    "price_objection": ("expensive", "cheaper", "afford", "too much", "discount"),
    "churn_risk": ("cancel", "close my account", "leave", "switch", "terminate", "delete my account"),
    "competitor_offer": ("competitor", "another company", "other company", "another provider", "elsewhere",
                         "offered me"),
    "unmet_need": ("do you have", "i wish", "is there", "do you offer", "do you support"),
}
_BASE_RX = {k: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ws) + r")\b", re.IGNORECASE)
            for k, ws in BASELINE.items()}


def baseline(text: str) -> set[str]:
    return {k for k, rx in _BASE_RX.items() if rx.search(text)}


def load_items(data: Path, labels: dict) -> list[dict]:
    """[{source, split, text, gold: set[str], entities: list}]"""
    items: list[dict] = []
    for source, spec in labels["intents"].items():
        f = data / spec["file"]
        if not f.exists():
            print(f"skip {source}: {f} is absent", file=sys.stderr)
            continue
        if f.suffix == ".csv":
            rows = list(csv.DictReader(f.open(encoding="utf-8-sig")))
            tcol = "utterance" if "utterance" in rows[0] else "text"
            lcol = "intent" if "intent" in rows[0] else "category"
            pairs = [(r[tcol], r[lcol]) for r in rows]
        elif f.suffix == ".jsonl":
            pairs = [(d["utterance"], d["intent"]) for d in map(json.loads, f.open(encoding="utf-8"))]
        else:
            pairs = [tuple(x) for x in json.loads(f.read_text(encoding="utf-8"))[spec["part"]]]
        by_intent: dict[str, list[str]] = defaultdict(list)
        for t, i in pairs:
            by_intent[i].append(t)
        wanted = [(i, {k}) for i, k in spec["map"].items()] + [(i, set()) for i in spec["none"]]
        for intent, gold in wanted:
            texts = sorted(set(by_intent.get(intent, [])))
            if not texts:
                raise SystemExit(f"labels.yaml: intent {intent!r} not found in {f}")
            random.Random(19).shuffle(texts)
            items += [{"source": source, "split": spec["split"], "text": t, "gold": gold, "entities": []}
                      for t in texts[:spec["per_intent"]]]
    ds = labels["dialogsum"]
    f = data / ds["file"]
    if f.exists():
        dialogues = {d["fname"]: d for d in map(json.loads, f.open(encoding="utf-8"))}
        for fname, spec in ds["dialogues"].items():
            turns = dialogues[fname]["dialogue"].split("\n")
            who = f"#Person{spec['customer']}#:"
            lab = {int(k): set(v) for k, v in (spec.get("labels") or {}).items()}
            for i, t in enumerate(turns):
                if t.startswith(who):
                    items.append({"source": "dialogsum", "split": ds["split"], "text": t[len(who):].strip(),
                                  "gold": lab.pop(i, set()), "entities": []})
            if lab:
                raise SystemExit(f"labels.yaml: dialogsum {fname} turns {sorted(lab)} are not the customer's")
    items += demo_items(labels["demo"])
    for it in items:
        bad = it["gold"] - set(KINDS)
        if bad:
            raise SystemExit(f"labels.yaml: unknown kinds {bad}")
    return items


def demo_items(spec: dict) -> list[dict]:
    import yaml

    from voc.analyze.entities import EntityExtractor
    from voc.records import Utterance
    from voc.settings import Settings

    calls = yaml.safe_load((REPO / "voc/demo/scripts.yaml").read_text(encoding="utf-8"))["calls"]
    ex = EntityExtractor(Settings())
    out = []
    for c in calls:
        lab = {int(k): set(v) for k, v in (spec["labels"].get(c["id"]) or {}).items()}
        for i, t in enumerate(c["turns"]):
            if t["speaker"] != "customer":
                continue
            ents = ex.extract([Utterance(0, 0, 0.0, 1.0, t["text"])])
            out.append({"source": "demo", "split": spec["split"], "text": t["text"], "gold": lab.pop(i, set()),
                        "entities": ents})
        if lab:
            raise SystemExit(f"labels.yaml: demo {c['id']} turns {sorted(lab)} are not customer turns")
    return out


def score(items: list[dict], key: str) -> dict:
    out = {}
    for k in KINDS:
        tp = sum(1 for it in items if k in it[key] and k in it["gold"])
        fp = sum(1 for it in items if k in it[key] and k not in it["gold"])
        fn = sum(1 for it in items if k not in it[key] and k in it["gold"])
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else None
        f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        out[k] = {"support": tp + fn, "predicted": tp + fp, "tp": tp, "precision": _r(p), "recall": _r(r), "f1": _r(f1)}
    tp = sum(v["tp"] for v in out.values())
    pred = sum(v["predicted"] for v in out.values())
    sup = sum(v["support"] for v in out.values())
    p, r = (tp / pred if pred else None), (tp / sup if sup else None)
    out["micro"] = {"support": sup, "predicted": pred, "tp": tp, "precision": _r(p), "recall": _r(r),
                    "f1": _r(2 * p * r / (p + r)) if p and r else None}
    return out


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(REPO / "eval/signals/results/signals.json"))
    ap.add_argument("--show-errors", action="store_true", help="print voc's errors on the dev split")
    args = ap.parse_args()
    import yaml

    labels = yaml.safe_load((REPO / "eval/signals/labels.yaml").read_text(encoding="utf-8"))
    items = load_items(Path(args.data), labels)
    det = get_detector()
    t0 = time.perf_counter()
    for it in items:
        it["voc"] = {m.kind for m in det.detect(it["text"], it["entities"])}
        it["baseline"] = baseline(it["text"])
    elapsed = time.perf_counter() - t0
    if args.show_errors:
        for it in items:
            if it["split"] == "dev" and it["voc"] != it["gold"]:
                print(f"{it['source']:10} gold={sorted(it['gold'])} voc={sorted(it['voc'])} | {it['text'][:120]}")
    res: dict = {"machine": platform.node(), "python": platform.python_version(),
                 "created": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                 "protocol": "cues written and tuned on the dev sources; figures to report are the heldout ones",
                 "n_items": len(items), "detect_s": round(elapsed, 3), "splits": {}, "sources": {}}
    for split in ("heldout", "dev"):
        sub = [it for it in items if it["split"] == split]
        res["splits"][split] = {"n": len(sub), "sources": sorted({it["source"] for it in sub}),
                                "voc": score(sub, "voc"), "baseline": score(sub, "baseline")}
    for src in sorted({it["source"] for it in items}):
        sub = [it for it in items if it["source"] == src]
        res["sources"][src] = {"split": sub[0]["split"], "n": len(sub), "voc": score(sub, "voc"),
                               "baseline": score(sub, "baseline")}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    for split, r in res["splits"].items():
        print(f"\n{split} (n={r['n']}: {', '.join(r['sources'])})")
        print(f"{'kind':18} {'support':>7}  {'voc P':>6} {'voc R':>6} {'voc F1':>6}   {'base P':>6} {'base R':>6} {'base F1':>7}")
        for k in (*KINDS, "micro"):
            v, b = r["voc"][k], r["baseline"][k]
            f = lambda x: "  —  " if x is None else f"{x:.3f}"
            print(f"{k:18} {v['support']:7d}  {f(v['precision']):>6} {f(v['recall']):>6} {f(v['f1']):>6}   "
                  f"{f(b['precision']):>6} {f(b['recall']):>6} {f(b['f1']):>7}")
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
