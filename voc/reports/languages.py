"""The report's "Languages" section: calls by spoken language, and which figures cover which calls.

A call's language is the identified spoken language (``transcripts.language_detected``; ``language`` for calls
stored before identification existed). Figures built on English-only models (call drivers, complaint rate,
sentiment, entities) leave out the calls whose step was skipped (``analysis_skips``), and calls not transcribed
because of their language (``transcripts.task = 'skipped'``) are in no text figure; the section says so in numbers.
"""

from __future__ import annotations

from typing import Any

from voc.reports.model import LanguageMix, LanguageRow
from voc.reports.scope import Scope

LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
                  "it": "Italian", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian",
                  "tr": "Turkish", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "hi": "Hindi"}
FIGURES = (("intents", "Call drivers"), ("complaints", "Complaint rate and themes"),
           ("sentiment", "Customer sentiment"), ("entities", "Products and competitors"))


def name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "unknown")


def language_mix(con: Any, scope: Scope) -> LanguageMix | None:
    """Calls by language in the scope; None when every call is English (nothing to say)."""
    rows = [LanguageRow(str(lang or "unknown"), int(n), int(tr), int(tl), int(sk)) for lang, n, tr, tl, sk in scope.query(con, """
        SELECT coalesce(t.language_detected, t.language) AS lang, count(*),
               count(*) FILTER (WHERE coalesce(t.task, 'transcribe') <> 'skipped'),
               count(*) FILTER (WHERE t.translated),
               count(*) FILTER (WHERE t.task = 'skipped')
        FROM scope JOIN transcripts t USING (call_id) GROUP BY 1 ORDER BY 2 DESC, 1""")]
    if not rows or all(r.language == "en" for r in rows):
        return None
    total = sum(r.calls for r in rows)
    notes = []
    skipped = sum(r.skipped for r in rows)
    if skipped:
        notes.append(f"{skipped} of {total} calls were not transcribed because of their language "
                     "(asr.other_languages = \"skip\"): they are in no figure below the call count.")
    translated = sum(r.translated for r in rows)
    if translated:
        notes.append(f"{translated} calls are analysed on Whisper's English translation (asr.task = \"translate\").")
    skips = dict(scope.query(con, """
        SELECT a.step, count(DISTINCT a.call_id) FROM scope JOIN analysis_skips a USING (call_id) GROUP BY 1"""))
    analysed = total - skipped
    for step, label in FIGURES:
        n = int(skips.get(step, 0))
        if n:
            notes.append(f"{label}: cover {analysed - n} of {total} calls; {n} calls in other languages are left out "
                         "(no model for their language).")
    return LanguageMix(rows, notes)


def markdown_lines(mix: LanguageMix | None) -> list[str]:
    if mix is None:
        return []
    lines = ["## Languages", "", "| Language | Calls | Transcribed | Translated | Not transcribed |",
             "|---|---:|---:|---:|---:|"]
    lines += [f"| {name(r.language)} ({r.language}) | {r.calls} | {r.transcribed} | {r.translated} | {r.skipped} |"
              for r in mix.rows]
    return lines + [""] + [f"*{n}*" for n in mix.notes] + ([""] if mix.notes else [])
