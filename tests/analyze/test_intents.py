"""Intents: taxonomy loading, zero-shot on the bundled taxonomy, per-call drivers, training on real data, CLI."""

from __future__ import annotations

import csv
import json
import random
from collections import defaultdict

import numpy as np
import pytest

from voc.analyze.intents import (IntentClassifier, fit_temperature, load_taxonomy, softmax, train_intents)
from voc.errors import ModelError, SettingsError

REQUIRED = {"billing_dispute", "payment_arrangement", "activate_promotion", "promotion_not_applied", "cancel_service",
            "technical_support", "internet_outage", "upgrade_plan", "downgrade_plan", "change_address",
            "roaming_international", "device_order", "account_access", "complaint_escalation", "general_inquiry"}

# Customer turns written for these tests (not taken from the taxonomy's examples).
ZERO_SHOT = [
    ("there's a forty dollar charge on my statement that I never agreed to", "billing_dispute"),
    ("money is tight this month, could I split the payment into two", "payment_arrangement"),
    ("I got a flyer about the summer deal and want to sign up for it", "activate_promotion"),
    ("they said I'd get twenty percent off but my bill shows the full price", "promotion_not_applied"),
    ("I'd like to close my account and end the service", "cancel_service"),
    ("my voicemail greeting won't save, it keeps giving an error", "technical_support"),
    ("the broadband has been down since last night, no connection at all", "internet_outage"),
    ("I need a plan with more data, I keep running out", "upgrade_plan"),
    ("I'm paying for too much, I want a smaller cheaper package", "downgrade_plan"),
    ("we're moving to a new flat on the fifth, can the service move with us", "change_address"),
    ("going to Spain for two weeks, will I be charged for using my phone there", "roaming_international"),
    ("the phone I ordered on Monday still hasn't been delivered", "device_order"),
    ("it keeps saying my password is wrong and now I'm locked out", "account_access"),
    ("I want to talk to your supervisor, I'm making a formal complaint", "complaint_escalation"),
    ("what time does the store on main street close", "general_inquiry"),
]


@pytest.fixture(scope="module")
def zero_shot() -> IntentClassifier:
    return IntentClassifier.from_taxonomy()


def test_bundled_taxonomy_is_complete():
    intents = load_taxonomy()
    ids = {i.id for i in intents}
    assert REQUIRED <= ids and 15 <= len(ids) <= 25
    assert all(5 <= len(i.examples) <= 10 and i.description for i in intents)


def test_taxonomy_errors_name_file_and_entry(tmp_path):
    p = tmp_path / "tax.yaml"
    p.write_text("- id: a\n  description: x\n- id: a\n  description: y\n")
    with pytest.raises(SettingsError, match=r"tax.yaml, entry 2: duplicate id 'a'"):
        load_taxonomy(p)
    p.write_text("- id: a\n  description: x\n- id: b\n  descripton: y\n")
    with pytest.raises(SettingsError, match=r"unknown key.*descripton"):
        load_taxonomy(p)
    p.write_text("- id: a\n  description: ''\n- id: b\n  description: y\n")
    with pytest.raises(SettingsError, match="'description' must be a non-empty string"):
        load_taxonomy(p)
    with pytest.raises(SettingsError, match="does not exist"):
        load_taxonomy(tmp_path / "nope.yaml")


@pytest.mark.slow
def test_zero_shot_on_unseen_customer_turns(zero_shot):
    preds = zero_shot.predict([t for t, _ in ZERO_SHOT])
    hits = [p[0][0] == gold for p, (_, gold) in zip(preds, ZERO_SHOT)]
    assert sum(hits) / len(hits) >= 0.8, [(t, p[0]) for p, (t, _), h in zip(preds, ZERO_SHOT, hits) if not h]
    for p in preds:  # sorted, full distribution
        conf = [c for _, c in p]
        assert conf == sorted(conf, reverse=True) and abs(sum(conf) - 1) < 1e-4 and len(p) == len(zero_shot.labels)


@pytest.mark.slow
def test_classify_call_primary_and_secondary(zero_shot):
    turns = ["hi", "yes that's me", "my internet has been down all day, nothing connects",
             "the router lights are all red and the wifi is gone", "also I'm moving house next month, "
             "can I take my broadband to the new address", "ok thanks"]
    scores = zero_shot.classify_call(turns, secondary_min=0.25)
    assert scores[0].intent_id == "internet_outage" and scores[0].rank == 1
    assert "change_address" in [s.intent_id for s in scores[1:]]
    assert [s.rank for s in scores] == list(range(1, len(scores) + 1))
    assert all(s.confidence >= 0.25 for s in scores[1:])
    assert zero_shot.classify_call([]) == [] and zero_shot.classify_call(["", "  "]) == []
    only_primary = zero_shot.classify_call(turns, secondary_min=1.01)
    assert len(only_primary) == 1


def test_softmax_temperature_fit_prefers_sharp_scores_for_separable_data():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 4, 400)
    sharp = rng.normal(0, 0.05, (400, 4))
    sharp[np.arange(400), y] += 1.0
    noisy = rng.normal(0, 0.5, (400, 4))
    noisy[np.arange(400), y] += 0.3
    assert fit_temperature(sharp, y) < fit_temperature(noisy, y)
    p = softmax(sharp, 0.1)
    assert np.allclose(p.sum(axis=1), 1) and (p.argmax(axis=1) == sharp.argmax(axis=1)).all()


@pytest.fixture(scope="module")
def banking_split(shared_data):
    """Banking77, 30 of the 77 intents: 15 training and 5 held-out examples each (450 + 150 rows)."""
    by = defaultdict(list)
    with (shared_data / "banking77" / "train.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            by[r["category"]].append(r["text"])
    rng = random.Random(0)
    train, test = [], []
    for lab in rng.sample(sorted(by), 30):
        texts = by[lab]
        rng.shuffle(texts)
        train += [(t, lab) for t in texts[:15]]
        test += [(t, lab) for t in texts[15:20]]
    return train, test


@pytest.mark.slow
def test_train_save_load_predict_on_banking77(banking_split, tmp_path):
    train, test = banking_split
    meta = train_intents([t for t, _ in train], [lab for _, lab in train], tmp_path / "m", cv_folds=0)
    assert len(meta["labels"]) == 30 and meta["embedding_model_name"] == "all-MiniLM-L6-v2"
    saved = json.loads((tmp_path / "m" / "meta.json").read_text())
    assert saved["labels"] == meta["labels"] and saved["version"] == 1 and saved["cv"] is None
    clf = IntentClassifier.load(tmp_path / "m")
    preds = clf.predict([t for t, _ in test], top_k=3)
    acc = np.mean([p[0][0] == lab for p, (_, lab) in zip(preds, test)])
    assert acc >= 0.80, acc  # 15 examples per intent; the full-data figure is in bench/results
    assert all(len(p) == 3 and p[0][1] >= p[1][1] >= p[2][1] for p in preds)


def test_train_refuses_too_few_examples_for_cv(tmp_path):
    with pytest.raises(SettingsError, match=r"fewer than 5 examples"):
        train_intents(["a b c", "d e f", "g h i"], ["x", "x", "y"], tmp_path / "m", cv_folds=5)


def test_load_names_a_bad_folder(tmp_path):
    with pytest.raises(ModelError, match="not an intent model folder"):
        IntentClassifier.load(tmp_path)


def _clinc_csv(shared_data, path, split, intents, per):
    d = json.loads((shared_data / "clinc150" / "data_full.json").read_text())
    rows, count = [], defaultdict(int)
    for i, (text, lab) in enumerate(d[split]):
        if lab in intents and count[lab] < per:
            count[lab] += 1
            rows.append({"id": f"{split}-{i}", "utterance": text, "gold": lab})
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "utterance", "gold"])
        w.writeheader()
        w.writerows(rows)
    return rows


@pytest.mark.slow
def test_cli_train_and_predict_on_clinc150(shared_data, tmp_path):
    from typer.testing import CliRunner

    from voc.cli import app

    intents = {"transfer", "balance", "bill_due", "pay_bill", "freeze_account", "report_fraud", "pin_change",
               "interest_rate", "routing", "spending_history"}
    _clinc_csv(shared_data, tmp_path / "train.csv", "train", intents, 25)
    test_rows = _clinc_csv(shared_data, tmp_path / "test.csv", "test", intents, 10)
    r = CliRunner().invoke(app, ["intents", "train", "--examples", str(tmp_path / "train.csv"), "--text-col",
                                 "utterance", "--label-col", "gold", "--out", str(tmp_path / "model"),
                                 "--folds", "3"])
    assert r.exit_code == 0, r.output
    meta = json.loads((tmp_path / "model" / "meta.json").read_text())
    assert meta["cv"]["folds"] == 3 and meta["cv"]["accuracy"] > 0.8
    r = CliRunner().invoke(app, ["intents", "predict", "--model", str(tmp_path / "model"), "--input",
                                 str(tmp_path / "test.csv"), "--text-col", "utterance", "--output",
                                 str(tmp_path / "out.csv")])
    assert r.exit_code == 0, r.output
    with (tmp_path / "out.csv").open(encoding="utf-8") as f:
        out = list(csv.DictReader(f))
    assert list(out[0]) == ["id", "utterance", "gold", "predicted", "confidence"]
    assert [o["id"] for o in out] == [t["id"] for t in test_rows]
    assert np.mean([o["predicted"] == o["gold"] for o in out]) >= 0.9
    assert all(0 < float(o["confidence"]) <= 1 for o in out)
    r = CliRunner().invoke(app, ["intents", "predict", "--model", str(tmp_path / "model"), "--input",
                                 str(tmp_path / "test.csv"), "--text-col", "text", "--output",
                                 str(tmp_path / "o2.csv")])
    assert r.exit_code == 2 and "missing column(s) text" in r.output and "utterance" in r.output


def _demo_calls():
    import yaml
    from pathlib import Path

    p = Path(__file__).resolve().parents[2] / "voc" / "demo" / "scripts.yaml"
    if not p.is_file():
        pytest.skip("voc/demo/scripts.yaml not present")
    return yaml.safe_load(p.read_text(encoding="utf-8"))["calls"]


@pytest.mark.slow
def test_demo_calls_primary_intent(zero_shot):
    """The 14 scripted demo calls (customer turns only) against their labelled intent, zero-shot.

    Measured: primary = label on 8/14, label within the top 3 on 11/14 (the misses are defensible neighbours:
    internet_outage for a slow-internet call labelled technical_support, complaint_escalation for an angry
    billing call).
    """
    calls = _demo_calls()
    primary = top3 = 0
    for c in calls:
        scores = zero_shot.classify_call([t["text"] for t in c["turns"] if t["speaker"] == "customer"])
        ids = [s.intent_id for s in scores]
        primary += ids[0] == c["labels"]["intent"]
        top3 += c["labels"]["intent"] in ids[:3]
    assert primary >= 8 and top3 >= 11, (primary, top3)


@pytest.mark.slow
def test_cli_predict_without_model_uses_the_taxonomy(tmp_path):
    from typer.testing import CliRunner

    from voc.cli import app

    src = tmp_path / "in.csv"
    src.write_text("text,n\nmy internet is down since this morning,1\nI forgot my password and I'm locked out,2\n",
                   encoding="utf-8")
    r = CliRunner().invoke(app, ["intents", "predict", "--input", str(src), "--text-col", "text", "--output",
                                 str(tmp_path / "out.csv")])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert [x["predicted"] for x in rows] == ["internet_outage", "account_access"] and rows[1]["n"] == "2"
    r = CliRunner().invoke(app, ["intents", "predict", "--model", str(tmp_path), "--input", str(src), "--text-col",
                                 "text", "--output", str(tmp_path / "o.csv")])
    assert r.exit_code == 2 and "not an intent model folder" in r.output
