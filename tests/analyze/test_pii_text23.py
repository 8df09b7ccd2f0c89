"""Names and brands after held-out 23 (own example sentences, not the set's): whom a delivery or ride app names as
doing something; an order or table put under a name; a surname said first with "sorry, last name first"; a word name
after a household word and a comma; "I'm <Name>." closing a sentence; packaged-food brands and restaurant chains
named after people kept; a business spoken of as "them"."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts


@pytest.mark.parametrize("text, name", [
    ("The app says Dolores tried to reach me twice.", "Dolores"),
    ("Well the app said Hunter dropped it off at ten.", "Hunter"),
    ("The app shows Kofi is outside, but nobody's here.", "Kofi"),
    ("The courier, it said Destiny, left it by the gate.", "Destiny"),
    ("The notification says Oyelaran couldn't find the building.", "Oyelaran"),
])
def test_whom_an_app_names_as_doing_something_is_a_person(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", [
    "The app says Delivered, left at the front door.",
    "It says Pending, never moved since noon.",
    "The app said Instacart delivered it already.",
    "The text said Walmart couldn't find the eggs.",
    "The tracking says Ontrac delivered it to the wrong porch.",
    "It says Lasership delivered it, but nothing is here.",
])
def test_a_status_word_or_a_store_an_app_shows_is_no_person(redactor, text):
    assert persons(redactor, text) == []


def test_the_name_an_app_gave_is_redacted_again_later_in_the_call(redactor):
    out = texts(redactor, ("caller", "The app says Dolores tried to call me."),
                ("agent", "Okay, I'll flag the delivery from Dolores."))
    assert "Dolores" not in " ".join(out)


@pytest.mark.parametrize("text, name", [
    ("Put it under Tamsin Achterberg, please.", "Tamsin Achterberg"),
    ("Put the reservation under Oluwaseun Adeyemi.", "Oluwaseun Adeyemi"),
])
def test_an_order_put_under_a_name_is_the_person(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", ["Put it under Pending for now.", "Put it under Accessories, not Garden."])
def test_put_under_a_category_is_no_person(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("It's under Hollis, Meadow, sorry, last name first.", "Hollis, Meadow"),
    ("It's under Nwosu, Chidera, last name first.", "Nwosu, Chidera"),
])
def test_a_surname_first_said_as_such_is_the_whole_name(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text, name", [
    ("The courier can call my roommate Buck, at the front desk.", "Buck"),
    ("My nephew Hunter, he set up the account.", "Hunter"),
])
def test_a_word_name_after_a_household_word_and_a_comma_is_a_person(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", ["The agent Chat, it keeps closing.", "My friend Monday, she said it's fine."])
def test_a_staff_word_or_a_day_after_a_comma_is_no_person(redactor, text):
    assert persons(redactor, text) == []


def test_i_am_a_name_no_dictionary_has_closing_a_sentence(redactor):
    text = "The card is my sister's, Ana Ruiz, but I placed the order. I'm Thanawat."
    assert "Thanawat" in persons(redactor, text)


@pytest.mark.parametrize("text", ["I'm Vietnamese.", "I'm Okay.", "I'm Jewish."])
def test_i_am_a_nationality_or_a_word_is_no_person(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text", [
    "They gave me Jimmy Dean instead of the store sausage.",
    "I'm missing the Sara Lee bread and one Oscar Mayer pack.",
    "Can you phone Little Caesars and check?",
    "We ordered from Jersey Mike's last night.",
])
def test_food_brands_and_chains_named_after_people_are_kept(redactor, text):
    assert persons(redactor, text) == []


def test_the_first_name_alone_of_a_kept_food_brand_stays_a_name(redactor):
    assert "Oscar" in persons(redactor, "You can ask for Oscar, he's the manager.")


def test_a_business_spoken_of_as_them_is_no_person(redactor):
    assert persons(redactor, "Could you call Pollomania and ask them for a refund?") == []
    assert "Jordan" in persons(redactor, "Could you call Jordan and ask them?")
