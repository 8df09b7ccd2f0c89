"""Names, brands and addresses after held-out 21 (own example sentences, not the set's): whose name something is in
("it's in Ines's name"); a person's consent to have their records discussed ("<Name> gave permission to talk
with you"); a pharmacist or other staff member named ("a pharmacist named ...", "the pharmacist, <Name>, ..."); a
relative's given name that is also a word or product, right after the kin word ("for my father, Tango."); a name
answer closing on a word name and a surname no dictionary has; "under <Last>, <First>, I'm the ..."; national
pharmacies, insurers and drug makers kept; a lot or space number inside a street address."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts

from voc.analyze.pii import Redactor


def _addresses(r: Redactor, text: str) -> list[str]:
    return [text[h.start:h.end] for h in r.find(text) if h.pii_type == "address"]


@pytest.mark.parametrize("text, name", [
    ("The refill is in Oluwaseun's name, not mine.", "Oluwaseun"),
    ("Yeah, the lease was under Tomasz's name.", "Tomasz"),
    ("Everything's in Ifeoma's own name now.", "Ifeoma"),
])
def test_whose_name_something_is_in_is_a_name(redactor, text, name):
    assert any(name in p for p in persons(redactor, text))


@pytest.mark.parametrize("text", [
    "It's all in Mom's name.",
    "Put it in God's name, as they say.",
    "The store card is in Target's name.",
    "It was in Monday's name batch.",
])
def test_kin_holy_store_or_day_before_a_name_is_no_person(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("So Ngozi gave permission to talk with you about it?", "Ngozi"),
    ("I see Wojtek gave us written consent to discuss the claim.", "Wojtek"),
])
def test_consent_to_discuss_names_the_person(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", [
    "Medicare gave permission for the early refill.",
    "Walgreens authorized us to ship it overnight.",
    "Monday gave permission to talk, I think.",
])
def test_a_plan_or_company_giving_permission_is_no_person(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("I spoke with a pharmacist named Dagnija and she said Friday.", "Dagnija"),
    ("There was a receptionist called Oyelowo who took my card.", "Oyelowo"),
    ("The pharmacist, Radomir, he said he'd call the office.", "Radomir"),
    ("Our pharmacist Kwabena already checked it.", "Kwabena"),
])
def test_staff_named_at_a_business_is_a_person(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", [
    "The pharmacist, Walgreens, you mean?",
    "The specialist, Tuesday, is booked.",
])
def test_a_store_or_day_after_a_staff_word_is_no_person(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("I'm phoning for my father, Tango.", "Tango"),
    ("It's for my grandmother, Sonnet. She can't hear well.", "Sonnet"),
])
def test_a_relatives_word_name_after_the_kin_word_is_a_person(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", [
    "I'm calling about my son, Honestly.",
    "This is about my father, Medicare.",
    "It's for my husband, Verizon.",
])
def test_an_adverb_plan_or_brand_after_the_kin_word_is_no_person(redactor, text):
    assert persons(redactor, text) == []


def test_a_name_answer_closing_on_a_word_name_and_a_rare_surname(redactor):
    out = texts(redactor, ("agent", "Can I get your name, please?"),
                ("customer", "One second, the card's in my purse... Tango Wieczorkowska."),
                ("agent", "Thank you, Tango."))
    assert "Tango" not in out[1] and "Wieczorkowska" not in out[1]
    assert "Tango" not in out[2]


def test_a_name_answer_closing_on_two_dictionary_words_is_no_person(redactor):
    out = texts(redactor, ("agent", "Can I get your name, please?"),
                ("customer", "Hold on, I need my glasses... Sonnet Lining."))
    assert "Sonnet Lining" in out[1]


def test_under_last_first_then_who_is_who(redactor):
    assert "Oyelaran, Temitope" in persons(redactor, "It's under Oyelaran, Temitope, I'm the policyholder.")
    assert "Nwosu, Adaeze" in persons(redactor, "Should be under Nwosu, Adaeze, she's my mother.")
    assert persons(redactor, "It's under Menu, Options, I'm told.") == []


@pytest.mark.parametrize("text", [
    "Eli Lilly has a copay card for that one.",
    "Harris Teeter sent the transfer over on Monday.",
    "I was with UnitedHealthcare, and now it's Anthem.",
    "Novo Nordisk runs the patient program.",
    "Express Scripts said it was denied.",
])
def test_national_pharmacies_insurers_and_drug_makers_are_kept(redactor, text):
    assert persons(redactor, text) == []


def test_a_first_name_of_a_kept_pair_alone_is_still_a_name(redactor):
    assert "Eli Harris" in persons(redactor, "Hi, this is Eli Harris.")


@pytest.mark.parametrize("text, address", [
    ("Mail it to 4410 Quail Run Drive, lot 22, Yuma, Arizona.", "4410 Quail Run Drive, lot 22, Yuma, Arizona"),
    ("It's 88 Sandpiper Road, space fourteen, Mesa, Arizona 85205.",
     "88 Sandpiper Road, space fourteen, Mesa, Arizona 85205"),
])
def test_a_lot_or_space_number_is_part_of_the_address(redactor, text, address):
    assert address in _addresses(redactor, text)


def test_a_lot_of_after_a_street_is_no_unit(redactor):
    assert _addresses(redactor, "We're at 40 Elm Street, lot of construction there.") == ["40 Elm Street"]
