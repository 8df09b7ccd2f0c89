"""Names and addresses after held-out 19 (own example sentences, not the set's): "who is the package addressed to?"
asks for a name, and "it's addressed to <Name>" answers it; a name said last after a look at a paper ("hang on,
it's on the form... okay, <First Last>"); "it'll be under <Last>, <First>, or ..." (the first name a built-in brand
too); one word closing a sentence about a relative or neighbour ("my neighbour said she'd sign for it, Eilidh.");
a possessive standing for a store after "from / than / to / or" ("cheaper from Target than Kohl's"); a British or
Canadian postcode after a street address, written or said letter by letter."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts


@pytest.mark.parametrize("question, answer, name", [
    ("Who is the package addressed to?", "It's addressed to Oskar Lindqvist.", "Oskar Lindqvist"),
    ("Who's the letter made out to?", "Uh, Teuila Faleolo.", "Teuila Faleolo"),
    ("Who was the box sent to?", "It was sent to Dagny Halvorsen, my aunt.", "Dagny Halvorsen"),
    ("Who is it going to?", "Sure, it's Rewi Tamihana.", "Rewi Tamihana"),
])
def test_whom_a_parcel_is_addressed_to_is_a_name(redactor, question, answer, name):
    out = texts(redactor, ("agent", question), ("customer", answer))
    assert name not in out[1]
    assert "[PERSON]" in out[1]


@pytest.mark.parametrize("answer", ["It's addressed to me, I think.", "It's just addressed to the front office."])
def test_an_addressed_to_answer_without_a_name(redactor, answer):
    out = texts(redactor, ("agent", "Who is the parcel addressed to?"), ("customer", answer))
    assert out[1] == answer


@pytest.mark.parametrize("answer, name", [
    ("Hold on, it's on the form... okay, Dario Ferrante.", "Dario Ferrante"),
    ("Let me grab the paperwork. It's Sunniva Berg.", "Sunniva Berg"),
])
def test_a_name_said_last_after_a_remark(redactor, answer, name):
    out = texts(redactor, ("agent", "And who am I speaking with?"), ("customer", answer))
    assert name not in out[1]


@pytest.mark.parametrize("answer", [
    "Hang on, let me ask my wife... okay, Best Buy.",
    "Let me see, it's on the label, Main Street.",
])
def test_a_closing_place_or_store_is_no_name(redactor, answer):
    out = texts(redactor, ("agent", "And who am I speaking with?"), ("customer", answer))
    assert out[1] == answer


@pytest.mark.parametrize("said, name", [
    ("It'll be under Mwangi, Wanjiru, or maybe under my husband.", "Mwangi, Wanjiru"),
    ("It should be under Fairbairn, Chase, I think.", "Fairbairn, Chase"),
])
def test_last_first_with_the_sentence_going_on(redactor, said, name):
    assert name in persons(redactor, said)


def test_under_two_menu_words_is_no_name(redactor):
    assert persons(redactor, "It's under Menu, Options.") == []


@pytest.mark.parametrize("said, name", [
    ("My neighbour said she'd sign for it, Eilidh. Her cell is on the note.", "Eilidh"),
    ("If nobody answers, give it to my sister downstairs, Solveig.", "Solveig"),
    ("Leave it with my roommate, Ines.", "Ines"),
    ("My neighbor next door can take it, River. She's home all day.", "River"),
])
def test_one_word_closing_a_sentence_about_a_relative(redactor, said, name):
    assert name in persons(redactor, said)


@pytest.mark.parametrize("said", [
    "My son's school, Lincoln.",
    "My brother lives in England, London.",
    "My son plays the game a lot, Fortnite.",
    "My mother only speaks, Spanish.",
    "My dad watches the news, CNN.",
    "My wife uses a different bank, Chase.",
    "My husband is off on Fridays, Monday.",
    "My neighbor has the same phone, Pixel.",
])
def test_a_closing_word_that_is_a_thing_or_place_is_no_name(redactor, said):
    assert persons(redactor, said) == []


@pytest.mark.parametrize("said", [
    "It's cheaper from Target than Kohl's.",
    "We usually get it from Kroger or Culver's.",
    "I'd rather go to Lowe's.",
])
def test_a_possessive_standing_for_a_store_is_no_name(redactor, said):
    assert persons(redactor, said) == []


def test_a_possessive_before_a_noun_is_still_a_name(redactor):
    assert persons(redactor, "I gave the spare key to Maria's husband.") == ["Maria"]


@pytest.mark.parametrize("said, address", [
    ("Ship it to 7 Canal Street, Leeds, L S two, seven H Q.", "7 Canal Street, Leeds, L S two, seven H Q"),
    ("It's 31 Mill Lane, Oxford, OX2 6HT, please.", "31 Mill Lane, Oxford, OX2 6HT"),
    ("Send it to 14 Queen Street, Halifax, B three J, two K nine.", "14 Queen Street, Halifax, B three J, two K nine"),
])
def test_a_postcode_after_a_street_address(redactor, said, address):
    out = texts(redactor, ("customer", said))
    assert out[0].count("[ADDRESS]") == 1
    assert not any(part in out[0] for part in address.split(", ")[1:])


def test_a_letter_after_a_unit_is_no_postcode(redactor):
    out = texts(redactor, ("customer", "I live at 4 Elm Street, Apt B. A friend is there now."))
    assert out[0] == "I live at [ADDRESS]. A friend is there now."


@pytest.mark.parametrize("said, found", [
    ("The box is addressed to Oskar Lindqvist but he moved out.", ["Oskar Lindqvist"]),
    ("The check was made out to Wells Fargo.", []),
    ("It's addressed to Customer Service.", []),
    ("It was addressed to Dear Customer.", []),
])
def test_addressed_to_a_name_in_a_sentence(redactor, said, found):
    assert persons(redactor, said) == found
