"""PII rules for numbers and the business's own addresses added after held-out set 17 (issue 15), each with
sentences of our own (not the set's): a person's last four asked with the person named ("and your wife's last
four?", "his last four?") asks for the end of a social, and "Hers is ..." / "His are ..." answers it; a line the
business gives as its own and the caller reads back ("Okay, <the same digits>, got it") stays the business's, while
the caller's own number in the same turn is redacted; a toll-free line said with opening hours or a phone menu
option is the business's; where payments to the business are mailed ("payments by check go to P O Box ...", "our
remittance center, ...") is the business's address, not the caller's."""

from __future__ import annotations

import pytest
from pii_turns import texts

from voc.analyze.pii import business_site, public_number
from voc.analyze.pii_dialogue import question_types


@pytest.mark.parametrize("asked", [
    "Thanks. And your husband's last four?",
    "Now the co-signer's last four, please?",
    "Can I get her last four too?",
    "What are the account holder's last 4?",
])
def test_a_persons_last_four_asks_for_a_social(asked):
    assert question_types(asked) == ["ssn"]


def test_a_cards_last_four_is_still_a_card_and_a_bare_last_four_asks_nothing_new():
    assert question_types("And her last four of the card?") == ["card"]
    assert "ssn" not in question_types("And the last four?")


@pytest.mark.parametrize("answer", ["His are four oh one nine.", "Hers is 7720, she's out today.",
                                    "Theirs would be two two five eight."])
def test_the_other_persons_last_four_is_redacted(redactor, answer):
    out = texts(redactor, ("agent", "And your partner's last four?"), ("customer", answer))
    assert "[SSN]" in out[1] and not any(c.isdigit() for c in out[1]), out
    assert "four oh one nine" not in out[1] and "two two five eight" not in out[1], out


def test_the_business_line_read_back_is_kept_and_the_callers_own_is_redacted(redactor):
    out = texts(redactor, ("agent", ("In case we get cut off, our member services number is 1-866-555-0142. "
                                     "What's a good number for you?")),
                ("customer", "Sure, 1-866-555-0142, got it. Mine is four one two, five five five, oh one eight eight."))
    assert "1-866-555-0142" in out[0] and "1-866-555-0142" in out[1], out
    assert "[PHONE]" in out[1] and "oh one eight eight" not in out[1], out


def test_a_callers_number_said_again_by_the_agent_stays_redacted(redactor):
    out = texts(redactor, ("agent", "What's the best callback number?"), ("customer", "It's 4125550188."),
                ("agent", "4125550188, thanks."))
    assert "4125550188" not in out[1] and "4125550188" not in out[2], out


@pytest.mark.parametrize("said", [
    "The claims team is open until six, at 1-888-555-0173.",
    "For billing you can try 1-877-555-0129, option four.",
    "Dial 1-866-555-0110, then press 3 for escrow.",
])
def test_a_toll_free_line_with_hours_or_a_menu_is_the_business(said):
    start = said.index("1-8")
    end = start + len("1-888-555-0173")
    assert public_number(said, start, end)


def test_a_personal_toll_free_number_is_still_redacted(redactor):
    out = texts(redactor, ("customer", "My cell is 1-888-555-0199, press nothing."))[0]
    assert "0199" not in out and "[PHONE]" in out, out


@pytest.mark.parametrize("said", [
    "Please send your monthly payments to our remittance center, PO Box 5521, Tulsa, Oklahoma 74101.",
    "Payments by check should be mailed to P O Box four four one two, Dayton, Ohio, four five four oh one.",
    "Mail the payment coupon to P.O. Box 310, Reno, NV 89501.",
])
def test_where_payments_to_the_business_go_is_its_address(redactor, said):
    out = texts(redactor, ("agent", said))[0]
    assert out == said, out
    assert business_site(said, said.index(" Box") - 4)


@pytest.mark.parametrize("said, hidden", [
    ("Can my payments go to my new address, 14 Elm Street, Dayton, Ohio 45401?", "14 Elm Street"),
    ("We'll mail the check to 14 Elm Street, Dayton, Ohio 45401.", "14 Elm Street"),
])
def test_a_callers_address_for_payments_or_a_refund_is_redacted(redactor, said, hidden):
    out = texts(redactor, ("agent", said))[0]
    assert hidden not in out and "[ADDRESS]" in out, out


@pytest.mark.parametrize("said", [
    "All done. Your confirmation number for today's payment is K X nine one four four two oh.",
    "The confirmation code for this transfer will be 55190274.",
])
def test_a_confirmation_number_the_business_issues_for_this_call_is_no_callers_id(redactor, said):
    assert texts(redactor, ("agent", said))[0] == said


def test_a_confirmation_number_the_caller_gives_stays_an_id(redactor):
    out = texts(redactor, ("agent", "Do you have the confirmation number for the booking?"),
                ("customer", "Yes, it's C N four four one eight two seven."),
                ("agent", "Your confirmation number for this payment is C N four four one eight two seven?"))
    assert "four four one eight" not in out[1] and "four four one eight" not in out[2], out
    out = texts(redactor, ("customer", "My confirmation number for the order is 88123401."))[0]
    assert "88123401" not in out, out
