"""PII rules for numbers added after held-out set 13 (issue 15), each with sentences of our own (not the set's): "the
best cell" asks for a phone; "go on" that is no invitation ("does that go on my bill?") keeps no window open; an
amount named first ("the fee, ..."), a charge seen "on the card", a price "plus" another and a round thousand are no
ids; the letters of an abbreviation ("the E I N") are no id; an employer ID (2-7 digits) is an account, not a social;
an id a speaker starts and breaks off is continued over their next bare-number turns while the other side only says
"go ahead" (a real call's shape, with either side labelled agent)."""

from __future__ import annotations

import pytest
from pii_turns import conversation, texts

from voc.analyze.pii_dialogue import _GO_ON, question_types


def test_the_best_cell_asks_for_a_phone(redactor):
    assert question_types("What's the best cell to text the pickup code to?") == ["phone"]
    assert question_types("Do you have a good mobile we can reach you on?") == ["phone"]
    assert question_types("Is the best cell plan the unlimited one?") == []
    out = texts(redactor, ("agent", "And your best cell for the delivery updates?"),
                ("customer", "Sure, it's six one two..."),
                ("agent", "612, okay."),
                ("customer", "four forty one"),
                ("agent", "Mm-hmm."),
                ("customer", "3090."))
    assert "six one two" not in out[1] and "612" not in out[2] and "four forty one" not in out[3], out
    assert "3090" not in out[5], out


def test_go_on_with_a_place_is_no_invitation():
    assert not _GO_ON.search("Will the late fee go on my next bill?")
    assert not _GO_ON.search("Sure, I'll go ahead and close that ticket.")
    assert _GO_ON.search("Okay, go on.") and _GO_ON.search("Please go on and read the rest")
    assert _GO_ON.search("Uh-huh, go ahead")


def test_no_window_kept_open_by_go_on_with_a_place(redactor):
    out = texts(redactor, ("agent", "If it's a card, go ahead with the number."),
                ("customer", "It's 4000 0566 5566 5556."),
                ("agent", "Got it."),
                ("customer", "I was also wondering about the warranty options you have"),
                ("agent", "I see three forty one from last week here, does that go on the same statement?"))
    assert "three forty one" in out[4], out


def test_amounts_in_a_card_or_account_conversation_are_no_ids(redactor):
    out = texts(redactor, ("customer", "Why is there a charge on my credit card ending six six one zero?"),
                ("agent", "I can see three forty five on the card ending in six six one zero, from the upgrade."))
    assert "three forty five" in out[1] and "six six one zero" not in out[1], out
    out = texts(redactor, ("customer", "Why was I charged on my card ending two two nine one?"),
                ("agent", "That's the annual fee, one twenty nine, on the card ending two two nine one."))
    assert "one twenty nine" in out[1] and "two two nine one" not in out[1], out
    out = texts(redactor, ("agent", "I see the status code, let me find out what it says."),
                ("agent", "The premium package is two forty nine, plus thirty for each extra room."))
    assert "two forty nine" in out[1], out
    out = texts(redactor, ("customer", "What's the wire routing number for your bank?"),
                ("customer", "I moved nine thousand into a savings account in March, is that taxed?"))
    assert "nine thousand" in out[1], out


def test_an_abbreviation_spelled_out_is_no_id(redactor):
    out = texts(redactor, ("agent", "What's the tax ID number for the shop?"),
                ("customer", "You mean the E I N? Hold on."),
                ("customer", "It's forty one dash 5583920."))
    assert "E I N" in out[1] and "5583920" not in out[2], out
    out = texts(redactor, ("agent", "Can I get your booking code?"),
                ("customer", "Sure, it's K R, 4471."))
    assert "K R" not in out[1] and "4471" not in out[1], out


def test_an_employer_id_is_an_account_not_a_social(redactor):
    result = redactor.redact(conversation(
        ("customer", "Our employer number is 83-4410927 on the payroll forms.")))
    assert [s.pii_type for s in result.spans] == ["account"]
    result = redactor.redact(conversation(
        ("customer", "My social is 512-40-9981.")))
    assert [s.pii_type for s in result.spans] == ["ssn"]


@pytest.mark.parametrize("giver,other", [("customer", "agent"), ("agent", "customer")])
def test_an_id_continued_over_turns_while_the_other_side_says_go_ahead(redactor, giver, other):
    out = texts(redactor, (other, "Great, and could you please tell me why?"),
                (giver, "Okay, my member ID is 5521,"),
                (other, "yes, go ahead"),
                (giver, "8034,"),
                (other, "Alright, keep going"),
                (giver, "and 6617."),
                (giver, "the last"),
                (other, "I've got that, go ahead"),
                (giver, "two, 406."),
                (other, "Thank you, I have your member ID and the visit is booked."))
    for i, group in ((1, "5521"), (3, "8034"), (5, "6617"), (8, "406")):
        assert group not in out[i], out
    assert "two, 406" not in out[8] and "the visit is booked" in out[9], out


def test_a_finished_number_is_not_continued_into_other_talk(redactor):
    out = texts(redactor, ("customer", "My order number is 55210834,"),
                ("agent", "Thanks, one moment while I look at the delivery schedule for your area."),
                ("customer", "2019."))
    assert out[2] == "2019.", out
    out = texts(redactor, ("customer", "My order number is 55210834,"),
                ("agent", "Okay, go ahead."),
                ("customer", "I also paid 250 for the install."))
    assert "250" in out[2], out


@pytest.mark.parametrize("q,kind", [("Where can we reach you if the courier is late?", "phone"),
                                    ("What's a good callback in case the line drops?", "phone"),
                                    ("What's the easiest way to get hold of you tomorrow?", "phone"),
                                    ("Could you read me the VIN off the windshield?", "account"),
                                    ("And your driver's license number?", "account"),
                                    ("Can I get the serial off the back of the unit?", "account")])
def test_more_ways_to_ask_for_a_phone_or_an_id(q, kind):
    assert question_types(q) == [kind]


@pytest.mark.parametrize("q", ["I see the reason code on the decline, let me check what it means.",
                               "Could I get a callback from a supervisor?", "What's the best callback time for you?",
                               "Which tax code applies to my state?"])
def test_codes_that_explain_and_callbacks_asked_for_ask_for_nothing(q):
    assert question_types(q) == []


def test_a_count_asked_closes_the_id_window(redactor):
    out = texts(redactor, ("agent", "What's your booking reference?"),
                ("customer", "It's K7 M4 Q2."),
                ("agent", "And how many guests are coming?"),
                ("customer", "Four adults, we land on flight 2207 around noon."))
    assert "K7 M4 Q2" not in out[1] and "2207" in out[3], out


def test_a_day_of_the_month_and_a_price_with_cents_are_no_ids(redactor):
    out = texts(redactor, ("agent", "What's the order number?"),
                ("customer", "It's 66 09 31 25."),
                ("agent", "66093125, thanks. It left the warehouse on the 21st and the return label is 7.95."))
    assert "66 09 31 25" not in out[1] and "66093125" not in out[2], out
    assert "21st" in out[2] and "7.95" in out[2], out


def test_an_amount_said_before_charged_or_after_like_is_no_id(redactor):
    out = texts(redactor, ("agent", "Which card did you use for it?"),
                ("customer", "My Mastercard. It was eighty nine fifty, charged two times."))
    assert "eighty nine fifty" in out[1], out
    out = texts(redactor, ("agent", "Which card was it?"),
                ("customer", "The one ending thirty one twelve, charged twice on Monday."))
    assert "thirty one twelve" not in out[1], out
    out = texts(redactor, ("agent", "What's the account number?"),
                ("customer", "It's 70415528. The balance is like twelve hundred right now."))
    assert "70415528" not in out[1] and "twelve hundred" in out[1], out


def test_a_short_group_said_again_must_be_one_of_the_numbers_groups(redactor):
    out = texts(redactor, ("customer", "The reservation number is 77 31 50 2."),
                ("agent", "Thanks, and you asked for room 315 again?"))
    assert "315" in out[1], out
    out = texts(redactor, ("agent", "What's the best number for you?"),
                ("customer", "Sure, it's 303 555 0172."),
                ("agent", "So 555, and then 0172?"))
    assert "555" not in out[2] and "0172" not in out[2], out


def test_the_asker_moving_on_to_another_question_closes_the_window(redactor):
    out = texts(redactor, ("agent", "What's your member number?"),
                ("customer", "I think it's 30 61 77 42 8."),
                ("agent", "Okay, and in the past 12 months have you filed any claims?"),
                ("customer", "Just one, about a year ago, for 1800."))
    assert "30 61 77 42 8" not in out[1] and "1800" in out[3], out
    out = texts(redactor, ("agent", "What's your member number?"),
                ("customer", "It's 30 61 77,"),
                ("agent", "Sorry, could you say that again more slowly?"),
                ("customer", "30 61 77 42 8."))
    assert "42 8" not in out[3], out


def test_numbers_that_name_a_thing_or_a_time_are_no_ids(redactor):
    out = texts(redactor, ("agent", "Can I get your confirmation number?"),
                ("customer", "Sure, it's R as in robert, 8 8 1, T."),
                ("agent", "R 8 8 1 T, thanks. You're in seat 22F on the seven fifteen flight, the app is on version 4.2."))
    assert "R 8 8 1 T" not in out[2], out
    assert "22F" in out[2] and "seven fifteen" in out[2] and "4.2" in out[2], out
