"""PII rules for numbers added after held-out set 16 (issue 15), each with sentences of our own (not the set's): a
number asked for "in case someone needs to reach you" is a phone number, and its groups echoed one by one are
redacted; an id printed on a member or insurance card ("the Medicare number on your card") is asked as an id, not
as the card's number; one capital letter opening an id after where it is written ("my employee ID on the form,
it's E ...") is part of it; a lock's combination said as small numbers ("five, fifteen, thirteen") is a code; nine
digits answering a question for a bank's routing number (and passing the routing checksum) are the bank's, no
caller's data, while the account number after it is redacted; energy and exercise counts ("six hundred calories")
are no ids; a question about the asker's own card ("why was my credit card declined?") asks for no card number."""

from __future__ import annotations

import pytest
from pii_turns import texts

from voc.analyze.pii import _number_hits
from voc.analyze.pii_codes import combination_hits
from voc.analyze.pii_dialogue import question_types


@pytest.mark.parametrize("asked", [
    "Could I grab a number in case the technician needs to reach you tomorrow?",
    "What's a number so the driver can call you when he's outside?",
    "Is there a number for when the pharmacist has to get hold of you?",
    "Is there a number we can use if the courier can't find the gate?",
    "And a number for the plumber, in case he runs late?",
    "Could you leave a number where the adjuster can get back to you?",
    "What's the easiest way to get back to you if the call drops?",
])
def test_a_number_to_reach_you_later_asks_for_a_phone(asked):
    assert question_types(asked) == ["phone"]


def test_a_phone_number_echoed_group_by_group_is_redacted(redactor):
    out = texts(redactor, ("agent", "Can I take a number in case the installer needs to reach you?"),
                ("customer", "Sure, it's 412."), ("agent", "412?"), ("customer", "and two two six..."),
                ("agent", "226, okay."), ("customer", "then nine oh three one."), ("agent", "9031, got it."))
    for said in out[1:]:
        assert not any(c.isdigit() for c in said) and "two two six" not in said and "nine oh" not in said, out
    assert "[PHONE]" in out[1] and "[PHONE]" in out[6], out


def test_a_number_not_for_reaching_anyone_is_no_phone_question():
    assert "phone" not in question_types("Could you tell me the number of spots left in case I bring a friend?")
    assert question_types("Do you know the number of classes in case we need to add more?") == []
    assert question_types("Is there a number of days I should wait in case it's late?") == []
    assert question_types("Can you give me the order number in case I need to look it up?") == ["account"]


@pytest.mark.parametrize("asked", [
    "For the benefit check I'll need the Medicare number on your card.",
    "Can you read me the member ID off the insurance card?",
    "What's the subscriber number on the front of your card?",
])
def test_an_id_printed_on_a_card_is_asked_as_an_id(asked):
    assert question_types(asked) == ["account"]


def test_the_card_number_itself_is_still_a_card_question():
    assert question_types("Can I get the number on your card?") == ["card"]
    assert question_types("What's the member number on your credit card?") == ["card"]


def test_letter_and_digit_groups_of_an_id_on_a_card_are_redacted(redactor):
    out = texts(redactor, ("agent", "I'll need the Medicaid number on your card, please."),
                ("customer", "Hang on... it's four K T two, W nine three, P R six one."))
    assert "K T" not in out[1] and "P R" not in out[1] and "[ACCOUNT]" in out[1], out


@pytest.mark.parametrize("said, hidden, kept", [
    ("The plan wants my badge number on the claim, it's R 775301.", "R 775301", "claim"),
    ("My student ID on the letter is K four four one eight two nine.", "K four four one eight two nine", "letter"),
])
def test_one_letter_after_where_the_id_is_written_is_part_of_it(redactor, said, hidden, kept):
    out = texts(redactor, ("customer", said))[0]
    assert hidden not in out and "[ACCOUNT]" in out and kept in out, out
    assert not any(w in ("R", "K") for w in out.replace(".", " ").split()), out


def test_a_lone_a_or_i_before_the_digits_stays_out():
    said = "The policy number on the card, it's I 4411829."
    assert [said[h.start:h.end] for h in _number_hits(said)] == ["4411829"]


@pytest.mark.parametrize("said, code", [
    ("The combination for my bike lock is twenty two, six, thirty one, I think.", "twenty two, six, thirty one"),
    ("My padlock combo's 8-24-17 but it sticks.", "8-24-17"),
    ("The locker combination, I have it as right 12, left 40, right 3.", "right 12, left 40, right 3"),
    ("Our safe combination is set to 4 19 33.", "4 19 33"),
])
def test_a_locks_combination_is_a_code(said, code):
    assert [said[s:e] for s, e in combination_hits(said)] == [code]


@pytest.mark.parametrize("said", [
    "The lunch combo for my son is two tacos and a soda.",
    "The locker combination is printed on the sticker.",
    "A combination of 3 classes and 2 swims a week works for me.",
    "The combo meal is 12, 99 with a drink.",
])
def test_other_combinations_stay(said):
    assert combination_hits(said) == []


def test_a_combination_is_redacted_in_a_call(redactor):
    out = texts(redactor, ("customer", "My gym locker combination is ten, thirty four, two and it won't open."))
    assert out == ["My gym locker combination is [ACCOUNT] and it won't open."], out


def test_a_routing_number_asked_for_is_the_banks_and_the_account_after_it_is_redacted(redactor):
    out = texts(redactor, ("agent", "Okay, what's the routing number?"),
                ("customer", "Sure, it's 267084131."),
                ("agent", "Thanks. And your checking account number?"),
                ("customer", "It's 5590 2143 77."))
    assert out[1] == "Sure, it's 267084131.", out  # passes the routing checksum: a bank's public number
    assert out[3] == "It's [ACCOUNT].", out


def test_a_routing_answer_that_is_no_routing_number_is_still_redacted(redactor):
    # fails the routing checksum: not shown to be a bank's, so redacted as asked
    out = texts(redactor, ("agent", "What's the routing number?"), ("customer", "One two three, four five six, seven eight nine."))
    assert "four five six" not in out[1], out
    # a routing question that also asks for the account: nothing is given away
    out = texts(redactor, ("agent", "I'll need the routing and account numbers."), ("customer", "It's 267084131."))
    assert "267084131" not in out[1], out


@pytest.mark.parametrize("said", [
    "The app says I burned eight hundred calories on the bike.",
    "I swim forty laps and do twelve hundred reps a week.",
])
def test_energy_and_exercise_counts_are_no_ids(redactor, said):
    out = texts(redactor, ("agent", "And the account number?"), ("customer", said))
    assert out[1] == said, out


@pytest.mark.parametrize("asked", [
    "Why was my credit card declined at the pump?",
    "How long is my debit card good for",
])
def test_a_question_about_the_askers_own_card_asks_for_no_number(asked):
    assert "card" not in question_types(asked)


def test_a_price_after_a_question_about_ones_own_card_stays(redactor):
    out = texts(redactor, ("customer", "Why did my credit card get charged twice"),
                ("agent", "The annual plan is eighty nine ninety nine, billed once."))
    assert out[1] == "The annual plan is eighty nine ninety nine, billed once.", out


def test_asking_for_ones_own_card_number_still_asks_for_it():
    assert question_types("What is my card number on file?") == ["card"]
    assert question_types("Which digits does my debit card end in?") == ["card"]


def test_a_request_said_when_you_are_ready_asks(redactor):
    # a noun-phrase request with "when you're ready" opens the window, also after the caller asked about their card
    assert question_types("Okay, the long number on the front whenever you're ready.") == ["card"]
    out = texts(redactor, ("customer", "Has my replacement card shipped yet?"),
                ("agent", "Right, the sixteen digit card number when you're ready."),
                ("customer", "Forty one twelve, sixty six oh two... hang on, the light's bad in here."),
                ("agent", "No rush."), ("customer", "Okay, then 7310, and the last is eighty eight fifteen."))
    assert "[CARD]" in out[2] and "sixty six" not in out[2], out
    assert out[4] == "Okay, then [CARD], and the last is [CARD].", out
