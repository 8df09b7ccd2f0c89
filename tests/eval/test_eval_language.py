"""Helpers of the language evaluation: silver transcript sections, clipping, the language-neutral normaliser."""

from __future__ import annotations

from voc.eval.language import clip_reference, normalize_any, silver_turns, summarize, wer

TXT = """Summary
Conversation type
Sale
EN transcription

00:00:02
Hello, good morning!

00:00:40
We need 1900 zloty.

PL transcription

00:00:02
Halo, dzień dobry!

00:00:40
Trzeba zapłacić 1900 złotych.

00:01:30
Do widzenia.
"""


def test_silver_sections(tmp_path):
    p = tmp_path / "call.txt"
    p.write_text(TXT, encoding="utf-8")
    assert silver_turns(p) == [(2, "Halo, dzień dobry!"), (40, "Trzeba zapłacić 1900 złotych."), (90, "Do widzenia.")]
    assert silver_turns(p, english=True) == [(2, "Hello, good morning!"), (40, "We need 1900 zloty.")]


def test_clip_reference_ends_at_a_turn_boundary():
    turns = [(2, "a b"), (40, "c d"), (90, "e")]
    assert clip_reference(turns, 30) == (40, "a b")
    assert clip_reference(turns, 40) == (40, "a b")
    assert clip_reference(turns, 100) == (float("inf"), "a b c d e")


def test_normaliser_writes_numbers_in_the_calls_language():
    assert normalize_any("Trzeba zapłacić 1900 złotych!", "pl") == "trzeba zapłacić tysiąc dziewięćset złotych"
    assert normalize_any("C'est l'offre V-62, d'accord ?", "fr") == "c est l offre v soixante deux d accord"
    assert normalize_any("Алло, здравствуйте!", "ru") == "алло здравствуйте"
    assert wer("Halo, dzień dobry!", "halo dzien dobry", "pl")["errors"] == 1


def test_summary_groups_and_baseline():
    rows = [{"truth": "fr", "lid_ok": True, "lid_first_window_ok": False,
             "baseline": {"language": "en", "reference_words": 10, "errors": 10},
             "voc": {"language": "fr", "reference_words": 10, "errors": 4}},
            {"truth": "en", "lid_ok": True, "lid_first_window_ok": True,
             "baseline": {"language": "en", "reference_words": 5, "errors": 0},
             "voc": {"language": "en", "reference_words": 5, "errors": 0}}]
    s = summarize(rows)
    assert s["non_english"]["baseline_pooled_wer"] == 1.0 and s["non_english"]["voc_pooled_wer"] == 0.4
    assert s["non_english"]["baseline_language_accuracy"] == 0.0 and s["non_english"]["voc_language_accuracy"] == 1.0
    assert s["all"]["lid_first_window_accuracy"] == 0.5
    assert s["by_language"]["fr"]["voc_wer"] == 0.4
