"""IDs whose letters are spoken (issue 15): spelled letters before the digits ("P R T, then ..."), the phonetic
alphabet ("Kilo, Echo, ..."), and booking codes said piece by piece ("K, six, E, U, X, M"). Phrased differently
from the evaluation sets' lines."""

from __future__ import annotations

import pytest
from pii_turns import texts

from voc.analyze.numbers import digit_runs


def test_phonetic_alphabet_words_are_letters_in_letter_runs_only():
    run = digit_runs("Golf, X-ray, four four one nine", letters=True)[-1]
    assert run.digits == "GX4419"
    assert [r.digits for r in digit_runs("Golf, X-ray, four four one nine")] == ["4419"]  # numbers only: unchanged


@pytest.mark.parametrize("said", ["Bravo, Tango, six one one four nine two", "J Q, then 8 8 3 0 1 7 2",
                                  "H, L, W, and then the numbers, five five two oh one nine"])
def test_letters_before_an_ids_digits_are_part_of_the_id_without_a_question(redactor, said):
    text = f"Sure, it's {said}, on the back of the letter."
    hits = [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]
    assert hits == [("account", said)], hits


def test_an_id_with_letters_and_nine_digits_is_an_account_not_an_ssn(redactor):
    text = "Hmm, D R, then four one two five five six seven eight nine."
    assert [h.pii_type for h in redactor.find(text)] == ["account"]


@pytest.mark.parametrize("text", [
    "I was on plan A B, 12 months.",
    "The T V, then 2024 model, was fine.",                # a year after letters: four digits are no id
    "Hotel Charlie was lovely, we paid 40000 dollars.",  # phonetic words before an amount
])
def test_letters_before_numbers_that_are_no_id_stay(redactor, text):
    assert redactor.find(text) == []


@pytest.mark.parametrize("answer", ["Yes, it's W, four, R, T, Z.", "Okay, three, M, M, Q, D.",
                                    "Uh, it's Romeo, Oscar, seven seven one."])
def test_booking_code_said_piece_by_piece_is_redacted_whole(redactor, answer):
    out = texts(redactor, ("agent", "What's the reservation number, please?"), ("customer", answer),
                ("agent", "Got it, and is the stay still for two nights?"))
    left = out[1].replace("[ACCOUNT]", "")
    assert not any(w in left for w in ("W,", "four", "three", "Romeo", "Oscar", "seven", " M", " Q", " Z")), out
    assert out[2] == "Got it, and is the stay still for two nights?"


def test_a_short_spelled_prefix_in_an_id_answer_is_redacted(redactor):
    out = texts(redactor, ("agent", "Can I get the member ID from your card?"),
                ("customer", "It starts with Q X, then the numbers, two two nine oh one."))
    assert "Q X" not in out[1] and "two two" not in out[1], out


def test_the_agents_read_back_of_a_mixed_code_is_redacted_whole(redactor):
    out = texts(redactor, ("agent", "What's the booking reference?"), ("customer", "It's nine, F, F, R, C."),
                ("agent", "Reading it back: 9 F F R C."))
    assert "9" not in out[2] and "F F" not in out[2] and "nine" not in out[1], out


def test_single_letters_a_and_i_in_an_answer_are_not_an_id(redactor):
    out = texts(redactor, ("agent", "What's the account number?"), ("customer", "I, I don't have it with me."))
    assert out[1] == "I, I don't have it with me."
