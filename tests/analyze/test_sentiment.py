"""Sentiment: beats VADER on the labelled sets, sarcasm and complaint phrasing, markers, call-level shift."""

from __future__ import annotations

from pathlib import Path

import pytest

from voc.analyze.sentiment import SentimentScorer, evaluate, score_text
from voc.records import Utterance, UtteranceSentiment

EVAL = Path(__file__).resolve().parents[2] / "eval" / "sentiment"


def test_the_vader_counterexample_is_negative():
    score, label, vader, markers = score_text("Great, another fee I didn't ask for.")
    assert vader > 0.5                     # VADER gets it wrong ...
    assert label == "negative" and score < 0 and "sarcasm" in markers


@pytest.mark.parametrize("name", ["labelled.csv", "holdout.csv"])
def test_beats_vader_on_labelled_sets(name):
    r = evaluate(str(EVAL / name))
    assert r.n >= 60
    assert r.accuracy > r.vader_accuracy + 0.1
    assert r.macro_f1 > r.vader_macro_f1 + 0.1


def test_labelled_set_is_large_and_balanced_enough():
    r = evaluate(str(EVAL / "labelled.csv"))
    assert r.n >= 150


@pytest.mark.parametrize("text, label", [
    ("Thanks for nothing.", "negative"),
    ("I just love being on hold for forty minutes.", "negative"),
    ("I was charged twice for the same month.", "negative"),
    ("This is the third time I'm calling about this.", "negative"),
    ("It's still not fixed.", "negative"),
    ("I'm not happy with the service.", "negative"),
    ("I'd like to check my balance.", "neutral"),
    ("Can you help me change my address?", "neutral"),
    ("Great, that fixed it, thank you.", "positive"),
])
def test_contact_centre_phrasing(text, label):
    assert score_text(text).label == label


@pytest.mark.parametrize("text, marker", [
    ("I'm so sorry about that.", "apology"),
    ("I completely understand how frustrating that must be.", "empathy"),
    ("I want to speak to a supervisor.", "escalation"),
    ("Thank you so much.", "gratitude"),
    ("Oh perfect, now the internet is down again.", "sarcasm"),
])
def test_markers(text, marker):
    assert marker in score_text(text).markers


def test_agent_empathy_is_not_scored_as_negative():
    r = score_text("I'm so sorry for the trouble, I completely understand how frustrating that is.")
    assert r.label == "neutral" and {"apology", "empathy"} <= set(r.markers)


def test_call_sentiment_start_end_shift_and_agent_counts():
    lines = [("C", 0, "This is the third time I'm calling, I was charged twice."),
             ("A", 10, "I'm so sorry about that, I understand how frustrating that is."),
             ("C", 20, "I'd like to know when the refund arrives."),
             ("A", 40, "I've applied the credit, you're all set."),
             ("C", 50, "Great, thank you so much, that's really helpful.")]
    utts = [Utterance(i, 0, t, t + 8, text, speaker=spk) for i, (spk, t, text) in enumerate(lines)]
    scorer = SentimentScorer()
    sents = scorer.score_utterances(utts)
    assert [s.utt_idx for s in sents] == [0, 1, 2, 3, 4] and all(isinstance(s, UtteranceSentiment) for s in sents)
    out = scorer.call_sentiment(utts, {"A": "agent", "C": "customer"}, sents)
    assert out["customer_start"] < 0 < out["customer_end"]
    assert out["customer_shift"] == pytest.approx(out["customer_end"] - out["customer_start"])
    assert out["customer_mean"] == pytest.approx((sents[0].score + sents[2].score + sents[4].score) / 3, abs=1e-3)
    assert out["agent_apologies"] == 1 and out["agent_empathy"] == 1
    assert out["agent_mean"] is not None


def test_call_sentiment_without_customer_speech():
    u = [Utterance(0, 0, 0.0, 2.0, "Hello?", speaker="A")]
    out = SentimentScorer().call_sentiment(u, {"A": "agent"}, SentimentScorer().score_utterances(u))
    assert out["customer_start"] is None and out["customer_shift"] is None and out["customer_mean"] is None


def test_cli_eval_sentiment(tmp_path):
    import json

    from typer.testing import CliRunner

    from voc.cli import app

    out = tmp_path / "r.json"
    res = CliRunner().invoke(app, ["eval", "sentiment", str(EVAL / "labelled.csv"), "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "VADER" in res.output
    data = json.loads(out.read_text())
    assert data["accuracy"] > data["vader_accuracy"]
    bad = CliRunner().invoke(app, ["eval", "sentiment", str(tmp_path / "missing.csv")])
    assert bad.exit_code == 2 and "does not exist" in bad.output
