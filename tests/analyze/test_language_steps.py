"""English-only analysis steps do not run on calls in another language, and the reason is stored (fast, fakes)."""

from __future__ import annotations

from types import SimpleNamespace

from voc.analyze.language import plan, skip_reason, text_language
from voc.records import Call, Entity, Utterance
from voc.settings import Settings
from voc.stages.analyze import analyze
from voc.stages.base import CallAudio, CallContext


def settings(**over) -> Settings:
    return Settings.load(overrides=over, env={})


def utts(lang: str | None, texts=("Bonjour madame", "Je voudrais annuler mon abonnement")) -> list[Utterance]:
    return [Utterance(i, 0, float(i), i + 0.9, t, lang=lang, speaker="S1") for i, t in enumerate(texts)]


def test_text_language_by_characters():
    mixed = utts("fr") + [Utterance(9, 1, 9.0, 9.5, "ok", lang="en")]
    assert text_language(mixed) == "fr"
    assert text_language(utts(None)) == "en"  # stored before language identification: English, as it was


def test_plan_skips_english_only_steps_on_french():
    lang, skips = plan(utts("fr"), settings())
    assert lang == "fr" and set(skips) == {"entities", "sentiment", "complaints", "intents"}
    assert "VADER" in skips["sentiment"] and "analysis.spacy_models" in skips["entities"]
    assert plan(utts("en"), settings()) == ("en", {})


def test_configured_components_lift_the_skip(tmp_path):
    s = settings(**{"analysis.spacy_models": {"fr": "fr_core_news_sm"},
                    "analysis.multilingual_embedding_model": str(tmp_path)})
    assert skip_reason("entities", "fr", s) is None
    assert skip_reason("intents", "fr", s) is None
    assert skip_reason("entities", "de", s) is not None
    assert skip_reason("sentiment", "fr", s) is not None  # nothing configurable for VADER
    trained = settings(**{"analysis.multilingual_embedding_model": str(tmp_path), "analysis.intent_model": "m"})
    assert "trained on English" in skip_reason("intents", "fr", trained)


class Boom:
    def __getattr__(self, name):
        raise AssertionError(f"an English-only model was used on a non-English call ({name})")


class FakeProc:
    def __init__(self):
        self.entity_extractor = SimpleNamespace(extract=lambda u: [Entity(0, "PRODUCT", "x", 0, 1, "x", "lexicon")])
        self.sentiment = Boom()
        self.intents = Boom()
        self._cache = {}

    def _get(self, name, factory):
        return self._cache.setdefault(name, factory())


def ctx_for(u: list[Utterance], s: Settings) -> CallContext:
    call = Call("c1", "c1.wav", 10.0, 1, 16000, "pcm")
    return CallContext(call, s, FakeProc(), ["analyze"], {"analyze": "h"}, CallAudio(call), utterances=u,
                       roles={"S1": "customer"})


def test_analyze_stage_stores_why_steps_were_skipped():
    ctx = ctx_for(utts("de"), settings())
    analyze(ctx)
    skips = {r["step"]: r for r in ctx.rows["analysis_skips"]}
    assert set(skips) == {"entities", "sentiment", "complaints", "intents"}
    assert all(r["language"] == "de" and r["call_id"] == "c1" and r["reason"] for r in skips.values())
    assert ctx.rows["sentiment"] == [] and ctx.rows["call_sentiment"] == [] and ctx.rows["intents"] == []
    assert ctx.rows["entities"] == [] and ctx.rows["complaints"] == []


def test_analyze_stage_uses_the_spacy_pipeline_configured_for_the_language(monkeypatch):
    import voc.analyze.entities as ents

    made = []

    class FakeExtractor:
        def __init__(self, s):
            made.append(s.analysis.spacy_model)

        def extract(self, u):
            return [Entity(1, "PRODUCT", "abonnement", 0, 10, "abonnement", "lexicon")]

    monkeypatch.setattr(ents, "EntityExtractor", FakeExtractor)
    ctx = ctx_for(utts("fr"), settings(**{"analysis.spacy_models": {"fr": "fr_core_news_sm"}}))
    analyze(ctx)
    assert made == ["fr_core_news_sm"]
    assert [r["text"] for r in ctx.rows["entities"]] == ["abonnement"]
    assert "entities" not in {r["step"] for r in ctx.rows["analysis_skips"]}
