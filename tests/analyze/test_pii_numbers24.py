"""PII after held-out 24 and 25 (numbers and codes): an id's check digit said after a dash as its own phrase, a
letter announced before an id's digits, an id spelled piece by piece and read back as one code, a date of birth
with a year of this century read back written; a bank's routing number said over turns, a city or building permit
and a credit score are no PII. Example sentences are our own."""

from __future__ import annotations

from pii_turns import texts

from voc.analyze.pii_dialogue import _spelled_code


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_a_check_digit_said_after_a_dash(redactor):
    for answer in ("Sure, it's 5520174, and then there's a dash and a three.",
                   "It's forty four eighteen nine oh two, then a hyphen, then 6.",
                   "Yeah, 88120391, dash, and a K."):
        out = texts(redactor, ("agent", "Can I have the member number on your card?"), ("customer", answer))
        assert out[1].count("[ACCOUNT]") == 1 and out[1].rstrip(".").endswith("[ACCOUNT]"), (answer, out[1])
    # a dash and a number that is no part of it: the sentence goes on about something else
    out = texts(redactor, ("agent", "Can I have the member number on your card?"),
                ("customer", "It's 5520174. My son made a dash to the car, two of us got soaked."))
    assert out[1] == "It's [ACCOUNT]. My son made a dash to the car, two of us got soaked."


def test_a_letter_announced_before_the_digits(redactor):
    out = texts(redactor, ("agent", "What's the number on your permit card, please?"),
                ("customer", "Okay, it starts with a letter, W. Then it's three nine one eight..."),
                ("agent", "Mm-hm."), ("customer", "five five two."))
    assert out[1] == "Okay, it starts with a letter, [ACCOUNT]..." and out[3] == "[ACCOUNT]."
    out = texts(redactor, ("agent", "And your license number?"),
                ("customer", "The letter is T as in Tom, and the numbers are 4471 2290."))
    assert out[1] == "The letter is [ACCOUNT]."


def test_a_spelled_id_read_back_as_one_code(redactor):
    out = texts(redactor, ("agent", "What's the plate on the car?"),
                ("customer", "It's a vanity plate. Kilo, N as in Nancy, 4, Papa, Echo, Romeo."),
                ("agent", "So KN4PER, the white Civic?"), ("customer", "Yes."))
    assert out[2] == "So [ACCOUNT], the white Civic?"
    # a model said later in the call is no read-back of the plate
    later = "Good. And the F150 in the garage, is that one registered too?"
    out = texts(redactor, ("agent", "What's the plate on the car?"),
                ("customer", "Kilo, N as in Nancy, 4, Papa, Echo, Romeo."), ("agent", "Thanks, I have that."),
                ("agent", "Is the address on the registration still current?"),
                ("customer", "Yes it is, I have not moved at all."), ("agent", later))
    assert out[5] == later
    assert _spelled_code("Kilo, N as in Nancy, 4, Papa, Echo, Romeo") == "KN4PER"
    assert _spelled_code("Golf, Romeo, Echo") is None and _spelled_code("K 4 and the rest") is None


def test_a_birth_date_of_this_century_read_back_written(redactor):
    out = texts(redactor, ("agent", "What's your date of birth?"),
                ("customer", "It's March fourth, two thousand six."), ("agent", "Thanks, 03/04/2006."))
    assert out[1:] == ["It's [DOB].", "Thanks, [DOB]."]
    out = texts(redactor, ("agent", "And your date of birth?"),
                ("customer", "July second, two thousand and eleven."), ("agent", "Got it, 07/02/2011."))
    assert out[2] == "Got it, [DOB]."


def test_a_routing_number_said_over_turns(redactor):
    # 011000015 is a valid ABA number: the bank's, no caller's
    out = texts(redactor, ("agent", "And the routing number on your checks?"),
                ("customer", "Routing is oh one one, oh oh oh..."), ("agent", "Okay."),
                ("customer", "oh one five."), ("agent", "And the account number?"),
                ("customer", "It's 44120987653."))
    assert out[1] == "Routing is oh one one, oh oh oh..." and out[3] == "oh one five."
    assert out[5] == "It's [ACCOUNT]."
    # nine digits that fail the check are taken as the caller's
    out = texts(redactor, ("agent", "And the routing number on your checks?"),
                ("customer", "Routing is oh one one, oh oh oh..."), ("agent", "Okay."), ("customer", "oh one six."))
    assert "[ACCOUNT]" in out[1] + out[3]


def test_a_city_or_building_permit_is_no_id(redactor):
    for text in ("Good news, the building permit was issued, permit thirty one dash oh four four two.",
                 "The county permit number is 25-11873, it's posted on the garage.",
                 "The electrical permit is 7731902 and the inspection is Friday."):
        assert _found(redactor, text) == [], text
    # the caller's own permit with an id's cue stays an id
    assert _found(redactor, "My permit number is 7731902.") != []


def test_a_credit_score_is_no_ssn(redactor):
    out = texts(redactor, ("agent", "For the financing I'll need your social security number."),
                ("customer", "Why do you need that?"),
                ("agent", "There's a credit check, we need a seven twenty credit score or better."),
                ("customer", "Okay. five one two, four four, nine oh one two."))
    assert out[2] == "There's a credit check, we need a seven twenty credit score or better."
    assert out[3] == "Okay. [SSN]."
