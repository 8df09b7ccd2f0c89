"""Names and places after held-out 24 and 25 (own example sentences, not the sets'): names with accented Latin letters
are found whole, in every rule that reads names (detection runs on a same-length folded copy of the text)."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts

from voc.analyze.pii_fold import fold_latin


def test_folding_keeps_length_and_other_scripts():
    text = "Søren Łukasiewicz, Nguyễn Thị Đào, Ibáñez-Müller, Çelik, Ōtsuka, 王芳, Иван"
    folded = fold_latin(text)
    assert len(folded) == len(text)
    assert folded == "Soren Lukasiewicz, Nguyen Thi Dao, Ibanez-Muller, Celik, Otsuka, 王芳, Иван"


@pytest.mark.parametrize("text, name", [
    ("My name is Radka Procházková.", "Radka Procházková"),
    ("Hi, this is Łucja Wiśniewska calling about my bill.", "Łucja Wiśniewska"),
    ("You're speaking with Thảo Nguyễn.", "Thảo Nguyễn"),
    ("My name is Björn Ångström.", "Björn Ångström"),
    ("This is Íñigo Garaikoetxea.", "Íñigo Garaikoetxea"),
    ("My name's Şükrü Öztürk.", "Şükrü Öztürk"),
    ("My name is Zoë Brontë-Saïd.", "Zoë Brontë-Saïd"),
])
def test_a_name_with_accented_letters_is_found_whole(redactor, text, name):
    assert name in persons(redactor, text)


def test_an_accented_name_leaves_no_letter_behind_in_the_redacted_call(redactor):
    out = texts(redactor, ("agent", "Can I get the name on the account?"),
                ("caller", "Sure, it's Mireia Fàbregas Solé."),
                ("agent", "Thank you, Ms. Fàbregas."))
    joined = " ".join(out)
    assert "Fàbregas" not in joined and "Solé" not in joined and "Mireia" not in joined
    assert "[PERSON]" in out[1] and not any(ch in joined for ch in "àé")


def test_an_accented_surname_spelled_out_is_redacted(redactor):
    out = texts(redactor, ("agent", "Could you spell the last name?"), ("caller", "Sure, D-V-O-R-A-K, Dvořák."))
    assert "Dvořák" not in out[1]


@pytest.mark.parametrize("text", [
    "We picked it up from Hertz at the airport.",
    "It's a rental from Avis, the plate isn't mine.",
    "Duke Energy said the meter swap is next week.",
    "Does Con Edison need to sign off first?",
    "The listing agent is from Howard Hanna.",
    "They put Trina panels on the garage.",
    "Is that an Enphase inverter or SolarEdge?",
])
def test_rental_utility_solar_and_realty_brands_are_no_persons(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text", ["I'm Catholic.", "Well, I'm Methodist.", "I'm Buddhist, so no."])
def test_a_faith_is_no_name(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [("My name is Trina Okafor.", "Trina Okafor"),
                                        ("My name is Priya Jain.", "Priya Jain")])
def test_a_brand_or_faith_like_word_in_a_real_name_is_kept_in_the_name(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("answer, gone", [
    ("Give me a second, the letter's in my bag. Okay, Tomasz Wiśniewski. He passed in March.", "Wiśniewski"),
    ("Let me find the paperwork... right, Ngozi Adeyemi. That's my aunt.", "Adeyemi"),
])
def test_a_name_closing_a_sentence_after_a_pause_is_the_name_answer(redactor, answer, gone):
    out = texts(redactor, ("agent", "And the name of the registered owner?"), ("caller", answer))
    assert gone not in out[1] and "[PERSON]" in out[1]


def test_two_people_named_together_answer_a_name_question(redactor):
    out = texts(redactor, ("agent", "Whose name is on the lease?"),
                ("caller", "Both of us, me and my wife. Tariq Haddad and Lena Haddad."))
    assert out[1].count("[PERSON]") == 2 and "Haddad" not in out[1]


def test_and_you_are_asks_for_a_name(redactor):
    out = texts(redactor, ("agent", "Okay, and you are?"), ("caller", "Oriane Delacroix, I'm her daughter."))
    assert "Oriane" not in out[1] and "Delacroix" not in out[1]


def test_a_thing_closing_a_sentence_after_a_pause_is_no_name(redactor):
    out = texts(redactor, ("agent", "Whose name is the car in?"),
                ("caller", "Hold on, it's on the paperwork. Mine. It's just the one car."))
    assert "[PERSON]" not in out[1]


@pytest.mark.parametrize("text, names", [
    ("After the wedding I want the name changed from Kowalczyk to Oyelaran.", ["Kowalczyk", "Oyelaran"]),
    ("I'm changing my last name from Brennan to Achterberg.", ["Brennan", "Achterberg"]),
])
def test_both_names_of_a_name_change_are_persons(redactor, text, names):
    found = persons(redactor, text)
    assert all(n in found for n in names)


def test_a_switch_of_provider_is_no_name_change(redactor):
    assert persons(redactor, "We switched from Verizon to Comcast last spring.") == []


@pytest.mark.parametrize("text, name", [
    ("One moment, let me ask Anselm. Okay, it's the blue one.", "Anselm"),
    ("Let me check with Bartholomew, he has the card.", "Bartholomew"),
    ("Hang on, let me ask Oluwaseun. Okay, it's four.", "Oluwaseun"),
])
def test_let_me_ask_someone_names_a_person(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", ["Let me ask Billing about that.", "Let me check with Amazon first.",
                                  "Let me ask Google real quick."])
def test_let_me_ask_a_department_or_company_is_no_person(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("The file's under Wróblewska, Agata.", "Wróblewska, Agata"),
    ("The policy's under Haddad, Rami, last name first.", "Haddad, Rami"),
])
def test_a_record_under_a_surname_then_a_first_name(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text, name", [
    ("It's GRUNDY, HOLLIS, that's how it's printed on my license.", "GRUNDY, HOLLIS"),
    ("The card says OKONJO, GRACE.", "OKONJO, GRACE"),
])
def test_a_name_as_printed_in_capitals_surname_first(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", ["It's USAA, AARP and AAA.", "It says PAID, THANKS on the slip.",
                                  "It's NASDAQ, NYSE."])
def test_capital_words_that_are_no_name(redactor, text):
    assert persons(redactor, text) == []


def _addresses(redactor, text):
    return [text[h.start:h.end] for h in redactor.find(text) if h.pii_type == "address"]


@pytest.mark.parametrize("text, span", [
    ("The build is on lot 118, Heron Cove, in Sarasota.", "lot 118, Heron Cove, in Sarasota"),
    ("It's parcel 7, Birchwood Lane.", "parcel 7, Birchwood Lane"),
])
def test_a_new_homes_lot_before_its_street_is_an_address(redactor, text, span):
    assert span in " ".join(_addresses(redactor, text))


def test_a_parking_lot_is_no_address(redactor):
    assert _addresses(redactor, "We parked in lot 5, Main Street was closed off.") == []


@pytest.mark.parametrize("text, span", [
    ("We moved, the new place is 31 Alder Way, Cedar Rapids.", "31 Alder Way, Cedar Rapids"),
    ("Ship it to 9 Kettle Road, Round Rock.", "9 Kettle Road, Round Rock"),
])
def test_a_two_word_town_after_the_street_is_part_of_the_address(redactor, text, span):
    assert span in _addresses(redactor, text)


@pytest.mark.parametrize("text", [
    "Our service desk at 200 Harbor Boulevard is open nine to five on weekdays.",
    "The branch on 14 Market Street opens at eight thirty.",
])
def test_a_place_with_opening_hours_is_the_business(redactor, text):
    assert _addresses(redactor, text) == []


def test_a_name_said_again_with_a_possessive_is_redacted_whole(redactor):
    out = texts(redactor, ("caller", "My cousin Ifeoma Nwachukwu referred me."),
                ("agent", "Right, I see Ifeoma Nwachukwu's account, the credit is pending."))
    assert "Nwachukwu" not in out[1] and "[PERSON]'s account" in out[1]
