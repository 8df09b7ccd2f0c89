"""Names and places after held-out 31 and 32 (own example sentences, not the sets'): streets, stations and
intersections are no persons, nor a landmark after an address; a name read off a name tag, remembered by a gift,
set off after "call me," or "I talked to", a hedged "Last, First", Irish particles, a word name before a surname
after a role word, a spelled letter told by two words."""

from __future__ import annotations

import pytest
from pii_turns import make_settings, persons, texts

from voc.analyze.pii import Redactor


@pytest.mark.parametrize("text", [
    "The bus broke down between Grant Street and Fulton Station.",
    "I take the train to Jefferson Junction every morning.",
    "We waited at Lincoln Plaza for forty minutes.",
    "My wallet fell out somewhere between Maple Center and Dunn and Irving.",
    "The stop at the corner of Webster and Fulton was skipped.",
])
def test_streets_stations_and_intersections_are_no_persons(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("Your colleague Wesley Street promised a refund.", "Wesley Street"),
    ("My name is Paula Square.", "Paula Square"),
    ("It went from Amy Chen to Bob Marsh and Carl Diaz.", "Bob Marsh"),
])
def test_a_person_named_like_a_place_after_a_cue_stays_a_person(redactor, text, name):
    assert name in persons(redactor, text)


def test_a_landmark_after_an_address_is_not_the_address(redactor):
    out = texts(redactor, ("agent", "What's the mailing address?"),
                ("customer", "It's 48 Birch Road, right across from the Fulton Station entrance."))
    assert out[1] == "It's [ADDRESS], right across from the Fulton Station entrance."


@pytest.mark.parametrize("text, name", [
    ("I want to report the driver. The name tag said Porter.", "Porter"),
    ("Her badge said Winter Hale, I'm pretty sure.", "Winter Hale"),
    ("We'd like the donation in memory of Orla Ní Dhuibhir.", "Orla Ní Dhuibhir"),
    ("In that case call me, Denver, at the home number.", "Denver"),
    ("Yesterday I spoke with Rich, he told me to wait.", "Rich"),
    ("It's probably Odhiambo, Akinyi.", "Odhiambo, Akinyi"),
    ("It's maybe Fields, Hope, the new system flips it.", "Fields, Hope"),
    ("Your technician River Okonkwo never came.", "River Okonkwo"),
])
def test_a_name_told_by_its_context(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", [
    "Please call me, Tuesday, at noon works best.",
    "I talked to Billing, she said it was fine.",
    "It's probably Denver, Colorado.",
    "Your agent Chat Support said no.",
])
def test_no_name_in_these(redactor, text):
    assert persons(redactor, text) == []


def test_an_irish_particle_goes_with_the_surname(redactor):
    out = texts(redactor, ("agent", "What's your name, please?"), ("customer", "Ciarán Ó Briain."),
                ("customer", "Please send the receipt to Ciarán Ó Briain."))
    assert out[2] == "Please send the receipt to [PERSON]."


def test_a_spelled_letter_told_by_two_words(redactor):
    out = texts(redactor, ("agent", "How do you spell the surname?"),
                ("customer", "D as in dog U as in umbrella N as in Nancy N as in Nancy E as in egg salad."))
    assert out[1] == "[PERSON]."


def test_a_word_of_a_lexicon_name_before_a_common_surname(tmp_path):
    lex = tmp_path / "lexicon.yaml"
    lex.write_text("products:\n  - id: heritage_circle\n    name: Heritage Circle Club\n"
                   "    aliases: [the heritage circle]\n")
    r = Redactor(make_settings(**{"analysis.lexicons": str(lex)}))
    assert persons(r, "Hang on... it's Heritage Jones.") == ["Heritage Jones"]
    assert persons(r, "It's the Heritage Circle Club.") == []


def test_a_brokerage_named_alone_is_kept(redactor):
    assert persons(redactor, "Merrill said the shares moved on Monday.") == []
    assert persons(redactor, "My name is Merrill Haddad.") == ["Merrill Haddad"]
