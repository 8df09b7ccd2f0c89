"""PII number rules added after held-out set 10 (issue 15): "one" as a pronoun before a number ("the old one. 5 2 ..."),
an id's tail after a bare "ending" or with plural nouns ("two cards, one ending in ..."), "which account / which one"
questions, a correction of a read-back in two-digit pieces, a short last piece said alone, a date of birth read back
and said as a fixed holiday; and what is no caller's PII: a card's expiry, years, amounts, clock times, the business's
toll-free line and a bank's routing number. Phrased differently from the set's lines; each with a brand, product or
everyday number that must survive."""

from __future__ import annotations

from pii_turns import texts

from voc.analyze.numbers import digit_runs
from voc.analyze.pii import aba_ok, public_number
from voc.analyze.pii_dialogue import question_types


def test_one_after_a_determiner_is_a_pronoun_not_a_digit():
    assert [r.digits for r in digit_runs("I'll use the other one. Five two six one, and so on")] == ["5261"]
    assert [r.digits for r in digit_runs("that's one one two, right")] == ["112"]


def test_a_card_number_after_the_pronoun_one_is_one_span(redactor):
    out = texts(redactor, ("agent", "Which card do you want to activate? Go ahead with the number."),
                ("customer", ("The gold one. five five two two and four one oh oh and one two three four and "
                              "five six seven eight.")))
    assert out[1] == "The gold one. [CARD].", out


def test_an_id_tail_after_bare_ending_and_after_plural_cards(redactor):
    out = texts(redactor, ("customer", "The Smart Hub promo ends in 2027, right?"),
                ("agent", "You have two accounts with us. Which account should the Skyline refund go to?"),
                ("customer", "The savings, ending nine one four two."),
                ("agent", "I see three cards on file, one ending in 4471 and another ending in 9930."))
    assert "nine one four two" not in out[2], out
    assert "4471" not in out[3] and "9930" not in out[3] and out[3].count("[CARD]") == 2, out
    assert out[0] == "The Smart Hub promo ends in 2027, right?", out


def test_which_one_after_listing_cards_asks_for_one_but_a_chatty_reply_closes_it(redactor):
    assert question_types("I show two cards here. Which one?") == ["card"]
    out = texts(redactor, ("agent", "I show two cards here, the Fiber 500 one and the other. Which one?"),
                ("customer", "Mine. I lost it at the mall on Friday."),
                ("customer", "It says pending, seventy nine ninety."))
    assert "seventy nine ninety" in out[2], out


def test_a_correction_of_a_read_back_is_redacted_in_two_digit_pieces(redactor):
    out = texts(redactor, ("agent", "Could I get the last four of your social?"),
                ("customer", "Sure, it's four four one nine."),
                ("agent", "I have four four one nine?"),
                ("customer", "Sorry, the first two are seven one, not four four."),
                ("customer", "And I have 2 Smart Hubs at home."))
    assert "seven one" not in out[3] and "four four" not in out[3], out
    assert out[4] == "And I have 2 Smart Hubs at home.", out


def test_a_phone_corrected_after_its_read_back(redactor):
    out = texts(redactor, ("agent", "What's the best phone number for you?"),
                ("customer", "six one seven, two two two, nine four three eight."),
                ("agent", "Six one seven, two two two, nine four three eight?"),
                ("customer", "Close, it ends in eighty three, not thirty eight."))
    assert "eighty three" not in out[3] and "thirty eight" not in out[3], out


def test_a_short_last_piece_said_alone_after_go_ahead(redactor):
    out = texts(redactor, ("agent", "What's your member number?"),
                ("customer", "Okay, it's four four eight two seven..."),
                ("agent", "Go ahead, I'm ready."),
                ("customer", "six three."))
    assert "six three" not in out[3], out


def test_a_date_of_birth_read_back_and_said_as_a_holiday(redactor):
    out = texts(redactor, ("agent", "Can you give me your date of birth?"),
                ("customer", "Um, New Year's Day, nineteen eighty two."),
                ("agent", "So 1/1/82?"),
                ("customer", "Yes. The Unlimited Plus bill came on 3/4 though."))
    assert "New Year" not in out[1] and "eighty two" not in out[1], out
    assert "1/1/82" not in out[2], out
    assert "Unlimited Plus" in out[3], out


def test_an_expiry_answer_is_not_more_of_the_card(redactor):
    out = texts(redactor, ("agent", "What's the card number?"),
                ("customer", "4111 1111 1111 1111."),
                ("agent", "Great. And the expiry date?"),
                ("customer", "Oh nine, twenty eight."))
    assert "4111" not in out[1], out
    assert out[3] == "Oh nine, twenty eight.", out


def test_years_amounts_and_times_in_an_answer_window_stay(redactor):
    out = texts(redactor, ("agent", "Can you read me the card number on the new card?"),
                ("customer", "It came on October ninth, twenty twenty five, with a fee of six hundred and twenty."),
                ("customer", "I want the limit raised to four thousand."),
                ("customer", "I tried the ATM around ten forty this morning."))
    assert out[1] == ("It came on October ninth, twenty twenty five, with a fee of six hundred and twenty."), out
    assert out[2] == "I want the limit raised to four thousand.", out
    assert out[3] == "I tried the ATM around ten forty this morning.", out


def test_the_business_toll_free_line_and_routing_number_are_kept_but_a_callers_number_is_not(redactor):
    out = texts(redactor, ("agent", ("You can call the billing department at one eight seven seven, three two one, "
                                     "four four five five.")),
                ("agent", "For direct deposit, our routing number is 0 1 1 0 0 0 1 3 8."),
                ("customer", "Okay, and you can text me at 877 321 4455 too."))
    assert "four four five five" in out[0] and "0 1 1 0 0 0 1 3 8" in out[1], out
    assert "877 321 4455" not in out[2], out


def test_public_number_checks():
    assert aba_ok("011000138") and not aba_ok("011000139")
    text = "Our toll-free number is 1 800 555 0199."
    assert public_number(text, text.index("1 800"), len(text) - 1)
    text = "My cell is 1 800 555 0199."
    assert not public_number(text, text.index("1 800"), len(text) - 1)


def test_expiry_asked_with_the_security_code_is_not_the_card(redactor):
    out = texts(redactor, ("agent", "Can I get the card number?"),
                ("customer", "4111 1111 1111 1111."),
                ("agent", "And the expiration and the security code?"),
                ("customer", "Eleven, twenty seven."),
                ("customer", "The code is four one seven."))
    assert out[3] == "Eleven, twenty seven.", out
    assert "four one seven" not in out[4], out


def test_the_rest_of_an_amount_and_dollars_and_cents_are_no_ids(redactor):
    out = texts(redactor, ("agent", "What's the reference number on the transfer?"),
                ("customer", "I don't have it. It was for nine thousand two hundred."),
                ("customer", "My card got charged. The last one was for forty one twenty."))
    assert out[1] == "I don't have it. It was for nine thousand two hundred.", out
    assert out[2] == "My card got charged. The last one was for forty one twenty.", out


def test_a_single_digit_corrected_after_a_read_back(redactor):
    out = texts(redactor, ("agent", "What's a good phone number for you?"),
                ("customer", "It's 415 882 6031."),
                ("agent", "415 882 6031?"),
                ("customer", "No, the last digit is a seven, not a one."),
                ("customer", "I've had the Fiber 500 plan for 2 years."))
    assert "seven" not in out[3] and "not a one" not in out[3], out
    assert out[4] == "I've had the Fiber 500 plan for 2 years.", out


def test_an_amount_owed_a_time_after_a_day_and_a_year_after_since_stay_in_an_id_window(redactor):
    out = texts(redactor, ("agent", "What's the account number on the Skyline bill?"),
                ("customer", "Hang on, the bill says I owe two sixty, I paid it Monday at four forty five."),
                ("customer", "We've had the account since 2016, and it ends in 3 3 0 7."))
    assert out[1] == "Hang on, the bill says I owe two sixty, I paid it Monday at four forty five.", out
    assert "since 2016" in out[2] and "3 3 0 7" not in out[2], out


def test_the_year_of_a_birth_date_asked_on_its_own(redactor):
    out = texts(redactor, ("agent", "Can I get your date of birth?"),
                ("customer", "September ninth."),
                ("agent", "And what year?"),
                ("customer", "Eighty four."),
                ("customer", "I've had the Smart Hub for 3 years."))
    assert "Eighty four" not in out[3], out
    assert out[4] == "I've had the Smart Hub for 3 years.", out


def test_a_correction_right_after_a_number_read_back_without_a_question(redactor):
    out = texts(redactor, ("agent", "Let me repeat it: 3 1 2, 6 6 0, 9 1 8 4."),
                ("customer", "No, it's 9 1 4 8 at the end, and I've been with Skyline for 12 years."))
    assert "9 1 4 8" not in out[1] and "12 years" in out[1] and "Skyline" in out[1], out


def test_an_answer_cut_off_after_two_digits(redactor):
    out = texts(redactor, ("agent", "What's the account number?"),
                ("customer", "Sure, it's 7 3 —"),
                ("agent", "Sorry, you cut out there."),
                ("customer", "7 3 0 0 4 1 8 2."))
    assert "7 3" not in out[1], out


def test_a_date_of_birth_said_in_digits_is_typed_dob(redactor):
    out = texts(redactor, ("agent", "Can you confirm your date of birth?"),
                ("customer", "Yes, oh seven, twenty two, eighty nine."))
    assert out[1] == "Yes, [DOB].", out


def _stereo(*turns: tuple[str, str]) -> list[str]:
    """The utterances of a two-channel call (agent on channel 0, customer on 1)."""
    from pii_turns import conversation

    utts = conversation(*turns)
    for u in utts:
        u.channel = 0 if u.speaker == "agent" else 1
    return utts


def test_a_card_over_two_segments_joins_across_a_backchannel_but_not_across_a_question(redactor):
    turns = [("customer", "My Visa is 4111 1111"), ("agent", "Mm-hmm?"), ("customer", "1111 1111, and the Smart Hub.")]
    out = [u.text for u in redactor.redact(_stereo(*turns)).utterances]
    assert out[0] == "My Visa is [CARD]" and out[2].startswith("[CARD],") and "Smart Hub" in out[2], out
    turns[1] = ("agent", "Is that a debit card?")
    out = [u.text for u in redactor.redact(_stereo(*turns)).utterances]
    assert "[CARD]" not in out[0], out  # a new answer after the question: the halves are not one card
