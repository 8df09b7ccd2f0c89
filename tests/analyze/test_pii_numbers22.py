"""PII after held-out 22 (numbers and codes): a caller's own code or PIN named in a remark, its value in the next
clause ("... won't take my code anymore. It's 9432."); letters and a spoken "dash" before an id's digits are part
of it; a toll-free line the business gives by a department's name ("call member services back at 1-8xx ...") and
its tax ID / E I N are no caller's phone or social; a number named without a question the recogniser kept ("in your
account number,") answered by number groups only, "over" between them. Example sentences are our own."""

from __future__ import annotations

from pii_turns import texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_own_code_named_in_a_remark_then_its_value(redactor):
    assert _found(redactor, "The side gate keeps rejecting my code lately. It's 6071.") == [("account", "6071")]
    assert _found(redactor, "My alarm PIN stopped working, it's three eight eight one, same as always.") == [
        ("account", "three eight eight one")]
    assert _found(redactor, "The parking app won't accept my passcode. It's seventy two sixty one.") == [
        ("account", "seventy two sixty one")]
    # no credential: a code that opens nothing, or a number that is no code's value
    for text in ("I typed my promo code twice. It's 2024 or so.", "I reset my code last week. It's 5 days now.",
                 "My zip code changed when we moved. It's 60614 now."):
        assert not any(t == "account" for t, _ in _found(redactor, text)), text


def test_letters_and_a_spoken_dash_open_an_id(redactor):
    assert _found(redactor, "Your booking number is R T dash five five eight one nine.") == [
        ("account", "R T dash five five eight one nine")]
    assert _found(redactor, "The claim number is K hyphen 448190.") == [("account", "K hyphen 448190")]
    assert _found(redactor, "My reference is M dash Q dash 77214.") == [("account", "M dash Q dash 77214")]
    assert _found(redactor, "We sat in row B dash 22.") == []


def test_a_business_toll_free_line_by_its_department(redactor):
    for text in (("If the line drops, you can call member services back at eight eight eight, five five five, "
                  "oh two four one."),
                 "You can reach patient services directly at 1-877-555-0199 any time."):
        assert _found(redactor, text) == [], text
    # a person's line stays one, toll-free or not
    assert _found(redactor, "You can call my brother back at 888 555 0101.") == [("phone", "888 555 0101")]
    out = texts(redactor, ("agent", "Call enrollment services back at 866 555 0134 if we drop. What's your cell?"),
                ("customer", "It's 312 555 0178."))
    assert out == ["Call enrollment services back at 866 555 0134 if we drop. What's your cell?", "It's [PHONE]."]


def test_the_business_tax_id_is_no_social(redactor):
    for text in ("Our tax ID for your records is five one, dash, four four two, nine oh eight one.",
                 "For the credit, our E I N is 51-4429081, it's on the receipt.",
                 "The academy's federal tax ID is 51-4429081."):
        assert _found(redactor, text) == [], text
    # the caller's own stays redacted
    assert _found(redactor, "My tax ID is 123-45-6789.") == [("ssn", "123-45-6789")]
    assert _found(redactor, "My E I N is 51-4429081.") == [("account", "51-4429081")]


def test_number_groups_answering_a_number_named_without_a_question(redactor):
    out = texts(redactor, ("agent", "Okay, so on your account number,"), ("customer", "It's 771 over 30, 52, 9."))
    assert out[1] == "It's [ACCOUNT]."
    out = texts(redactor, ("agent", "Can I have your member number?"), ("customer", "Sure, 4410 over 2291."))
    assert out[1] == "Sure, [ACCOUNT]."
    # only number groups answer it: a sentence with a number in it is no answer to a garbled request
    out = texts(redactor, ("agent", "Alright, on your account number,"),
                ("customer", "I have 3 kids and 2 dogs, and we moved in 2019."))
    assert out[1] == "I have 3 kids and 2 dogs, and we moved in 2019."
    out = texts(redactor, ("agent", "How many seats do you need?"), ("customer", "It's 2 over 3, 14, 7."))
    assert out[1] == "It's 2 over 3, 14, 7."


def test_kiosk_and_check_in_codes(redactor):
    assert _found(redactor, "The kiosk code is 7720.") == [("account", "7720")]
    assert _found(redactor, "The check-in code for the kiosk is 3319.") == [("account", "3319")]
    assert _found(redactor, "And my check-in PIN is 6604, she knows it.") == [("account", "6604")]
    assert _found(redactor, "My booking reference is 55120.") == [("account", "55120")]
    for text in ("I'll check in at 4 pm and pick up at 5.", "Check-in is at 3 and the pickup is 5 30.",
                 "For reference, 2019 was the year we joined."):
        assert _found(redactor, text) == [], text
