"""Measure PII redaction on the labelled spoken-form conversations (``make_set.py``), voc vs the baseline.

    python eval/pii/evaluate.py [eval/pii/heldout.jsonl ...] [--json OUT] [--errors N] [--only voc|baseline]

Per conversation, the utterances are redacted as the pipeline does (``Redactor(settings).redact``, speakers
"agent"/"customer" known, words with times), with ``analysis.lexicons`` set to the conversation's lexicon.

- **recall** per PII type: a planted item counts as caught when every letter and digit of it is inside a redacted
  span (of any type: a leak is a leak). **audio recall**: every word of the item lies inside a span's time range.
- **precision** per predicted type: a redacted span is right when it overlaps a planted PII item.
  PERSON precision is the figure the goal names.
- **brand/product words redacted**: planted brand, product, app, crypto, restaurant and competitor mentions
  (and lexicon names, reported separately) that overlap any redacted span.

The **baseline** is voc's redactor before issue 15 (``voc/analyze/pii.py`` at git commit ``BASELINE_REF``,
loaded from git into a private module), run on the same conversations with the same settings.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BASELINE_REF = "bc4f7d7"  # last commit before issue 15 changed voc/analyze/pii.py
GOALS = {"recall": {"card": 0.99, "phone": 0.99, "account": 0.99, "ssn": 0.99, "email": 0.99},
         "person_precision": 0.95, "lexicon_redacted": 0.0}


def baseline_redactor_class():
    """The pre-issue-15 ``Redactor``, from git (clear error when the repository history is not there)."""
    try:
        src = subprocess.run(["git", "show", f"{BASELINE_REF}:voc/analyze/pii.py"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise SystemExit(f"baseline: cannot read voc/analyze/pii.py at {BASELINE_REF} from git ({e}). "
                         "Fix: run from a git clone with history, or pass --only voc.") from e
    spec = importlib.util.spec_from_loader("voc_pii_baseline", loader=None)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["voc_pii_baseline"] = mod
    exec(compile(src, f"{BASELINE_REF}:voc/analyze/pii.py", "exec"), mod.__dict__)
    return mod.Redactor


def to_utterances(conv: dict):
    from voc.records import Utterance, Word

    utts, t = [], 0.0
    for i, u in enumerate(conv["utterances"]):
        words = []
        for m in re.finditer(r"\S+", u["text"]):
            words.append(Word(t, t + 0.3, " " + m.group(), 0.9, 0 if u["speaker"] == "agent" else 1))
            t += 0.35
        end = words[-1].end_s if words else t
        utts.append(Utterance(i, 0 if u["speaker"] == "agent" else 1, words[0].start_s if words else t, end,
                              u["text"], words, speaker=u["speaker"]))
        t = end + 0.6
    return utts


def covered(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return all(any(a <= k < b for a, b in spans) for k in range(s, e) if text[k].isalnum())


def evaluate(paths: list[Path], which: list[str], errors: int = 0) -> dict:
    from voc.settings import Settings

    convs = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    classes = {}
    if "voc" in which:
        from voc.analyze.pii import Redactor

        classes["voc"] = Redactor
    if "baseline" in which:
        classes["baseline"] = baseline_redactor_class()
    out: dict = {"n_conversations": len(convs), "n_utterances": sum(len(c["utterances"]) for c in convs),
                 "pii_items": dict(Counter(p["type"] for c in convs for p in c["pii"])),
                 "brand_mentions": dict(Counter(k["kind"] for c in convs for k in c["keep"]))}
    for name, cls in classes.items():
        redactors: dict[str, object] = {}
        rec, rec_audio, tot = Counter(), Counter(), Counter()
        pred_ok, pred_all = Counter(), Counter()
        kept_hit, kept_tot = Counter(), Counter()
        misses, false_pos, brand_hits = [], [], []
        t0 = time.perf_counter()
        for c in convs:
            lex = c["lexicon"]
            if lex not in redactors:
                over = {"analysis.lexicons": str(ROOT / lex)}
                if name == "baseline":  # the baseline knows no "dob" type
                    over["pii.types"] = [t for t in Settings().pii.types if t != "dob"]
                settings = Settings.load(overrides=over, env={}, cwd=ROOT)
                redactors[lex] = cls(settings)
            utts = to_utterances(c)
            res = redactors[lex].redact(utts)
            by_utt: dict[int, list] = defaultdict(list)
            for sp in res.spans:
                by_utt[sp.utt_idx].append(sp)
            for p in c["pii"]:
                text = utts[p["utt"]].text
                spans = [(sp.char_start, sp.char_end) for sp in by_utt[p["utt"]]]
                tot[p["type"]] += 1
                if covered(text, p["start"], p["end"], spans):
                    rec[p["type"]] += 1
                else:
                    misses.append({"id": c["id"], "type": p["type"], "item": p["text"],
                                   "redacted": res.utterances[p["utt"]].text})
                words = [w for w, (a, b) in zip(utts[p["utt"]].words, _word_spans(text))
                         if a < p["end"] and b > p["start"]]
                times = [(sp.start_s, sp.end_s) for sp in res.spans]
                if words and all(any(a <= w.start_s and w.end_s <= b for a, b in times) for w in words):
                    rec_audio[p["type"]] += 1
            gold = defaultdict(list)
            for p in c["pii"]:
                gold[p["utt"]].append((p["start"], p["end"]))
            for sp in res.spans:
                pred_all[sp.pii_type] += 1
                if any(sp.char_start < b and sp.char_end > a for a, b in gold[sp.utt_idx]):
                    pred_ok[sp.pii_type] += 1
                else:
                    false_pos.append({"id": c["id"], "type": sp.pii_type,
                                      "text": utts[sp.utt_idx].text[sp.char_start:sp.char_end],
                                      "utterance": utts[sp.utt_idx].text})
            for k in c["keep"]:
                kind = "lexicon" if k["kind"] == "lexicon" else "brand"
                kept_tot[kind] += 1
                if any(sp.char_start < k["end"] and sp.char_end > k["start"] for sp in by_utt[k["utt"]]):
                    kept_hit[kind] += 1
                    brand_hits.append({"id": c["id"], "word": k["text"], "utterance": utts[k["utt"]].text})
        elapsed = time.perf_counter() - t0
        types = sorted(set(tot) | set(pred_all))
        r = {
            "recall": {t: _ratio(rec[t], tot[t]) for t in types if tot[t]},
            "audio_recall": {t: _ratio(rec_audio[t], tot[t]) for t in types if tot[t]},
            "precision": {t: _ratio(pred_ok[t], pred_all[t]) for t in types if pred_all[t]},
            "counts": {t: {"items": tot[t], "caught": rec[t], "spans": pred_all[t], "spans_right": pred_ok[t]}
                       for t in types},
            "recall_all": _ratio(sum(rec.values()), sum(tot.values())),
            "precision_all": _ratio(sum(pred_ok.values()), sum(pred_all.values())),
            "person_precision": _ratio(pred_ok["person"], pred_all["person"]),
            "brand_redacted_rate": _ratio(kept_hit["brand"], kept_tot["brand"]),
            "lexicon_redacted_rate": _ratio(kept_hit["lexicon"], kept_tot["lexicon"]),
            "ms_per_utterance": round(1000 * elapsed / max(1, out["n_utterances"]), 2),
        }
        if errors:
            r["misses"] = misses[:errors]
            r["false_positives"] = false_pos[:errors]
            r["brands_redacted"] = brand_hits[:errors]
        out[name] = r
    return out


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def goals_met(r: dict) -> dict:
    return {
        **{f"recall_{t}": (r["recall"].get(t) or 0) >= g for t, g in GOALS["recall"].items()},
        "person_precision": (r["person_precision"] or 0) >= GOALS["person_precision"],
        "no_lexicon_word_redacted": (r["lexicon_redacted_rate"] or 0) <= GOALS["lexicon_redacted"],
    }


def table(name: str, res: dict) -> str:
    sys_names = [s for s in ("baseline", "voc") if s in res]
    lines = [f"{name}: {res['n_conversations']} conversations, {res['n_utterances']} utterances",
             "| metric | " + " | ".join(sys_names) + " |", "|---|" + "---|" * len(sys_names)]
    types = sorted(res["pii_items"])
    for t in types:
        lines.append(f"| recall {t} (n={res['pii_items'][t]}) | " +
                     " | ".join(_fmt(res[s]["recall"].get(t)) for s in sys_names) + " |")
    for t in sorted({t for s in sys_names for t in res[s]["precision"]}):
        lines.append(f"| precision {t} | " + " | ".join(_fmt(res[s]["precision"].get(t)) for s in sys_names) + " |")
    for key, label in (("recall_all", "recall, all items"), ("precision_all", "precision, all spans"),
                       ("brand_redacted_rate", "brand/product words redacted"),
                       ("lexicon_redacted_rate", "lexicon words redacted")):
        lines.append(f"| {label} | " + " | ".join(_fmt(res[s][key]) for s in sys_names) + " |")
    return "\n".join(lines)


def _fmt(v) -> str:
    return "–" if v is None else f"{v:.3f}"


def code_version() -> dict:
    """The git commit evaluated, and whether voc's redaction code differed from it (uncommitted edits)."""
    def git(*a: str) -> str:
        try:
            return subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""
    dirty = git("status", "--porcelain", "--", "voc/analyze/pii.py", "voc/analyze/pii_dialogue.py",
                "voc/analyze/pii_person.py", "voc/analyze/pii_business.py", "voc/analyze/pii_codes.py",
                "voc/analyze/numbers.py")
    return {"commit": git("rev-parse", "HEAD") or None, "pii_code_uncommitted_changes": bool(dirty)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path,
                    default=[HERE / f"{n}.jsonl"
                             for n in ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                       "heldout7", "demo")])
    ap.add_argument("--json", type=Path, help="write all results here")
    ap.add_argument("--errors", type=int, default=0, help="keep this many misses / false positives per system")
    ap.add_argument("--only", choices=["voc", "baseline"])
    args = ap.parse_args()
    which = [args.only] if args.only else ["baseline", "voc"]
    results = {"machine": f"{platform.node()} ({platform.machine()}, {platform.processor() or 'cpu'})",
               "baseline_ref": BASELINE_REF, **code_version(), "sets": {}}
    for p in args.sets:
        res = evaluate([p], which, args.errors)
        if "voc" in res:
            res["voc"]["goals_met"] = goals_met(res["voc"])
        results["sets"][p.stem] = res
        print(table(p.stem, res))
        print()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
