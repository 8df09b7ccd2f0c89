"""PII after held-out 20 (numbers and codes): a username said as a word with a number after it answering a request
for the login; "plus" before an international number said without a phone cue; a security's identifier (CUSIP,
ISIN, fund number) is no social or account; a retirement plan named by its tax-code section ("401k"), a stock index
("the Russell 2000") and a trade's price ("shares at ...") are no ids; the house number opening a street address
said after an account question is the address's. Example sentences are our own."""

from __future__ import annotations

from pii_turns import texts

from voc.analyze.pii_dialogue import named_number, question_types


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_a_username_said_as_a_word_and_a_number(redactor):
    out = texts(redactor, ("agent", "And what's the user name on the app?"),
                ("customer", "Um, I believe it's tkwon eighty one, all lowercase."))
    assert out[1] == "Um, I believe it's [ACCOUNT], all lowercase."
    out = texts(redactor, ("agent", "What login do you use for the portal?"), ("customer", "It is rjd2004."))
    assert out[1] == "It is [ACCOUNT]."


def test_a_username_question_answered_with_everyday_words(redactor):
    out = texts(redactor, ("agent", "What's the username you sign in with?"),
                ("customer", "I honestly don't remember it, my son set it up."))
    assert out[1] == "I honestly don't remember it, my son set it up."
    out = texts(redactor, ("agent", "What's your user ID for the website?"),
                ("customer", "The clerk at the branch gave me something."))
    assert out[1] == "The clerk at the branch gave me something."


def test_resetting_the_login_asks_for_nothing():
    assert question_types("I'll reset the sign-in for you, a link is on its way.") == []
    assert question_types("Could you unlock your login for me?") == []
    assert question_types("And which login do you use on the tablet?") == ["account"]


def test_plus_before_an_international_number(redactor):
    text = "We moved to Germany, so that's old. It's plus four nine, one five one, 2233, four four."
    assert _found(redactor, text) == [("phone", "plus four nine, one five one, 2233, four four")]


def test_a_security_identifier_is_no_personal_number(redactor):
    for text in ("The CUSIP for that bond is three seven eight three three one one oh oh.",
                 "Its ISIN is US4592001014, if that helps.", "The fund number is 0021, the growth fund."):
        assert _found(redactor, text) == [], text
    assert _found(redactor, "My social is three seven eight three three one one oh oh.") == [
        ("ssn", "three seven eight three three one one oh oh")]


def test_plans_indexes_and_prices_are_no_ids(redactor):
    out = texts(redactor, ("agent", "Can I get your account number?"),
                ("customer", "Sure, it's 55102934. Also, I want to roll my old 403b into it."),
                ("agent", "Got it."),
                ("customer", "And sell a hundred shares at sixty two fifty, with the S&P 500 where it is."))
    assert out[1] == "Sure, it's [ACCOUNT]. Also, I want to roll my old 403b into it."
    assert out[3] == "And sell a hundred shares at sixty two fifty, with the S&P 500 where it is."
    assert named_number("I have a four oh one k plan", 9, 20)
    assert named_number("put a stop loss at 118 please", 19, 22)
    assert not named_number("my member number is 40113", 20, 25)


def test_a_house_number_after_an_account_question_is_the_address(redactor):
    out = texts(redactor, ("agent", "What's the account number on the statement?"),
                ("customer", "Hmm, I don't have it. But we moved, the new place is 3391 Larkspur Lane, Tucson."))
    assert "[ACCOUNT]" not in out[1] and "[ADDRESS]" in out[1]


def test_a_username_read_off_a_note_after_got_it_here(redactor):
    # round 28 (held-out 33): "I've got it here, <handle>" introduces the handle like "it's" does
    out = texts(redactor, ("agent", "Sure, and what's the user name, so I can put it on the ticket?"),
                ("customer", "Hang on, I have it right here, mvance seventy.")
                )
    assert out[1] == "Hang on, I have it right here, [ACCOUNT]."
    out = texts(redactor, ("agent", "What's the username on the account?"),
                ("customer", "I've got it here, but it's the old one, I think."))
    assert out[1] == "I've got it here, but it's the old one, I think."
