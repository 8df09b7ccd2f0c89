"""PII rules for numbers added after held-out set 12 (issue 15), each with sentences of our own (not the set's): the
one asked questions the request before answering ("why do you need that?"); "the number of the card you paid
with"; ids asked for in the plural ("both order numbers"); an id's letters glued to its first digit word; a date of
birth read back as a statement; balances, amounts left and incomes are no ids; a product's code (SKU, item number)
is no PII; "my password" or "a password reset" told as a problem asks for nothing."""

from __future__ import annotations

from pii_turns import texts

from voc.analyze.pii_dialogue import question_types


def test_the_answer_still_comes_after_the_caller_questions_the_request(redactor):
    out = texts(redactor, ("agent", "Before I can do that, may I have the last four of your social?"),
                ("customer", "Why would you need that just to move my delivery address?"),
                ("agent", "It's only the last four, it confirms the store account is yours."),
                ("customer", "Alright. six one oh nine."))
    assert "six one oh nine" not in out[3], out
    out = texts(redactor, ("agent", "What's the best phone number for you?"),
                ("customer", "Hm, is that really necessary?"),
                ("agent", "We text you when the courier is close."),
                ("customer", "Okay, two one four, five five five, oh one nine eight."))
    assert "oh one nine eight" not in out[3], out


def test_the_number_of_the_card_a_purchase_was_paid_with():
    assert question_types("What's the number of the card you used? The refund goes back to it.") == ["card"]
    assert question_types("Can you read me the card it was charged to?") == ["card"]
    assert question_types("The card arrives in ten days.") == []


def test_ids_asked_for_in_the_plural(redactor):
    assert question_types("Could you give me both ticket numbers?") == ["account"]
    out = texts(redactor, ("agent", "Can I get the two order numbers?"),
                ("customer", "Sure, it's Q R dash five five one two eighty one twenty."))
    assert "Q R" not in out[1] and "five five" not in out[1], out


def test_an_ids_letters_glued_to_its_first_digit_word(redactor):
    out = texts(redactor, ("agent", "And the confirmation number?"),
                ("customer", "Hmm, it's ZKfour one one eight six two nine."))
    assert "ZKfour" not in out[1] and "six two nine" not in out[1], out


def test_a_date_of_birth_read_back_as_a_statement(redactor):
    out = texts(redactor, ("agent", "Can you confirm your date of birth?"),
                ("customer", "Sure, it's July ninth, nineteen seventy four."),
                ("agent", "Great, 7/9/1974, you're verified."))
    assert "7/9/1974" not in out[2], out
    out = texts(redactor, ("agent", "Can you confirm your date of birth?"),
                ("customer", "Sure, it's July ninth, nineteen seventy four."),
                ("agent", "Great. The package arrives June second."))
    assert out[2] == "Great. The package arrives June second.", out
    out = texts(redactor, ("agent", "Can you confirm your date of birth?"),
                ("customer", "Sure, it's July ninth, nineteen seventy four."),
                ("agent", "Thanks. The warranty started on 2/11/2015."))
    assert "2/11/2015" in out[2], out  # another date with another year is no read-back


def test_balances_amounts_left_and_incomes_are_no_ids(redactor):
    out = texts(redactor, ("agent", "What's the gift card number and the code under the scratch strip?"),
                ("customer", "6011 4432 9870 1123, and the code is 4471."),
                ("agent", "Okay, you have twenty one forty remaining on it."))
    assert "6011" not in out[1] and out[2] == "Okay, you have twenty one forty remaining on it.", out
    out = texts(redactor, ("agent", "For the credit line I'll need your social."),
                ("customer", "It's 512 44 7301."),
                ("agent", "Thank you, ending in seven three oh one. And your yearly income, roughly?"),
                ("customer", "Around eighty four thousand."))
    assert "7301" not in out[1] and out[3] == "Around eighty four thousand.", out
    out = texts(redactor, ("agent", "Which account number is on the statement?"),
                ("customer", "It's 8812 0045 31."),
                ("agent", "Thanks, ending in oh oh four five three one. The current balance is five sixty two ten."))
    assert "8812" not in out[1] and "five sixty two ten" in out[2], out


def test_a_products_code_is_no_pii(redactor):
    out = texts(redactor, ("customer", "I want the blue one, SKU 20774619, in a medium."),
                ("customer", "The item number is 5520931 on the receipt."))
    assert "20774619" in out[0] and "5520931" in out[1], out
    out = texts(redactor, ("customer", "My order number is 5520931."))
    assert "5520931" not in out[0], out


def test_a_password_problem_told_asks_for_nothing():
    assert question_types("I need to reset my password, can you help?") == []
    assert question_types("Can you send me a password reset link?") == []
    assert question_types("What's the passcode on the account?") == ["account"]


def test_a_written_date_after_an_account_or_card_cue_is_no_id(redactor):
    out = texts(redactor, ("agent", "I see the store account was opened 6/21/2019 and the card was sent 7/2/19."),
                ("customer", "My account number is 55120931."))
    assert "6/21/2019" in out[0] and "7/2/19" in out[0] and "55120931" not in out[1], out


def test_the_answer_after_the_caller_asks_for_a_moment(redactor):
    out = texts(redactor, ("agent", "And the last four of your social?"),
                ("customer", "Give me a second, I have to look it up."),
                ("agent", "Of course."),
                ("customer", "Okay."),
                ("customer", "two nine oh six."))
    assert "two nine oh six" not in out[4], out
    out = texts(redactor, ("agent", "And the last four of your social?"),
                ("customer", "Give me a second, I have to look it up."),
                ("agent", "Of course."),
                ("customer", "Okay, sorry, the dog got out."),
                ("agent", "No worries at all."),
                ("customer", "So anyway the old one was forty two ninety at the store."))
    assert out[5] == "So anyway the old one was forty two ninety at the store.", out  # the wait is bounded


def test_an_id_written_in_spaced_groups_is_one_account(redactor):
    out = texts(redactor, ("customer", "The tracking page says 1Z 4F8 W22 03 1187 5520, still in transit."),
                ("customer", "It's the 65 inch one, model QN 65 Q80C, in black."))
    assert "1Z" not in out[0] and "5520" not in out[0] and "[ACCOUNT]" in out[0], out
    assert "QN 65 Q80C" in out[1], out


def test_the_digits_on_the_front_ask_for_a_card():
    assert question_types("Can you read me the sixteen digits on the front?") == ["card"]
    assert question_types("The new card has sixteen digits, like the old one.") == []


def test_a_total_said_in_an_id_window_is_no_id(redactor):
    out = texts(redactor, ("agent", "Which card did you use for the order?"),
                ("customer", "The Mastercard, it was two sixty five total."))
    assert out[1] == "The Mastercard, it was two sixty five total.", out
    out = texts(redactor, ("agent", "And the order number?"),
                ("customer", "Sorry, I don't have it, it came to seventy four ninety nine."))
    assert out[1] == "Sorry, I don't have it, it came to seventy four ninety nine.", out
    out = texts(redactor, ("agent", "And the order number?"), ("customer", "It was thirty one sixty two ninety."))
    assert "thirty one" not in out[1], out


def test_a_new_sentences_oh_is_no_zero():
    from voc.analyze.numbers import digit_runs

    assert [r.digits for r in digit_runs("It's 5501 3378 21. Oh, and it was a gift.")] == ["5501337821"]
    assert [r.digits for r in digit_runs("Seven seven two. Oh four one.")] == ["772041"]  # a number follows
    assert [r.digits for r in digit_runs("seven seven two oh.")] == ["7720"]
