"""PII rules added after held-out set 6 (issue 15): a group said with "hundred" ("forty two hundred"), a card
asked for without "card number", a phonetic letter in an id ("C as in cat"), number words in a spoken e-mail's
local part, a relative named after "my mother," and quantities with units that are not ids."""

from __future__ import annotations

import pytest
from pii_turns import texts

from voc.analyze.numbers import digit_runs
from voc.analyze.pii_dialogue import question_types


def test_two_digit_hundreds_are_four_digits():
    assert digit_runs("sixty one hundred")[0].digits == "6100"
    assert digit_runs("nineteen hundred")[0].digits == "1900"
    assert digit_runs("eight hundred five five five")[0].digits == "800555"  # unchanged: 800-555


def test_phone_group_said_with_hundred_is_redacted_with_the_correction(redactor):
    out = texts(redactor, ("agent", "What number should the driver call?"),
                ("customer", "It's five one two, four four seven, sixty one hundred."),
                ("agent", "I have five one two four four seven sixty one hundred."),
                ("customer", "Right, and the last bit is sixty one hundred."))
    assert all("hundred" not in t and "sixty" not in t for t in out[1:]), out


@pytest.mark.parametrize("q", ["Whenever you're ready for the card, go ahead.", "Which card are you paying with?",
                               "Could you read me the card, please?"])
def test_card_asked_without_card_number(q):
    assert "card" in question_types(q)


def test_card_said_four_digits_a_turn_is_redacted(redactor):
    out = texts(redactor, ("agent", "Which card are you paying with?"), ("customer", "Um, 4532"),
                ("agent", "4532."), ("customer", "then 1187"), ("agent", "eleven eighty seven."),
                ("customer", "6021 and 3390"))
    assert all(not any(c.isdigit() for c in t) and "eleven" not in t for t in out[1:]), out


def test_phonetic_letter_of_an_id_is_redacted(redactor):
    out = texts(redactor, ("agent", "What's the service order number?"),
                ("customer", "Sure, K as in king, three three nine one oh four."))
    assert "K as" not in out[1] and "three" not in out[1], out


def test_number_words_in_a_spoken_local_part(redactor):
    out = texts(redactor, ("agent", "I'll read the address back: maria twenty two oh five at yahoo dot com, right?"))
    assert "maria" not in out[0] and "twenty" not in out[0], out


def test_relative_named_after_my_mother(redactor):
    out = texts(redactor, ("customer", "I'm calling about my father's account, it's under my father, Joaquin Ferreira."))
    assert "Joaquin" not in out[0] and "Ferreira" not in out[0], out


def test_quantities_with_units_are_not_ids(redactor):
    out = texts(redactor, ("agent", "Do you have the meter ID handy?"), ("customer", "Hang on, let me look."),
                ("customer", "We burn about fourteen hundred kilowatt hours a month."))
    assert "fourteen hundred kilowatt" in out[2], out
