"""Evaluate call briefs (``voc.analyze.briefs``) against human summaries and hand-labelled outcomes.

Data (read from ../shared/data; the script exits with a message when it is absent):

* DialogSum service dialogues: a dialogue is "service" when one of its topic labels contains a word of
  ``SERVICE_WORDS`` (a fixed list written before looking at test scores). The dev split (one summary each) was used
  to develop the rules; the test split (three summaries each) is what is reported. Speaker roles come from voc's
  own role evidence (``voc.speakers.roles``), as in a real run.
* Outcome labels: ``outcome_labels.json`` beside this script, labelled by hand (see its ``how`` field).

Scores: ROUGE-1 / ROUGE-2 / ROUGE-L F1 (``rouge-score``, Porter stemmer) of a brief's text (reason + actions +
next steps, the "Agent:"/"Customer:" labels removed) against each human summary, averaged over the summaries; the
human ceiling scores each summary against the other two the same way. Baselines in the same run: the first customer
utterance ("first customer"), the first three utterances ("lead-3"), and lead-3 of the customer's sentences.

    python eval/briefs/run_eval.py [--data ../shared/data] [--out eval/briefs/results/briefs.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SERVICE_WORDS = ("shop", "order", "buy", "purchase", "hotel", "room", "reserv", "book", "ticket", "bank", "account",
                 "withdraw", "deposit", "loan", "restaurant", "food", "menu", "bill", "check in", "check out",
                 "checkout", "luggage", "taxi", "rent", "repair", "return", "refund", "exchang", "deliver", "complain",
                 "service", "post office", "mail", "parcel", "insurance", "credit card", "price", "pay", "store",
                 "library", "doctor", "appointment", "flight", "airport", "train", "fault", "problem", "apartment",
                 "customer", "subscription", "phone call", "computer problem", "laundry", "haircut", "car")


def is_service(topics: list[str]) -> bool:
    return any(w in t.lower() for t in topics for w in SERVICE_WORDS)


def load_dialogsum(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        summaries = [d[k] for k in ("summary", "summary1", "summary2", "summary3") if d.get(k)]
        topics = [d[k] for k in ("topic", "topic1", "topic2", "topic3") if d.get(k)]
        turns = []
        for t in d["dialogue"].split("\n"):
            m = re.match(r"\s*#(Person\d)#:\s*(.*)", t)
            if m:
                turns.append((m.group(1), m.group(2).strip()))
        out.append({"id": d["fname"], "turns": turns, "summaries": summaries, "topics": topics})
    return out


def to_call(turns: list[tuple[str, str]]):
    """Turns → (utterances, roles) as a real run would have them (roles from voc's role cues)."""
    from voc.records import Transcript, Utterance
    from voc.settings import Settings
    from voc.speakers.roles import load_cues, roles_from_evidence

    utts, t = [], 0.0
    for i, (spk, text) in enumerate(turns):
        dur = max(1.0, len(text.split()) / 2.5)
        utts.append(Utterance(i, 0, t, t + dur, text, speaker=spk))
        t += dur + 0.3
    speakers = sorted({s for s, _ in turns})
    infos = roles_from_evidence(Transcript("x", "en", 1.0, utts, ""), speakers,
                                Settings().roles.min_confidence, load_cues(), {s: None for s in speakers})
    return utts, {i.speaker: i.role for i in infos}


def brief_text(b) -> str:
    nxt = re.sub(r"\b(?:Agent|Customer): ", "", b.next_steps)
    return " ".join(x for x in (b.reason, b.actions, nxt) if x)


def baselines(utts, roles) -> dict[str, str]:
    from voc.analyze.briefs import sentences

    cust = [u for u in utts if roles.get(u.speaker) == "customer"]
    if not cust:  # no confident roles: the second speaker is usually the caller in a service encounter
        second = utts[1].speaker if len(utts) > 1 else None
        cust = [u for u in utts if u.speaker == second]
    csent = [s for s in sentences(cust, {}) if len(s.text.split()) >= 3]
    return {"first_customer": cust[0].text if cust else "",
            "lead3": " ".join(u.text for u in utts[:3]),
            "customer_lead3": " ".join(s.text for s in csent[:3])}


def rouge(scorer, hyp: str, refs: list[str]) -> dict[str, float]:
    """Mean over references of each ROUGE F1."""
    if not refs:
        return {}
    acc = Counter()
    for r in refs:
        for k, v in scorer.score(_norm(r), _norm(hyp)).items():
            acc[k] += v.fmeasure
    return {k: v / len(refs) for k, v in acc.items()}


def _norm(text: str) -> str:
    return text.replace("#Person1#", "person1").replace("#Person2#", "person2")


def mean(rows: list[dict[str, float]]) -> dict[str, float]:
    keys = rows[0].keys() if rows else []
    return {k: round(statistics.fmean(r[k] for r in rows), 4) for k in keys}


def summarize(dialogues: list[dict], human: bool) -> dict:
    from rouge_score import rouge_scorer

    from voc.analyze.briefs import brief

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    sys_rows, reason_rows, base_rows, human_rows, lengths = [], [], {}, [], Counter()
    reason_found = 0
    outcomes = Counter()
    t0 = time.perf_counter()
    for d in dialogues:
        utts, roles = to_call(d["turns"])
        b = brief(utts, roles)
        outcomes[b.outcome] += 1
        reason_found += bool(b.reason)
        hyp = brief_text(b)
        lengths["brief"] += len(hyp.split())
        sys_rows.append(rouge(scorer, hyp, d["summaries"]))
        reason_rows.append(rouge(scorer, b.reason, d["summaries"]))
        for name, text in baselines(utts, roles).items():
            base_rows.setdefault(name, []).append(rouge(scorer, text, d["summaries"]))
            lengths[name] += len(text.split())
        if human and len(d["summaries"]) >= 2:
            per = [rouge(scorer, s, [o for j, o in enumerate(d["summaries"]) if j != i])
                   for i, s in enumerate(d["summaries"])]
            human_rows.append(mean(per))
            lengths["human"] += statistics.fmean(len(s.split()) for s in d["summaries"])
    n = len(dialogues)
    out = {"dialogues": n, "brief": mean(sys_rows), "reason_only": mean(reason_rows), "baselines": {k: mean(v) for k, v in base_rows.items()},
           "mean_words": {k: round(v / n, 1) for k, v in lengths.items()},
           "reason_found": round(reason_found / n, 3), "outcomes": dict(outcomes),
           "seconds_per_dialogue": round((time.perf_counter() - t0) / max(n, 1), 4)}
    if human_rows:
        out["human_ceiling"] = mean(human_rows)
    return out


def outcome_eval(data: Path) -> dict:
    from voc.analyze.briefs import brief

    labels = json.loads((HERE / "outcome_labels.json").read_text(encoding="utf-8"))
    test = {d["id"]: d for split in ("dev", "test")
            for d in load_dialogsum(data / "dialogsum" / f"dialogsum.{split}.jsonl")}
    abcd = {str(c["convo_id"]): c for c in json.loads((data / "abcd-sample" / "abcd_sample.json").read_text())}
    out = {}
    for name, items in labels["sets"].items():
        rows, confusion = [], Counter()
        for item in items:
            if item["source"].startswith("dialogsum"):
                utts, roles = to_call(test[item["id"]]["turns"])
            else:
                from voc.records import Utterance
                turns = [(s, t) for s, t in abcd[item["id"]]["original"] if s != "action"]
                utts = [Utterance(i, 0, 2.0 * i, 2.0 * i + 2, t, speaker=s) for i, (s, t) in enumerate(turns)]
                roles = {"agent": "agent", "customer": "customer"}
            pred = brief(utts, roles).outcome
            rows.append({"id": item["id"], "label": item["outcome"], "predicted": pred})
            confusion[f"{item['outcome']}->{pred}"] += 1
        n = len(rows)
        majority = Counter(r["label"] for r in rows).most_common(1)[0]
        out[name] = {"n": n, "accuracy": round(sum(r["label"] == r["predicted"] for r in rows) / n, 3),
                     "majority_baseline": {"label": majority[0], "accuracy": round(majority[1] / n, 3)},
                     "labels": dict(Counter(r["label"] for r in rows)), "confusion": dict(sorted(confusion.items())),
                     "rows": rows}
    return {"how": labels["how"], "sets": out}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(HERE.parents[2] / "shared" / "data"))
    ap.add_argument("--out", default=str(HERE / "results" / "briefs.json"))
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both")
    a = ap.parse_args()
    data = Path(a.data)
    if not (data / "dialogsum" / "dialogsum.test.jsonl").exists():
        print(f"DialogSum not found under {data}/dialogsum: pass --data pointing at shared/data.", file=sys.stderr)
        return 2
    result = {"machine": platform.node(), "python": platform.python_version(),
              "service_words": list(SERVICE_WORDS)}
    for split in (("dev", "test") if a.split == "both" else (a.split,)):
        ds = [d for d in load_dialogsum(data / "dialogsum" / f"dialogsum.{split}.jsonl") if is_service(d["topics"])]
        result[f"dialogsum_{split}"] = summarize(ds, human=(split == "test"))
        result[f"dialogsum_{split}"]["role"] = "developed on" if split == "dev" else "reported (not tuned on)"
    if (HERE / "outcome_labels.json").exists():
        result["outcome"] = outcome_eval(data)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "outcome"}, indent=1))
    if "outcome" in result:
        print(json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "rows"} for k, v in result["outcome"]["sets"].items()}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
