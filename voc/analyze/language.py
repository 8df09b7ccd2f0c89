"""Which analysis steps can run on a call's language, and why not when they cannot.

The bundled analysis models are English-only: spaCy ``en_core_web_sm`` (entities), VADER (sentiment), the
complaint cues (English phrases + VADER) and the intent classifier (all-MiniLM-L6-v2 embeddings against the
taxonomy's English examples). On a call whose text is in another language they would produce confident nonsense,
so they do not run there; the analyze stage stores one ``analysis_skips`` row per skipped step with the reason.

A step runs on another language when a component for it is configured:

- entities: ``analysis.spacy_models = {fr = "fr_core_news_sm", ...}`` (a spaCy pipeline per language, installed
  or a local folder); the lexicon's names are matched in any language.
- intents: ``analysis.multilingual_embedding_model`` (a local sentence-transformers folder of a multilingual model,
  e.g. paraphrase-multilingual-MiniLM-L12-v2): the taxonomy's English examples and the call's text are embedded in
  one space. A trained ``analysis.intent_model`` was fitted on English embeddings and is not used for them.
- sentiment, complaints: no component for other languages; always skipped there.

Redaction is not a step here: it runs on every call (digits, e-mails and spelled-out numbers are found in any
language; person names need the English NER and context cues, so they are found less often in other languages).
The text's language is the utterances' ``lang`` (Whisper's decoding language; ``en`` for a translated call).
Utterances without a language (stored before language identification existed) count as English.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from voc.records import Utterance

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings

ENGLISH_ONLY: dict[str, str] = {
    "entities": "spaCy {model} is an English pipeline",
    "sentiment": "VADER sentiment is English-only",
    "complaints": "complaint cues are English phrases scored with VADER",
    "intents": "the intent model embeds with English all-MiniLM-L6-v2 against the taxonomy's English examples",
}
FIX: dict[str, str] = {
    "entities": "set analysis.spacy_models = {{{lang} = \"<a {lang} spaCy pipeline>\"}}",
    "sentiment": "no {lang} component is available",
    "complaints": "no {lang} component is available",
    "intents": "set analysis.multilingual_embedding_model to a local multilingual sentence-transformers folder",
}


def text_language(utts: list[Utterance]) -> str:
    """The language most of the call's text is in (by characters); ``en`` when the utterances carry none."""
    count: Counter[str] = Counter()
    for u in utts:
        count[(u.lang or "en").lower()] += len(u.text)
    return count.most_common(1)[0][0] if count else "en"


def skip_reason(step: str, language: str, settings: "Settings") -> str | None:
    """Why ``step`` does not run on text in ``language`` (None: it runs)."""
    if language == "en" or step not in ENGLISH_ONLY:
        return None
    a = settings.analysis
    if step == "entities" and language in a.spacy_models:
        return None
    if step == "intents" and a.multilingual_embedding_model and not a.intent_model:
        return None
    why = ENGLISH_ONLY[step].format(model=a.spacy_model)
    fix = FIX[step].format(lang=language)
    if step == "intents" and a.multilingual_embedding_model and a.intent_model:
        fix = ("analysis.intent_model was trained on English embeddings; unset it to classify with "
               "analysis.multilingual_embedding_model")
    return f"call text is in {language}: {why} ({fix})"


def plan(utts: list[Utterance], settings: "Settings", steps: tuple[str, ...] = tuple(ENGLISH_ONLY)
         ) -> tuple[str, dict[str, str]]:
    """(text language, {step: reason}) for the steps that do not run on this call."""
    lang = text_language(utts)
    skips = {s: r for s in steps if (r := skip_reason(s, lang, settings)) is not None}
    return lang, skips
