"""Signals in customer speech: kinds, negation, products (lexicon, noun phrase), agent follow-up, cue-file errors."""

from __future__ import annotations

import pytest

from voc.analyze.signals import (
    KINDS,
    SignalDetector,
    detect_signals,
    get_detector,
    noun_phrases_from_doc,
)
from voc.errors import SettingsError
from voc.records import Entity, Utterance


def kinds(text: str, entities=()) -> set[str]:
    return {m.kind for m in get_detector().detect(text, entities)}


@pytest.mark.parametrize("text, expected", [
    ("I'd take the fiber if it were cheaper", {"purchase_interest", "price_objection"}),
    ("I'm thinking of switching to another provider", {"churn_risk"}),
    ("I want to cancel my subscription", {"churn_risk"}),
    ("How do I close my account?", {"churn_risk"}),
    ("I'd like to upgrade to the premium plan", {"upgrade_interest"}),
    ("That's way too expensive for me", {"price_objection"}),
    ("Another bank offered me a better deal", {"competitor_offer"}),
    ("Do you have this jacket in a bigger size?", {"unmet_need"}),
    ("I wish you had a family plan", {"unmet_need"}),
    ("I'd like to open a savings account", {"purchase_interest"}),
    ("I need a quote for condo insurance", {"purchase_interest"}),
])
def test_kinds_in_any_business(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "I don't want to cancel my account",        # negated
    "no need to upgrade anything",
    "I want to get a refund",                   # a refund is not a purchase
    "can you help me cancel my order",          # an order, not the relationship
    "my package has not arrived yet",
    "Is there a way to reset my PIN?",
])
def test_no_signal(text):
    assert kinds(text) == set()


def test_competitor_from_lexicon_entity():
    text = "If it's not fixed today I will cancel and go to Bluewave."
    s = text.index("Bluewave")
    ent = Entity(0, "COMPETITOR", "Bluewave", s, s + 8, norm="bluewave", source="lexicon")
    assert kinds(text, [ent]) == {"churn_risk", "competitor_offer"}
    # a regulator (spaCy ORG) after "going to" is not a competitor
    t2 = "I'm going to file a complaint with the FCC."
    s2 = t2.index("FCC")
    assert "competitor_offer" not in kinds(t2, [Entity(0, "ORG", "FCC", s2, s2 + 3, source="spacy")])


def _utt(idx, speaker, text, t):
    return Utterance(idx, 0, float(t), float(t) + 2, text, speaker=speaker)


def test_call_products_and_agent_follow_up():
    utts = [
        _utt(0, "A", "Thanks for calling, how can I help you today?", 0),
        _utt(1, "C", "Hi, I want to upgrade from Basic to Premium.", 3),
        _utt(2, "A", "Great, with the spring offer you get 20 percent off Premium.", 6),
        _utt(3, "C", "Honestly the price is too high, I can't afford it.", 9),
        _utt(4, "A", "Is there anything else I can help with?", 12),
        _utt(5, "C", "Do you have a student discount?", 15),
    ]
    roles = {"A": "agent", "C": "customer"}
    t = utts[1].text
    ents = [Entity(1, "PLAN", "Basic", t.index("Basic"), t.index("Basic") + 5, norm="basic", source="lexicon"),
            Entity(1, "PLAN", "Premium", t.index("Premium"), t.index("Premium") + 7, norm="premium", source="lexicon")]
    sigs = detect_signals(utts, roles, ents, product_names={"basic": "Basic Plan", "premium": "Premium Plan"})
    by = {(s.utt_idx, s.kind): s for s in sigs}
    up = by[(1, "upgrade_interest")]
    assert up.product == "Premium Plan" and up.product_source == "lexicon" and up.agent_offered
    obj = by[(3, "price_objection")]
    assert obj.agent_offered is False            # "anything else I can help with" is not an offer
    need = by[(5, "unmet_need")]
    assert need.agent_offered is False           # nobody answered
    assert all(s.utt_idx in (1, 3, 5) for s in sigs)   # agent speech is never read
    assert all(0 < s.confidence <= 1 for s in sigs)


def test_noun_phrase_product_without_lexicon():
    utts = [_utt(0, "C", "I want to cancel my home insurance policy.", 0)]
    calls = []

    def nps(text):
        calls.append(text)
        s = text.index("home insurance policy")
        return [(s, s + len("home insurance policy"), "home insurance policy")]

    [sig] = detect_signals(utts, {"C": "customer"}, noun_phrases=nps)
    assert sig.kind == "churn_risk" and sig.product == "home insurance policy" and sig.product_source == "noun_phrase"
    assert calls


class _Tok:
    def __init__(self, text, pos, tag, idx):
        self.text, self.pos_, self.tag_, self.idx = text, pos, tag, idx


def test_noun_phrases_from_tags():
    words = [("I", "PRON", "PRP"), ("want", "VERB", "VBP"), ("a", "DET", "DT"), ("cheaper", "ADJ", "JJR"),
             ("mobile", "NOUN", "NN"), ("plan", "NOUN", "NN"), ("this", "DET", "DT"), ("time", "NOUN", "NN")]
    toks, i = [], 0
    for w, p, t in words:
        toks.append(_Tok(w, p, t, i))
        i += len(w) + 1
    assert [p[2] for p in noun_phrases_from_doc(toks)] == ["mobile plan"]   # comparative and generic nouns dropped


def test_unknown_only_when_asked():
    utts = [_utt(0, None, "I want to cancel my account", 0)]
    assert detect_signals(utts, {}) == []
    assert [s.kind for s in detect_signals(utts, {}, include_unknown=True)] == ["churn_risk"]


def test_bad_cue_file_names_the_problem(tmp_path):
    p = tmp_path / "cues.yaml"
    p.write_text("kinds:\n  buying_mood:\n    patterns: ['buy']\n")
    with pytest.raises(SettingsError, match="buying_mood.*unknown kind"):
        SignalDetector.from_yaml(p)
    p.write_text("kinds:\n  churn_risk:\n    patterns: ['(unclosed']\n")
    with pytest.raises(SettingsError, match="not a valid regular expression"):
        SignalDetector.from_yaml(p)
    with pytest.raises(SettingsError, match="does not exist"):
        SignalDetector.from_yaml(tmp_path / "missing.yaml")


def test_bundled_cues_cover_every_kind():
    assert {c.kind for c in get_detector().cues} == set(KINDS)


def _stage_ctx(utts, roles, entities, rows=None):
    from types import SimpleNamespace

    from voc.records import Call
    from voc.settings import Settings
    from voc.stages.base import CallAudio, CallContext

    class NoSpacy:
        def __getattr__(self, name):
            raise AssertionError("spaCy was loaded although the lexicon named the product")

    call = Call("c1", "c1.wav", 10.0, 1, 16000, "pcm")
    ctx = CallContext(call, Settings(), SimpleNamespace(entity_extractor=NoSpacy()), ["analyze"], {"analyze": "h"},
                      CallAudio(call), utterances=utts, roles=roles, entities=entities)
    ctx.rows.update(rows or {})
    return ctx


def test_analyze_stage_writes_signal_rows_with_lexicon_products():
    from voc.stages.analyze import STAGE, signals

    text = "I want to cancel my Northwind Fiber, it costs too much."
    s = text.index("Northwind Fiber")
    ctx = _stage_ctx([_utt(0, "C", text, 0), _utt(1, "A", "I can offer you a discount of ten percent.", 4)],
                     {"C": "customer", "A": "agent"},
                     [Entity(0, "PRODUCT", "Northwind Fiber", s, s + 15, norm="northwind_fiber", source="lexicon")])
    signals(ctx)
    rows = {r["kind"]: r for r in ctx.rows["signals"]}
    assert set(rows) == {"churn_risk", "price_objection"}
    assert rows["churn_risk"]["product"] == "Northwind Fiber" and rows["churn_risk"]["call_id"] == "c1"
    assert all(r["agent_offered"] for r in rows.values())
    assert "signals" in STAGE.tables


def test_analyze_stage_skips_signals_where_english_cues_do_not_apply():
    from voc.stages.analyze import signals

    skip = {"call_id": "c1", "step": "complaints", "language": "de", "reason": "English cue lexicon"}
    ctx = _stage_ctx([_utt(0, "C", "Ich will kündigen.", 0)], {"C": "customer"}, [],
                     rows={"analysis_skips": [skip]})
    signals(ctx)
    assert ctx.rows["signals"] == []
    assert {r["step"] for r in ctx.rows["analysis_skips"]} == {"complaints", "signals"}
