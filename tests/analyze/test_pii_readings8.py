"""PII rules added after held-out set 8 (issue 15): a number's last digits after "ending in" / "the last four are",
an area code or an extension said alone, ids opened by letters said "R as in Robert", a date of birth said in the
same sentence as "born on", "the cell/mobile" and "what card" questions; and spoken model years and amounts
("the twenty twenty one Outback", "nineteen hundred") that are no ids. Phrased differently from the set's lines;
each with a brand, product or everyday number that must survive."""

from __future__ import annotations

import pytest
from pii_turns import texts


def test_mobile_ending_in_is_redacted_but_a_promotion_ending_in_a_year_is_not(redactor):
    out = texts(redactor, ("customer", "The Spotify promotion ends in 2027 anyway."),
                ("agent", "I see a mobile ending in eight two double five, is that right?"))
    assert "eight two double five" not in out[1] and "[PHONE]" in out[1], out
    assert out[0] == "The Spotify promotion ends in 2027 anyway.", out


def test_the_last_four_are_is_redacted(redactor):
    out = texts(redactor, ("customer", "The first bit you have, and the last four would be six six oh two."),
                ("customer", "It's for my Galaxy S23 that is four years old."))
    assert "six six oh two" not in out[0], out
    assert out[1] == "It's for my Galaxy S23 that is four years old.", out


def test_area_code_alone_and_its_read_back(redactor):
    out = texts(redactor, ("customer", "The area code's six one seven, hold on."),
                ("agent", "Got it, six one seven, go on."),
                ("customer", "I also have 617 reasons to switch to Verizon."))
    assert "six one seven" not in out[0] and "six one seven" not in out[1], out
    assert "Verizon" in out[2], out


def test_extension_after_a_phone_but_not_a_menu_choice(redactor):
    out = texts(redactor, ("customer", "Reach me at 415-555-0199, extension 2231."),
                ("customer", "Dial 9 and press 2 for billing at Comcast."))
    assert "2231" not in out[0] and "0199" not in out[0], out
    assert out[1] == "Dial 9 and press 2 for billing at Comcast.", out


@pytest.mark.parametrize("said", ["R as in Robert, T as in Tom, four four one nine two seven",
                                  "Q as in queen, 5 5 1 8 2 0 3"])
def test_id_opened_by_letters_said_as_in(redactor, said):
    out = texts(redactor, ("customer", f"Okay it's {said}."), ("customer", "It's on my Model 3 from Tesla."))
    assert "as in" not in out[0] and "Robert" not in out[0] and "queen" not in out[0], out
    assert out[1] == "It's on my Model 3 from Tesla.", out


def test_spoken_model_year_and_hundreds_amount_are_no_ids(redactor):
    line = "My credit card paid for the twenty twenty one Outback, and the tires were nineteen hundred."
    assert texts(redactor, ("customer", line)) == [line]


def test_born_on_date_in_the_same_sentence_but_not_a_birthday_party(redactor):
    out = texts(redactor, ("customer", "I was born on March third, nineteen eighty, if that helps."),
                ("customer", "My son's birthday party is at Chuck E. Cheese on Saturday."))
    assert "March" not in out[0] and "[DOB]" in out[0], out
    assert out[1] == "My son's birthday party is at Chuck E. Cheese on Saturday.", out


def test_keep_the_mobile_question_opens_a_phone_window_but_cell_service_does_not(redactor):
    out = texts(redactor, ("agent", "Should we keep the mobile on file or use a different one?"),
                ("customer", "Use two oh six, then it's nine nine one."))
    assert "two oh six" not in out[1] and "nine nine one" not in out[1], out
    out = texts(redactor, ("agent", "Do you get cell service at home?"),
                ("customer", "Yes, with T-Mobile, about 300 yards from the tower."))
    assert out[1] == "Yes, with T-Mobile, about 300 yards from the tower.", out


def test_what_card_question_opens_a_card_window(redactor):
    out = texts(redactor, ("agent", "What card would you like to use for the deposit?"),
                ("customer", "The Visa, um, forty one eleven, two two three three..."),
                ("agent", "Mm-hmm."),
                ("customer", "four four five five, then six six seven seven."))
    assert "Visa" in out[1] and "forty one eleven" not in out[1], out
    assert "four four five five" not in out[3] and "six six seven seven" not in out[3], out


def test_a_birth_date_with_digits_is_typed_dob_not_account(redactor):
    hits = redactor.find("Please file the claim, he was born on Sep. 20, 1962 and used a Visa.")
    assert [h.pii_type for h in hits] == ["dob"], hits
