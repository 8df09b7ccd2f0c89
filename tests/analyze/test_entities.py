"""Entities from a fixture lexicon in ASR-style text (lower case, numbers as words, misspellings) + spaCy + rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from voc.analyze.entities import EntityExtractor, duration_spans, load_lexicon, surface_variants
from voc.errors import SettingsError
from voc.records import Utterance
from voc.settings import Settings

LEXICON = Path(__file__).parent / "data" / "lexicon.yaml"


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    return EntityExtractor(Settings.load(overrides={"analysis.lexicons": str(LEXICON)}, env={},
                                         cwd=Path(__file__).parent))


def ents(extractor: EntityExtractor, text: str) -> list[tuple[str, str, str | None]]:
    return [(e.label, e.text, e.norm) for e in extractor.extract([Utterance(0, 0, 0.0, 1.0, text)])]


@pytest.mark.slow
def test_lexicon_entries_case_insensitive_with_norm(extractor):
    got = ents(extractor, "i'm thinking of moving to skyline telecom, the smart hub is rubbish")
    assert ("COMPETITOR", "skyline telecom", "skyline") in got
    assert ("PRODUCT", "smart hub", "smart-hub") in got


@pytest.mark.parametrize("spoken", ["SPRING25", "spring 25", "spring twenty five", "spring twenty-five",
                                    "spring two five"])
def test_promo_code_numbers_as_words(extractor, spoken):
    assert ("PROMO_CODE", spoken, "SPRING25") in ents(extractor, f"i used the code {spoken} yesterday")


def test_alias_with_number_words_and_fuzzy_misspelling(extractor):
    assert ("PRODUCT", "fibre five hundred", "fiber-500") in ents(extractor, "fibre five hundred keeps dropping")
    got = ents(extractor, "I upgraded to the unlimted plus plan last week")
    assert ("PLAN", "unlimted plus plan", "unlimited-plus") in got
    assert ("CAMPAIGN", "spring switch offer", "spring-switch") in ents(extractor, "saw the spring switch offer on tv")


def test_spacy_money_date_and_duration_rule(extractor):
    got = ents(extractor, "I paid fifty dollars three weeks ago and waited two hours on hold")
    assert ("MONEY", "fifty dollars", None) in got
    assert ("DATE", "three weeks ago", None) in got           # "ago" makes it a date, not a duration
    assert ("DURATION", "two hours", None) in got
    assert not any(label == "CARDINAL" for label, _, _ in got)
    assert [("for a couple of weeks"[s:e]) for s, e in duration_spans("for a couple of weeks")] == ["a couple of weeks"]


def test_placeholders_never_become_entities(extractor):
    got = ents(extractor, "my card [CARD] and [PERSON] at [ADDRESS] on [PHONE]")
    assert got == []


def test_offsets_point_into_the_utterance(extractor):
    text = "Hi, is the SPRING25 code valid in Texas?"
    for e in extractor.extract([Utterance(4, 0, 0.0, 1.0, text)]):
        assert text[e.char_start:e.char_end] == e.text and e.utt_idx == 4


def test_surface_variants():
    v = surface_variants("SPRING25")
    assert {"spring25", "spring 25", "spring twenty five", "spring twenty-five", "spring two five"} <= set(v)


def test_lexicon_errors_name_file_and_key(tmp_path):
    bad = tmp_path / "lex.yaml"
    bad.write_text("products:\n  - {name: Fiber}\n")
    with pytest.raises(SettingsError, match=r"lex.yaml: products\[0\]: 'id' is missing"):
        load_lexicon(bad)
    bad.write_text("gadgets: []\n")
    with pytest.raises(SettingsError, match="unknown section 'gadgets'. Valid sections: products"):
        load_lexicon(bad)
    with pytest.raises(SettingsError, match="does not exist"):
        load_lexicon(tmp_path / "missing.yaml")


@pytest.mark.parametrize("text, is_date", [
    ("1109185", False), ("0482", False), ("318", False), ("2019", True), ("1990s", True), ("3/14/2024", True),
    ("the 12th", True), ("last Tuesday", True), ("March 3rd", True),
])
def test_looks_like_date(text, is_date):
    from voc.analyze.entities import looks_like_date

    assert looks_like_date(text) is is_date


def test_ids_and_number_groups_are_not_dates(extractor):
    got = ents(extractor, "the remote ID is 1109185 and the last group was 0482, I joined in 2019")
    dates = [t for label, t, _ in got if label == "DATE"]
    assert "1109185" not in dates and "0482" not in dates
