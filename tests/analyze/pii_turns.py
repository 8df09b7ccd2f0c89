"""Shared by the PII tests: settings with the test lexicon, and conversations built from (speaker, text) turns."""

from __future__ import annotations

from pathlib import Path

from voc.analyze.pii import Redactor
from voc.records import Utterance, Word
from voc.settings import Settings

LEXICON = Path(__file__).parent / "data" / "lexicon.yaml"


def make_settings(**overrides) -> Settings:
    base = {"analysis.lexicons": str(LEXICON)}
    base.update(overrides)
    return Settings.load(overrides=base, env={}, cwd=Path(__file__).parent)


def conversation(*turns: tuple[str, str]) -> list[Utterance]:
    """Utterances from (speaker, text) pairs; words 0.3 s each, 0.5 s between utterances."""
    out, t = [], 0.0
    for i, (speaker, text) in enumerate(turns):
        words = [Word(t + 0.3 * k, t + 0.3 * k + 0.25, " " + w, 0.9, 0) for k, w in enumerate(text.split())]
        out.append(Utterance(i, 0, t, words[-1].end_s, text, words, speaker=speaker))
        t = words[-1].end_s + 0.5
    return out


def texts(r: Redactor, *turns: tuple[str, str]) -> list[str]:
    """The redacted text of each turn."""
    return [u.text for u in r.redact(conversation(*turns)).utterances]


def persons(r: Redactor, text: str) -> list[str]:
    """The spans of `text` the redactor takes for persons."""
    return [text[h.start:h.end] for h in r.find(text) if h.pii_type == "person"]
