"""Names and addresses after held-out 20 (own example sentences, not the set's): whose birthday or social it is
("Ines's birthday is ...", "I have Wojtek's, okay, it's ..."); "F B O <Name>" (for the benefit of) on a cheque or
account; "it's under <Last>, <First>, with ..."; a rare first name a dictionary has before a census surname after a
name cue; a list of children named by first and last name, or with a first name that is a kept word; a US state
said last after a street address and its city ("..., Fort Collins, Colorado.")."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts

from voc.analyze.pii import Redactor


@pytest.mark.parametrize("text, name", [
    ("Okay, I have Wojtek's, hold on, it's 512-44-9031.", "Wojtek"),
    ("Let me find Ifeoma's, okay, it's on the card.", "Ifeoma"),
    ("Teodora's birthday is the fourth of June, two thousand nine.", "Teodora"),
    ("And Dmitri's social is in the folder.", "Dmitri"),
    ("I've got Oluwaseun's card here somewhere.", "Oluwaseun"),
])
def test_whose_birthday_or_social_it_is_is_a_name(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", [
    "I have Kohl's card here somewhere.",
    "Let me find Monday's, okay, the statement.",
    "Grab Mom's, okay, it's in the drawer.",
    "The Shell's birthday promotion is over.",
])
def test_a_store_day_or_kin_word_before_a_possessive_is_no_name(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("Make it out to the trust company, F B O Marisol Achterkamp, please.", "Marisol Achterkamp"),
    ("The account is held FBO Tomasz Wieczorek.", "Tomasz Wieczorek"),
    ("It's for the benefit of Adaeze Nwosu, my niece.", "Adaeze Nwosu"),
])
def test_for_the_benefit_of_names_a_person(redactor, text, name):
    assert name in persons(redactor, text)


def test_fbo_before_lower_case_is_no_cue(redactor):
    assert persons(redactor, "We send it f b o the trust, as usual.") == []


def test_under_last_first_with_a_remark_after(redactor):
    assert "Oyelaran, Temitope" in persons(redactor, "It's under Oyelaran, Temitope, with a hyphen somewhere.")


def test_a_rare_first_name_a_dictionary_has_before_a_census_surname(redactor):
    # "Doina" is in the word list (a folk song), "Rusu" a census surname that no dictionary has
    assert "Doina Rusu" in persons(redactor, "I believe it's Doina Rusu.")
    assert persons(redactor, "I believe it's Dairy Queen.") == []


@pytest.mark.parametrize("text, names", [
    ("Half each to my grandkids. Kwabena Mensah and Kojo.", ["Kwabena Mensah", "Kojo"]),
    ("My two daughters, equally. Ira Castellanos and Beatriz.", ["Ira Castellanos", "Beatriz"]),
])
def test_children_listed_by_name(redactor, text, names):
    found = persons(redactor, text)
    for name in names:
        assert name in found


def test_a_first_name_kept_as_a_word_in_a_list_needs_a_census_surname():
    from pii_turns import make_settings
    r = Redactor(make_settings(**{"pii.allow": ["Ira"]}))
    assert "Ira Castellanos" not in persons(r, "My two daughters, equally. Ira Castellanos and Beatriz.")


@pytest.mark.parametrize("text, address", [
    ("We moved, the new one is 4410 Quarry Ridge Road, Fort Collins, Colorado.",
     "4410 Quarry Ridge Road, Fort Collins, Colorado"),
    ("It's 87 Juniper Court, Bend, Oregon, since March.", "87 Juniper Court, Bend, Oregon"),
    ("Send it to 2209 Hollis Lane, Westbury, New York.", "2209 Hollis Lane, Westbury, New York"),
])
def test_a_state_said_last_after_the_city_joins_the_address(redactor, text, address):
    assert address in [text[h.start:h.end] for h in redactor.find(text) if h.pii_type == "address"]


@pytest.mark.parametrize("text, name", [
    ("Hello, I'm Ally Kowalczyk, I had a question about a transfer.", "Ally Kowalczyk"),
    ("I was talking to Chase Whitaker, is he in today?", "Chase Whitaker"),
    ("My planner used to be Nadia Schwab, did she retire?", "Nadia Schwab"),
])
def test_a_name_word_that_is_a_brand_before_a_census_surname(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", ["I'm with Ally Financial.", "It's Chase Sapphire, the reserve one.",
                                  "Les Schwab quoted me four hundred."])
def test_a_brand_pair_stays(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("My mother passed in June. Her name was Oyinkansola Adebayo-Smith.", "Oyinkansola"),
    ("It's under Rusu, Doina, with one S.", "Rusu, Doina"),
    ("My aunt, she handles my paperwork, Marisol Achterkamp.", "Marisol Achterkamp"),
    ("No, put my brother, Ally Kowalczyk.", "Ally Kowalczyk"),
])
def test_name_cues_after_held_out_20(redactor, text, name):
    assert any(name in p for p in persons(redactor, text))


def test_my_son_he_goes_to_a_school_is_no_name(redactor):
    assert persons(redactor, "My son, he goes to school at Lincoln Elementary.") == []


@pytest.mark.parametrize("question, answer, name", [
    ("Who would you like to name as the beneficiary?", "That should be Tomasz Wieczorek.", "Tomasz Wieczorek"),
    ("And who is your trusted contact?", "Hang on, let me look... okay, Ifeoma Okafor.", "Ifeoma Okafor"),
])
def test_a_request_for_a_beneficiary_or_trusted_contact_asks_for_a_name(redactor, question, answer, name):
    out = texts(redactor, ("agent", question), ("customer", answer))
    assert name not in out[1] and "[PERSON]" in out[1]


def test_the_business_po_box_for_cheques_is_no_caller_address(redactor):
    text = "Checks for the transfer go to P O Box 2291, Omaha, Nebraska, 68103."
    assert [h for h in redactor.find(text) if h.pii_type == "address"] == []
    mine = "Checks for the refund go to my P O Box 2291, Omaha, Nebraska, 68103."
    assert [h for h in redactor.find(mine) if h.pii_type == "address"]


@pytest.mark.parametrize("text, name", [
    ("My little girl Maria has a fever.", "Maria"),
    ("I was born on Christ's birthday, so I go to church.", None),
])
def test_no_lower_case_word_joins_a_name_and_no_holy_name_is_a_person(redactor, text, name):
    found = persons(redactor, text)
    assert found == ([name] if name else [])
